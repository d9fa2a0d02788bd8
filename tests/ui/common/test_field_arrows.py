"""Combo boxes and spin boxes show their arrows under the app's stylesheet, light and dark: a
styled field loses Fusion's arrows, so the scheme's own are drawn (in its text colour, 3:1 or
better on the field, WCAG 1.4.11). Measured on the drawn widgets."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.paths import resources_dir
from journal_app.ui.common.theme import DARK, LIGHT, Colours, apply_theme

from ..window.test_contrast import contrast


def strokes(widget: QWidget, area: QRect, back: str) -> int:
    """How many pixels in `area` of the drawn widget stand out from `back` at 3:1."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ground = QColor(back)
    return sum(
        contrast(image.pixelColor(x, y), ground) >= 3.0
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


@pytest.mark.parametrize(("scheme", "c"), [("light", LIGHT), ("dark", DARK)])
def test_combo_and_spin_boxes_show_their_arrows(qtbot: QtBot, scheme: str, c: Colours) -> None:
    apply_theme(scheme)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    combo = QComboBox(host)
    combo.addItems(["Phone", "E-mail"])
    spin = QSpinBox(host)
    spin.setRange(0, 10)
    spin.setValue(5)
    time = QTimeEdit(host)
    date = QDateEdit(host)
    date.setCalendarPopup(True)
    for field in (combo, spin, time, date):
        field.setFixedWidth(200)
        layout.addWidget(field)
    host.show()
    qtbot.waitExposed(host)

    def right(field: QWidget, top: int, bottom: int) -> QRect:
        """The field's last 24 px, inside its 1 px outline, rows `top`..`bottom`."""
        return QRect(field.width() - 24, top, 21, bottom - top + 1)

    for field in (combo, date):
        assert strokes(field, right(field, 3, field.height() - 4), c.page) >= 6, field
    for field in (spin, time):
        half = field.height() // 2
        assert strokes(field, right(field, 3, half - 1), c.page) >= 4, (field, "up")
        assert strokes(field, right(field, half, field.height() - 4), c.page) >= 4, (field, "down")


def test_the_arrows_are_drawn_in_the_schemes_text_and_muted_colours() -> None:
    folder = resources_dir() / "styles" / "arrows"
    for scheme, c in (("light", LIGHT), ("dark", DARK)):
        for name in ("down", "up"):
            for suffix, colour in (("", c.text), ("-off", c.muted)):
                svg = (folder / scheme / f"{name}{suffix}.svg").read_text(encoding="utf-8")
                assert re.findall(r'stroke="(#[0-9a-f]{6})"', svg) == [colour], (scheme, name)
                assert contrast(QColor(colour), QColor(c.page)) >= 3.0
