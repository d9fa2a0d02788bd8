"""Small coloured marks the rooms share: a client's dot (sidebar, clients table) and the chips
of entry rows and the token picker.

A client's chip is its colour laid thinly behind the name (`theme.Colours.chip_alpha`), with
an 8 px dot in the full colour and the label in the text colour: white on emerald read at
2.5:1, the text colour on the tint reads at 12:1 or better. Tags are outlined; the incidents'
count is text in the incident colour, so it never looks like a client.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap

from . import theme

CHIP_H = 20
CHIP_RADIUS = 10
CHIP_PAD = 8
DOT = 8
CHIP_GAP = 4


def readable_text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    luma = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#111111") if luma > 150 else QColor("#ffffff")


def chip_fill(colour: str, behind: QColor | str) -> QColor:
    """A client's chip's fill: its colour at the scheme's strength over `behind`."""
    return theme.blend(colour, behind, theme.colours().chip_alpha)


def chip_style(colour: str, behind: str) -> str:
    """A stylesheet for a QToolButton chip (the token picker's)."""
    fill = chip_fill(colour or "#888888", behind).name()
    text = theme.colours().text
    return (
        f"QToolButton {{ background: {fill}; color: {text}; border-radius: {CHIP_RADIUS}px;"
        f" padding: 0px {CHIP_PAD}px; min-height: {CHIP_H}px; border: none; }}"
    )


def paint_chips(
    painter: QPainter,
    font: QFont,
    rect: QRect,
    chips: list[tuple[str, str]],
    flags: list[tuple[str, str]],
    behind: QColor,
    text: QColor,
) -> None:
    """Flags (text in their colour) first, then the clients' chips, left to right in `rect`
    until it is full."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    fm = QFontMetrics(font)
    x, right = rect.x(), rect.right()
    for label, colour in flags:
        width = fm.horizontalAdvance(label)
        if x + width > right:
            break
        painter.setPen(QColor(colour))
        painter.drawText(QRect(x, rect.y(), width, CHIP_H), Qt.AlignmentFlag.AlignVCenter, label)
        x += width + 2 * CHIP_GAP
    for name, colour in chips:
        label_width = fm.horizontalAdvance(name)
        width = CHIP_PAD + DOT + CHIP_GAP + label_width + CHIP_PAD
        if x + width > right:
            break
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chip_fill(colour, behind))
        painter.drawRoundedRect(QRectF(x, rect.y(), width, CHIP_H), CHIP_RADIUS, CHIP_RADIUS)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(x + CHIP_PAD, rect.y() + (CHIP_H - DOT) / 2, DOT, DOT))
        painter.setPen(text)
        painter.drawText(
            QRect(x + CHIP_PAD + DOT + CHIP_GAP, rect.y(), label_width + 1, CHIP_H),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        x += width + CHIP_GAP
    painter.restore()


def colour_dot(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour or "#888888"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
