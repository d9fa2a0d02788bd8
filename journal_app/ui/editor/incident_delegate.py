"""Paints an incident as a card: a strip in the direction's colour, the kind, who, how and when,
then pills for the response and the flags, then the note.

Kind, response and the off-hours flag used to be one red line each and looked alike; on a
card each has a place and a colour of its own (see `theme.Colours`). A held boundary is not
drawn as a problem: its card is calm, its strip the held green.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.enums import Direction
from ...core.records import IncidentRecord
from ..common import theme
from ..common.labels import channel_label, response_label

IncidentRole = Qt.ItemDataRole.UserRole + 1
PAD = 12  # inside the card
GAP = 4  # above and below it
RADIUS = 8
STRIP = 4  # the direction's strip (the spec's 3 px, on the 4 px grid)
PILL_H = 20
PILL_PAD = 8
LINE_GAP = 4


def card_colours(incident: IncidentRecord, c: theme.Colours) -> tuple[str, str]:
    """(fill, strip). A held boundary is a good outcome: a calm card with the held green
    strip, not the alarm of the others (the arrow still tells the direction); otherwise red
    for client → me and violet for me → client, on the incident fill."""
    if incident.response == "held":
        return c.card_held, c.held[0]
    outgoing = incident.direction == Direction.ME.value
    return c.card, c.outgoing if outgoing else c.incident


def pills(incident: IncidentRecord, c: theme.Colours) -> list[tuple[str, tuple[str, str]]]:
    """(label, (text colour, fill)) for the response and each flag."""
    response = {
        "held": c.held,
        "negotiated": c.negotiated,
        "gave_in": c.gave_in,
        "escalated": c.escalated,
    }.get(incident.response, c.open)
    result = [(response_label(incident.response), response)]
    if incident.outside_hours:
        off = QCoreApplication.translate("IncidentDelegate", "Off-hours")
        result.append(("◷ " + off, c.off_hours))
    if incident.outside_channels:
        elsewhere = QCoreApplication.translate("IncidentDelegate", "Outside agreed channels")
        result.append(("✉ " + elsewhere, c.off_hours))
    return result


class IncidentDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        incident: IncidentRecord | None = index.data(IncidentRole)
        height = 2 * GAP + 2 * PAD + self._fonts_height(option, incident)
        return QSize(200, height + (-height) % 4)

    def _fonts_height(self, option: QStyleOptionViewItem, incident: IncidentRecord | None) -> int:
        kind, meta, note = self._fonts(option)
        height = QFontMetrics(kind).height() + LINE_GAP + QFontMetrics(meta).height()
        height += 2 * LINE_GAP + PILL_H
        if incident is not None and incident.note:
            height += 2 * LINE_GAP + QFontMetrics(note).height()
        return height

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        kind = theme.font("ui", option.font, QFont.Weight.DemiBold)
        meta = theme.font("meta", option.font)
        note = theme.font("ui", option.font)
        note.setItalic(True)
        return kind, meta, note

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        incident: IncidentRecord | None = index.data(IncidentRole)
        if incident is None:
            return
        c = theme.colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(0, GAP, 0, -GAP))
        path = QPainterPath()
        path.addRoundedRect(card, RADIUS, RADIUS)
        fill, strip = card_colours(incident, c)
        painter.fillPath(path, QColor(fill))
        painter.setClipPath(path)
        painter.fillRect(QRectF(card.x(), card.y(), STRIP, card.height()), QColor(strip))
        painter.setClipping(False)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.drawPath(path)

        kind_font, meta_font, note_font = self._fonts(option)
        inner = card.toRect().adjusted(PAD + STRIP, PAD, -PAD, -PAD)
        y = inner.y()
        # Line 1: the direction's arrow and the kind.
        painter.setFont(kind_font)
        painter.setPen(QColor(c.text))
        fm = QFontMetrics(kind_font)
        arrow = "↗" if incident.direction == Direction.ME.value else "↙"
        head = fm.elidedText(
            f"{arrow} {incident.kind.name}", Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(inner.x(), y + fm.ascent(), head)
        y += fm.height() + LINE_GAP
        # Line 2: client · channel · time · severity, muted.
        painter.setFont(meta_font)
        painter.setPen(QColor(c.muted))
        fm = QFontMetrics(meta_font)
        when = QLocale().toString(incident.occurred_at, "d MMM HH:mm")
        severity = self.tr("severity {0}").format(incident.severity)
        meta = " · ".join((incident.client.name, channel_label(incident.channel), when, severity))
        painter.drawText(
            inner.x(),
            y + fm.ascent(),
            fm.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += fm.height() + 2 * LINE_GAP
        # Line 3: the pills.
        x = inner.x()
        for label, (ink, fill) in pills(incident, c):
            width = fm.horizontalAdvance(label) + 2 * PILL_PAD
            if x + width > inner.right() and x > inner.x():
                break
            pill = QRect(x, y, min(width, inner.right() - x), PILL_H)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(pill, PILL_H / 2, PILL_H / 2)
            painter.setPen(QColor(ink))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + LINE_GAP * 2
        y += PILL_H + 2 * LINE_GAP
        # Line 4: the note, in italic.
        if incident.note:
            painter.setFont(note_font)
            painter.setPen(QColor(c.text))
            fm = QFontMetrics(note_font)
            note = fm.elidedText(
                incident.note.replace("\n", " "), Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner.x(), y + fm.ascent(), note)
        painter.restore()
