"""The questions panel beside the editor: the book's guiding questions that fit the entry,
answered inline, and the entry's three 1–5 ratings.

Which questions fit comes from core (`QuestionService.for_entry`); answers save themselves a
moment after typing stops, and never later than a second after the first unsaved key
(`SaveTimer`), and when another entry is opened (`flush`). Ratings save at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.records import QuestionRecord, Ratings
from ..common import theme
from ..common.core_messages import said
from ..common.labels import ui_language
from ..common.save_timer import SaveTimer
from .questions_widgets import (
    APP_MARK,
    SEGMENT_H,
    SEGMENT_W,
    SHOWN,
    GroupHeader,
    QuestionCard,
    RatingInput,
)

if TYPE_CHECKING:
    from ...core.journal import Journal

__all__ = ["SEGMENT_H", "SEGMENT_W", "SHOWN", "QuestionsPanel"]


class QuestionsPanel(QScrollArea):
    statusChanged = Signal(str)
    manageRequested = Signal()
    ratingsSaved = Signal(int)  # the entry rated

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPanel")
        self.setAccessibleName(self.tr("Questions for reflection"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(224)
        self._journal = journal
        self._entry_id: int | None = None
        self._read_only = False
        self._dirty: set[str] = set()
        self.cards: dict[str, QuestionCard] = {}
        self._rows: list[QWidget] = []
        self.headers: dict[str, GroupHeader] = {}
        self._groups: dict[str, tuple[GroupHeader, list[QuestionCard], QToolButton]] = {}
        self._expanded: set[str] = set()  # groups showing all their questions
        self._pool: dict[tuple[str, ...], QWidget] = {}  # cards and titles, built once
        self.saver = SaveTimer(self)
        self.saver.due.connect(self.flush)
        # Runs each save: the window wraps it to tell its own writes from others'.
        self.own_write: Callable[[Callable[[], Any]], Any] = lambda write: write()
        self._held = False  # see hold()
        self._pending = False

        inner = QWidget(self.viewport())  # in its place from the start: not styled twice
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(16, 16, 16, 16)
        self._layout.setSpacing(8)
        heading = QLabel(self.tr("Questions for reflection"), inner)
        heading.setFont(theme.font("heading", weight=QFont.Weight.DemiBold))
        heading.setWordWrap(True)
        self.why = QLabel(inner)
        self.why.setObjectName("questionsWhy")
        self.why.setWordWrap(True)
        self._layout.addWidget(heading)
        self._layout.addWidget(self.why)

        ratings = QFormLayout()
        ratings.setContentsMargins(0, 8, 0, 8)
        ratings.setVerticalSpacing(8)
        # Names above their buttons: a long name (Russian ones are) never pushes them out.
        ratings.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        book = journal.questions.catalogue
        self.ratings: dict[str, RatingInput] = {}
        for key, name in (
            ("respect_client", "ratingRespectClient"),
            ("self_respect", "ratingSelfRespect"),
            ("partnership", "ratingPartnership"),
        ):
            label = book.group_name(key, ui_language())
            widget = RatingInput(name, label, inner)
            ratings.addRow(label, widget)
            widget.changed.connect(self._on_rated)
            self.ratings[key] = widget
        self._layout.addLayout(ratings)

        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(4)
        self._layout.addLayout(self._cards_box)
        self.show_all = QCheckBox(self.tr("Show &all questions"), inner)
        self.show_all.setObjectName("showAllQuestions")
        self.show_all.setAccessibleName(self.tr("Show all questions"))
        self.show_all.toggled.connect(self._rebuild)
        self.manage = QPushButton(self.tr("Your questions…"), inner)
        self.manage.setObjectName("manageQuestionsButton")
        self.manage.setAccessibleName(self.tr("Choose and add questions"))
        self.manage.clicked.connect(self.manageRequested)
        self._layout.addWidget(self.show_all)
        self._layout.addWidget(self.manage, 0, Qt.AlignmentFlag.AlignLeft)
        self.attribution = QLabel(inner)
        self.attribution.setObjectName("questionsAttribution")
        self.attribution.setWordWrap(True)
        self.attribution.setFont(theme.font("meta"))
        self._layout.addWidget(self.attribution)
        self._layout.addStretch(1)
        self.setWidget(inner)
        # Wrapped labels need their height for the panel's width: settled a moment after each
        # change, once the style has given every label its font (else, on a busy start, the
        # questions could be cut to one line).
        self._settling = QTimer(self)
        self._settling.setSingleShot(True)
        self._settling.setInterval(0)
        self._settling.timeout.connect(self._settle)

    # -- public ----------------------------------------------------------------------------
    def hold(self) -> None:
        """Build nothing until `release`: at start-up the cards (a tenth of a second) are
        built after the window's first paint, so the list and the entry show sooner."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._pending:
            self._pending = False
            self._rebuild()

    def load(self, entry_id: int | None, read_only: bool = False) -> bool:
        if not self.flush():
            return False
        self._entry_id, self._read_only = entry_id, read_only
        if self._held:
            self._pending = True
        else:
            self._rebuild()
        return True

    def refresh(self) -> None:
        """The entry's incidents changed: the fitting questions may have too."""
        if self.flush():
            self.load(self._entry_id, self._read_only)

    def flush(self) -> bool:
        self.saver.stop()
        if self._entry_id is None or not self._dirty:
            return True
        entry_id = self._entry_id
        try:
            for qid in sorted(self._dirty):
                card = self.cards.get(qid)
                if card is not None:
                    text = card.answer.toPlainText()
                    self.own_write(
                        lambda q=qid, t=text: self._journal.questions.set_answer(entry_id, q, t)
                    )
        except JournalError as error:
            self.statusChanged.emit(self.tr("Answer not saved: {0}").format(said(error)))
            return False
        self._dirty.clear()
        self.statusChanged.emit(self.tr("Saved"))
        return True

    # -- private ---------------------------------------------------------------------------
    def _rebuild(self) -> None:
        entry_id = self._entry_id
        self.setEnabled(entry_id is not None)
        if entry_id is None:
            self._clear()
            self.why.setText(self.tr("Open an entry to reflect on it with the book's questions."))
            for widget in self.ratings.values():
                widget.set_value(None)
            return
        lang = ui_language()
        groups, questions = self._journal.questions.for_entry(entry_id, lang)
        # Only the suggested group starts open.
        open_group = groups[0] if groups else (questions[0].group if questions else "")
        if self.show_all.isChecked():
            shown = {q.id for q in questions}
            questions += [q for q in self._journal.questions.all(lang) if q.id not in shown]
        answers = self._journal.questions.answers(entry_id)
        book = self._journal.questions.catalogue
        if list(self.cards) == [q.id for q in questions]:
            # The same questions as the entry before (the usual case): only the answers
            # change, and building the cards anew would cost most of opening an entry.
            for q in questions:
                card = self.cards[q.id]
                card.answer.blockSignals(True)
                card.answer.setPlainText(answers.get(q.id, ""))
                card.answer.blockSignals(False)
                card.answer.setReadOnly(self._read_only)
                card.fit()
            for group, (header, _cards, _more) in self._groups.items():
                self._expanded.discard(group)
                header.blockSignals(True)
                header.setChecked(group == open_group)
                header.blockSignals(False)
                self._show_group(group)
        else:
            self._clear()
            self._add_cards(questions, answers, lang, open_group)
        self.why.setText(self._why(groups))
        entry = self._journal.entries.get(entry_id)
        for key, widget in self.ratings.items():
            widget.set_value(getattr(entry.ratings, key))
            widget.setEnabled(not self._read_only)
        self.attribution.setText(self._attribution(questions, book.attribution(lang)))
        self._settling.start()

    def _attribution(self, questions: list[QuestionRecord], book: str) -> str:
        """Whose the shown questions are: the book's (quoted), prompts drawn from it, and
        the app's own (marked), each said only when shown."""
        from_book = [q for q in questions if not q.custom and not q.app]
        derived = any(not q.quoted for q in from_book)
        app = any(q.app for q in questions)
        parts = [self.tr("Questions from {0}.").format(book)] if from_book else []
        if derived and app:
            parts.append(
                self.tr(
                    "Unquoted prompts are the app's, drawn from the same book; those marked {0} "
                    "are the app's own, not from the book."
                ).format(APP_MARK)
            )
        elif derived:
            parts.append(self.tr("Unquoted prompts are the app's, drawn from the same book."))
        elif app:
            parts.append(
                self.tr("Questions marked {0} are the app's own, not from the book.").format(
                    APP_MARK
                )
            )
        return " ".join(parts)

    def _clear(self) -> None:
        """Take the cards out of the panel; they wait in the pool for the next entry."""
        for row in self._rows:
            self._cards_box.removeWidget(row)
            row.hide()
        self._rows, self.cards, self.headers, self._groups = [], {}, {}, {}

    def _add_cards(
        self, questions: list[QuestionRecord], answers: dict[str, str], lang: str, open_group: str
    ) -> None:
        book = self._journal.questions.catalogue
        grouped: dict[str, list[QuestionRecord]] = {}
        for q in questions:
            grouped.setdefault(q.group, []).append(q)
        self.headers = {}
        for group, members in grouped.items():
            name = book.group_name(group, lang)
            header = self._pool.get(("title", group, name))
            if not isinstance(header, GroupHeader):
                header = GroupHeader(name, self.widget())
                header.toggled.connect(lambda _on, g=group: self._show_group(g))
                self._pool[("title", group, name)] = header
            more = self._pool.get(("more", group))
            if not isinstance(more, QToolButton):
                more = QToolButton(self.widget())
                more.setObjectName("moreQuestions")
                more.setAutoRaise(True)
                more.clicked.connect(lambda _=False, g=group: self._show_more(g))
                self._pool[("more", group)] = more
            self._cards_box.addWidget(header, 0, Qt.AlignmentFlag.AlignLeft)
            self._rows.append(header)
            self.headers[group] = header
            cards = []
            for q in members:
                # A card is kept for the question as worded now: a reworded one gets a new one.
                key = ("card", q.id, q.text, str(q.quoted))
                card = self._pool.get(key)
                if not isinstance(card, QuestionCard):
                    card = QuestionCard(q, "", self.widget())
                    card.answer.textChanged.connect(lambda qid=q.id: self._on_answer_edited(qid))
                    self._pool[key] = card
                card.answer.blockSignals(True)
                card.answer.setPlainText(answers.get(q.id, ""))
                card.answer.blockSignals(False)
                card.fit()
                card.answer.setReadOnly(self._read_only)
                self._cards_box.addWidget(card)
                self._rows.append(card)
                self.cards[q.id] = card
                cards.append(card)
            self._cards_box.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            self._rows.append(more)
            self._groups[group] = (header, cards, more)
            self._expanded.discard(group)
            header.blockSignals(True)
            header.setChecked(group == open_group)
            header.blockSignals(False)
            self._show_group(group)
        # Tab goes down the panel as it reads (pooled cards were made in another order).
        chain = [row.answer if isinstance(row, QuestionCard) else row for row in self._rows]
        for before, after in zip([*chain], [*chain[1:], self.show_all], strict=True):
            QWidget.setTabOrder(before, after)

    def _count(self, group: str) -> None:
        header, cards, _more = self._groups[group]
        header.count(sum(bool(c.answer.toPlainText().strip()) for c in cards), len(cards))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._settling.start()

    def _settle(self) -> None:
        inner = self.widget()
        layout = inner.layout()
        need = layout.totalHeightForWidth(self.viewport().width()) if layout else 0
        if need > 0 and inner.minimumHeight() != need:
            inner.setMinimumHeight(need)

    def _show_group(self, group: str) -> None:
        """An open group shows its answered questions and the first few others; the rest
        wait behind "More questions", so the panel invites an answer, not a form."""
        header, cards, more = self._groups[group]
        self._count(group)
        header.show()
        opened = header.isChecked()
        shown = hidden = 0
        for card in cards:
            answered = bool(card.answer.toPlainText().strip())
            visible = opened and (group in self._expanded or answered or shown < SHOWN)
            shown += visible and not answered
            hidden += opened and not visible
            card.setVisible(visible)
        more.setText(self.tr("More questions (%n)", "", hidden))
        more.setVisible(opened and hidden > 0)
        self._settling.start()

    def _show_more(self, group: str) -> None:
        self._expanded.add(group)
        self._show_group(group)

    def _why(self, groups: list[str]) -> str:
        reasons = {
            "self_respect": self.tr(
                "A client crossed your boundary and it was not held: questions of self-respect."
            ),
            "respect_client": self.tr(
                "You crossed the client's boundary: questions of respect for the client."
            ),
            "partnership": self.tr("No boundary left unheld here: questions of partnership."),
        }
        return " ".join(reasons[g] for g in groups)

    def _on_answer_edited(self, qid: str) -> None:
        if self._read_only or self._entry_id is None:
            return
        self._dirty.add(qid)
        card = self.cards.get(qid)
        if card is not None and card.question.group in self._groups:
            self._count(card.question.group)
        self.statusChanged.emit(self.tr("Saving…"))
        self.saver.changed()

    def _on_rated(self) -> None:
        if self._entry_id is None or self._read_only:
            return
        values = {key: widget.value() or None for key, widget in self.ratings.items()}
        entry_id = self._entry_id
        try:
            self.own_write(lambda: self._journal.entries.set_ratings(entry_id, Ratings(**values)))
        except JournalError as error:
            self.statusChanged.emit(self.tr("Rating not saved: {0}").format(said(error)))
            return
        self.statusChanged.emit(self.tr("Saved"))
        self.ratingsSaved.emit(entry_id)
