"""The command line's raw read path (core/reads.py) answers exactly as the services do, on
any journal; and it steps aside for every journal that needs Journal.open."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import shutil
import tempfile
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from journal_app.core import catalogue
from journal_app.core.errors import JournalError
from journal_app.core.goals import GoalService
from journal_app.core.journal import Journal
from journal_app.core.periods import PERIODS
from journal_app.core.reads import NeedsJournalError, Reads, UnreadableError
from journal_app.core.reads.brief import BriefReads
from journal_app.core.records import (
    EntryDraft,
    EntryFilter,
    IncidentDraft,
    IncidentFilter,
    Ratings,
)
from journal_app.core.review.brief import brief_of, make_brief
from journal_app.core.trends import TrendFilter
from journal_app.paths import AppPaths
from tests.damage import damage_page, damage_value, fill

CLIENTS = ("Акме", "Northwind", "ООО Ромашка", "Globex")
TAGS = ("вечер", "urgent", "Q3", "звонок")
WORDS = ("клиент", "клиентом", "звонки", "call", "called", "Ёлка", "ёлки", "night", "счёт")
KINDS = ("after_hours", "pressure", "pushing_for_gain")
RESPONSES = ("held", "gave_in", "open", "negotiated")
text = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=8).map(" ".join)
entry = st.fixed_dictionaries(
    {
        "day": st.integers(0, 60),
        "minute": st.sampled_from((0, 1, 600, 1439)),  # ties in the order are likely
        "title": text,
        "body": text,
        "private": st.booleans(),
        "clients": st.lists(st.sampled_from(CLIENTS), max_size=2, unique=True),
        "tags": st.lists(st.sampled_from(TAGS), max_size=2, unique=True),
        "incident": st.none()
        | st.tuples(st.sampled_from(KINDS), text, st.sampled_from(RESPONSES), st.integers(0, 23)),
        "note": st.none() | text,
        "answer": st.none() | text.filter(str.strip),
        "ratings": st.tuples(*(st.none() | st.integers(1, 5) for _ in range(3))),
        "trashed": st.booleans(),
        "other_name": st.none()
        | st.tuples(st.sampled_from(CLIENTS[:2]), st.sampled_from(("NW", "Иван")), st.booleans()),
    }
)
START = dt.date(2026, 1, 1)
# Each example writes a journal: shrinking a failure would take minutes, the example is enough.
PHASES = (Phase.explicit, Phase.reuse, Phase.generate)
queries = st.lists(
    st.sampled_from(
        (*WORDS, "client:Акме", "tag:urgent", "-call", "OR", '"клиент звонки"', "has:incident")
        + ("is:private", "kind:pressure", "from:2026-01-20", "to:2026-02-10", "cal", "зв")
    ),
    min_size=1,
    max_size=3,
).map(" ".join)
filters = st.builds(
    EntryFilter,
    date_from=st.none() | st.sampled_from((START, START + dt.timedelta(days=20))),
    date_to=st.none() | st.sampled_from((START + dt.timedelta(days=40),)),
    trashed=st.booleans(),
)


@functools.cache
def _empty_journal() -> Path:
    """A new journal at the head revision, made once and copied for each example."""
    folder = Path(tempfile.mkdtemp(prefix="bj-reads-"))
    with Journal.open(AppPaths.resolve(folder)):
        pass
    return AppPaths.resolve(folder).db_path


def _fill(journal: Journal, entries: list[dict[str, Any]]) -> None:
    question = journal.questions.all("en")[0].id
    for e in entries:
        entry_id = journal.entries.add(
            EntryDraft(
                date=START + dt.timedelta(days=e["day"]),
                time=dt.time(e["minute"] // 60, e["minute"] % 60),
                title=e["title"],
                body=e["body"],
                private=e["private"],
                clients=tuple(e["clients"]),
                tags=tuple(e["tags"]),
            )
        )
        if e["incident"] is not None:
            kind, note, response, hour = e["incident"]
            day = START + dt.timedelta(days=e["day"])
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry_id,
                    client=CLIENTS[0],
                    kind=kind,
                    note=note,
                    response=response,
                    occurred_at=dt.datetime.combine(day, dt.time(hour, 30)),
                )
            )
        if e["note"] is not None:
            _coach_note(journal, journal.entries.get(entry_id).uuid, e["note"])
        if e["answer"] is not None:
            journal.questions.set_answer(entry_id, question, e["answer"])
        journal.entries.set_ratings(entry_id, Ratings(*e["ratings"]))
        if e["other_name"] is not None:
            client, name, person = e["other_name"]
            with contextlib.suppress(JournalError):  # a name another client already has
                journal.clients.add_other_names(
                    journal.clients.by_name(client).id, [name], person=person
                )
        if e["trashed"]:
            journal.entries.trash(entry_id)


def _coach_note(journal: Journal, target: str, text: str) -> None:
    """A coach's note on an entry, as a review's notes land (core.review.service)."""
    with journal.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO review (id, uuid, role, title, generated_at, entries, "
            "created_at) VALUES (1, 'r-1', 'shared', '', '2026-03-01 10:00:00.000000', 0, "
            "'2026-03-01 10:00:00.000000')"
        )
        conn.exec_driver_sql(
            "INSERT INTO coach_note (uuid, review_id, target, target_uuid, text, written_at, "
            "updated_at) VALUES (?, 1, 'entry', ?, ?, '2026-03-02 09:00:00.000000', "
            "'2026-03-02 09:00:00.000000')",
            (f"n-{target}", target, text),
        )


def _assert_show_and_stats_alike(reads: Reads, journal: Journal) -> None:
    """What `show` and `stats` read, both ways."""
    book = catalogue.load()
    ids = [s.id for s in journal.entries.summaries(EntryFilter(), limit=1000)]
    ids += [s.id for s in journal.entries.summaries(EntryFilter(trashed=True), limit=1000)]
    for lang in ("en", "ru"):
        texts = {q.id: q.text for q in journal.questions.all(lang, include_hidden=True)}
        assert reads.question_texts(book, lang) == texts
        for entry_id in ids:
            incidents = journal.incidents.for_entry(entry_id, lang)
            assert reads.incidents(entry_id, book, lang) == incidents
            assert reads.answers(entry_id) == journal.questions.answers(entry_id)
            uuids = [journal.entries.get(entry_id).uuid, *(i.uuid for i in incidents)]
            assert [astuple(n) for n in reads.notes(uuids)] == [
                astuple(n) for n in journal.reviews.for_targets(uuids)
            ]
    assert reads.ratings(ids) == {i: journal.entries.get(i).ratings for i in ids}
    assert reads.answer_count(ids) == sum(len(journal.questions.answers(i)) for i in ids)
    acme_id = reads.client_id(CLIENTS[0])
    for found in (
        IncidentFilter(),
        IncidentFilter(date_from=START + dt.timedelta(days=10)),
        IncidentFilter((acme_id,) if acme_id else (), START, START + dt.timedelta(days=30)),
    ):
        assert reads.find_incidents(found, book, "ru") == journal.incidents.find(found, "ru")
    for key in (*KINDS, "no_such_kind", " pressure "):
        try:
            journal.kinds.get(key)
        except JournalError:
            assert not reads.kind_exists(key)
        else:
            assert reads.kind_exists(key)
    acme = journal.clients.find(CLIENTS[0])
    for flt in (
        TrendFilter(),
        TrendFilter(date_from=START + dt.timedelta(days=10), date_to=START + dt.timedelta(40)),
        TrendFilter(date_from=START, client_ids=(acme.id,) if acme else ()),
        TrendFilter(kinds=KINDS[1:], direction="client", date_to=START + dt.timedelta(30)),
    ):
        for by in PERIODS:
            for lang in ("en", "ru"):
                assert reads.trends(flt, by, book, lang) == journal.trends.compute(flt, by, lang)


def _assert_goals_alike(reads: Reads, journal: Journal) -> None:
    """Goals read on the plain connection (as `stats` measures them) as through the engine."""
    journal.goals.add("held_share", 80, period="quarter")
    journal.goals.add("rating", 4)
    acme = journal.clients.find(CLIENTS[0])
    if acme is not None:
        journal.goals.add("count", 1, client_id=acme.id, kind="after_hours")
        journal.goals.add("rating", 3, client_id=acme.id, period="quarter")
    quick = GoalService(None, reads._rows)  # what QuickTrends gives it: its own _run
    assert quick.all() == journal.goals.all()
    for day in (START + dt.timedelta(days=20), START + dt.timedelta(days=50)):
        assert quick.progress_all(day, periods=3) == journal.goals.progress_all(day, periods=3)
    for lang in ("en", "ru"):
        flt = TrendFilter()
        assert reads.trends(flt, "month", catalogue.load(), lang) == journal.trends.compute(
            flt, "month", lang
        )


def _assert_briefs_alike(reads: Reads, journal: Journal) -> None:
    """What `brief` counts, both ways: by default since the last review shared (the coach's
    notes of _fill), with its summary notes as topics."""
    with journal.engine.begin() as conn:  # a summary note, where a review was shared
        conn.exec_driver_sql(
            "INSERT INTO coach_note (uuid, review_id, target, target_uuid, text, written_at, "
            "updated_at) SELECT 's-1', id, 'summary', '', 'Evenings: a rule', "
            "'2026-03-03 09:00:00.000000', '2026-03-03 09:00:00.000000' FROM review"
        )
    source = BriefReads(reads, catalogue.load())
    today = START + dt.timedelta(days=70)
    for client, since in (
        (None, None),
        (CLIENTS[0], START + dt.timedelta(days=50)),
        (None, START + dt.timedelta(days=30)),
        (" northwind ", START),
    ):
        if client and journal.clients.find(client) is None:
            with pytest.raises(NeedsJournalError):
                brief_of(source, client, since, today)
            continue
        for lang in ("en", "ru"):
            brief = brief_of(source, client, since, today, lang)
            assert brief == make_brief(journal, client, since, today, lang)
            assert brief.topics == (["Evenings: a rule"] if reads.shared_reviews() else [])


def _assert_first_page_alike(reads: Reads, journal: Journal, flts: list[EntryFilter]) -> None:
    """What the window's first page reads (core/reads/window.py), both ways."""
    incidents = journal.incidents.find()
    if incidents:  # a coach's note on an incident marks its entry too
        _coach_note(journal, incidents[-1].uuid, "on the incident")
    for flt in flts:
        assert reads.count(flt) == journal.entries.count(flt)
    for start, end in ((START, START + dt.timedelta(days=60)), (START + dt.timedelta(9), START)):
        assert reads.dates_with_entries(start, end) == journal.entries.dates_with_entries(
            start, end
        )
    for day in (*(START + dt.timedelta(days=365 + n) for n in (0, 5, 31)), dt.date(2028, 2, 29)):
        assert reads.on_this_day(day) == journal.entries.on_this_day(day)
    assert reads.on_this_day(START) == journal.entries.on_this_day(START) == []
    assert reads.client_names() == journal.clients.names()
    assert reads.tag_names() == journal.tags.names()
    assert reads.noted_entry_ids() == journal.reviews.noted_entry_ids()
    for role in ("shared", "received"):
        assert reads.reviews(role) == journal.reviews.reviews(role)


