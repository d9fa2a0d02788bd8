"""The incident form's warning judges the date typed by the agreement in force then, in its
zone, with days off and holidays: the same judgement core stores with the incident."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.reflection.incident_dialog import IncidentDialog
from journal_app.ui.window.main_window import MainWindow

from ..conftest import in_modal, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OFFICE = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)


def type_day(qtbot: QtBot, dialog: IncidentDialog, day: int) -> None:
    """Put the cursor in the date's day and type a day of the month, as a person would."""
    dialog.when.setFocus()
    dialog.when.setSelectedSection(dialog.when.Section.DaySection)
    qtbot.keyClicks(dialog.when, f"{day:02d}")


def test_the_warning_follows_the_agreement_in_force_and_the_holidays(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, OFFICE)
    longer = Agreement(days=OFFICE.days, start=9 * 60, end=20 * 60)
    journal.clients.set_agreement(acme, longer, since=dt.date(2026, 11, 25))
    journal.days_off.set_country("RU")
    seen: dict[str, str] = {}

    def log(dialog: IncidentDialog) -> None:
        type_text(dialog.client.lineEdit(), "Acme")
        dialog.when.setDateTime(QDateTime(dt.datetime(2026, 11, 26, 19, 0)))  # a Thursday
        seen["after the change"] = dialog.outside_hint.text()
        type_day(qtbot, dialog, 19)  # the Thursday before: the hours ended at 18:00 then
        assert dialog.when.dateTime().toPython() == dt.datetime(2026, 11, 19, 19, 0)
        seen["before the change"] = dialog.outside_hint.text()
        dialog.when.setDateTime(QDateTime(dt.datetime(2026, 11, 5, 11, 0)))
        seen["a working day"] = dialog.outside_hint.text()
        type_day(qtbot, dialog, 4)  # Unity Day, a public holiday in Russia
        seen["a holiday"] = dialog.outside_hint.text()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    in_modal(IncidentDialog, log)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_I, CTRL_SHIFT)
    assert seen["after the change"] == ""
    assert "outside agreed hours" in seen["before the change"]
    assert seen["a working day"] == ""
    assert "day off" in seen["a holiday"]
    # What the form said is what was stored.
    (incident,) = journal.incidents.find()
    assert incident.occurred_at == dt.datetime(2026, 11, 4, 11, 0)
    assert incident.outside_hours


def test_the_warning_judges_in_the_agreements_zone(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An incident being edited keeps the zone it was logged in: 17:00 in Moscow is 15:00
    in Berlin, inside hours kept in Berlin until 16:00."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    acme = journal.clients.add("Acme")
    berlin = Agreement(days=OFFICE.days, start=9 * 60, end=16 * 60, tz="Europe/Berlin")
    journal.clients.set_agreement(acme, berlin)
    at = dt.datetime(2026, 11, 18, 17, 0)
    entry = journal.entries.add(EntryDraft())
    logged = journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="after_hours", occurred_at=at)
    )
    monkeypatch.setenv("TZ", "Europe/Lisbon")  # travelling now: the incident keeps Moscow's
    form = IncidentDialog(
        journal.clients.all(),
        journal.kinds.all("en"),
        journal.incidents.get(logged),
        terms=journal.clients.terms,
    )
    qtbot.addWidget(form)
    assert form.outside_hint.text() == ""
    assert not journal.incidents.get(logged).outside_hours
    form.when.setDateTime(QDateTime(at.replace(hour=19)))
    assert "outside agreed hours" in form.outside_hint.text()
