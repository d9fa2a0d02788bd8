"""The window's safety net: the day's backup, the backups dialog, encryption, and locking
(Ctrl+L, or idle time) — which hides every part of the window and puts the key away."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.settings import Settings
from ..paths import AppPaths
from .backups_dialog import BackupsDialog
from .core_messages import said
from .lock_screen import IdleWatch, LockScreen

if TYPE_CHECKING:
    from .main_window import MainWindow


class SafetyController(QObject):
    # From the background work at start: the full check's verdict, and a backup's failure.
    checked = Signal(str)
    backupFailed = Signal(str)

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
        self.checked.connect(self._on_checked)
        self.backupFailed.connect(self._on_backup_failed)
        self.background: threading.Thread | None = None

    # -- at start ----------------------------------------------------------------------------
    def start_background_work(self) -> None:
        """After the window shows: a large journal's full check, then the day's backup, on a
        thread of their own so that the window is there at once."""
        self.background = threading.Thread(target=self._background, daemon=True)
        self.background.start()

    def _background(self) -> None:
        if self._journal.full_check_pending:
            verdict = self._journal.full_check()
            self.checked.emit(verdict)
            if verdict != "ok":
                return
        self.make_daily_backup()

    def make_daily_backup(self) -> None:
        """The day's backup; a failure is said (in the status bar), and the work goes on."""
        if self._journal.backups is None:
            return
        try:
            self._journal.backups.daily()
        except JournalError as error:
            self.backupFailed.emit(str(error))  # may run on a thread: translated in the slot

    def _on_backup_failed(self, error: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("Today's backup could not be made: {0}").format(said(error)), 15000
        )

    def _on_checked(self, verdict: str) -> None:
        """The full check of a large journal, done after it opened."""
        self._journal.full_check_pending = False
        if verdict == "ok":
            return
        backups = self._journal.backups
        good = backups.latest_good() if backups is not None else None
        title = self.tr("The journal is damaged")
        if good is None:
            QMessageBox.critical(
                self._window,
                title,
                self.tr("The journal file is damaged ({0}), and there is no backup.").format(
                    verdict
                ),
            )
            return
        answer = QMessageBox.question(
            self._window,
            title,
            self.tr(
                "The journal file is damaged ({0}). Restore the latest good backup, made {1} "
                "with {2} entries? The damaged file is kept beside it."
            ).format(verdict, good.created.strftime("%Y-%m-%d %H:%M"), good.entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = self._journal.recover_from(good.path)
        except JournalError as error:
            QMessageBox.critical(self._window, title, said(error))
            return
        self._window.reload_everything()
        QMessageBox.information(
            self._window,
            self.tr("Restored"),
            self.tr("The backup is in place. The damaged file is kept as {0}.").format(aside),
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

    def use_paths(self, paths: AppPaths) -> None:
        self._paths = paths

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
