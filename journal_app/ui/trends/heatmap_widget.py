"""When incidents happen: a weekday × hour grid, darker where there are more, with the agreed
hours outlined when one client is chosen. Clicking a cell asks for the incidents behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.agreements import Agreement

LEFT, TOP = 44, 22


class HeatmapWidget(QWidget):
    cellClicked = Signal(int, int)  # weekday (0 = Monday), hour

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmap")
        self.setAccessibleName(self.tr("Incidents by weekday and hour"))
        self.setMinimumSize(LEFT + 24 * 14, 220)  # 14 px an hour: fits a small screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.counts: dict[tuple[int, int], int] = {}
        self.agreement: Agreement | None = None

    def set_data(self, rows: list[dict[str, int]], agreement: Agreement | None) -> None:
        self.counts = {(r["weekday"], r["hour"]): r["count"] for r in rows}
        self.agreement = agreement if agreement is not None and agreement.has_hours else None
        self.update()

    def _cell(self) -> tuple[float, float]:
        return (self.width() - LEFT - 4) / 24, (self.height() - TOP - 4) / 7

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        w, h = self._cell()
        top = max(self.counts.values(), default=0)
        painter.setPen(text)
        for hour in range(0, 24, 3):
            painter.drawText(QRectF(LEFT + hour * w, 0, w * 3, TOP), f"{hour:02d}")
        for day in range(7):
            name = QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, TOP + day * h, LEFT - 4, h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                name,
            )
            for hour in range(24):
                n = self.counts.get((day, hour), 0)
                colour = QColor(base)
                if n:
                    colour = QColor("#c2410c")
                    colour.setAlphaF(0.25 + 0.75 * n / top)
                rect = QRectF(LEFT + hour * w + 1, TOP + day * h + 1, w - 2, h - 2)
                painter.fillRect(rect, colour)
                if self.agreement is not None and not self.agreement.is_outside_hours(
                    _moment(day, hour)
                ):
                    painter.setPen(QPen(QColor("#10b981"), 2))
                    painter.drawRect(rect)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            self.cellClicked.emit(*cell)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(weekday, hour) under a point, or None outside the grid."""
        w, h = self._cell()
        hour, day = int((pos.x() - LEFT) // w), int((pos.y() - TOP) // h)
        if 0 <= hour < 24 and 0 <= day < 7 and pos.x() >= LEFT and pos.y() >= TOP:
            return day, hour
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
            else:
                n = self.counts.get(cell, 0)
                text = self.tr("{0}: incidents: %n", "", n).format(cell_caption(*cell))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


def cell_caption(weekday: int, hour: int) -> str:
    """ "Wed 21:00" (in the window's language): a cell as a person says it."""
    day = QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
    return f"{day} {hour:02d}:00"


def _moment(weekday: int, hour: int) -> dt.datetime:
    return dt.datetime(2024, 1, 1 + weekday, hour, 0)  # 1 January 2024 was a Monday
