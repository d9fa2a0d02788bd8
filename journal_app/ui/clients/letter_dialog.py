"""A working-agreement letter drafted from an agreement, to edit and copy into a mail."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.agreements import Agreement
from ...core.letters import draft
from ..common.i18n import TRANSLATIONS


class LetterDialog(QDialog):
    def __init__(self, agreement: Agreement, client: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("A Letter to {0}").format(client))
        self._agreement, self._client = agreement, client
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        note = QLabel(self.tr("A draft to edit before you send it."), self)
        note.setWordWrap(True)
        row.addWidget(note, 1)
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if TRANSLATIONS.language == "ru" else 1)
        self.language.setAccessibleName(self.tr("Language of the letter"))
        row.addWidget(self.language)
        layout.addLayout(row)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("letterText")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(self.tr("&Copy"), self)
        self.copy.setObjectName("copyLetter")
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy.clicked.connect(self._on_copy)
        self.language.currentIndexChanged.connect(self._on_language)
        self._on_language()
        self.resize(560, 380)

    def _on_language(self) -> None:
        self.text.setPlainText(
            draft(self._agreement, self._client, str(self.language.currentData()))
        )

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
