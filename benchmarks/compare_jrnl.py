"""Boundary Journal next to jrnl on the same generated journal (jrnl in its own venv,
benchmarks/.venv-jrnl, never a project dependency): find a word, the newest 50 entries about
a client, export everything as JSON. Each command is timed as a person runs it: a whole
process, median of 3.

    python benchmarks/compare_jrnl.py N   → a table, and results/jrnl-N.json
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import MARKER  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.paths import AppPaths  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
JRNL = ROOT / "benchmarks" / ".venv-jrnl" / "bin" / "jrnl"
CLIENT = "Northwind"
CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def write_jrnl(folder: Path, target: Path) -> Path:
    """Our generated journal as a jrnl text journal, clients as @tags; returns its config."""
    with Journal.open(AppPaths.resolve(folder)) as journal, journal.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.entry_date, e.entry_time, e.title, e.body, group_concat(c.name, '|') "
            "FROM entry e LEFT JOIN entry_client ec ON ec.entry_id = e.id "
            "LEFT JOIN client c ON c.id = ec.client_id GROUP BY e.id "
            "ORDER BY e.entry_date, e.entry_time"
        ).fetchall()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        for day, at, title, body, clients in rows:
            tags = " ".join("@" + c.replace(" ", "_") for c in (clients or "").split("|") if c)
            title = title.replace(".", "").strip() or "Entry"
            out.write(f"[{day} {str(at)[:5]}] {title}.\n{body}\n{tags}\n\n")
    config = target.parent / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=target))
    return config


def timed(command: list[str]) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            command,
            check=True,
            capture_output=True,
            cwd=ROOT,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(n: int) -> None:
    folder = RESULTS / f"journal-{n}"
    config = write_jrnl(folder, RESULTS / f"jrnl-{n}" / "journal.txt")
    ours = [sys.executable, "-m", "journal_app", "--data-dir", str(folder)]
    theirs = [str(JRNL), "--config-file", str(config)]
    with tempfile.TemporaryDirectory() as tmp:
        pairs = {
            "find a word": (ours + ["search", MARKER], theirs + ["-contains", MARKER]),
            "newest 50 about a client": (
                ours + ["list", "--client", CLIENT, "--limit", "50"],
                theirs + [f"@{CLIENT}", "-n", "50"],
            ),
            "export all as JSON": (
                ours + ["export", "--format", "json", "--out", f"{tmp}/ours.json"],
                theirs + ["--export", "json", "--file", f"{tmp}/theirs.json"],
            ),
        }
        rows = {}
        for name, (mine, jrnl) in pairs.items():
            rows[name] = {"boundary_journal_s": timed(mine), "jrnl_s": timed(jrnl)}
            rows[name]["ratio"] = rows[name]["boundary_journal_s"] / rows[name]["jrnl_s"]
            print(name, rows[name], file=sys.stderr, flush=True)  # as it goes: jrnl is slow
    (RESULTS / f"jrnl-{n}.json").write_text(json.dumps(rows, indent=2))
    print(f"{n:,} entries        Boundary Journal      jrnl   ratio")
    for name, r in rows.items():
        print(f"{name:26}{r['boundary_journal_s']:>10.2f} s{r['jrnl_s']:>9.2f} s{r['ratio']:>8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
