"""The window's side of the coach review: File → Share for Review…, Import Coach Notes…,
Open Review… (and a .bjreview given on the command line), and the Reviews list.

It asks for a passphrase through `ask_passphrase` (a dialog; tests replace it) and answers
with signals: `trendsRequested(journal, over)` for the window to open the Trends views over a
review, `notesImported()` to show the notes beside the entries, `message(text, ms)`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ...core.errors import JournalError
from ..common.errors import show_error
from ..common.labels import ui_language
from ..common.widgets import make_action

if TYPE_CHECKING:  # the review's window and its files: loaded when a review opens
    from ...core.journal import Journal
    from .review_window import ReviewWindow


class ReviewController(QObject):
    message = Signal(str, int)
    notesImported = Signal()
    reviewsChanged = Signal()  # a review opened for the first time: the sidebar lists it
    trendsRequested = Signal(object, object)  # a review's journal, the window it is over

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        flush: Callable[[], bool],
        offered: Callable[[], tuple[tuple[int, ...] | None, tuple[int, ...]]] = lambda: (None, ()),
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._offered = offered  # the list's entries (or None) and the selected ones
        self._parent = parent
        self._flush = flush
        self.windows: list[ReviewWindow] = []
        self.ask_passphrase: Callable[[str], str | None] = self._ask_passphrase
        self.share_action = self._action(self.tr("Share for &Review…"), self.open_share, "share")
        self.import_notes_action = self._action(
            self.tr("Import Coac&h Notes…"), self.open_import_notes, "importNotes"
        )
        self.open_review_action = self._action(
            self.tr("Open Re&view…"), self.open_review_file, "openReview"
        )
        self.reviews_action = self._action(self.tr("Revie&ws…"), self.show_reviews, "reviews")
        # Placed by the window in the Client menu.
        self.brief_action = self._action(self.tr("&Brief…"), self.open_brief, "brief")

    def _action(self, text: str, slot: Callable[[], object], name: str, *keys: str) -> QAction:
        return make_action(self._parent, text, slot, name, *keys)

    def actions(self) -> list[QAction]:
        return [
            self.share_action,
            self.import_notes_action,
            self.open_review_action,
            self.reviews_action,
        ]

    def _ask_passphrase(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self._parent,
            self.tr("Passphrase"),
            self.tr("The passphrase of {0}:").format(name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    # -- the account manager's side ---------------------------------------------------------
    def open_share(self) -> None:
        if not self._flush():
            return
        from .share_dialog import ShareReviewDialog

        view, selected = self._offered()
        dialog = ShareReviewDialog(
            self._journal, self._parent, view_ids=view, selected_ids=selected, lang=ui_language()
        )
        dialog.exec()
        if dialog.written is not None:
            self.message.emit(self.tr("Shared for review: {0}").format(dialog.written), 5000)

    def open_import_notes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import Coach Notes"),
            str(Path.home()),
            self.tr("Coach notes (*.bjnotes)"),
        )
        if path:
            self.import_notes(Path(path))

    def import_notes(self, path: Path) -> None:
        phrase = self.ask_passphrase(path.name)
        if phrase is None:
            return
        try:
            result = self._journal.reviews.import_notes(path, phrase)
        except JournalError as error:
            show_error(self._parent, self.tr("Import Coach Notes"), error)
            return
        QMessageBox.information(
            self._parent,
            self.tr("Import Coach Notes"),
            self.tr(
                "The coach's notes: {0} new, {1} updated. They show beside their entries."
            ).format(result.added, result.updated),
        )
        self.notesImported.emit()

    # -- the coach's side --------------------------------------------------------------------
    def open_review_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open Review"),
            str(Path.home()),
            self.tr("Reviews (*.bjreview)"),
        )
        if path:
            self.open_review(Path(path))

    def open_review(self, path: Path, expected: str | None = None) -> ReviewWindow | None:
        """The review window on `path`, after its passphrase. `expected`: the review the
        Reviews list chose (a file located anew must be that review)."""
        for window in self.windows:
            if window.path is not None and window.path == path.absolute():
                window.bring_forward()
                return window
        from ...core.keys import WrongPassphraseError  # with a review to open, not at start
        from ...core.review.document import read_review

        while True:
            phrase = self.ask_passphrase(path.name)
            if phrase is None:
                return None
            try:
                review = read_review(path, phrase)
                break
            except WrongPassphraseError as error:
                show_error(self._parent, self.tr("Open Review"), error)
            except JournalError as error:
                show_error(self._parent, self.tr("Open Review"), error)
                return None
        if expected is not None and review.review_id != expected:
            QMessageBox.warning(
                self._parent,
                self.tr("Open Review"),
                self.tr(
                    "{0} holds another review, not the one chosen in the list; nothing was opened."
                ).format(path.name),
            )
            return None
        with contextlib.suppress(JournalError):  # a review this journal shared: nothing kept
            self._journal.reviews.remember(review, path)
            self.reviewsChanged.emit()
        from ...core.review.reading import review_journal  # the importers: when needed

        try:
            inside = review_journal(review)
        except JournalError as error:
            show_error(self._parent, self.tr("Open Review"), error)
            return None
        from .review_window import ReviewWindow

        window = ReviewWindow(review, inside, self._journal, phrase, None)
        window.path = path.absolute()
        window.trendsRequested.connect(lambda journal: self.trendsRequested.emit(journal, window))
        window.closed.connect(lambda: self.windows.remove(window))
        window.closed.connect(self.reviewsChanged)  # its notes counted anew
        self.windows.append(window)
        window.show()
        return window

    def open_brief(self) -> None:
        """Client → Brief…: the page before a meeting with the coach."""
        if not self._flush():
            return
        import datetime as dt

        from ...core.review.brief import default_since, make_brief
        from .brief_dialog import BriefDialog

        lang = ui_language()
        try:
            clients = [c.name for c in self._journal.clients.all(include_archived=False)]
            since = default_since(self._journal, dt.date.today())
        except JournalError as error:
            show_error(self._parent, self.tr("Brief"), error)
            return
        dialog = BriefDialog(
            lambda client, start: make_brief(self._journal, client, start, lang=lang),
            lang,
            self._parent,
            clients=clients,
            since=since,
        )
        dialog.exec()

    def reopen(self, review_id: str) -> ReviewWindow | None:
        """A review of the sidebar's Reviews, from where its file was last opened (or where
        the person locates it, if it has moved)."""
        from .reviews_dialog import review_file

        record = next(
            (r for r in self._journal.reviews.reviews() if r.review_id == review_id), None
        )
        if record is None:
            return None
        path = review_file(self._parent, record)
        return None if path is None else self.open_review(path, review_id)

    def show_reviews(self) -> None:
        from .reviews_dialog import ReviewsDialog

        dialog = ReviewsDialog(self._journal, self._parent)
        if dialog.exec() and dialog.chosen is not None:
            self.open_review(dialog.chosen, dialog.chosen_id)
