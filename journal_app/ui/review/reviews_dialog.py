"""The Reviews list (the coach's side): each review the coach wrote notes on, newest first,
with its period and how many notes; opening one asks for its file (the review's contents are
never kept in the coach's journal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.journal import Journal


class ReviewsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setObjectName("reviewsDialog")
        self.setWindowTitle(self.tr("Reviews"))
        self.list = QListWidget(self)
        self.list.setObjectName("reviewsList")
        self.list.setAccessibleName(self.tr("Reviews, newest first"))
        for r in journal.reviews.reviews():
            span = f"{r.period_from or '…'} – {r.period_to or '…'}"
            self.list.addItem(
                self.tr("{0}: {1} · entries: {2} · notes: {3}").format(
                    r.generated_at.astimezone().strftime("%Y-%m-%d"),
                    r.title or self.tr("a review"),
                    r.entries,
                    r.notes,
                )
                + f" ({span})"
            )
        empty = QLabel(self.tr("No reviews yet: open a .bjreview file to read it."), self)
        empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open a Review File…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("reviewsOpen")
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._on_open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Review"), str(Path.home()), self.tr("Reviews (*.bjreview)")
        )
        if path:
            self.chosen = Path(path)
            self.accept()
