"""Trends at scale with goals and events (issue #21): every trend view, each goal's last six
periods and before/after an event, as the Trends window computes them on a refresh.

    BENCH_SIZES=100000 BENCH_DIR=/tmp/bench .venv/bin/python benchmarks/trends_goals.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.core.trends import TrendFilter  # noqa: E402
from journal_app.paths import AppPaths  # noqa: E402

PERIODS_SHOWN = 6  # as ui/trends/goals_panel.py


def median_ms(action, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def refresh(journal: Journal, flt: TrendFilter) -> None:
    journal.trends.compute(flt, "month")  # the observations include the goals
    journal.goals.all()
    journal.goals.progress_all(periods=PERIODS_SHOWN)
    events = journal.events.all(flt.client_ids)
    if events:
        journal.events.around(events[0].id)


def measure(folder: Path, n: int) -> dict[str, float]:
    if not (folder / "journal.sqlite3").exists():
        generate(folder, n)
    with Journal.open(AppPaths.resolve(folder)) as journal:
        clients = journal.clients.all()[:5]
        if not journal.goals.all():
            journal.goals.add("held_share", 80, period="quarter")
            journal.goals.add("count", 2)
            journal.goals.add("rating", 4)
            for c in clients:
                journal.goals.add("held_share", 70, client_id=c.id)
                journal.goals.add("count", 3, client_id=c.id, kind="after_hours")
            for i, c in enumerate(clients * 4):
                journal.events.add(c.id, dt.date(2024, 1, 1) + dt.timedelta(days=40 * i), "talk")
        few = TrendFilter(client_ids=tuple(c.id for c in clients[:2]))
        return {
            "entries": n,
            "trends_only_ms": median_ms(lambda: journal.trends.compute(TrendFilter(), "month")),
            "refresh_all_ms": median_ms(lambda: refresh(journal, TrendFilter())),
            "refresh_two_clients_ms": median_ms(lambda: refresh(journal, few)),
            "goals": len(journal.goals.all()),
        }


def main() -> None:
    base = Path(os.environ.get("BENCH_DIR", ROOT / "benchmarks" / "results"))
    for n in (int(x) for x in os.environ.get("BENCH_SIZES", "100000").split(",")):
        print(json.dumps(measure(base / f"goals-journal-{n}", n)))


if __name__ == "__main__":
    main()
