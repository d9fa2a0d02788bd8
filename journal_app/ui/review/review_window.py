"""The coach's window on a review: read-only, like the journal — the entries with their
incidents, answers and ratings, search, the Trends views (asked of the window with a signal)
— and the coach's notes on an entry, an incident or the whole review, kept in the coach's
own journal. The review itself lives in an in-memory journal: nothing in the clear on disk."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.records import EntryFilter
from ...core.review.document import NOTES_SUFFIX, OpenedReview
from ..common.core_messages import said
from ..common.errors import show_error
from ..common.labels import (
    channel_label,
    date_span,
    response_label,
    severity_label,
    ui_language,
)
from ..common.widgets import bring_forward
from .review_notes import ReviewNotes

if TYPE_CHECKING:
    from ...core.journal import Journal

ROLE_ID = Qt.ItemDataRole.UserRole


class ReviewWindow(QMainWindow):
    trendsRequested = Signal(object)  # the review's in-memory journal
    closed = Signal()

    def __init__(
        self,
        review: OpenedReview,
        inside: Journal,
        own: Journal,
        passphrase: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.review, self._inside, self._own = review, inside, own
        self._passphrase = passphrase
        self._folder: Path = Path.home()
        self.path: Path | None = None  # the file it was opened from
        self._lang = ui_language()
        self.setObjectName("reviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = review.title or self.tr("a review")
        self.setWindowTitle(self.tr("Review of {0} — read only").format(title))
        self._build()
        self.fill()
        self.resize(1100, 720)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.trends_action = QAction(self.tr("&Trends…"), self)
        self.trends_action.setObjectName("reviewTrends")
        self.trends_action.setShortcut(QKeySequence("Ctrl+T"))
        self.trends_action.triggered.connect(lambda: self.trendsRequested.emit(self._inside))
        self.send_action = QAction(self.tr("&Send Notes Back…"), self)
        self.send_action.setObjectName("reviewSendNotes")
        self.send_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.send_action.triggered.connect(self.send_notes)
        self.brief_action = QAction(self.tr("&Brief…"), self)
        self.brief_action.setObjectName("reviewBrief")
        self.brief_action.setShortcut(QKeySequence("Ctrl+B"))
        self.brief_action.triggered.connect(self.open_brief)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Review"))
        menu.addActions([self.trends_action, self.brief_action, self.send_action])
        menu.addSeparator()
        menu.addAction(close)
        bar = self.addToolBar(self.tr("Review"))
        bar.setObjectName("reviewToolbar")
        bar.addActions([self.trends_action, self.brief_action, self.send_action])

        left = QWidget(self)
        column = QVBoxLayout(left)
        self.period = QLabel(left)
        self.period.setObjectName("reviewPeriod")
        self.period.setWordWrap(True)
        column.addWidget(self.period)
        self.search = QLineEdit(left)
        self.search.setObjectName("reviewSearch")
        self.search.setPlaceholderText(self.tr("Search the review"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the review"))
        column.addWidget(self.search)
        self.entries = QListWidget(left)
        self.entries.setObjectName("reviewEntries")
        self.entries.setAccessibleName(self.tr("Entries of the review"))
        column.addWidget(self.entries, 1)

        right = QWidget(self)
        side = QVBoxLayout(right)
        self.view = QTextBrowser(right)
        self.view.setObjectName("reviewEntryView")
        self.view.setAccessibleName(self.tr("The entry, read only"))
        side.addWidget(self.view, 3)
        self.notes_pane = ReviewNotes(self.review, self._own, right)
        side.addWidget(self.notes_pane, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 740])
        self.setCentralWidget(splitter)
        self.search.textChanged.connect(lambda _t: self.fill())
        self.entries.currentItemChanged.connect(lambda _now, _before: self.show_current())

    # -- reading -------------------------------------------------------------------------------
    def fill(self) -> None:
        query = self.search.text().strip()
        if query:
            try:
                found = [h.entry for h in self._inside.search.search(query, limit=10**6)]
            except JournalError as error:
                self.period.setText(said(error))
                return
        else:
            found = list(self._inside.entries.summaries(EntryFilter(), limit=10**6))
        self.entries.clear()
        untitled = self.tr("Untitled")
        for summary in found:
            item = QListWidgetItem(
                f"{summary.date.isoformat()} · {summary.title or untitled}",
                self.entries,
            )
            item.setData(ROLE_ID, summary.id)
        r = self.review
        span = date_span(r.period_from, r.period_to) if r.period_from and r.period_to else ""
        self.period.setText(
            " ".join(
                [self.tr("Entries: %n.", "", len(r.entries)), span, self.tr("Read only.")]
            ).strip()
        )
        if self.entries.count():
            self.entries.setCurrentRow(0)
        else:
            self.show_current()

    def show_entry(self, entry_id: int) -> None:
        """Open an entry asked for from elsewhere (a row of the Trends' drill-down): chosen in
        the list — the search cleared if it hides it — and this window brought forward."""
        if self._row_of(entry_id) is None and self.search.text():
            self.search.clear()  # the list fills again, every entry in it
        row = self._row_of(entry_id)
        if row is not None:
            self.entries.setCurrentRow(row)
        self.raise_()
        self.activateWindow()

    def _row_of(self, entry_id: int) -> int | None:
        for row in range(self.entries.count()):
            if self.entries.item(row).data(ROLE_ID) == entry_id:
                return row
        return None

    def current_entry(self) -> int | None:
        item = self.entries.currentItem()
        return None if item is None else int(item.data(ROLE_ID))

    def show_current(self) -> None:
        entry_id = self.current_entry()
        if entry_id is None:
            self.view.setHtml("")
            self.notes_pane.show_targets(None, [])
            return
        entry = self._inside.entries.get(entry_id)
        incidents = self._inside.incidents.for_entry(entry_id, self._lang)
        answers = self._inside.questions.answers(entry_id)
        texts = {q.id: q.text for q in self._inside.questions.all(self._lang, include_hidden=True)}
        self.notes_pane.show_targets(
            (entry.title, entry.uuid),
            [
                (
                    self.tr("Incident: {0}, {1}").format(
                        incident.kind.name, incident.occurred_at.strftime("%Y-%m-%d %H:%M")
                    ),
                    incident.uuid,
                )
                for incident in incidents
            ],
        )
        e = html.escape
        untitled, incident_word = self.tr("Untitled"), self.tr("Incident")
        parts = [
            f"<h2>{e(entry.title or untitled)}</h2>",
            f"<p><i>{e(entry.date.isoformat())} {e(entry.time.strftime('%H:%M'))} · "
            f"{e(', '.join(entry.clients))}</i></p>",
            "<p>" + e(entry.body).replace("\n", "<br>") + "</p>",
        ]
        ratings = entry.ratings
        rated = [
            (self.tr("Respect for the client"), ratings.respect_client),
            (self.tr("Self-respect"), ratings.self_respect),
            (self.tr("Partnership"), ratings.partnership),
        ]
        if any(v is not None for _, v in rated):
            parts.append(
                "<p>"
                + " · ".join(f"{e(name)}: {value}/5" for name, value in rated if value is not None)
                + "</p>"
            )
        for incident in incidents:
            parts.append(
                f"<h3>{e(incident_word)}: {e(incident.kind.name)}</h3><p>"
                f"{e(incident.occurred_at.strftime('%Y-%m-%d %H:%M'))}"
                f" · {e(channel_label(incident.channel))}"
                f" · {e(response_label(incident.response))}"
                f" · {e(severity_label(incident.severity))}<br>{e(incident.note)}</p>"
            )
        for qid, text in answers.items():
            parts.append(f"<h3>{e(texts.get(qid, qid))}</h3><p>{e(text)}</p>")
        self.view.setHtml("".join(parts))

    # -- writing -------------------------------------------------------------------------------
    def ask_notes_target(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Send Notes Back"),
            str(self._folder / f"notes{NOTES_SUFFIX}"),
            self.tr("Coach notes (*.bjnotes)"),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(NOTES_SUFFIX)

    def send_notes(self) -> None:
        target = self.ask_notes_target()
        if target is None:
            return
        try:
            count = self._own.reviews.send_notes(self.review, target, self._passphrase)
        except JournalError as error:
            show_error(self, self.tr("Send Notes Back"), error)
            return
        QMessageBox.information(
            self,
            self.tr("Send Notes Back"),
            self.tr(
                "%n notes sealed into {0} with the review's passphrase. Send the file back.",
                "",
                count,
            ).format(target),
        )

    def open_brief(self) -> None:
        """The same brief the person makes before a meeting, over the review's period, with
        my summary notes as the topics."""
        from ...core.review.brief import review_brief
        from .brief_dialog import BriefDialog

        BriefDialog(
            lambda _client, _since: review_brief(self.review, self._inside, self._own, self._lang),
            self._lang,
            self,
            of_review=True,
        ).exec()

    def bring_forward(self) -> None:
        bring_forward(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._inside.close()  # the in-memory journal is gone with the window
        self.closed.emit()
        super().closeEvent(event)
