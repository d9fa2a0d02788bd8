"""Asking for an encrypted journal's passphrase (at start, and after it locked), with the
recovery key as the way back in when the passphrase is forgotten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.keys import WrongPassphraseError
from ...paths import AppPaths
from ..common.core_messages import said
from ..common.theme import alert_colour


class PassphraseForm(QWidget):
    """A passphrase field with an inline message, and a switch to the recovery key. Used by
    the unlock dialog and by the locked window."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.key: bytes | None = None
        self.used_recovery_key = False
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr("This journal is encrypted. Enter its passphrase:"), self)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.label = QLabel(self.tr("&Passphrase:"), self)
        self.label.setBuddy(self.field)
        form.addRow(self.label, self.field)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet(f"color: {alert_colour()};")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.switch = QPushButton(self.tr("Use the &Recovery Key Instead"), self)
        self.switch.setObjectName("useRecoveryKey")
        self.switch.setFlat(True)
        self.switch.clicked.connect(self._toggle_recovery)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)

    def _toggle_recovery(self) -> None:
        self.used_recovery_key = not self.used_recovery_key
        recovery = self.used_recovery_key
        self.label.setText(self.tr("&Recovery key:") if recovery else self.tr("&Passphrase:"))
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password
        )
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if recovery else "")
        self.switch.setText(
            self.tr("Use the &Passphrase Instead")
            if recovery
            else self.tr("Use the &Recovery Key Instead")
        )
        self.field.clear()
        self.message.clear()
        self.field.setFocus()

    def try_unlock(self) -> bool:
        """True when the key was found; otherwise the message says why."""
        from ...core.encryption import unlock

        text = self.field.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.used_recovery_key:
                self.key = unlock(self._paths, recovery_key=text)
            else:
                self.key = unlock(self._paths, text)
        except WrongPassphraseError as error:
            self.message.setText(said(error))
            self.field.selectAll()
            self.field.setFocus()
            return False
        except JournalError as error:
            self.message.setText(said(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.field.clear()
        self.message.clear()
        return True


class UnlockDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Boundary Journal"))
        layout = QVBoxLayout(self)
        self.form = PassphraseForm(paths, self)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.field.setFocus()
        self.resize(460, 200)

    @property
    def key(self) -> bytes | None:
        return self.form.key

    def _on_unlock(self) -> None:
        if self.form.try_unlock():
            self.accept()