@settings(
    max_examples=15,
    deadline=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    entries=st.lists(entry, max_size=12),
    flts=st.lists(filters, min_size=1, max_size=3),
    qs=st.lists(queries, min_size=1, max_size=4),
    limit=st.sampled_from((1, 3, 50)),
)
@example(  # a coach's note has no column in the index: its forms were looked for there
    entries=[
        {
            "day": 45, "minute": 0, "title": "звонки клиент ёлки", "body": "u", "private": False,
            "clients": [], "tags": ["urgent"], "incident": None, "note": " Ёлка ёлки",
            "answer": None, "ratings": (None, None, None), "trashed": False, "other_name": None,
        }
    ],
    flts=[EntryFilter()],
    qs=["tag:urgent Ёлка Ёлка"],
    limit=50,
)  # fmt: skip
def test_the_raw_read_path_answers_as_the_services_do(
    entries: list[dict[str, Any]], flts: list[EntryFilter], qs: list[str], limit: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder))
        paths.ensure()
        shutil.copy(_empty_journal(), paths.db_path)
        with Journal.open(paths) as journal:
            _fill(journal, entries)
            reads = Reads.open(paths)
            assert reads is not None
            with reads:
                assert reads.tags() == journal.tags.all()
                assert reads.clients() == journal.clients.all()
                for name in (*CLIENTS, " акме ", "NORTHWIND", "Nobody"):
                    found = journal.clients.find(name)
                    assert reads.client_id(name) == (found.id if found else None)
                for tag in (*TAGS, "#Urgent", " q3 ", "none"):
                    assert reads.tag_id(tag) == journal.tags.find(tag)
                by_name = EntryFilter(
                    client_ids=tuple(i for i in [reads.client_id(CLIENTS[0])] if i),
                    tag_ids=tuple(i for i in [reads.tag_id(TAGS[1])] if i),
                )
                _assert_show_and_stats_alike(reads, journal)
                _assert_first_page_alike(reads, journal, [*flts, by_name])
                _assert_briefs_alike(reads, journal)
                _assert_goals_alike(reads, journal)
                for flt in [*flts, by_name]:
                    summaries = journal.entries.summaries(flt, limit=1000)
                    assert reads.summaries(flt) == summaries
                    assert reads.summaries(flt, limit) == summaries[:limit]
                    assert reads.entry_ids(flt) == [e.id for e in summaries]
                    assert reads.entries(flt) == [journal.entries.get(s.id) for s in summaries]
                    for q in qs:
                        for sort in ("rank", "newest"):
                            assert reads.search(q, flt, limit, sort) == journal.search.search(
                                q, flt, limit, sort
                            )


