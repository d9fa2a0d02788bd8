"""Check boxes and radio buttons that are seen on both schemes, in every window and list.

Fusion edges an indicator a shade off the window's colour, which all but vanishes on the dark
page (the export's client list, the Private switch, the direction radios). `GridStyle` draws
them here instead: a 2 px edge in the palette's hint colour (6:1 and more against the page and
the window, where WCAG 1.4.11 asks 3:1), on the page's colour; checked, a box or a disc in the
accent with a mark in the page's colour. One style for the app, so a dialog without a parent
and a list's ticks look the same as the window's own."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOption

EDGE = 2.0  # the edge's width, px
ROLE = QPalette.ColorRole


def edge_colour(palette: QPalette, enabled: bool = True) -> QColor:
    """An unchecked indicator's edge: the hint colour; disabled, the fields' outline."""
    return palette.color(ROLE.PlaceholderText if enabled else ROLE.Mid)


def _square(option: QStyleOption) -> QRectF:
    side = min(option.rect.width(), option.rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(QRectF(option.rect).center())
    return box.adjusted(EDGE / 2, EDGE / 2, -EDGE / 2, -EDGE / 2)


def _colours(option: QStyleOption, on: bool) -> tuple[QColor, QColor, QColor]:
    """(edge, fill, mark)."""
    palette = option.palette
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    page = palette.color(ROLE.Base)
    if not on:
        edge = edge_colour(palette, enabled)
        if enabled and option.state & QStyle.StateFlag.State_MouseOver:
            edge = palette.color(ROLE.Accent)
        return edge, page, page
    fill = palette.color(ROLE.Accent) if enabled else palette.color(ROLE.Mid)
    return fill, fill, page


def draw_check(option: QStyleOption, painter: QPainter) -> None:
    state = option.state
    partly = bool(state & QStyle.StateFlag.State_NoChange)
    on = bool(state & QStyle.StateFlag.State_On) or partly
    edge, fill, mark = _colours(option, on)
    box = _square(option)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, EDGE))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, 3, 3)
    if on:
        pen = QPen(mark, EDGE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        w, h, x, y = box.width(), box.height(), box.x(), box.y()
        if partly:
            painter.drawLine(QPointF(x + w * 0.25, y + h / 2), QPointF(x + w * 0.75, y + h / 2))
        else:
            tick = QPainterPath(QPointF(x + w * 0.22, y + h * 0.52))
            tick.lineTo(QPointF(x + w * 0.42, y + h * 0.72))
            tick.lineTo(QPointF(x + w * 0.78, y + h * 0.3))
            painter.drawPath(tick)
    painter.restore()


def draw_radio(option: QStyleOption, painter: QPainter) -> None:
    on = bool(option.state & QStyle.StateFlag.State_On)
    edge, fill, mark = _colours(option, on)
    disc = _square(option)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, EDGE))
    painter.setBrush(fill)
    painter.drawEllipse(disc)
    if on:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        dot = disc.width() * 0.4
        painter.drawEllipse(disc.center(), dot / 2, dot / 2)
    painter.restore()
