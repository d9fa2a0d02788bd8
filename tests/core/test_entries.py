import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import NotFoundError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, EntryFilter

D = dt.date


def test_add_then_get_returns_what_was_written(journal: Journal) -> None:
    entry_id = journal.entries.add(
        EntryDraft(
            date=D(2024, 2, 29),
            time=dt.time(21, 5),
            title="  Звонок в 9 вечера ",
            body="Он позвонил **опять**.",
            private=True,
            clients=("Acme", "Бета"),
            tags=("#late",),
        )
    )
    entry = journal.entries.get(entry_id)
    assert (entry.date, entry.time) == (D(2024, 2, 29), dt.time(21, 5))
    assert entry.title == "Звонок в 9 вечера"
    assert entry.body == "Он позвонил **опять**."
    assert entry.private is True
    assert entry.clients == ("Acme", "Бета")
    assert entry.tags == ("late",)
    assert entry.created_at.tzinfo is not None and entry.deleted_at is None


def test_new_entry_defaults_to_now(journal: Journal) -> None:
    before = dt.datetime.now().replace(second=0, microsecond=0)
    entry = journal.entries.get(journal.entries.add(EntryDraft(body="x")))
    stamped = dt.datetime.combine(entry.date, entry.time)
    assert before <= stamped <= dt.datetime.now()


def test_update_changes_only_what_is_given(journal: Journal) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t", body="b", clients=("A",), tags=("x",)))
    original = journal.entries.get(entry_id)
    journal.entries.update(entry_id, EntryDraft(body="new body"))
    changed = journal.entries.get(entry_id)
    assert (changed.title, changed.body, changed.clients, changed.tags) == (
        "t",
        "new body",
        ("A",),
        ("x",),
    )
    assert changed.updated_at > original.updated_at
    journal.entries.update(entry_id, EntryDraft(clients=("B",), tags=()))
    assert journal.entries.get(entry_id).clients == ("B",)
    assert journal.entries.get(entry_id).tags == ()


def test_unchanged_save_keeps_updated_at(journal: Journal) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t", clients=("A",)))
    before = journal.entries.get(entry_id).updated_at
    journal.entries.update(entry_id, EntryDraft(title="t", clients=("a",)))
    assert journal.entries.get(entry_id).updated_at == before


def test_list_is_newest_first_and_pages_cover_everything_once(journal: Journal) -> None:
    ids = []
    for day in (3, 1, 2, 2):
        ids.append(journal.entries.add(EntryDraft(date=D(2025, 1, day), time=dt.time(10))))
    listed, after = [], None
    while page := journal.entries.summaries(limit=3, after=after):
        listed += [s.id for s in page]
        after = page[-1].sort_key
    assert listed == [ids[0], ids[3], ids[2], ids[1]]  # same date and time: newer id first


def test_trash_restore_and_purge(journal: Journal) -> None:
    keep = journal.entries.add(EntryDraft(title="keep"))
    gone = journal.entries.add(EntryDraft(title="gone", clients=("A",)))
    journal.entries.trash(gone)
    assert [s.id for s in journal.entries.summaries()] == [keep]
    assert [s.id for s in journal.entries.summaries(EntryFilter(trashed=True))] == [gone]
    assert journal.clients.by_name("A").entries == 0
    journal.entries.restore(gone)
    assert journal.entries.count() == 2
    journal.entries.trash(gone)
    assert journal.entries.empty_trash() == 1
    with pytest.raises(NotFoundError):
        journal.entries.get(gone)
    assert journal.check() == []


def test_filters_combine(journal: Journal) -> None:
    a = journal.entries.add(EntryDraft(date=D(2025, 3, 1), clients=("Acme",), tags=("call",)))
    journal.entries.add(EntryDraft(date=D(2025, 3, 2), clients=("Acme",)))
    journal.entries.add(EntryDraft(date=D(2025, 4, 1), clients=("Beta",), tags=("call",)))
    acme = journal.clients.by_name("acme").id
    call = journal.tags.by_name("#CALL")
    both = EntryFilter(client_ids=(acme,), tag_ids=(call,))
    assert [s.id for s in journal.entries.summaries(both)] == [a]
    march = EntryFilter(date_from=D(2025, 3, 1), date_to=D(2025, 3, 31))
    assert journal.entries.count(march) == 2


def test_calendar_and_on_this_day(journal: Journal) -> None:
    old = journal.entries.add(EntryDraft(date=D(2023, 11, 22)))
    journal.entries.add(EntryDraft(date=D(2025, 11, 22)))
    journal.entries.add(EntryDraft(date=D(2025, 11, 23)))
    assert journal.entries.dates_with_entries(D(2025, 11, 1), D(2025, 11, 30)) == {
        D(2025, 11, 22): 1,
        D(2025, 11, 23): 1,
    }
    assert [s.id for s in journal.entries.on_this_day(D(2025, 11, 22))] == [old]


def test_unknown_entry_is_a_clear_error(journal: Journal) -> None:
    with pytest.raises(NotFoundError, match="no entry #42"):
        journal.entries.update(42, EntryDraft(title="x"))


text_without_surrogates = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=text_without_surrogates, body=text_without_surrogates)
def test_any_unicode_round_trips(journal: Journal, title: str, body: str) -> None:
    entry_id = journal.entries.add(EntryDraft(title=title, body=body))
    entry = journal.entries.get(entry_id)
    assert entry.title == title.strip()
    assert entry.body == body


def test_a_conditional_save_refuses_to_undo_a_change_made_elsewhere(
    journal: Journal, paths
) -> None:
    from journal_app.core.entries import EntryChangedError

    entry_id = journal.entries.add(EntryDraft(title="t", body="read by the window"))
    seen = journal.entries.get(entry_id).updated_at
    with Journal.open(paths) as other:  # the command line, on a connection of its own
        other.entries.update(entry_id, EntryDraft(body="edited on the command line"))
    with pytest.raises(EntryChangedError):
        journal.entries.update(entry_id, EntryDraft(body="typed"), expected_updated_at=seen)
    assert journal.entries.get(entry_id).body == "edited on the command line"
    fresh = journal.entries.get(entry_id).updated_at
    journal.entries.update(entry_id, EntryDraft(body="typed"), expected_updated_at=fresh)
    assert journal.entries.get(entry_id).body == "typed"


def test_a_conditional_save_of_a_purged_entry_says_it_is_gone(journal: Journal) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    seen = journal.entries.get(entry_id).updated_at
    journal.entries.purge(entry_id)
    with pytest.raises(NotFoundError):
        journal.entries.update(entry_id, EntryDraft(body="x"), expected_updated_at=seen)
