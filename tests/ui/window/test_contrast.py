"""Hints read on both schemes: contrast measured on the palette (WCAG's ratio, at least 4.5:1),
and a switch to dark without a restart recolours them. (Check boxes and radio buttons:
tests/ui/common/test_indicators.py.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.ui.common.theme import DARK, LIGHT, apply_theme, palette
from journal_app.ui.window.main_window import MainWindow

ROLE = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palettes() -> list[tuple[str, QPalette]]:
    return [("light", palette(LIGHT)), ("dark", palette(DARK))]


@pytest.mark.parametrize(("name", "palette"), palettes())
def test_hints_read_on_the_window_and_in_fields(name: str, palette: QPalette) -> None:
    hint = palette.color(ROLE.PlaceholderText)
    for ground in (ROLE.Window, ROLE.Base):
        back = palette.color(ground)
        assert contrast(hint, back) >= 4.5, (name, ground, hint.name(), back.name())


@pytest.fixture
def back_to_light() -> Iterator[None]:
    yield
    apply_theme("light")
    QApplication.setPalette(QPalette())


def test_switching_to_dark_recolours_the_hints_at_once(
    qtbot: QtBot, make_window: Callable[[], MainWindow], back_to_light: None
) -> None:
    apply_theme("light")
    window = make_window()
    apply_theme("dark")
    dark = palette(DARK)
    qtbot.waitUntil(lambda: window.palette().color(ROLE.Window) == dark.color(ROLE.Window))
    label = window.list_empty
    colour = label.palette().color(label.foregroundRole())
    back = label.palette().color(ROLE.Window)
    assert contrast(colour, back) >= 4.5, (colour.name(), back.name())
    # A hint styled with palette(placeholder-text) is polished again with the dark palette.
    hint = window.questions_panel.why
    shown = hint.palette().color(hint.foregroundRole())
    assert contrast(shown, window.palette().color(ROLE.Window)) >= 4.5, shown.name()
