"""Boundary Journal next to jrnl on the same generated journal (jrnl in its own venv,
benchmarks/.venv-jrnl, never a project dependency), in one run: every read command, an
append, --version and --help beside the interpreter floor, and the JSON export. Each command
is timed as a person runs it: a whole process, the median of RUNS (the machine is shared:
the table carries its calibration). Issue #22's targets: every read command at most half of
jrnl's time at 1,000 entries and 30× faster at 100,000; `add` at most half of jrnl's append
at 1,000; --version and --help within 2× of the floor.

    python benchmarks/compare_jrnl.py N [N…]   → a table per size, and results/jrnl-N.json
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


RUNS = int(os.environ.get("BENCH_RUNS", "7"))
# jrnl re-reads its whole file each time: at 100,000 entries a command takes many seconds
# (its export minutes), so there it runs JRNL_RUNS times and the export only when asked.
JRNL_RUNS_LARGE = int(os.environ.get("BENCH_JRNL_RUNS", "1"))
EXPORT_LARGE = bool(os.environ.get("BENCH_EXPORT"))
FLOOR = [sys.executable, "-c", "import sqlite3, json"]


def timed(command: list[str], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
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


def pairs(n: int, folder: Path, config: Path, tmp: str) -> dict[str, tuple[list[str], list[str]]]:
    """What we run beside what jrnl runs for the same question."""
    # As a person runs it: the installed command (pip's script), as jrnl's is run.
    script = Path(sys.executable).with_name("boundary-journal")
    run = [str(script)] if script.exists() else [sys.executable, "-m", "journal_app"]
    ours = [*run, "--data-dir", str(folder)]
    theirs = [str(JRNL), "--config-file", str(config)]
    newest = str(n // 2)  # an entry in the middle: `show` reads one entry
    since = _month_before_last(folder)
    return {
        "search WORD": (ours + ["search", MARKER], theirs + ["-contains", MARKER]),
        "list (newest 50)": (ours + ["list", "--limit", "50"], theirs + ["-n", "50"]),
        "list about a client (50)": (
            ours + ["list", "--client", CLIENT, "--limit", "50"],
            theirs + [f"@{CLIENT}", "-n", "50"],
        ),
        "show ID": (ours + ["show", newest], theirs + ["-n", "1"]),
        "tags": (ours + ["tags"], theirs + ["--tags"]),
        "clients": (ours + ["clients"], theirs + ["--tags"]),
        "stats": (ours + ["stats"], theirs + ["--tags"]),
        # The brief of the journal's last 30 days (of the generated dates: they end before
        # today), beside jrnl's entries of the same days.
        "brief": (ours + ["brief", "--since", since], theirs + ["-from", since]),
        "add": (
            ours + ["add", "--title", "Benchmark", "--text", "One more entry."],
            theirs + ["Benchmark. One more entry."],
        ),
        "--version": (ours + ["--version"], FLOOR),
        "--help": (ours + ["--help"], FLOOR),
        "export all as JSON": (
            ours + ["export", "--format", "json", "--out", f"{tmp}/ours.json"],
            theirs + ["--export", "json", "--file", f"{tmp}/theirs.json"],
        ),
    }


def _month_before_last(folder: Path) -> str:
    """30 days before the newest entry's day."""
    import datetime as dt
    import sqlite3

    with sqlite3.connect(AppPaths.resolve(folder).db_path) as db:
        (last,) = db.execute("SELECT max(entry_date) FROM entry").fetchone()
    return (dt.date.fromisoformat(last) - dt.timedelta(days=30)).isoformat()


def calibration_ms() -> float:
    from benchmarks.run import calibration_ms as measure

    return measure()


def main(n: int) -> None:
    from benchmarks.run import ensure_journal  # made by `make bench`'s run.py, or now

    folder, _ = ensure_journal(n)
    config = write_jrnl(folder, RESULTS / f"jrnl-{n}" / "journal.txt")
    # Compiled once, as an installed app is; the first run of each then pays no compile.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "journal_app")], check=True
    )
    load_before, calibration_before = os.getloadavg()[0], calibration_ms()
    with tempfile.TemporaryDirectory() as tmp:
        rows: dict[str, dict[str, float]] = {}
        for name, (mine, other) in pairs(n, folder, config, tmp).items():
            large = n >= 100_000
            if large and name.startswith("export") and not EXPORT_LARGE:
                continue
            rows[name] = {
                "boundary_journal_s": timed(mine, min(RUNS, 3) if large else RUNS),
                "other_s": timed(other, JRNL_RUNS_LARGE if large and other is not FLOOR else RUNS),
            }
            rows[name]["ratio"] = rows[name]["other_s"] / rows[name]["boundary_journal_s"]
            print(name, rows[name], file=sys.stderr, flush=True)  # as it goes: jrnl is slow
    result = {
        "entries": n,
        "calibration_ms": calibration_ms(),
        "calibration_before_ms": calibration_before,
        "load_average": [load_before, os.getloadavg()[0]],
        "runs": RUNS,
        "rows": rows,
    }
    (RESULTS / f"jrnl-{n}.json").write_text(json.dumps(result, indent=2))
    print(
        f"\n{n:,} entries (calibration {calibration_before:.0f} ms before, "
        f"{result['calibration_ms']:.0f} ms after; load average {load_before:.1f} → "
        f"{os.getloadavg()[0]:.1f}; median of {RUNS})"
    )
    print(f"{'':28}{'ours':>9}{'jrnl':>10}   jrnl ÷ ours")
    for name, r in rows.items():
        other = "floor" if name.startswith("--") else "jrnl"
        print(
            f"{name:28}{r['boundary_journal_s']:>8.3f}s{r['other_s']:>9.3f}s"
            f"{r['ratio']:>8.2f}×  ({other})"
        )


if __name__ == "__main__":
    for size in sys.argv[1:] or ["1000", "10000"]:
        main(int(size))
