"""The trend passes over incidents read their groups in the order of the indexes made for
them (migration 0011): SQLite reads the indexed weekday, hour and month from the index, and
sorts nothing. A query that spelt an expression otherwise than the index would still give the
right figures, only slowly; this is what notices."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.core.trends import TrendFilter
from journal_app.paths import AppPaths


@pytest.fixture
def plans(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Each trend query run, by its first words, with SQLite's plan for it."""
    from sqlalchemy import text

    found: dict[str, list[str]] = {}
    run = type(journal.trends)._run

    def explained(self: Any, sql: str, values: dict[str, Any]) -> list[Any]:
        with journal.engine.connect() as conn:
            rows = conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"), values).all()
        found[sql] = [str(row[3]) for row in rows]
        return run(self, sql, values)

    monkeypatch.setattr(type(journal.trends), "_run", explained)
    entry = journal.entries.add(EntryDraft(title="Calls", clients=("Acme",)))
    for day in range(1, 4):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind="after_hours",
                occurred_at=dt.datetime(2026, 3, day, 21, 30),
            )
        )
    return found


def _plan_of(plans: dict[str, list[str]], start: str) -> list[str]:
    [plan] = [plan for sql, plan in plans.items() if sql.startswith(start)]
    return plan


@pytest.mark.parametrize("by", ["month", "quarter"])
def test_each_pass_walks_its_index_and_sorts_nothing(
    journal: Journal, plans: dict[str, list[str]], by: str
) -> None:
    trends = journal.trends.compute(TrendFilter(), by)
    # 1-3 March 2026: a Sunday, a Monday and a Tuesday, each at 21:30 (Monday is 0).
    assert trends.heatmap == [{"weekday": d, "hour": 21, "count": 1} for d in (0, 1, 6)]
    expected = {
        "SELECT (CAST(strftime('%w'": "ix_incident_heat",
        "SELECT substr(i.occurred_at, 1, 7)": "ix_incident_months",
        "SELECT i.client_id, count(*)": "ix_incident_clients",
    }
    for start, index in expected.items():
        plan = " | ".join(_plan_of(plans, start))
        assert f"COVERING INDEX {index}" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_quarters_are_summed_from_the_months(journal: Journal, plans: dict[str, list[str]]) -> None:
    journal.incidents.add(
        IncidentDraft(
            entry_id=journal.entries.summaries()[0].id,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 5, 4, 10, 0),
        )
    )
    by_quarter = journal.trends.compute(TrendFilter(), "quarter")
    assert [(r["period"], r["count"]) for r in by_quarter.over_time] == [
        ("2026-Q1", 3),
        ("2026-Q2", 1),
    ]
    responses = {r["period"]: r["open"] for r in by_quarter.responses}  # every quarter to today
    assert (responses["2026-Q1"], responses["2026-Q2"], responses["2026-Q3"]) == (3, 1, 0)


def test_clients_and_tags_count_their_links_off_the_indexes(
    journal: Journal, paths: AppPaths
) -> None:
    """The sidebar's counts (and `clients`, `tags`): all of a client's or tag's links read
    off the covering index, less the trashed entries' links read from those entries — not a
    question of every link whether its entry is trashed (two to three times as long at
    100,000 entries)."""
    import sqlcipher3.dbapi2 as sqlite3  # the SQLite the app runs on

    from journal_app.core.link_counts import ALL_LINKS, TRASHED_LINKS

    journal.entries.add(EntryDraft(title="Calls", clients=("Acme",), tags=("calls",)))
    with sqlite3.connect(paths.db_path) as db:
        for link, of, index in (
            ("entry_client", "client_id", "ix_entry_client_client_id"),
            ("entry_tag", "tag_id", "ix_entry_tag_tag_id"),
        ):
            every = ALL_LINKS.format(link=link, of=of)
            trashed = TRASHED_LINKS.format(link=link, of=of)
            plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {every}")]
            assert plan == [f"SCAN {link} USING COVERING INDEX {index}"], plan
            plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {trashed}")]
            assert plan[0].startswith("SEARCH e USING COVERING INDEX"), plan
            assert "(deleted_at>?)" in plan[0], plan
            assert plan[1].startswith(f"SEARCH l USING COVERING INDEX sqlite_autoindex_{link}")


def test_the_services_count_links_as_the_quick_path_does(journal: Journal) -> None:
    """ClientService.all and TagService.all (the sidebar's counts once the journal is open,
    after every save) send the same counting SQL as core/reads, not a `NOT IN` of their own;
    and they count alike: a trashed entry leaves its client's and tag's counts."""
    from sqlalchemy import event

    from journal_app.core.link_counts import live_links

    journal.entries.add(EntryDraft(title="Calls", clients=("Acme",), tags=("calls",)))
    gone = journal.entries.add(EntryDraft(title="Late", clients=("Acme",), tags=("calls",)))
    journal.entries.add(EntryDraft(title="Brief", clients=("Beta",), tags=("brief",)))
    journal.entries.trash(gone)
    sent: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        sent.append(statement)

    event.listen(journal.engine, "before_cursor_execute", seen)
    try:
        clients = {c.name: c.entries for c in journal.clients.all()}
        tags = {t.name: t.entries for t in journal.tags.all()}
    finally:
        event.remove(journal.engine, "before_cursor_execute", seen)
    assert clients == {"Acme": 1, "Beta": 1}
    assert tags == {"calls": 1, "brief": 1}
    for link in ("entry_client", "entry_tag"):
        assert any(live_links(link) in s for s in sent), sent
    assert not any("NOT IN" in s for s in sent), sent
