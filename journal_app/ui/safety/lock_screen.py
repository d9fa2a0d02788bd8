"""What the window shows while an encrypted journal is locked: nothing of the journal, just
the passphrase field. (The idle watch that locks it after a quiet spell: `idle.py`.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...paths import AppPaths
from .unlock_dialog import PassphraseForm


class LockScreen(QWidget):
    unlocked = Signal(bytes, bool)  # the key, and whether the recovery key was used

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setMaximumWidth(460)
        column = QVBoxLayout(box)
        title = QLabel(self.tr("Boundary Journal is locked"), box)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        self.form = PassphraseForm(paths, box)
        self.form.prompt.setText(self.tr("Enter the passphrase to go on writing."))
        column.addWidget(self.form)
        self.unlock_button = QPushButton(self.tr("&Unlock"), box)
        self.unlock_button.setObjectName("lockScreenUnlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.form.field.returnPressed.connect(self._on_unlock)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def focus(self) -> None:
        self.form.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_unlock(self) -> None:
        if self.form.try_unlock() and self.form.key is not None:
            self.unlocked.emit(self.form.key, self.form.used_recovery_key)