def test_a_journal_that_needs_the_full_open_is_left_to_it(paths: AppPaths) -> None:
    assert Reads.open(paths) is None  # none yet: Journal.open makes it
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="Call at nine"))
    reads = Reads.open(paths)
    assert reads is not None
    reads.close()
    (paths.data_dir / "journal.conversion").write_text("{}")  # a conversion to finish
    assert Reads.open(paths) is None
    (paths.data_dir / "journal.conversion").unlink()
    import sqlcipher3.dbapi2 as sqlite

    conn = sqlite.connect(str(paths.db_path))
    conn.execute("UPDATE alembic_version SET version_num = '0006'")  # needs migrating
    conn.commit()
    conn.close()
    assert Reads.open(paths) is None


def test_a_damaged_journal_is_left_to_journal_open(paths: AppPaths) -> None:
    fill(paths, backup=False)
    damage_page(paths, b"Entry 3")
    assert Reads.open(paths) is None


def test_damage_to_any_table_or_index_is_left_to_journal_open(paths: AppPaths) -> None:
    """The quick path checks table by table (FTS5's own index check is left to
    Journal.open): every B-tree of the file is still among those checked."""
    import sqlcipher3.dbapi2 as sqlite

    fill(paths, backup=False)
    pristine = paths.db_path.read_bytes()
    conn = sqlite.connect(str(paths.db_path))
    roots = conn.execute(
        "SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 1 ORDER BY rootpage"
    ).fetchall()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert {"entry", "entry_fts_data", "entry_tag", "client"} <= {name for name, _ in roots}
    refused = []
    for name, root in roots:
        data = bytearray(pristine)
        data[(root - 1) * size : (root - 1) * size + 12] = b"\xff" * 12  # its page header
        paths.db_path.write_bytes(bytes(data))
        if Reads.open(paths) is None:
            refused.append(name)
    assert refused == [name for name, _ in roots]
    paths.db_path.write_bytes(pristine)
    assert Reads.open(paths) is not None


