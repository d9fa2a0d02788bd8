"""The window's journal before its first paint (core/reads/deferred.py): the first page's
reads from the quick path, anything else from the real journal, opened on first need."""

from __future__ import annotations

import pytest

from journal_app.core.errors import DamagedRowError, NotFoundError
from journal_app.core.journal import Journal
from journal_app.core.reads import Reads
from journal_app.core.reads.deferred import DeferredJournal
from journal_app.core.records import EntryDraft, EntryFilter
from journal_app.paths import AppPaths
from tests.damage import damage_value


def _deferred(paths: AppPaths) -> tuple[DeferredJournal, list[Journal]]:
    opened: list[Journal] = []

    def opener() -> Journal:
        opened.append(Journal.open(paths))
        return opened[-1]

    reads = Reads.open(paths)
    assert reads is not None
    return DeferredJournal(paths, reads, opener), opened


def test_the_first_page_reads_open_nothing_and_the_rest_opens_the_journal(
    paths: AppPaths,
) -> None:
    with Journal.open(paths) as journal:
        first = journal.entries.add(EntryDraft(title="Late call", clients=("Acme",)))
        expected = journal.entries.summaries()
    deferred, opened = _deferred(paths)
    assert deferred.entries.summaries() == expected
    assert deferred.entries.count() == 1 and deferred.entries.get(first).title == "Late call"
    assert [c.name for c in deferred.clients.all()] == ["Acme"]
    assert not deferred.encrypted and deferred.read_only is None
    assert opened == []  # all of it from the quick path
    with pytest.raises(NotFoundError):  # no such entry: the service says so, in its words
        deferred.entries.get(99)
    assert len(opened) == 1
    second = deferred.entries.add(EntryDraft(title="Said no"))  # a write: the real journal
    assert [s.id for s in deferred.entries.summaries()] == [second, first]  # from it now
    assert deferred.engine is opened[0].engine and len(opened) == 1
    deferred.close()


def test_a_write_between_the_first_page_and_the_opening_is_noticed(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="Late call"))
    quiet, _ = _deferred(paths)
    quiet.journal()
    assert not quiet.changed_meanwhile  # opening the journal itself writes nothing
    quiet.close()
    busy, _ = _deferred(paths)
    with Journal.open(paths) as other:  # the command line, meanwhile
        other.entries.add(EntryDraft(title="Added from the command line"))
    busy.journal()
    assert busy.changed_meanwhile
    busy.close()


def test_a_row_the_quick_path_cannot_read_is_left_to_the_journal(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        entry = journal.entries.add(EntryDraft(title="Late call"))
    damage_value(paths, entry, "title", "CAST(X'41FF42' AS TEXT)")
    deferred, opened = _deferred(paths)
    with pytest.raises(DamagedRowError):  # the journal's own answer, as it always gives it
        deferred.entries.summaries(EntryFilter())
    assert opened
    deferred.close()
