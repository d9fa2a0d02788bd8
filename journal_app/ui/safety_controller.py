"""The window's safety net: the day's backup, the backups dialog, encryption, and locking
(Ctrl+L, or idle time) — which hides every part of the window and puts the key away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.settings import Settings
from ..paths import AppPaths
from .backups_dialog import BackupsDialog
from .lock_screen import IdleWatch, LockScreen

if TYPE_CHECKING:
    from .main_window import MainWindow


class SafetyController(QObject):
    def __init__(self, journal: Journal, paths: AppPaths, window: MainWindow) -> None:
        super().__init__(window)
        self._journal = journal
        self._paths = paths
        self._window = window
        self.settings = Settings.load(paths.settings_file)
        self.lock_screen = LockScreen(paths, window)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    # -- backups -----------------------------------------------------------------------------
    def make_daily_backup(self) -> None:
        """The day's backup when the app starts; a failure is said, and the work goes on."""
        if self._journal.backups is None:
            return
        try:
            self._journal.backups.daily()
        except JournalError as error:
            self._window.statusBar().showMessage(
                self.tr("Today's backup could not be made: {0}").format(error), 15000
            )

    def open_backups(self) -> None:
        if self._journal.backups is None or not self._window.editor.flush():
            return
        dialog = BackupsDialog(self._journal.backups, self._window)
        dialog.restored.connect(self._on_restored)
        dialog.exec()

    def _on_restored(self) -> None:
        self._window.reload_everything()
        self._window.statusBar().showMessage(self.tr("Backup restored."), 5000)

    # -- encryption --------------------------------------------------------------------------
    def open_encryption(self, need_current: bool = True) -> None:
        if not self._window.editor.flush():
            return
        from .encryption_dialog import EncryptionDialog  # cryptography: when needed

        dialog = EncryptionDialog(
            self._journal, self._paths, self.settings, self._window, need_current=need_current
        )
        dialog.encryptionChanged.connect(self.update_lock)
        dialog.exec()

    def offer_encryption(self) -> None:
        """The first run's offer: protect the journal with a passphrase, now or later."""
        if self.settings.offered_encryption or self._journal.encrypted:
            return
        self.settings.offered_encryption = True
        self.settings.save(self._paths.settings_file)
        answer = QMessageBox.question(
            self._window,
            self.tr("Protect your journal?"),
            self.tr(
                "What you write here is about real clients. Encrypt the journal with a "
                "passphrase, so that nobody who gets hold of this computer's files can read "
                "it? You can do it later with File → Encryption…."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_encryption()

    def ask_new_passphrase(self) -> None:
        """After the recovery key opened the journal: set a passphrase to use from now on."""
        QMessageBox.information(
            self._window,
            self.tr("Set a new passphrase"),
            self.tr("You unlocked the journal with its recovery key. Set a new passphrase now."),
        )
        self.open_encryption(need_current=False)

    # -- locking -----------------------------------------------------------------------------
    def update_lock(self) -> None:
        on = self._journal.encrypted
        action = self._window.lock_action
        action.setEnabled(on)
        action.setToolTip(
            "" if on else self.tr("Encrypt the journal (File → Encryption…) to lock it.")
        )
        if on and not self.locked:
            self.idle.start(self.settings.auto_lock_minutes)
        else:
            self.idle.stop()

    @property
    def locked(self) -> bool:
        return self._window.pages.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide everything and put the key away until the passphrase is given again."""
        w = self._window
        if not self._journal.encrypted or self.locked:
            return
        w.editor.flush()
        while (modal := QApplication.activeModalWidget()) is not None and modal is not w:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
        if w.trends_window is not None:
            w.trends_window.hide()
        self._journal.lock()
        self.idle.stop()
        w.pages.setCurrentWidget(self.lock_screen)
        w.set_interactive(False)
        self.lock_screen.focus()

    def _on_unlocked(self, key: bytes, with_recovery_key: bool) -> None:
        w = self._window
        self._journal.unlock(key)
        w.pages.setCurrentWidget(w.splitter)
        w.set_interactive(True)
        self.update_lock()
        w.entry_list.setFocus()
        if with_recovery_key:
            self.ask_new_passphrase()
