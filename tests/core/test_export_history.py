"""The JSON export carries each client's agreement history (every version with its day, days,
hours, channels and zone), under the client's alias when pseudonymised, and a zone's name
never brings a client's name back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from journal_app.core.agreements import Agreement, parse_channels, parse_days
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft

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
