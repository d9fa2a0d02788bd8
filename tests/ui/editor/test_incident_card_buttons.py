"""The incident cards' Edit… and Remove read as buttons that work: a card is always chosen,
so they are enabled, their text in the text colour at 4.5:1 or better on both schemes (they
used to wait, greyed out, for a click on a card)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.common.theme import DARK, LIGHT, apply_theme
from journal_app.ui.window.main_window import MainWindow

from ..window.test_contrast import contrast


def inked(button: QPushButton) -> tuple[QColor, QColor]:
    """(the button's face, the glyph pixel that stands out most from it), as drawn."""
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    face = image.pixelColor(QPoint(6, image.height() // 2))
    ink = max(
        (
            image.pixelColor(x, y)
            for x in range(8, image.width() - 8)
            for y in range(4, image.height() - 4)
        ),
        key=lambda colour: contrast(colour, face),
    )
    return face, ink


@pytest.mark.parametrize(("scheme", "colours"), [("light", LIGHT), ("dark", DARK)])
def test_edit_and_remove_are_ready_and_read_as_enabled(
    qtbot: QtBot,
    journal: Journal,
    make_window: Callable[[], MainWindow],
    scheme: str,
    colours,
) -> None:
    apply_theme(scheme)
    entry = journal.entries.add(EntryDraft(title="Calls at night"))
    for kind in ("pressure", "rudeness"):
        journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind=kind))
    window = make_window()
    window.open_entry(entry)
    panel = window.editor_view.incidents
    qtbot.waitUntil(panel.edit_button.isVisible)
    for button in (panel.edit_button, panel.remove_button):
        assert button.isEnabled(), button.text()
        face, ink = inked(button)
        assert contrast(ink, face) >= 4.5, (button.text(), ink.name(), face.name())
        # The text colour itself, not the muted one of a disabled button.
        assert contrast(ink, QColor(colours.text)) < contrast(ink, QColor(colours.muted))
    assert panel.selected() is not None
    # A click beside the cards does not take the choice away.
    below = panel.list.viewport().rect().bottomLeft() + QPoint(4, -2)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert panel.edit_button.isEnabled() and panel.selected() is not None
