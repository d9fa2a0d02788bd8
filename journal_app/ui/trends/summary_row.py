"""The row of figures on top of Trends: incidents in the range, those outside agreed hours,
the share held, the times I gave in — each beside the period of the same length before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..common.theme import font

FIGURES = ("incidents", "outside_hours", "held_share", "gave_in")


def figure_text(key: str, value: float | None) -> str:
    if value is None:
        return "—"
    locale = QLocale()
    shown = locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
    if key != "held_share":
        return shown
    # As each language writes a share: «50 %» in Russian (a no-break space), "50%" in English.
    space = "\u00a0" if locale.language() == QLocale.Language.Russian else ""
    return f"{shown}{space}%"


class SummaryRow(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsSummary")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 8)
        row.setSpacing(24)
        captions = {
            "incidents": self.tr("incidents"),
            "outside_hours": self.tr("outside agreed hours"),
            "held_share": self.tr("held the boundary"),
            "gave_in": self.tr("gave in"),
        }
        self.values: dict[str, QLabel] = {}
        self.before: dict[str, QLabel] = {}
        for key in FIGURES:
            tile = QWidget(self)
            tile.setObjectName(f"figure_{key}")
            column = QVBoxLayout(tile)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            value = QLabel(tile)
            value.setObjectName("figureValue")
            value.setFont(font("title", weight=QFont.Weight.DemiBold))
            caption = QLabel(captions[key], tile)
            caption.setObjectName("figureCaption")
            before = QLabel(tile)
            before.setObjectName("figureBefore")
            for label in (value, caption, before):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft)
                column.addWidget(label)
            self.values[key], self.before[key] = value, before
            row.addWidget(tile)
        row.addStretch(1)

    def set_summary(self, summary: dict[str, Any]) -> None:
        previous = summary.get("previous")
        for key in FIGURES:
            self.values[key].setText(figure_text(key, summary.get(key)))
            self.before[key].setVisible(previous is not None)
            if previous is not None:
                self.before[key].setText(
                    self.tr("the period before: {0}").format(figure_text(key, previous[key]))
                )
        tip = self.tr("The period before: as long as this range, just before it.")
        self.setToolTip(tip if previous is not None else "")
