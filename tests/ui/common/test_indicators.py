"""Check boxes and radio buttons are seen on both schemes, in any window and in lists: their
edge reads at 4.5:1 or better against what they sit on (WCAG 1.4.11 asks 3:1), and a ticked
box or a chosen radio is filled with the accent. Measured on the palette and on the drawn
widgets: a dialog without a parent, a list's ticks (Export…'s clients) and the editor's
Private switch."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.ui.common.indicators import edge_colour
from journal_app.ui.common.theme import DARK, LIGHT, Colours, apply_theme, palette
from journal_app.ui.window.main_window import MainWindow

from ..window.test_contrast import contrast

SCHEMES = [("light", LIGHT), ("dark", DARK)]


def pixels(widget: QWidget, area: QRect) -> list[QColor]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    area = area.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]


def indicator(button: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, option, button)


def edged(colours: list[QColor], back: str) -> int:
    """How many pixels stand out from `back` at 4.5:1."""
    ground = QColor(back)
    return sum(contrast(colour, ground) >= 4.5 for colour in colours)


def accented(colours: list[QColor], accent: str) -> float:
    target = QColor(accent)
    close = [
        c
        for c in colours
        if abs(c.red() - target.red())
        + abs(c.green() - target.green())
        + abs(c.blue() - target.blue())
        < 24
    ]
    return len(close) / len(colours)


@pytest.mark.parametrize(("scheme", "c"), SCHEMES)
def test_the_edge_colour_reads_on_the_window_and_the_page(scheme: str, c: Colours) -> None:
    colours = palette(c)
    for back in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(edge_colour(colours), colours.color(back)) >= 4.5, (scheme, back)
        assert contrast(edge_colour(colours, enabled=False), colours.color(back)) >= 3.0


@pytest.mark.parametrize(("scheme", "c"), SCHEMES)
def test_boxes_radios_and_a_lists_ticks_are_drawn_to_be_seen(
    qtbot: QtBot, scheme: str, c: Colours
) -> None:
    apply_theme(scheme)
    dialog = QDialog()  # no parent: the app's style alone
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    box, ticked = QCheckBox("Pseudonymise", dialog), QCheckBox("Include answers", dialog)
    ticked.setChecked(True)
    radio, chosen = QRadioButton("I failed", dialog), QRadioButton("The client crossed", dialog)
    chosen.setChecked(True)
    clients = QListWidget(dialog)
    for name, state in (("Globex", Qt.CheckState.Unchecked), ("Initech", Qt.CheckState.Checked)):
        item = QListWidgetItem(name, clients)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
    for widget in (box, ticked, radio, chosen, clients):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)

    for button in (box, radio):
        assert edged(pixels(button, indicator(button)), c.window) >= 24, button.text()
    for button in (ticked, chosen):
        assert accented(pixels(button, indicator(button)), c.accent) >= 0.3, button.text()
    for row, on in ((0, False), (1, True)):
        rect = clients.visualItemRect(clients.item(row))
        tick = QRect(rect.x(), rect.y(), rect.height(), rect.height())
        drawn = pixels(clients.viewport(), tick)
        if on:
            assert accented(drawn, c.accent) >= 0.2, (scheme, row)
        else:
            assert edged(drawn, c.page) >= 24, (scheme, row)


def test_the_editors_private_switch_is_seen_on_the_dark_scheme(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    apply_theme("dark")
    window = make_window()
    window.new_entry()
    private = window.editor_view.private
    qtbot.waitUntil(private.isVisible)
    assert edged(pixels(private, indicator(private)), DARK.page) >= 24


def test_dialog_buttons_carry_no_icons_whatever_the_desktop_says(qtbot: QtBot) -> None:
    """OK and Cancel are words on buttons, in every dialog and message box, also where the
    desktop asks for icons on them (KDE, or X without a desktop: Fusion's olive tick on the
    accent's blue read poorly)."""
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyleFactory

    from journal_app.ui.common.theme import GridStyle

    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    class IconsDesktop(QProxyStyle):
        def styleHint(self, which, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]
            return 1 if which == hint else super().styleHint(which, option, widget, data)

    apply_theme("light")  # the app's style sheet
    style = GridStyle()
    desktop = IconsDesktop(QStyleFactory.create("Fusion"))
    style.setBaseStyle(desktop)
    assert style.styleHint(hint) == 1  # the desktop's wish comes through the style
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()
