"""The JSON export carries each client's agreement history (every version with its day, days,
hours, channels and zone), under the client's alias when pseudonymised, and a zone's name
never brings a client's name back; imported, the history comes back whole."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from journal_app.core.agreements import Agreement, parse_channels, parse_days
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.importers.batch import ImportFormatError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft

OFFICE = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60, tz="Europe/Moscow")


def exported(journal: Journal, tmp_path: Path, pseudonymise: bool) -> dict:  # type: ignore[type-arg]
    target = tmp_path / f"export-{pseudonymise}.json"
    journal.exports.export(ExportScope(pseudonymise=pseudonymise), "json", target)
    return json.loads(target.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_version_leaves_with_its_day(journal: Journal, tmp_path: Path) -> None:
    acme = journal.clients.add("Acme")
    journal.entries.add(EntryDraft(title="Call", clients=("Acme",)))
    journal.clients.set_agreement(acme, OFFICE)
    later = Agreement(
        days=parse_days("mon-thu"), start=10 * 60, end=19 * 60, channels=parse_channels("email")
    )
    journal.clients.set_agreement(acme, later, since=dt.date(2026, 3, 2))
    expected = [
        {
            "since": None,
            "days": "mon-fri",
            "hours": "09:00-18:00",
            "channels": [],
            "tz": "Europe/Moscow",
        },
        {
            "since": "2026-03-02",
            "days": "mon-thu",
            "hours": "10:00-19:00",
            "channels": ["email"],
            "tz": None,
        },
    ]
    (plain,) = exported(journal, tmp_path, False)["clients"]
    assert plain["name"] == "Acme" and plain["agreement_history"] == expected
    (masked,) = exported(journal, tmp_path, True)["clients"]
    assert masked["name"] == "Client A" and masked["agreement_history"] == expected


def test_a_zone_named_like_a_client_does_not_name_it(journal: Journal, tmp_path: Path) -> None:
    """A client called "Moscow": its zone Europe/Moscow would carry the name out (and the leak
    check would refuse the export); the zone's name is pseudonymised as any text is."""
    moscow = journal.clients.add("Moscow")
    journal.entries.add(EntryDraft(title="Call", clients=("Moscow",)))
    journal.clients.set_agreement(moscow, OFFICE)
    journal.clients.set_agreement(moscow, OFFICE, since=dt.date(2026, 3, 2))
    data = exported(journal, tmp_path, True)
    text = json.dumps(data, ensure_ascii=False)
    assert "Moscow" not in text
    (client,) = data["clients"]
    assert [v["tz"] for v in client["agreement_history"]] == ["Europe/Client A"] * 2
    assert client["agreement"]["tz"] == "Europe/Client A"
    plain = exported(journal, tmp_path, False)["clients"][0]
    assert plain["agreement"]["tz"] == "Europe/Moscow"


def import_export(journal: Journal, target: Path) -> Journal:
    fresh = Journal.in_memory()
    fresh.imports.apply(fresh.imports.read(target), None)
    return fresh


def test_an_export_imported_keeps_every_version(journal: Journal, tmp_path: Path) -> None:
    """Exported and imported into a new journal, the client has the same versions (days,
    hours, channels, zone, since), and an old incident is still judged by the old terms."""
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    later = Agreement(
        days=parse_days("mon-thu"), start=10 * 60, end=19 * 60, channels=parse_channels("email")
    )
    journal.clients.set_agreement(acme, later, since=dt.date(2026, 3, 2))
    kind = journal.kinds.add("Friday call", "client")
    entry = journal.entries.add(EntryDraft(title="Call", clients=("Acme",)))
    # A Friday midday call by phone: fine under the first version, outside the second.
    for day in (dt.date(2026, 2, 27), dt.date(2026, 3, 6)):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind=kind,
                occurred_at=dt.datetime.combine(day, dt.time(12, 0)),
                channel="phone",
            )
        )
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)

    fresh = import_export(journal, target)
    client = fresh.clients.by_name("Acme")
    assert fresh.clients.history(client.id) == journal.clients.history(acme)
    assert [v.since for v in fresh.clients.history(client.id)] == [None, dt.date(2026, 3, 2)]
    assert fresh.clients.history(client.id)[0].agreement.tz == "Europe/Moscow"
    assert client.agreement == later  # today's version
    flags = {i.occurred_at.date(): i.outside_hours for i in fresh.incidents.find()}
    assert flags == {dt.date(2026, 2, 27): False, dt.date(2026, 3, 6): True}
    assert (
        exported(fresh, tmp_path, False)["clients"] == exported(journal, tmp_path, False)["clients"]
    )


def test_a_bad_version_names_its_place_and_imports_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    acme = journal.clients.add("Acme")
    journal.entries.add(EntryDraft(title="Call", clients=("Acme",)))
    journal.clients.set_agreement(acme, OFFICE)
    journal.clients.set_agreement(acme, OFFICE, since=dt.date(2026, 3, 2))
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["clients"][0]["agreement_history"][1]["hours"] = "9 to 5"
    target.write_text(json.dumps(data), encoding="utf-8")
    fresh = Journal.in_memory()
    with pytest.raises(ImportFormatError, match="client 1, agreement version 2: "):
        fresh.imports.read(target)
    assert fresh.clients.all() == [] and fresh.entries.count() == 0


