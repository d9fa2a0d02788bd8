"""Every benchmark of issue #8, at each size: prints a table and writes
benchmarks/results/results.json. Not part of `make test` (`make bench` runs it).

    BENCH_SIZES=1000,10000,100000 python benchmarks/run.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import MARKER, generate  # noqa: E402
from journal_app.core.exporters.bundle import ExportScope  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.core.records import EntryFilter  # noqa: E402
from journal_app.core.trends import TrendFilter  # noqa: E402
from journal_app.paths import AppPaths  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
PY = sys.executable


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    action()  # warm the caches, as a person's second search would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def calibration_ms() -> float:
    """A fixed pure-Python workload (median of five): how fast this machine is right now. A
    shared virtual machine's speed drifts by a third within an hour; compare runs by it."""

    def work() -> int:
        total = 0
        for i in range(2_000_000):
            total += i * i
        return total

    return median_ms(work, runs=5)


def ensure_journal(n: int) -> tuple[Path, int]:
    folder = RESULTS / f"journal-{n}"
    info = folder / "generated.json"
    if not info.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        made = generate(folder, n)
        info.write_text(json.dumps(made))
    return folder, int(json.loads(info.read_text())["raw_text_bytes"])


def startup(folder: Path) -> dict[str, float]:
    """Start → the newest entries painted, beside an empty window's (benchmarks/window_bench.py)."""
    from benchmarks.window_bench import window_figures

    return window_figures(folder)


def ui(folder: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [PY, str(ROOT / "benchmarks" / "ui_bench.py"), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def raw_search_ms(journal: Journal) -> float:
    raw = journal.engine.raw_connection()
    try:
        sql = (
            "SELECT rowid, snippet(entry_fts, -1, char(2), char(3), '…', 14) FROM entry_fts "
            "WHERE entry_fts MATCH ? ORDER BY bm25(entry_fts) LIMIT 50"
        )
        return median_ms(lambda: raw.execute(sql, (f'"{MARKER}"*',)).fetchall())
    finally:
        raw.close()


HOSTILE_QUERIES = [
    " ".join("a" for _ in range(95)),
    " ".join("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщэюя"),
    " OR ".join(["the"] * 50 + [f"w{i}" for i in range(150)]),
    "и " + " ".join(f"-w{i}" for i in range(200)),
    '"' + " ".join(["и"] * 300) + '"',
    " ".join(f"{c}{d}" for c in "abcdefgh" for d in "abcdefgh"),
]


def hostile_max_ms(journal: Journal) -> float:
    """The slowest of a few queries built to be slow (issue #23): each bounded."""
    return max(median_ms(lambda q=q: journal.search.search(q), runs=3) for q in HOSTILE_QUERIES)


def jrnl_json(journal: Journal, target: Path, limit: int | None = None) -> int:
    """The generated journal as jrnl's JSON export (clients as @tags)."""
    entries = []
    with journal.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.entry_date, e.entry_time, e.title, e.body, group_concat(c.name, '|') "
            "FROM entry e LEFT JOIN entry_client ec ON ec.entry_id = e.id "
            "LEFT JOIN client c ON c.id = ec.client_id GROUP BY e.id ORDER BY e.id"
            + (f" LIMIT {limit}" if limit else "")
        ).fetchall()
    for day, at, title, body, clients in rows:
        tags = ["@" + c.replace(" ", "_") for c in (clients or "").split("|") if c]
        entries.append(
            {
                "title": title,
                "body": body + " " + " ".join(tags),
                "date": str(day),
                "time": str(at)[:5],
                "tags": tags,
                "starred": False,
            }
        )
    target.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False))
    return len(entries)


def measure(n: int) -> dict[str, Any]:
    folder, raw_bytes = ensure_journal(n)
    result: dict[str, Any] = {"entries": n}
    result |= startup(folder)
    with Journal.open(AppPaths.resolve(folder)) as journal:
        result["search_ms"] = median_ms(lambda: journal.search.search(MARKER, limit=50))
        result["search_hits"] = len(journal.search.search(MARKER, limit=10**6))
        result["search_raw_sqlite_ms"] = raw_search_ms(journal)
        result["search_hostile_max_ms"] = hostile_max_ms(journal)
        result["trends_ms"] = median_ms(
            lambda: journal.trends.compute(TrendFilter(), "month"), runs=5
        )
        ids = [s.id for s in journal.entries.summaries(limit=1000)]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            ten_k = tuple(s.id for s in journal.entries.summaries(EntryFilter(), limit=10_000))
            for fmt in ("json", "md"):
                started = time.perf_counter()
                journal.exports.export(ExportScope(entry_ids=ten_k), fmt, out / f"x.{fmt}")
                result[f"export_{len(ten_k)}_{fmt}_s"] = time.perf_counter() - started
            if n <= 10_000 or os.environ.get("BENCH_PDF_ALL"):
                from PySide6.QtWidgets import QApplication

                from journal_app.pdf.export_pdf import register_pdf

                app = QApplication.instance() or QApplication([])
                register_pdf()
                started = time.perf_counter()
                journal.exports.export(ExportScope(entry_ids=tuple(ids)), "pdf", out / "x.pdf")
                result[f"export_{len(ids)}_pdf_s"] = time.perf_counter() - started
                del app
            source = out / "jrnl.json"
            count = jrnl_json(journal, source)
            fresh = Journal.open(AppPaths.resolve(out / "fresh"))
            started = time.perf_counter()
            fresh.imports.apply(fresh.imports.read(source))
            result[f"import_{count}_jrnl_json_s"] = time.perf_counter() - started
            fresh.close()
        with journal.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (folder / "journal.sqlite3").stat().st_size
    result["db_size_mb"] = size / 2**20
    result["db_size_vs_raw_text"] = size / raw_bytes
    result |= ui(folder)
    return result


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",")]
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "calibration_ms": round(calibration_ms()),
    }
    rows = []
    for n in sizes:
        print(f"measuring {n} entries…", file=sys.stderr, flush=True)
        rows.append(measure(n))
    (RESULTS / "results.json").write_text(json.dumps({"machine": machine, "runs": rows}, indent=2))
    keys = sorted({k for r in rows for k in r if k != "entries"})
    print(f"{'':34}" + "".join(f"{r['entries']:>14,}" for r in rows))
    for key in keys:
        cells = "".join(
            f"{r[key]:>14.2f}" if isinstance(r.get(key), float) else f"{r.get(key, '—')!s:>14}"
            for r in rows
        )
        print(f"{key:34}{cells}")
    print(f"\n{machine}")


if __name__ == "__main__":
    main()
