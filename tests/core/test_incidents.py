import datetime as dt

import pytest

from journal_app.core.agreements import Agreement, parse_channels, parse_days
from journal_app.core.errors import ConflictError, NotFoundError, ValidationError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, IncidentFilter

FRIDAY_9PM = dt.datetime(2026, 11, 20, 21, 0)


def office(journal: Journal, client: str) -> None:
    found = journal.clients.find(client)
    client_id = found.id if found else journal.clients.add(client)
    journal.clients.set_agreement(
        client_id, Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)
    )


def test_the_9pm_call_flags_itself(journal: Journal) -> None:
    office(journal, "Acme")
    entry = journal.entries.add(EntryDraft(title="The contract"))
    late = journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="pushing_for_gain",
            occurred_at=FRIDAY_9PM,
            channel="phone",
        )
    )
    on_time = journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="pushing_for_gain",
            occurred_at=FRIDAY_9PM.replace(hour=10),
        )
    )
    assert journal.incidents.get(late).outside_hours
    assert not journal.incidents.get(on_time).outside_hours
    assert journal.incidents.get(late).direction == "me"  # taken from the kind


def test_an_agreement_from_a_date_reflags_the_incidents_from_it(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft())
    incident = journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="after_hours",
            occurred_at=FRIDAY_9PM,
            channel="messenger",
        )
    )
    assert not journal.incidents.get(incident).outside_hours  # nothing agreed yet
    office(journal, "Acme")
    acme = journal.clients.by_name("Acme")
    assert (
        journal.clients.set_agreement(
            acme.id,
            Agreement(
                days=acme.agreement.days,
                start=acme.agreement.start,
                end=acme.agreement.end,
                channels=parse_channels("email"),
            ),
            since=FRIDAY_9PM.date(),
        )
        == 1
    )
    flagged = journal.incidents.get(incident)
    assert flagged.outside_hours and flagged.outside_channels
    journal.clients.set_agreement(acme.id, Agreement(), since=FRIDAY_9PM.date())
    assert not journal.incidents.get(incident).outside_hours


def test_an_incident_links_its_client_to_the_entry_and_keeps_it(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(title="Wake-up call", clients=("Beta",)))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Gamma", kind="friend_outlet"))
    assert journal.entries.get(entry).clients == ("Beta", "Gamma")
    journal.entries.update(entry, EntryDraft(clients=()))
    assert journal.entries.get(entry).clients == ("Gamma",)


def test_quick_capture_files_into_todays_entry(journal: Journal) -> None:
    first = journal.incidents.add(IncidentDraft(client="Acme", kind="rudeness"))
    second = journal.incidents.add(IncidentDraft(client="Acme", kind="pressure"))
    entry_id = journal.incidents.get(first).entry_id
    assert journal.incidents.get(second).entry_id == entry_id
    assert journal.entries.get(entry_id).date == dt.date.today()
    assert journal.entries.count() == 1


def test_defaults_validation_and_edits(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft())
    incident_id = journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="scope_creep")
    )
    got = journal.incidents.get(incident_id)
    assert (got.channel, got.severity, got.response, got.direction) == (
        "other",
        3,
        "open",
        "client",
    )
    for bad in (
        IncidentDraft(severity=6),
        IncidentDraft(channel="pigeon"),
        IncidentDraft(response="shrugged"),
        IncidentDraft(direction="both"),
        IncidentDraft(note="x" * 3000),
    ):
        with pytest.raises(ValidationError):
            journal.incidents.update(incident_id, bad)
    with pytest.raises(NotFoundError):
        journal.incidents.update(incident_id, IncidentDraft(kind="no_such_kind"))
    journal.incidents.update(
        incident_id,
        IncidentDraft(response="held", severity=5, note="  Said no politely. ", kind="pressure"),
    )
    got = journal.incidents.get(incident_id)
    assert (got.response, got.severity, got.note, got.kind.key) == (
        "held",
        5,
        "Said no politely.",
        "pressure",
    )
    journal.incidents.delete(incident_id)
    with pytest.raises(NotFoundError):
        journal.incidents.get(incident_id)


def test_listing_leaves_out_the_trash_and_filters(journal: Journal) -> None:
    kept = journal.entries.add(EntryDraft())
    binned = journal.entries.add(EntryDraft())
    for entry, client, day in ((kept, "Acme", 1), (kept, "Beta", 2), (binned, "Acme", 3)):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client=client,
                kind="rudeness",
                occurred_at=dt.datetime(2026, 11, day, 12),
            )
        )
    journal.entries.trash(binned)
    assert [i.client.name for i in journal.incidents.find()] == ["Acme", "Beta"]
    acme = journal.clients.by_name("Acme").id
    assert len(journal.incidents.find(IncidentFilter(client_ids=(acme,)))) == 1
    window = IncidentFilter(date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 11, 2))
    assert [i.client.name for i in journal.incidents.find(window)] == ["Beta"]
    with pytest.raises(ValidationError):
        journal.incidents.add(IncidentDraft(entry_id=binned, client="Acme", kind="rudeness"))
    journal.entries.purge(binned)
    assert len(journal.incidents.find(IncidentFilter(client_ids=(acme,)))) == 1


def test_merging_clients_moves_incidents_under_the_new_agreement(journal: Journal) -> None:
    office(journal, "ACME Corp")
    entry = journal.entries.add(EntryDraft())
    incident = journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="after_hours", occurred_at=FRIDAY_9PM)
    )
    assert not journal.incidents.get(incident).outside_hours
    journal.clients.merge(
        journal.clients.by_name("Acme").id, journal.clients.by_name("ACME Corp").id
    )
    moved = journal.incidents.get(incident)
    assert moved.client.name == "ACME Corp" and moved.outside_hours


def test_kinds_are_seeded_and_editable(journal: Journal) -> None:
    kinds = {k.key: k for k in journal.kinds.all("en")}
    assert kinds["after_hours"].name == "Contact outside working hours"
    assert kinds["pushing_for_gain"].direction == "me"
    assert journal.kinds.get("after_hours", "ru").name == "Контакт в нерабочее время"

    key = journal.kinds.add("Late invoices", "client")
    assert key == "late_invoices"
    assert journal.kinds.add("Late invoices, again", "me") == "late_invoices_again"
    with pytest.raises(ConflictError):
        journal.kinds.add("late INVOICES", "client")
    with pytest.raises(ConflictError):
        journal.kinds.add("Грубость", "client")  # a built-in's Russian name
    with pytest.raises(ValidationError):
        journal.kinds.add("Ghosting", "sideways")

    journal.kinds.rename("rudeness", "Shouting")
    assert journal.kinds.get("rudeness", "ru").name == "Shouting"  # the person's word wins
    journal.kinds.set_archived("scope_creep", True)
    assert "scope_creep" not in {k.key for k in journal.kinds.all()}
    assert "scope_creep" in {k.key for k in journal.kinds.all(include_archived=True)}
    with pytest.raises(NotFoundError):
        journal.kinds.rename("nope", "Anything")
