"""The Reviews list (the coach's side): each review the coach opened or wrote notes on,
newest first, with its period and how many notes. A review is reopened from the list (Enter,
a double click or Open): its file is where it was last opened from; the review's contents
are never kept in the coach's journal. When the file has moved, the list says so and offers
to locate it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import ask_yes_no

if TYPE_CHECKING:
    from ...core.journal import Journal
    from ...core.review.service import ReviewRecord

ROLE_REVIEW = Qt.ItemDataRole.UserRole


class ReviewsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.chosen_id: str | None = None  # the review chosen in the list, if one was
        self.setObjectName("reviewsDialog")
        self.setWindowTitle(self.tr("Reviews"))
        self.list = QListWidget(self)
        self.list.setObjectName("reviewsList")
        self.list.setAccessibleName(self.tr("Reviews, newest first"))
        for r in journal.reviews.reviews():
            span = f"{r.period_from or '…'} – {r.period_to or '…'}"
            item = QListWidgetItem(
                self.tr("{0}: {1} · entries: {2} · notes: {3}").format(
                    r.generated_at.astimezone().strftime("%Y-%m-%d"),
                    r.title or self.tr("a review"),
                    r.entries,
                    r.notes,
                )
                + f" ({span})"
            )
            item.setData(ROLE_REVIEW, r)
            item.setToolTip(r.path or self.tr("Where its file is is not known yet."))
            self.list.addItem(item)
        empty = QLabel(self.tr("No reviews yet: open a .bjreview file to read it."), self)
        empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.reopen_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reopen_button.setObjectName("reviewsReopen")
        self.open_button = buttons.addButton(
            self.tr("Open a Review &File…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("reviewsOpen")
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._on_open)
        self.reopen_button.clicked.connect(self.reopen_current)
        self.list.itemActivated.connect(lambda _item: self.reopen_current())
        self.list.currentItemChanged.connect(
            lambda now, _before: self.reopen_button.setEnabled(now is not None)
        )
        if self.list.count():
            self.list.setCurrentRow(0)
        self.reopen_button.setEnabled(self.list.count() > 0)
        self.reopen_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _on_open(self) -> None:
        path = ask_review_file(self, Path.home())
        if path is not None:
            self.chosen, self.chosen_id = path, None
            self.accept()

    def reopen_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        record: ReviewRecord = item.data(ROLE_REVIEW)
        path = review_file(self, record)
        if path is not None:
            self.chosen, self.chosen_id = path, record.review_id
            self.accept()


def ask_review_file(parent: QWidget, start: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ReviewsDialog", "Open Review"),
        str(start),
        QCoreApplication.translate("ReviewsDialog", "Reviews (*.bjreview)"),
    )
    return Path(path) if path else None


def review_file(parent: QWidget, record: ReviewRecord) -> Path | None:
    """Where the review's file is: where it was last opened from, or, when it has moved,
    where the person locates it (None: not located)."""
    path = Path(record.path) if record.path else None
    if path is not None and path.is_file():
        return path
    where = (
        QCoreApplication.translate(
            "ReviewsDialog", "The file of this review is no longer at {0}."
        ).format(path)
        if path is not None
        else QCoreApplication.translate(
            "ReviewsDialog", "Where this review's file is is not known."
        )
    )
    if not ask_yes_no(
        parent,
        QCoreApplication.translate("ReviewsDialog", "Reviews"),
        where
        + " "
        + QCoreApplication.translate("ReviewsDialog", "Locate the file to open the review?"),
        default_yes=True,
    ):
        return None
    start = path.parent if path is not None and path.parent.is_dir() else Path.home()
    return ask_review_file(parent, start)