def changed_terms(journal: Journal, name: str) -> None:
    """A client whose hours changed on 2 March 2026, with a call before and one after."""
    client = journal.clients.add(name)
    journal.clients.set_agreement(client, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    journal.clients.set_agreement(
        client, Agreement(days=parse_days("mon-thu"), end=18 * 60), since=dt.date(2026, 3, 2)
    )
    entry = journal.entries.add(EntryDraft(title="Two Fridays", clients=(name,)))
    for day in (dt.date(2026, 2, 27), dt.date(2026, 3, 6)):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client=name,
                kind="after_hours",
                occurred_at=dt.datetime.combine(day, dt.time(12, 0)),
            )
        )


@pytest.mark.parametrize("fmt", ["md", "md-folder", "html"])
def test_each_incident_says_which_terms_judged_it(
    journal: Journal, tmp_path: Path, fmt: str
) -> None:
    changed_terms(journal, "Acme")
    journal.clients.add("Globex")  # one version: nothing to tell apart
    entry = journal.entries.add(EntryDraft(title="Globex call", clients=("Globex",)))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Globex", kind="after_hours"))
    target = tmp_path / f"coach.{fmt}"
    journal.exports.export(ExportScope(), fmt, target)
    files = sorted(target.iterdir()) if target.is_dir() else [target]
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert text.count("judged by the first agreement") == 1  # 27 February
    assert text.count("judged by the agreement in force from 2026-03-02") == 1  # 6 March
    assert "2026-03-06 12:00 · Acme" in text
    lines = [line for line in text.splitlines() if "Globex ·" in line]
    assert lines and not any("judged by" in line for line in lines)
    target = tmp_path / f"coach-ru.{fmt}"
    journal.exports.export(ExportScope(lang="ru"), fmt, target)
    files = sorted(target.iterdir()) if target.is_dir() else [target]
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "по первой договорённости" in text
    assert "по договорённости, действующей с 2026-03-02" in text


def test_a_client_named_like_the_terms_words_does_not_stop_the_export(
    journal: Journal, tmp_path: Path
) -> None:
    """The leak check knows the new words as the export's own: a client called "First"
    is masked in its texts and the words "judged by the first agreement" stay."""
    changed_terms(journal, "First")
    target = tmp_path / "coach.md"
    journal.exports.export(ExportScope(pseudonymise=True), "md", target)
    text = target.read_text(encoding="utf-8")
    assert "Client A" in text and "judged by the first agreement" in text
    assert "First ·" not in text and "· First" not in text


def test_an_incident_keeps_the_zone_it_was_logged_in(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logged at 16:30 in Moscow, a call is 18:30 on the client's Yekaterinburg clock: after
    hours. Exported and imported, it is still judged on that clock; pseudonymised, the zone
    that names a client is masked like any text."""
    monkeypatch.setenv("TZ", "Europe/Moscow")  # the computer the incident is logged on
    acme = journal.clients.add("Acme")
    office = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)
    journal.clients.set_agreement(acme, replace(office, tz="Asia/Yekaterinburg"))
    entry = journal.entries.add(EntryDraft(title="Call", clients=("Acme",)))
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 3, 4, 16, 30),
        )
    )
    assert journal.incidents.find()[0].outside_hours
    data = exported(journal, tmp_path, False)
    assert data["entries"][0]["incidents"][0]["tz"] == "Europe/Moscow"
    monkeypatch.setenv("TZ", "UTC")  # imported on another computer
    fresh = import_export(journal, tmp_path / "export-False.json")
    (incident,) = fresh.incidents.find()
    assert incident.outside_hours and incident.tz == "Europe/Moscow"

    moscow = journal.clients.add("Moscow")
    journal.entries.add(EntryDraft(title="Call", clients=("Moscow",)))
    journal.clients.set_agreement(moscow, office)
    text = json.dumps(exported(journal, tmp_path, True), ensure_ascii=False)
    assert "Moscow" not in text and '"tz": "Europe/Client B"' in text


def test_an_unknown_zone_names_its_incident_and_imports_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    journal.clients.add("Acme")
    entry = journal.entries.add(EntryDraft(title="Call", clients=("Acme",)))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind="after_hours"))
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["entries"][0]["incidents"][0]["tz"] = "Mars/Olympus"
    target.write_text(json.dumps(data), encoding="utf-8")
    fresh = Journal.in_memory()
    with pytest.raises(ImportFormatError, match="entry 1, incident 1: .*Mars/Olympus"):
        fresh.imports.read(target)
    assert fresh.entries.count() == 0


def test_a_pseudonymised_file_with_a_masked_zone_still_opens(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coach opens a review (read as a pseudonymised export) of a client called Moscow:
    its zones came out as "Europe/Client A", which is no zone; they are read as none."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    moscow = journal.clients.add("Moscow")
    journal.clients.set_agreement(moscow, OFFICE)
    journal.clients.set_agreement(moscow, OFFICE, since=dt.date(2026, 3, 2))
    entry = journal.entries.add(EntryDraft(title="Call", clients=("Moscow",)))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Moscow", kind="after_hours"))
    exported(journal, tmp_path, True)
    fresh = import_export(journal, tmp_path / "export-True.json")
    client = fresh.clients.by_name("Client A")
    assert [v.agreement.tz for v in fresh.clients.history(client.id)] == ["", ""]
    assert fresh.incidents.find()[0].tz == ""
