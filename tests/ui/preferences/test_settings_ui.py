"""Settings (Ctrl+,), the first-run welcome with its sample journal, and the daily reminder."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.core.settings import Settings
from journal_app.core.trends import TrendFilter
from journal_app.paths import AppPaths
from journal_app.ui.common.theme import apply_theme
from journal_app.ui.preferences.reminder import Reminder
from journal_app.ui.preferences.settings_dialog import SettingsDialog
from journal_app.ui.preferences.welcome_dialog import WelcomeDialog
from journal_app.ui.window.main_window import MainWindow

from ..conftest import Answers, in_modal


def test_settings_from_the_keyboard_are_applied_and_kept(
    qtbot: QtBot, make_window: Callable[[], MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window()
    exports = tmp_path / "for the coach"
    exports.mkdir()

    def change(dialog: SettingsDialog) -> None:
        dialog.theme.setFocus()
        qtbot.keyClicks(dialog.theme, "Dark")
        dialog.auto_lock.setValue(25)
        qtbot.keyClicks(dialog.export_folder, str(exports))
        qtbot.mouseClick(dialog.reminder, Qt.MouseButton.LeftButton)
        dialog.reminder_time.setTime(QTime(20, 15))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    done = in_modal(SettingsDialog, change)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert done == ["Settings"]
    try:
        saved = Settings.load(paths.settings_file)
        assert (saved.theme, saved.auto_lock_minutes, saved.export_folder) == (
            "dark",
            25,
            str(exports),
        )
        assert (saved.reminder, saved.reminder_time) == (True, "20:15")
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 128  # dark, whatever the platform can do
        assert window.preferences.reminder.enabled
    finally:
        apply_theme("system")
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
        window.preferences.reminder.configure(False, "18:00")


def test_a_new_backup_folder_takes_the_backups_made_so_far(
    qtbot: QtBot, make_window: Callable[[], MainWindow], journal: Journal, tmp_path: Path
) -> None:
    window = make_window()
    assert journal.backups is not None
    made = journal.backups.create()
    target = tmp_path / "elsewhere"
    settings = Settings.load(window.safety._paths.settings_file)
    settings.backup_folder = str(target)
    window.preferences.apply(settings)
    assert (target / made.name).is_file() and not made.exists()
    assert journal.backups.create().parent == target  # and new ones go there too
    assert AppPaths.resolve(window.safety._paths.data_dir).backups_dir == target  # next start


def test_the_welcome_adds_a_sample_that_one_click_removes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], journal: Journal, answers: Answers
) -> None:
    journal.entries.add(EntryDraft(title="My own entry"))
    window = make_window()

    def take_the_sample(dialog: WelcomeDialog) -> None:
        assert dialog.encrypt is not None  # the journal is not encrypted: offered
        qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.sample.isChecked)  # a mnemonic clicks with a short animation
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    done = in_modal(WelcomeDialog, take_the_sample)
    window.preferences.welcome()
    assert done == ["Welcome to Boundary Journal"]
    # "Start Writing" opened a new entry, the cursor in its title, beside the sample's 12.
    fresh = window.editor.entry_id
    assert journal.entries.get(fresh).is_blank
    assert window.focusWidget() is window.editor_view.title  # focused once the window is active
    assert journal.entries.count() == 14
    assert window.model.rowCount() == 14
    qtbot.keyClicks(window.editor_view.title, "First words")
    assert journal.trends.compute(TrendFilter()).over_time  # the trends are not empty
    late = [i for i in journal.incidents.find() if i.kind.key == "after_hours"]
    assert late and all(i.outside_hours for i in late)  # an agreement the late calls break
    assert window.remove_sample_action.isVisible()
    assert not window.add_sample_action.isVisible()
    window.preferences.welcome()  # only once
    assert journal.entries.count() == 14

    window.remove_sample_action.trigger()
    assert answers.asked and "Your own entries are not touched" in answers.asked[-1]
    assert [s.title for s in journal.entries.summaries()] == ["First words", "My own entry"]
    assert journal.clients.all() == []
    assert not window.remove_sample_action.isVisible()
    assert window.statusBar().currentMessage() == "12 sample entries removed."

    # Help → Add the Sample Journal brings it back, and it goes again as before.
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    assert window.add_sample_action in help_menu.actions()
    assert window.add_sample_action.isVisible()
    window.add_sample_action.trigger()
    assert journal.entries.count() == 14 and window.remove_sample_action.isVisible()
    window.remove_sample_action.trigger()
    assert journal.entries.count() == 2


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_the_reminder_comes_once_a_day_and_only_without_an_entry(qapp: QApplication) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 17, 0))
    wrote: list[bool] = [False]
    reminder = Reminder(QIcon(), lambda: wrote[0], now=clock)
    assert not reminder.check()  # off by default
    reminder.configure(True, "18:00")
    assert not reminder.check()  # not yet
    clock.now = dt.datetime(2026, 11, 23, 18, 1)
    assert reminder.check()
    assert "Ctrl+N" in reminder.message
    assert not reminder.check()  # once a day
    clock.now = dt.datetime(2026, 11, 24, 18, 30)
    wrote[0] = True
    assert not reminder.check()  # written today: nothing to remind of
    clock.now = dt.datetime(2026, 11, 25, 19, 0)
    wrote[0] = False
    assert reminder.check()
    reminder.configure(False, "18:00")
    clock.now = dt.datetime(2026, 11, 26, 19, 0)
    assert not reminder.check()


def test_switching_the_reminder_on_late_waits_for_tomorrow(qapp: Any) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 21, 0))
    reminder = Reminder(QIcon(), lambda: False, now=clock)
    reminder.configure(True, "18:00")
    assert not reminder.check()
    clock.now = dt.datetime(2026, 11, 24, 18, 0)
    assert reminder.check()
    reminder.configure(False, "18:00")


def test_without_a_tray_the_window_says_the_reminder(
    make_window: Callable[[], MainWindow], monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    window = make_window()
    reminder = window.preferences.reminder
    reminder.configure(True, "00:00")
    try:
        assert reminder.tray is None
        reminder._last_day = None  # as if it had just turned midnight
        assert reminder.check()  # the test journal has nothing written today
        assert "Ctrl+N" in window.statusBar().currentMessage()
    finally:
        reminder.configure(False, "18:00")


def test_settings_that_cannot_be_written_are_said_and_still_used(
    make_window: Callable[[], MainWindow], answers: Answers, monkeypatch: Any
) -> None:
    from journal_app.core import settings as settings_module
    from journal_app.core.errors import StorageError

    def disk_full(path: Path, _text: str) -> None:
        raise StorageError(f"The disk is full: {path} was not written. Free some space.")

    window = make_window()
    monkeypatch.setattr(settings_module, "write_text", disk_full)
    wanted = Settings.load(window.safety._paths.settings_file)
    wanted.auto_lock_minutes = 3
    window.preferences.apply(wanted)  # no exception escapes into Qt's event loop
    assert answers.warnings and answers.warnings[0].startswith(
        "The settings could not be saved: The disk is full"
    )
    assert window.preferences.settings.auto_lock_minutes == 3  # in force until the app closes


def test_a_new_language_offers_to_restart(
    make_window: Callable[[], MainWindow], answers: Answers, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QMessageBox

    from journal_app.ui import app

    window = make_window()
    russian = Settings.load(window.safety._paths.settings_file)
    russian.language = "ru"
    answers.question = QMessageBox.StandardButton.No
    window.preferences.apply(russian)  # later
    assert answers.asked[-1].endswith("Restart Boundary Journal now?")
    assert window.isVisible() and not window.restart_requested
    assert window.statusBar().currentMessage() == "The new language is used from the next start."

    answers.question = QMessageBox.StandardButton.Yes
    window.preferences.apply(russian)  # now: the window closes (saving) to start again
    assert window.restart_requested and not window.isVisible()
    assert Settings.load(window.safety._paths.settings_file).language == "ru"

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda p, a: (started.append((p, list(a))), (True, 1))[1]
    )
    monkeypatch.setattr("sys.argv", ["boundary-journal", "--data-dir", "/tmp/j"])
    assert app.relaunch()
    assert started == [(sys.executable, ["-m", "journal_app", "--data-dir", "/tmp/j"])]
