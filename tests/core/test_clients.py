import pytest

from journal_app.core.errors import ConflictError, ValidationError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft


def test_names_are_unique_ignoring_case_in_any_script(journal: Journal) -> None:
    journal.clients.add("Акме")
    with pytest.raises(ConflictError, match="already a client called “Акме”"):
        journal.clients.add("  аКМЕ ")
    entry_id = journal.entries.add(EntryDraft(clients=("АКМЕ",)))
    assert journal.entries.get(entry_id).clients == ("Акме",)
    assert len(journal.clients.all()) == 1


def test_new_clients_get_distinct_colours_and_bad_colours_are_refused(journal: Journal) -> None:
    a, b = journal.clients.add("A"), journal.clients.add("B")
    assert journal.clients.get(a).colour != journal.clients.get(b).colour
    with pytest.raises(ValidationError, match="#rrggbb"):
        journal.clients.update(a, colour="red")
    journal.clients.update(a, colour="#ABCDEF")
    assert journal.clients.get(a).colour == "#abcdef"


def test_rename_shows_in_entries_and_search(journal: Journal) -> None:
    entry_id = journal.entries.add(EntryDraft(body="meeting", clients=("Acme",)))
    client = journal.clients.by_name("Acme")
    journal.clients.rename(client.id, "Acme Holdings")
    assert journal.entries.get(entry_id).clients == ("Acme Holdings",)
    assert [h.entry.id for h in journal.search.search("holdings")] == [entry_id]
    assert journal.check() == []


def test_merge_moves_entries_to_the_survivor(journal: Journal) -> None:
    only_old = journal.entries.add(EntryDraft(clients=("ACME ltd",)))
    both = journal.entries.add(EntryDraft(clients=("ACME ltd", "Acme")))
    old, new = journal.clients.by_name("ACME ltd"), journal.clients.by_name("Acme")
    journal.clients.update(old.id, notes="prefers e-mail")
    journal.clients.merge(old.id, new.id)
    assert journal.entries.get(only_old).clients == ("Acme",)
    assert journal.entries.get(both).clients == ("Acme",)
    assert [c.name for c in journal.clients.all()] == ["Acme"]
    assert journal.clients.by_name("Acme").entries == 2
    assert "prefers e-mail" in journal.clients.by_name("Acme").notes
    assert journal.check() == []


def test_merge_into_itself_is_refused(journal: Journal) -> None:
    a = journal.clients.add("A")
    with pytest.raises(ValidationError):
        journal.clients.merge(a, a)


def test_archive_hides_from_the_active_list(journal: Journal) -> None:
    a = journal.clients.add("Old client")
    journal.clients.set_archived(a, True)
    assert journal.clients.all(include_archived=False) == []
    assert journal.clients.get(a).archived


def test_empty_names_are_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        journal.clients.add("   ")
    with pytest.raises(ValidationError, match="needs a name"):
        journal.entries.add(EntryDraft(tags=("#",)))
