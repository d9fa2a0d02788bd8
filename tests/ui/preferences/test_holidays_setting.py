"""The country whose public holidays are days off is chosen in Settings and re-flags
incidents on those days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.preferences.settings_dialog import SettingsDialog
from journal_app.ui.window.main_window import MainWindow

from ..conftest import in_modal


def test_choosing_russia_makes_unity_day_outside_agreed_days(
    qtbot: QtBot, make_window: Callable[[], MainWindow], journal: Journal
) -> None:
    window = make_window()
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    entry = journal.entries.add(EntryDraft())
    unity_day = journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="pressure",
            occurred_at=dt.datetime(2026, 11, 4, 11, 0),
        )
    )
    assert not journal.incidents.get(unity_day).outside_hours

    def choose(dialog: SettingsDialog) -> None:
        assert dialog.holidays.currentData() == ""
        dialog.holidays.setCurrentIndex(dialog.holidays.findData("RU"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    done = in_modal(SettingsDialog, choose)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert done == ["Settings"]
    assert journal.days_off.country() == "RU"
    assert journal.incidents.get(unity_day).outside_hours
