"""Agreements that change over time: versions in force from a date, a time zone per
agreement, public holidays and personal days off outside the agreed days."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from journal_app.core import db
from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.errors import ValidationError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths

OFFICE = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)


def log(journal: Journal, at: dt.datetime, client: str = "Acme") -> int:
    entry = journal.entries.add(EntryDraft())
    return journal.incidents.add(
        IncidentDraft(entry_id=entry, client=client, kind="after_hours", occurred_at=at)
    )


def outside(journal: Journal, incident: int) -> bool:
    return journal.incidents.get(incident).outside_hours


def test_an_incident_before_a_change_keeps_its_old_flag(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    before = log(journal, dt.datetime(2026, 11, 18, 19, 0))  # a Wednesday, after 18:00
    after = log(journal, dt.datetime(2026, 11, 26, 19, 0))
    assert outside(journal, before) and outside(journal, after)
    longer = Agreement(days=OFFICE.days, start=9 * 60, end=20 * 60)
    journal.clients.set_agreement(acme, longer, since=dt.date(2026, 11, 25))
    assert outside(journal, before)  # judged by the hours in force then
    assert not outside(journal, after)
    history = journal.clients.history(acme)
    assert [(v.since, v.agreement.end) for v in history] == [
        (None, 18 * 60),
        (dt.date(2026, 11, 25), 20 * 60),
    ]
    # An incident logged later, on a day before the change, is judged by the old terms too.
    late_entry = log(journal, dt.datetime(2026, 11, 19, 19, 0))
    assert outside(journal, late_entry)


def test_the_same_date_replaces_its_version_and_clearing_forgets_all(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    day = dt.date(2026, 12, 1)
    journal.clients.set_agreement(acme, Agreement(days=OFFICE.days, end=19 * 60), since=day)
    journal.clients.set_agreement(acme, Agreement(days=OFFICE.days, end=20 * 60), since=day)
    assert [v.agreement.end for v in journal.clients.history(acme)] == [18 * 60, 20 * 60]
    incident = log(journal, dt.datetime(2026, 11, 18, 19, 0))
    assert outside(journal, incident)
    journal.clients.clear_agreement(acme)
    assert journal.clients.history(acme) == []
    assert not outside(journal, incident)


def test_an_incident_is_judged_in_the_agreements_zone(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Moscow")  # the computer the incidents are logged on
    acme = journal.clients.add("Acme")
    ural = Agreement(days=OFFICE.days, start=9 * 60, end=18 * 60, tz="Asia/Yekaterinburg")
    journal.clients.set_agreement(acme, ural)
    early = log(journal, dt.datetime(2026, 11, 18, 15, 0))  # 17:00 in Yekaterinburg
    late = log(journal, dt.datetime(2026, 11, 18, 17, 0))  # 19:00 there
    assert not outside(journal, early)
    assert outside(journal, late)
    assert journal.clients.by_name("Acme").agreement.tz == "Asia/Yekaterinburg"


def test_an_unknown_zone_is_refused() -> None:
    from journal_app.core.agreements import agreement_from_dict

    with pytest.raises(ValidationError, match="time zone"):
        agreement_from_dict({"days": "mon-fri", "hours": "09:00-18:00", "tz": "Mars/Olympus"})


def test_a_russian_public_holiday_is_outside_agreed_days(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    unity_day = log(journal, dt.datetime(2026, 11, 4, 11, 0))  # a Wednesday
    moved = log(journal, dt.datetime(2025, 5, 2, 11, 0))  # a Friday off, moved from 4 January
    working = log(journal, dt.datetime(2026, 11, 5, 11, 0))
    assert not outside(journal, unity_day)
    assert journal.days_off.set_country("ru") == 2
    assert journal.days_off.country() == "RU"
    assert outside(journal, unity_day) and outside(journal, moved)
    assert not outside(journal, working)
    journal.days_off.set_country("")
    assert not outside(journal, unity_day)


def test_a_saturday_russia_works_is_an_agreed_working_day(journal: Journal) -> None:
    """Russia's production calendar of 2024 worked Saturday 2 November for Monday 30
    December: that Saturday the agreed hours hold, and the Monday is a day off."""
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    worked_saturday = log(journal, dt.datetime(2024, 11, 2, 11, 0))
    late_that_saturday = log(journal, dt.datetime(2024, 11, 2, 19, 30))
    plain_saturday = log(journal, dt.datetime(2024, 11, 9, 11, 0))
    moved_monday = log(journal, dt.datetime(2024, 12, 30, 11, 0))
    assert outside(journal, worked_saturday) and not outside(journal, moved_monday)
    journal.days_off.set_country("RU")
    assert not outside(journal, worked_saturday)
    assert outside(journal, late_that_saturday)  # outside the hours still
    assert outside(journal, plain_saturday)
    assert outside(journal, moved_monday)
    # A day off of one's own wins over the transfer.
    journal.days_off.add(dt.date(2024, 11, 2), note="dacha")
    assert outside(journal, worked_saturday)


def test_personal_days_off_are_outside_agreed_days(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    sick = log(journal, dt.datetime(2026, 11, 11, 10, 0))
    day_off = journal.days_off.add(dt.date(2026, 11, 10), dt.date(2026, 11, 12), "flu")
    assert outside(journal, sick)
    assert [(d.first, d.last, d.note) for d in journal.days_off.all()] == [
        (dt.date(2026, 11, 10), dt.date(2026, 11, 12), "flu")
    ]
    also_sick = log(journal, dt.datetime(2026, 11, 12, 10, 0))
    assert outside(journal, also_sick)
    journal.days_off.remove(day_off)
    assert not outside(journal, sick) and not outside(journal, also_sick)


def test_bad_days_off_and_countries_are_refused(journal: Journal) -> None:
    from journal_app.core.daysoff import parse_range

    with pytest.raises(ValidationError):
        parse_range("2026-11-12..2026-11-10")
    with pytest.raises(ValidationError):
        parse_range("tomorrow")
    with pytest.raises(ValidationError, match="XX"):
        journal.days_off.set_country("XX")
    assert journal.days_off.country() == ""


def test_an_existing_agreement_becomes_the_first_version(paths: AppPaths) -> None:
    from alembic import command

    paths.ensure()
    engine = db.create_journal_engine(paths.db_path)
    cfg = db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
        conn.execute(
            text(
                "INSERT INTO client (uuid, name, name_key, organisation, colour, notes, archived, "
                "agreed_days, agreed_from, agreed_to, agreed_channels, created_at, updated_at) "
                "VALUES ('c1', 'Acme', 'acme', '', '#112233', '', 0, 'mon,tue,wed,thu,fri', "
                "540, 1080, 'email', '2025-01-02 09:00:00', '2025-01-02 09:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO incident_kind (key, name, direction, builtin, archived, position) "
                "VALUES ('threat_to_leave', 'Мой вид', 'client', 0, 0, 50)"
            )
        )
    engine.dispose()
    with Journal.open(paths) as journal:
        acme = journal.clients.by_name("Acme")
        (first,) = journal.clients.history(acme.id)
        assert first.since is None
        assert first.agreement.days_text() == "mon-fri"
        assert first.agreement.channels == {"email"}
        keys = {k.key: k for k in journal.kinds.all(include_archived=True)}
        assert keys["threat_to_leave"].name == "Мой вид"  # the person's own kind is kept
        assert keys["discount_pressure"].direction == "client"
        assert keys["over_promising"].direction == "me"
    with sqlite3.connect(paths.db_path) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (db.HEAD_REVISION,)
