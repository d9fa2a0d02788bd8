"""The window's safety net: the day's backup, the backups dialog, encryption, and locking
(Ctrl+L, or idle time) — which hides every part of the window and puts the key away.

It owns its actions (Backups…, Encryption…, Lock) and is given what it needs: the journal,
the paths, the one `Settings`, the widget its dialogs open over, and `flush` (save what is
typed). It answers with signals: `message` for the status bar, `journalReplaced` after a
restore, `lockedChanged` when the window must hide or show the journal."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ...core.errors import JournalError
from ...paths import AppPaths
from ..common.controller import WindowController
from ..common.core_messages import said
from ..common.errors import ask_yes_no, show_error
from ..common.idle import IdleWatch

if TYPE_CHECKING:
    from .lock_screen import LockScreen


class SafetyController(WindowController):
    """`journalReplaced`: a backup took the journal's place."""

    # From the background work at start: the full check's verdict, and a backup's failure.
    checked = Signal(str)
    backupFailed = Signal(object)  # the JournalError
    lockedChanged = Signal(bool)  # hide (True) or show again (False) everything of the journal

    def _build(self) -> None:
        self._locked = False
        self._lock_screen: LockScreen | None = None
        self._watching = False
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)
        self.checked.connect(self._on_checked)
        self.backupFailed.connect(self._on_backup_failed)
        self.background: threading.Thread | None = None
        self.backups_action = self._action(self.tr("&Backups…"), self.open_backups, "backups")
        self.encryption_action = self._action(
            self.tr("En&cryption…"), lambda: self.open_encryption(), "encryption"
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "lock", "Ctrl+L")

    @property
    def lock_screen(self) -> LockScreen:
        """The page the window shows while locked: made when first needed (a plain journal
        never locks, and the window paints sooner without it)."""
        if self._lock_screen is None:
            from .lock_screen import LockScreen

            self._lock_screen = LockScreen(self._paths, self._parent)
            self._lock_screen.unlocked.connect(self._on_unlocked)
        return self._lock_screen

    def watch_input(self) -> None:
        """The idle watch sees every key and click from now on: the window calls it just after
        its first paint (a quiet minute before then is not lost: it counts from its start)."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            self._watching = True
            app.installEventFilter(self.idle)

    def actions(self) -> list[QAction]:
        return [self.backups_action, self.encryption_action, self.lock_action]

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
            self.backupFailed.emit(error)  # may run on a thread: translated in the slot

    def _on_backup_failed(self, error: JournalError) -> None:
        self.message.emit(
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
                self._parent,
                title,
                self.tr("The journal file is damaged ({0}), and there is no backup.").format(
                    verdict
                ),
            )
            return
        answer = ask_yes_no(
            self._parent,
            title,
            self.tr(
                "The journal file is damaged ({0}). Restore the latest good backup, made {1} "
                "with {2} entries? The damaged file is kept beside it."
            ).format(verdict, good.created.strftime("%Y-%m-%d %H:%M"), good.entries),
            default_yes=True,
        )
        if not answer:
            return
        try:
            aside = self._journal.recover_from(good.path)
        except JournalError as error:
            show_error(self._parent, title, error, critical=True)
            return
        self.journalReplaced.emit()
        QMessageBox.information(
            self._parent,
            self.tr("Restored"),
            self.tr("The backup is in place. The damaged file is kept as {0}.").format(aside),
        )

    def open_backups(self) -> None:
        if self._journal.backups is None or not self._flush():
            return
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._journal.backups, self._parent)
        dialog.restored.connect(self._on_restored)
        dialog.exec()

    def _on_restored(self) -> None:
        self.journalReplaced.emit()
        self.message.emit(self.tr("Backup restored."), 5000)

    # -- encryption --------------------------------------------------------------------------
    def open_encryption(self, need_current: bool = True) -> None:
        if not self._flush():
            return
        from .encryption_dialog import EncryptionDialog  # cryptography: when needed

        dialog = EncryptionDialog(
            self._journal, self._paths, self.settings, self._parent, need_current=need_current
        )
        dialog.encryptionChanged.connect(self.update_lock)
        dialog.exec()

    def use_paths(self, paths: AppPaths) -> None:
        self._paths = paths

    def ask_new_passphrase(self) -> None:
        """After the recovery key opened the journal: set a passphrase to use from now on."""
        QMessageBox.information(
            self._parent,
            self.tr("Set a new passphrase"),
            self.tr("You unlocked the journal with its recovery key. Set a new passphrase now."),
        )
        self.open_encryption(need_current=False)

    # -- locking -----------------------------------------------------------------------------
    def update_lock(self) -> None:
        on = self._journal.encrypted
        action = self.lock_action
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
        return self._locked

    def lock(self) -> None:
        """Hide everything and put the key away until the passphrase is given again."""
        window = self._parent.window()
        if not self._journal.encrypted or self.locked:
            return
        self._flush()
        while (modal := QApplication.activeModalWidget()) is not None and modal is not window:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
        self._journal.lock()
        self.idle.stop()
        self._locked = True
        self.lockedChanged.emit(True)
        self.lock_screen.focus()

    def _on_unlocked(self, key: bytes, with_recovery_key: bool) -> None:
        self._journal.unlock(key)
        self._locked = False
        self.lockedChanged.emit(False)
        self.update_lock()
        if with_recovery_key:
            self.ask_new_passphrase()
