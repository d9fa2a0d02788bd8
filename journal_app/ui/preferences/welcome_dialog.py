"""The first run's welcome: what the app is for, an offer of encryption, and a sample journal
to look around in (marked as a sample, removed with Help → Remove the Sample Entries, and
added again with Help → Add the Sample Journal). "Start Writing" opens a new entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class WelcomeDialog(QDialog):
    def __init__(self, offer_encryption: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Boundary Journal"))
        self.encrypt_chosen = False
        text = QLabel(
            self.tr(
                "<h3>Welcome</h3>"
                "<p>This is a private journal about your professional boundaries with clients. "
                "Write what happened, log the moments when a boundary was crossed — yours or "
                "the client's — and watch the patterns over time.</p>"
                "<p>It grows out of Boris Shpirt's book «Отчаянные аккаунт-менеджеры» "
                "(“Desperate Account Managers”): a relationship breaks when you do not respect "
                "the client, or do not respect yourself. Its guiding questions sit beside every "
                "entry. The aim is partnership.</p>"
                "<p>Everything stays on this computer. Nothing is sent anywhere.</p>"
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.sample = QCheckBox(
            self.tr(
                "Add a small sample &journal to look around in (Help menu: remove it later, "
                "or add it again)"
            ),
            self,
        )
        self.sample.setObjectName("sample")
        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(
            self.tr("&Start Writing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.setObjectName("start")
        self.encrypt = None
        if offer_encryption:
            self.encrypt = buttons.addButton(
                self.tr("&Protect with a Passphrase…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.encrypt.setObjectName("encrypt")
            self.encrypt.clicked.connect(self._encrypt)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.start.setDefault(True)
        self.start.setFocus()

    def _encrypt(self) -> None:
        self.encrypt_chosen = True
        self.accept()