@pytest.mark.parametrize(
    ("column", "raw"),
    [("created_at", "'2026-12-02 14:3=:33.979702'"), ("title", "CAST(X'41FF42' AS TEXT)")],
)
def test_a_row_that_does_not_read_is_left_to_journal(
    paths: AppPaths, column: str, raw: str
) -> None:
    fill(paths, backup=False)
    damage_value(paths, 3, column, raw)
    with Reads.open(paths) as reads:  # type: ignore[union-attr]  # SQLite finds it whole
        with pytest.raises(UnreadableError):
            reads.entries()
        assert len(reads.tags()) == 0  # what does read still does


drafts = st.builds(
    EntryDraft,
    date=st.none() | st.just(START),
    time=st.none() | st.just(dt.time(7, 5, 30)),
    title=st.none() | text,
    body=st.none() | text,
    private=st.none() | st.booleans(),
    clients=st.none()
    | st.lists(st.sampled_from((*CLIENTS, " акме ", "NW")), max_size=3).map(tuple),
    tags=st.none()
    | st.lists(st.sampled_from((*TAGS, "#Urgent", " q3 ", "new")), max_size=3).map(tuple),
)


def _shown(journal: Journal) -> list[tuple[Any, ...]]:
    """Every entry, without what differs by the moment it was made (uuid, timestamps)."""
    found = []
    for s in journal.entries.summaries(EntryFilter(), limit=1000):
        e = journal.entries.get(s.id)
        found.append((e.id, e.title, e.body, e.private, e.client_refs, e.tags, e.ratings, s))
    return found


@settings(max_examples=10, deadline=None, phases=PHASES)
@given(entries=st.lists(drafts, min_size=1, max_size=6))
def test_add_on_the_quick_path_writes_what_the_service_writes(entries: list[EntryDraft]) -> None:
    # A fixed moment: "now" read twice, once a path, can fall either side of a minute.
    entries = [
        dataclasses.replace(d, date=d.date or dt.date(2026, 1, 2), time=d.time or dt.time(12))
        for d in entries
    ]
    with tempfile.TemporaryDirectory() as folder:
        made = []
        for quick in (True, False):
            paths = AppPaths.resolve(Path(folder) / str(quick))
            paths.ensure()
            shutil.copy(_empty_journal(), paths.db_path)
            with Journal.open(paths) as journal:
                journal.clients.add(CLIENTS[0])
                journal.clients.add_other_names(journal.clients.by_name(CLIENTS[0]).id, ["NW"])
            for draft in entries:
                with Reads.open(paths, write=True) as reads:  # type: ignore[union-attr]
                    names = reads.prepare(draft.clients or (), draft.tags or ())
                    if quick and names is not None:
                        reads.add(draft, *names)
                        continue
                with Journal.open(paths) as journal:
                    journal.entries.add(draft)
            with Journal.open(paths) as journal:
                searched = [journal.search.search(w) for w in WORDS]
                made.append((_shown(journal), journal.tags.all(), searched, journal.check()))
        assert made[0] == made[1]
        assert made[0][3] == []  # the search index is whole
