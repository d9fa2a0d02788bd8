"""Settings, the first-run welcome, the sample journal and the daily reminder: what the window
does with `core.settings.Settings` beyond locking (which SafetyController keeps)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.backups import SUFFIX
from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.records import EntryFilter
from ..core.samples import create_sample, remove_sample
from ..core.settings import Settings
from ..paths import AppPaths
from .core_messages import said
from .i18n import TRANSLATIONS, chosen_language
from .reminder import Reminder
from .settings_dialog import SettingsDialog
from .theme import apply_theme

if TYPE_CHECKING:
    from .main_window import MainWindow


class SettingsController(QObject):
    def __init__(self, journal: Journal, paths: AppPaths, window: MainWindow) -> None:
        super().__init__(window)
        self._journal = journal
        self._paths = paths
        self._window = window
        self.reminder = Reminder(window.windowIcon(), self.wrote_today, self)
        self.reminder.opened.connect(window.bring_forward)
        self.reminder.reminded.connect(self._on_reminded)
        self.reminder.configure(self.settings.reminder, self.settings.reminder_time)
        window.remove_sample_action.setVisible(bool(self.settings.sample_entries))

    @property
    def settings(self) -> Settings:
        return self._window.safety.settings  # one Settings object for the whole window

    def _on_reminded(self, message: str) -> None:
        """Without a tray (some desktops have none) the window says it, and asks for a look
        the way the desktop does it (a blinking taskbar entry)."""
        if self.reminder.tray is not None:
            return
        self._window.statusBar().showMessage(message, 60 * 60 * 1000)
        QApplication.alert(self._window)

    def wrote_today(self) -> bool:
        today = dt.date.today()
        return self._journal.entries.count(EntryFilter(date_from=today, date_to=today)) > 0

    # -- Settings… -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        default = AppPaths(self._paths.data_dir, self._paths.config_dir).backups_dir
        dialog = SettingsDialog(self.settings, default, self._window)
        if dialog.exec():
            self.apply(dialog.result_settings)

    def apply(self, new: Settings) -> None:
        old = self.settings
        if new.backup_folder != old.backup_folder and not self._move_backups(new.backup_folder):
            new.backup_folder = old.backup_folder
        for name, value in vars(new).items():
            setattr(old, name, value)
        try:
            old.save(self._paths.settings_file)
        except JournalError as error:
            QMessageBox.warning(
                self._window,
                self.tr("Settings"),
                self.tr("The settings could not be saved: {0}").format(said(error)),
            )
        apply_theme(old.theme)
        self._window.safety.update_lock()
        self.reminder.configure(old.reminder, old.reminder_time)
        if TRANSLATIONS.language != chosen_language(old.language):
            self._offer_restart()

    def _offer_restart(self) -> None:
        """A new language needs a new start: offered now (what is typed is saved first, as
        when the window closes), or it waits for the next one."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Language"),
            self.tr("The new language is used from the next start. Restart Boundary Journal now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._window.statusBar().showMessage(
                self.tr("The new language is used from the next start."), 8000
            )
            return
        self._window.restart_requested = True
        if not self._window.close():  # the person kept the window (an unsaved change)
            self._window.restart_requested = False

    def _move_backups(self, folder: str) -> bool:
        """Backups go to `folder` from now on, and the ones made so far move there too."""
        new_paths = self._paths.with_backup_dir(folder or None)
        source, target = self._paths.backups_dir, new_paths.backups_dir
        try:
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            if source.is_dir() and source.resolve() != target.resolve():
                for backup in sorted(source.glob(f"*{SUFFIX}")):
                    shutil.move(str(backup), str(target / backup.name))
        except OSError as error:
            QMessageBox.warning(
                self._window,
                self.tr("Settings"),
                self.tr("The backups could not be moved to {0}: {1}").format(target, error),
            )
            return False
        self._paths = new_paths
        self._window.use_paths(new_paths)
        return True

    # -- the first run -------------------------------------------------------------------------
    def welcome(self) -> None:
        from .welcome_dialog import WelcomeDialog

        if self.settings.welcomed:
            return
        self.settings.welcomed = True
        offer = not self._journal.encrypted
        if offer:
            self.settings.offered_encryption = True  # the welcome makes the offer
        self._save_quietly()
        dialog = WelcomeDialog(offer, self._window)
        dialog.exec()
        if dialog.sample.isChecked():
            self.add_sample()
        if dialog.encrypt_chosen:
            self._window.safety.open_encryption()

    def add_sample(self) -> None:
        try:
            uuids = create_sample(self._journal, TRANSLATIONS.language)
        except JournalError as error:
            QMessageBox.warning(self._window, self.tr("Sample journal"), said(error))
            return
        self.settings.sample_entries = uuids
        self._save_quietly()
        self._window.remove_sample_action.setVisible(True)
        self._window.reload_everything()

    def remove_sample(self) -> None:
        if not self.settings.sample_entries:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove the Sample Entries"),
            self.tr(
                "Delete the sample entries, their incidents and the sample clients for good? "
                "Your own entries are not touched."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._window.editor.flush()
        try:
            removed = remove_sample(self._journal, self.settings.sample_entries)
        except JournalError as error:
            QMessageBox.warning(self._window, self.tr("Sample journal"), said(error))
            return
        self.settings.sample_entries = []
        self._save_quietly()
        self._window.remove_sample_action.setVisible(False)
        self._window.reload_everything()
        self._window.statusBar().showMessage(
            self.tr("Sample entries removed: %n.", "", removed), 6000
        )

    def _save_quietly(self) -> None:
        with contextlib.suppress(JournalError):  # at worst, the welcome comes again next time
            self.settings.save(self._paths.settings_file)
