"""File → Encryption…: turn encryption on (and show the recovery key, once), change the
passphrase, turn it off, and choose when the window locks itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.files import write_text
from ...core.keys import WrongPassphraseError
from ...core.settings import Settings
from ...paths import AppPaths
from ..common.errors import ask_yes_no, show_error
from ..common.widgets import auto_lock_field

if TYPE_CHECKING:
    from ...core.journal import Journal


def _password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: copy it, save it or print it, then say so."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your Recovery Key"))
        self._key = recovery_key
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The journal is encrypted. If you forget your passphrase, this recovery key is "
                "the only way back in. Write it down, save it or print it, and keep it away "
                "from this computer. It will not be shown again."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._key))
        save = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._save)
        print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self._print)
        self.saved = QCheckBox(self.tr("I have saved my recovery key somewhere safe"), self)
        self.saved.setObjectName("recoveryKeySaved")
        layout.addWidget(self.saved)
        self.done_button = buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("recoveryKeyDone")
        self.done_button.setEnabled(False)
        self.saved.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Esc must not lose the key before it is saved
        if self.saved.isChecked():
            super().reject()

    def _text(self) -> str:
        return self.tr(
            "Boundary Journal recovery key\n\n{0}\n\nIt opens your encrypted journal if you "
            "forget the passphrase. Keep it safe and private.\n"
        ).format(self._key)

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Recovery Key"), "boundary-journal-recovery-key.txt"
        )
        if not path:
            return
        from pathlib import Path

        try:
            write_text(Path(path), self._text())
        except JournalError as error:
            show_error(self, self.tr("Save"), error)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self._text())
            document.print_(printer)


class EncryptionDialog(QDialog):
    encryptionChanged = Signal()

    def __init__(
        self,
        journal: Journal,
        paths: AppPaths,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        need_current: bool = True,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._paths = paths
        self._settings = settings
        self._need_current = need_current
        self.recovery_key: str | None = None
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Encryption"))
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.passphrase_box = QGroupBox(self)
        form = QFormLayout(self.passphrase_box)
        self.current = _password_field(self, "currentPassphrase", self.tr("Current passphrase"))
        self.current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        self.current_label.setBuddy(self.current)
        form.addRow(self.current_label, self.current)
        self.new = _password_field(self, "newPassphrase", self.tr("New passphrase"))
        self.new_label = QLabel(self.tr("&New passphrase:"), self)
        self.new_label.setBuddy(self.new)
        form.addRow(self.new_label, self.new)
        self.repeat = _password_field(self, "repeatPassphrase", self.tr("Repeat the passphrase"))
        repeat_label = QLabel(self.tr("&Repeat it:"), self)
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("encryptionAction")
        self.action_button.clicked.connect(self._on_action)
        form.addRow(self.action_button)
        layout.addWidget(self.passphrase_box)

        self.lock_box = QGroupBox(self.tr("Locking"), self)
        lock_form = QFormLayout(self.lock_box)
        self.auto_lock = auto_lock_field(settings.auto_lock_minutes, "autoLockMinutes", self)
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        lock_form.addRow(self.tr("&Lock after this long without use:"), self.auto_lock)
        lock_form.addRow(QLabel(self.tr("Ctrl+L locks the window at once."), self))
        layout.addWidget(self.lock_box)

        self.decrypt_button = QPushButton(self.tr("&Decrypt the Journal…"), self)
        self.decrypt_button.setObjectName("decryptJournal")
        self.decrypt_button.clicked.connect(self._on_decrypt)
        layout.addWidget(self.decrypt_button, 0, Qt.AlignmentFlag.AlignLeft)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show_state()
        self.resize(520, 0)

    def _show_state(self) -> None:
        on = self._journal.encrypted
        if on:
            self.status.setText(
                self.tr(
                    "This journal and its backups are encrypted. Without the passphrase or the "
                    "recovery key nobody can read them — not even you."
                )
            )
            self.passphrase_box.setTitle(self.tr("Change the passphrase"))
            self.action_button.setText(self.tr("&Change Passphrase"))
        else:
            self.status.setText(
                self.tr(
                    "This journal is stored unencrypted: anyone who can read your files can "
                    "read it. Encrypting it protects the journal and its backups with a "
                    "passphrase."
                )
            )
            self.passphrase_box.setTitle(self.tr("Encrypt with a passphrase"))
            self.action_button.setText(self.tr("&Encrypt…"))
        show_current = on and self._need_current
        self.current.setVisible(show_current)
        self.current_label.setVisible(show_current)
        self.lock_box.setVisible(on)
        self.decrypt_button.setVisible(on)
        (self.current if show_current else self.new).setFocus()

    def accept(self) -> None:
        self._save_settings()
        super().accept()

    def reject(self) -> None:
        self._save_settings()
        super().reject()

    def _save_settings(self) -> None:
        if self._settings.auto_lock_minutes != self.auto_lock.value():
            self._settings.auto_lock_minutes = self.auto_lock.value()
            try:
                self._settings.save(self._paths.settings_file)
            except JournalError as error:  # in force until the app closes, then forgotten
                show_error(
                    self,
                    self.tr("Encryption"),
                    error,
                    self.tr("The settings could not be saved: {0}"),
                )
            self.encryptionChanged.emit()

    def _check_current(self) -> bool:
        from ...core import encryption

        if not (self._journal.encrypted and self._need_current):
            return True
        try:
            encryption.unlock(self._paths, self.current.text())
        except WrongPassphraseError:
            QMessageBox.warning(self, self.tr("Encryption"), self.tr("Wrong passphrase."))
            self.current.selectAll()
            self.current.setFocus()
            return False
        return True

    def _new_passphrase(self) -> str | None:
        if self.new.text() != self.repeat.text():
            QMessageBox.warning(self, self.tr("Encryption"), self.tr("The two passphrases differ."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return None
        return self.new.text()

    def _on_action(self) -> None:
        from ...core import encryption

        if not self._check_current():
            return
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        if self._journal.encrypted:
            done = self._run(
                lambda: encryption.change_passphrase(self._journal, self._paths, passphrase)
            )
            if done:
                QMessageBox.information(
                    self,
                    self.tr("Encryption"),
                    self.tr("The passphrase is changed. Your recovery key still works."),
                )
        else:
            done = self._encrypt(passphrase)
        if not done:
            return
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self._need_current = True
        self.encryptionChanged.emit()
        self._show_state()

    def _run(self, work: Callable[[], object]) -> bool:
        """`work` under a wait cursor; False (and said why) when it failed."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("Encryption"), error)
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def _encrypt(self, passphrase: str) -> bool:
        """The recovery key is made and shown first; only once it is saved does any file
        get encrypted with it (core.encryption.carry_out)."""
        from ...core import encryption

        plans: list[encryption.EncryptionPlan] = []
        made = self._run(
            lambda: plans.append(encryption.prepare_encrypt(self._journal, self._paths, passphrase))
        )
        if not made:
            return False
        plan = plans[0]
        RecoveryKeyDialog(plan.recovery_key, self).exec()
        if self._run(lambda: encryption.carry_out(plan)):
            self.recovery_key = plan.recovery_key
            return True
        if not self._journal.encrypted:
            QMessageBox.information(
                self,
                self.tr("Encryption"),
                self.tr("Nothing was encrypted: the recovery key just shown is not used."),
            )
            return False
        self.recovery_key = plan.recovery_key  # encrypted; the backups follow at the next start
        return True

    def _on_decrypt(self) -> None:
        from ...core import encryption

        if not self._check_current():
            return
        answer = ask_yes_no(
            self,
            self.tr("Decrypt"),
            self.tr(
                "Store the journal and its backups unencrypted? Anyone who can read your "
                "files will be able to read them."
            ),
        )
        if not answer:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.decrypt(self._journal, self._paths)
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("Decrypt"), error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.encryptionChanged.emit()
        self._show_state()
