"""A held boundary is a good outcome and its card says so: a calm fill and the held green
strip, where an incident that was given in to stays on the incident fill with the red strip.
Measured on the drawn cards, light and dark."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.common.theme import DARK, LIGHT, Colours, apply_theme
from journal_app.ui.editor.incident_delegate import GAP, PAD, IncidentRole
from journal_app.ui.window.main_window import MainWindow

from ..window.test_contrast import contrast


def near(a: QColor, b: str) -> float:
    c = QColor(b)
    return abs(a.red() - c.red()) + abs(a.green() - c.green()) + abs(a.blue() - c.blue())


@pytest.mark.parametrize(("scheme", "c"), [("light", LIGHT), ("dark", DARK)])
def test_a_held_card_is_calm_and_green_a_given_in_card_stays_red(
    qtbot: QtBot,
    journal: Journal,
    make_window: Callable[[], MainWindow],
    scheme: str,
    c: Colours,
) -> None:
    apply_theme(scheme)
    entry = journal.entries.add(EntryDraft(title="Evening calls"))
    for response in ("held", "gave_in"):
        journal.incidents.add(
            IncidentDraft(entry_id=entry, client="Acme", kind="pressure", response=response)
        )
    window = make_window()
    window.open_entry(entry)
    cards = window.editor_view.incidents.list
    qtbot.waitUntil(cards.isVisible)
    image = cards.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.width() / cards.viewport().width()  # 1 offscreen; HiDPI-proof anyway
    drawn = {}
    for row in range(cards.model().rowCount()):
        index = cards.model().index(row, 0)
        rect = cards.visualRect(index).adjusted(0, GAP, 0, -GAP)
        y = round(rect.center().y() * ratio)
        strip = image.pixelColor(round((rect.x() + 1) * ratio), y)
        fill = image.pixelColor(round((rect.right() - PAD // 2) * ratio), y)
        drawn[index.data(IncidentRole).response] = (strip, fill)

    strip, fill = drawn["held"]
    assert near(strip, c.held[0]) < 12, strip.name()
    assert near(fill, c.card_held) < 12, fill.name()
    assert fill.red() <= max(fill.green(), fill.blue()) + 4  # no red cast
    assert contrast(strip, fill) >= 3.0  # the strip is seen (WCAG 1.4.11)
    strip, fill = drawn["gave_in"]
    assert near(strip, c.incident) < 12, strip.name()
    assert near(fill, c.card) < 12, fill.name()
