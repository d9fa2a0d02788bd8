"""Beside the charts: the observations as cards, then the book's questions that fit what the
charts show, folded under "Questions" until opened, with where they come from."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ..common.theme import font


class SidePanel(QScrollArea):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsSide")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(220)
        inside = QWidget(self)
        inside.setObjectName("trendsSideInside")
        self._column = QVBoxLayout(inside)
        self._column.setContentsMargins(16, 0, 8, 16)
        self._column.setSpacing(8)
        heading = QLabel(self.tr("Observations"), inside)
        heading.setFont(font("heading", weight=QFont.Weight.DemiBold))
        self._column.addWidget(heading)
        self.cards: list[QLabel] = []
        self._cards_at = 1  # the cards come after the heading
        self.none = QLabel(self.tr("Nothing stands out in this range."), inside)
        self.none.setObjectName("observationsNone")
        self.none.setWordWrap(True)
        self._column.addWidget(self.none)
        self.questions_toggle = QToolButton(inside)
        self.questions_toggle.setObjectName("questionsToggle")
        self.questions_toggle.setCheckable(True)
        self.questions_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.questions_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.questions_toggle.setText(self.tr("Questions to ask yourself"))
        self.questions_toggle.toggled.connect(self._on_toggle)
        self._column.addWidget(self.questions_toggle)
        self.questions = QLabel(inside)
        self.questions.setObjectName("trendsQuestions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.questions.setVisible(False)
        self._column.addWidget(self.questions)
        self.attribution = QLabel(inside)
        self.attribution.setObjectName("trendsAttribution")
        self.attribution.setWordWrap(True)
        self._column.addWidget(self.attribution)
        self._column.addStretch(1)
        self.setWidget(inside)

    def set_content(
        self, observations: list[str], groups: list[tuple[str, list[str]]], attribution: str
    ) -> None:
        """`groups`: (a group's name, its questions) in the order to show them."""
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for n, text in enumerate(observations):
            card = QLabel(text, self.widget())
            card.setObjectName("observationCard")
            card.setWordWrap(True)
            card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._column.insertWidget(self._cards_at + n, card)
            self.cards.append(card)
        self.none.setVisible(not observations)
        parts = []
        for name, questions in groups:
            parts.append(f"<p style='margin: 8px 0 4px 0'><b>{html.escape(name)}</b></p>")
            parts += [f"<p style='margin: 0 0 4px 0'>{html.escape(q)}</p>" for q in questions]
        self.questions.setText("".join(parts))
        count = sum(len(q) for _, q in groups)
        self.questions_toggle.setText(self.tr("Questions to ask yourself (%n)", "", count))
        self.questions_toggle.setVisible(bool(count))
        self.attribution.setText(attribution)
        self.attribution.setVisible(bool(count))

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and for reading aloud)."""
        said = [card.text() for card in self.cards] + [self.questions.text()]
        return "\n".join(said + [self.attribution.text()])

    def _on_toggle(self, on: bool) -> None:
        self.questions.setVisible(on)
        self.questions_toggle.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow
        )
