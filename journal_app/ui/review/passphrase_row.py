"""The passphrase of a review: typed or generated (words, copyable), with its strength."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.review.passphrases import generate, strength


class PassphraseRow(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.edit = QLineEdit(self)
        self.edit.setObjectName("reviewPassphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase for the review"))
        self.edit.setPlaceholderText(self.tr("A few words you will tell the coach"))
        self.show_button = QPushButton(self.tr("S&how"), self)
        self.show_button.setObjectName("reviewShowPassphrase")
        self.show_button.setCheckable(True)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setObjectName("reviewGenerate")
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("reviewCopy")
        self.strength = QLabel(self)
        self.strength.setObjectName("reviewStrength")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.edit, self.show_button, self.generate_button, self.copy_button):
            row.addWidget(widget, 1 if widget is self.edit else 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.strength)
        self.edit.textChanged.connect(self._on_changed)
        self.show_button.toggled.connect(self._on_show)
        self.generate_button.clicked.connect(self._on_generate)
        self.copy_button.clicked.connect(self._on_copy)
        self._on_changed("")

    def text(self) -> str:
        return self.edit.text()

    def acceptable(self) -> bool:
        return strength(self.edit.text()).acceptable

    def _on_show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def _on_generate(self) -> None:
        self.edit.setText(generate(self._lang))
        self.show_button.setChecked(True)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.text())

    def _on_changed(self, text: str) -> None:
        level = strength(text).level
        words = [
            self.tr("Too short: at least 8 characters; a few words are best."),
            self.tr("Weak: easy to guess. Add words, or generate one."),
            self.tr("Fair."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        self.strength.setText(self.tr("Strength: {0}").format(words[level]))
        self.copy_button.setEnabled(bool(text))
        self.changed.emit()
