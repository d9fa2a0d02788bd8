"""Settings, the first-run welcome, the sample journal and the daily reminder: what the window
does with `core.settings.Settings` beyond locking (which SafetyController keeps).

It is given the journal, the paths, the one `Settings` (loaded once, in `app.py`), the widget
its dialogs open over and `flush`; it owns its actions (Settings…, Remove the Sample
Entries…) and answers with signals."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from ...core.errors import JournalError
from ...core.records import EntryFilter
from ...core.settings import Settings
from ...paths import AppPaths
from ..common.controller import WindowController
from ..common.errors import ask_yes_no, show_error
from ..common.i18n import TRANSLATIONS, chosen_language
from ..common.theme import apply_theme
from .reminder import Reminder


class SettingsController(WindowController):
    """`journalReplaced`: sample entries came or went."""

    settingsChanged = Signal()  # applied and saved (auto-lock may have changed)
    pathsChanged = Signal(object)  # AppPaths: the backups are in a new folder
    encryptionRequested = Signal()  # the welcome's "encrypt" was chosen
    startWritingRequested = Signal()  # the welcome's "Start Writing": a new entry, please
    windowRequested = Signal()  # the reminder was clicked: bring the window forward
    restartRequested = Signal()  # a new language: close and start again

    def _build(self) -> None:
        parent = self._parent
        self.reminder = Reminder(parent.windowIcon(), self.wrote_today, self)
        self.reminder.opened.connect(self.windowRequested)
        self.reminder.reminded.connect(self._on_reminded)
        self.reminder.configure(self.settings.reminder, self.settings.reminder_time)
        self.settings_action = QAction(self.tr("&Settings…"), parent)
        self.settings_action.setObjectName("settings")
        self.settings_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.remove_sample_action = QAction(self.tr("Remove the &Sample Entries…"), parent)
        self.remove_sample_action.setObjectName("removeSample")
        self.remove_sample_action.triggered.connect(lambda: self.remove_sample())
        self.remove_sample_action.setVisible(bool(self.settings.sample_entries))
        self.add_sample_action = QAction(self.tr("Add the Sa&mple Journal"), parent)
        self.add_sample_action.setObjectName("addSample")
        self.add_sample_action.triggered.connect(lambda: self.add_sample())
        self.add_sample_action.setVisible(not self.settings.sample_entries)

    def _on_reminded(self, message: str) -> None:
        """Without a tray (some desktops have none) the window says it, and asks for a look
        the way the desktop does it (a blinking taskbar entry)."""
        if self.reminder.tray is not None:
            return
        self.message.emit(message, 60 * 60 * 1000)
        QApplication.alert(self._parent.window())

    def wrote_today(self) -> bool:
        today = dt.date.today()
        return self._journal.entries.count(EntryFilter(date_from=today, date_to=today)) > 0

    # -- Settings… -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        from ...core.daysoff import countries

        default = AppPaths(self._paths.data_dir, self._paths.config_dir).backups_dir
        country = self._journal.days_off.country()
        from .settings_dialog import SettingsDialog  # when first opened

        dialog = SettingsDialog(self.settings, default, self._parent, country, list(countries()))
        if dialog.exec():
            self.apply(dialog.result_settings)
            if dialog.holidays_country != country:
                self.set_holidays(dialog.holidays_country)

    def set_holidays(self, code: str) -> None:
        """Whose public holidays are days off: stored in the journal, since they decide its
        incidents' flags."""
        try:
            self._journal.days_off.set_country(code)
        except JournalError as error:
            show_error(
                self._parent,
                self.tr("Settings"),
                error,
                self.tr("The holidays could not be changed: {0}"),
            )
            return
        self.settingsChanged.emit()

    def apply(self, new: Settings) -> None:
        old = self.settings
        if new.backup_folder != old.backup_folder and not self._move_backups(new.backup_folder):
            new.backup_folder = old.backup_folder
        for name, value in vars(new).items():
            setattr(old, name, value)
        try:
            old.save(self._paths.settings_file)
        except JournalError as error:
            show_error(
                self._parent,
                self.tr("Settings"),
                error,
                self.tr("The settings could not be saved: {0}"),
            )
        apply_theme(old.theme)
        self.settingsChanged.emit()
        self.reminder.configure(old.reminder, old.reminder_time)
        if TRANSLATIONS.language != chosen_language(old.language):
            self._offer_restart()

    def _offer_restart(self) -> None:
        """A new language needs a new start: offered now (what is typed is saved first, as
        when the window closes), or it waits for the next one."""
        answer = ask_yes_no(
            self._parent,
            self.tr("Language"),
            self.tr("The new language is used from the next start. Restart Boundary Journal now?"),
            default_yes=True,
        )
        if not answer:
            self.message.emit(self.tr("The new language is used from the next start."), 8000)
            return
        self.restartRequested.emit()

    def _move_backups(self, folder: str) -> bool:
        """Backups go to `folder` from now on, and the ones made so far move there too."""
        new_paths = self._paths.with_backup_dir(folder or None)
        source, target = self._paths.backups_dir, new_paths.backups_dir
        try:
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            if source.is_dir() and source.resolve() != target.resolve():
                from ...core.backups import SUFFIX

                for backup in sorted(source.glob(f"*{SUFFIX}")):
                    shutil.move(str(backup), str(target / backup.name))
        except OSError as error:
            QMessageBox.warning(
                self._parent,
                self.tr("Settings"),
                self.tr("The backups could not be moved to {0}: {1}").format(target, error),
            )
            return False
        self._paths = new_paths
        self.pathsChanged.emit(new_paths)
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
        dialog = WelcomeDialog(offer, self._parent)
        dialog.exec()
        if dialog.sample.isChecked():
            self.add_sample()
        if dialog.encrypt_chosen:
            self.encryptionRequested.emit()
        else:
            self.startWritingRequested.emit()

    def add_sample(self) -> None:
        from ...core.samples import create_sample

        if self.settings.sample_entries:
            return  # one sample at a time
        self._flush()
        try:
            uuids = create_sample(self._journal, TRANSLATIONS.language)
        except JournalError as error:
            show_error(self._parent, self.tr("Sample journal"), error)
            return
        self.settings.sample_entries = uuids
        self._save_quietly()
        self.remove_sample_action.setVisible(True)
        self.add_sample_action.setVisible(False)
        self.journalReplaced.emit()

    def remove_sample(self) -> None:
        from ...core.samples import remove_sample

        if not self.settings.sample_entries:
            return
        answer = ask_yes_no(
            self._parent,
            self.tr("Remove the Sample Entries"),
            self.tr(
                "Delete the sample entries, their incidents and the sample clients for good? "
                "Your own entries are not touched."
            ),
        )
        if not answer:
            return
        self._flush()
        try:
            removed = remove_sample(self._journal, self.settings.sample_entries)
        except JournalError as error:
            show_error(self._parent, self.tr("Sample journal"), error)
            return
        self.settings.sample_entries = []
        self._save_quietly()
        self.remove_sample_action.setVisible(False)
        self.add_sample_action.setVisible(True)
        self.journalReplaced.emit()
        self.message.emit(self.tr("Sample entries removed: %n.", "", removed), 6000)

    def _save_quietly(self) -> None:
        with contextlib.suppress(JournalError):  # at worst, the welcome comes again next time
            self.settings.save(self._paths.settings_file)
