"""The parts of the questions panel: the segmented 1–5 rating, a question with its answer
line, and a group's header that folds the group (Space or Enter, ← and →) and says how many
of its questions are answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import QuestionRecord
from ..common import theme
from ..common.labels import quoted, ui_language

SEGMENT_W, SEGMENT_H = 32, 28
SHOWN = 3  # questions an open group shows before "More questions"
APP_MARK = "✦"  # after the app's own questions (not the book's); the panel's footnote says so


class RatingInput(QWidget):
    """Five segments, 1 to 5, "not at all" to "fully". Clicking the chosen one again clears
    the rating."""

    changed = Signal(int)  # 0 = not rated

    def __init__(self, name: str, label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Not exclusive: an exclusive group cannot go back to no rating at all.
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QToolButton] = []
        for n in range(1, 6):
            button = QToolButton(self)
            button.setObjectName("ratingSegment")
            button.setProperty("segment", {1: "first", 5: "last"}.get(n, "middle"))
            button.setText(str(n))
            button.setCheckable(True)
            button.setMinimumSize(SEGMENT_W, SEGMENT_H)
            button.setAccessibleName(f"{label}: {n}")
            self.group.addButton(button, n)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._on_clicked)
        layout.addStretch(1)
        column.addLayout(layout)
        ends = QWidget(self)
        ends.setFixedWidth(SEGMENT_W * 5)
        row = QHBoxLayout(ends)
        row.setContentsMargins(0, 0, 0, 0)
        for n, text in enumerate((self.tr("not at all"), self.tr("fully"))):
            end = QLabel(text, ends)
            end.setObjectName("meta")
            end.setFont(theme.font("meta"))
            if n:
                row.addStretch(1)
            row.addWidget(end)
        column.addWidget(ends)
        self._value = 0

    def value(self) -> int:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value or 0
        for n, button in enumerate(self.buttons, start=1):
            button.setChecked(n == self._value)

    def _on_clicked(self, n: int) -> None:
        self.set_value(0 if n == self._value else n)
        self.changed.emit(self._value)


class QuestionCard(QWidget):
    """A question and its answer: a line on the page's colour, one line tall when empty and
    growing with the answer to six."""

    def __init__(self, question: QuestionRecord, answer: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question:{question.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        lang = ui_language()
        text = quoted(question.text) if question.quoted else question.text
        self.label = QLabel(f"{text} {APP_MARK}" if question.app else text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        if lang != "ru" and question.quoted:
            self.label.setToolTip(question.original)  # the book's own words
        if question.app:
            self.label.setToolTip(self.tr("The app's own question, not from the book."))
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName(f"answer:{question.id}")
        self.answer.setProperty("answer", True)
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.setAccessibleName(question.text)
        self.answer.setPlaceholderText(self.tr("Your answer…"))
        self.answer.setTabChangesFocus(True)
        self.answer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.answer.document().setDocumentMargin(4)
        self.answer.textChanged.connect(self.fit)
        self.answer.setPlainText(answer)
        self.underline = QWidget(self)
        self.underline.setObjectName("answerLine")
        self.underline.setFixedHeight(1)
        self.underline.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout.addWidget(self.label)
        layout.addWidget(self.answer)
        layout.addWidget(self.underline)
        self.fit()

    def fit(self) -> None:
        lines = max(1, min(6, self.answer.document().lineCount()))
        spacing = self.answer.fontMetrics().lineSpacing()
        height = spacing * lines + 12
        self.answer.setFixedHeight(height + (-height) % 4)


class GroupHeader(QToolButton):
    """A group's name and how many of its questions are answered ("2/6"); folds the group.
    Space or Enter folds and unfolds it, ← folds and → unfolds, as in a tree. A long name
    (Russian ones are) is cut with "…" to the panel's width, and shown whole on hover."""

    def __init__(self, name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupToggle")
        self.name = name
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFont(theme.font("heading", weight=QFont.Weight.DemiBold))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggled.connect(lambda _on: self._show_text())
        self._answered = self._total = 0

    def count(self, answered: int, total: int) -> None:
        self._answered, self._total = answered, total
        self.setAccessibleName(
            self.tr("{0}: {1} of {2} answered").format(self.name, answered, total)
        )
        self._show_text()

    def full_text(self) -> str:
        arrow = "▾" if self.isChecked() else "▸"
        return f"{arrow} {self.name}  {self._answered}/{self._total}"

    def _show_text(self) -> None:
        """The arrow and the count always show; the name gives way when room is short."""
        full = self.full_text()
        room = self.width() - 8 if self.isVisible() else 10_000
        metrics = self.fontMetrics()
        text = full
        if metrics.horizontalAdvance(full) > room:
            arrow = full[:2]
            count = f"  {self._answered}/{self._total}"
            left = room - metrics.horizontalAdvance(arrow + count)
            name = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, max(left, 0))
            text = arrow + name + count
        self.setText(text)
        self.setToolTip(self.name if text != full else "")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text()) + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for any panel: the name elides instead of widening the panel."""
        return QSize(64, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_text()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._show_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
            self.setChecked(key == Qt.Key.Key_Right)
        else:
            super().keyPressEvent(event)
