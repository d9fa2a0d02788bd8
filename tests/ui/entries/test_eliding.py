"""Long Russian names in narrow places end in "…" and show whole on hover."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.entries.sidebar import COUNT_PAD, Sidebar

LONG = "Общество с ограниченной ответственностью «Северо-Западная торговая компания»"


def long_name_row(qtbot: QtBot, journal: Journal) -> tuple[Sidebar, QModelIndex]:
    """A sidebar 200 px wide, and the row of the client called `LONG`."""
    sidebar = Sidebar(journal)
    qtbot.addWidget(sidebar)
    sidebar.resize(200, 400)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    model = sidebar.model()
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, LONG, 1,
                        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)  # fmt: skip
    assert found
    return sidebar, found[0]


def test_a_long_client_name_is_elided_in_the_sidebar_and_whole_on_hover(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.entries.add(EntryDraft(title="Звонок", clients=(LONG,)))
    sidebar, index = long_name_row(qtbot, journal)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG)
    rect = sidebar.visualRect(index)
    # The row ends inside the sidebar (so Qt elides the name with "…"), not past its edge.
    assert rect.right() <= sidebar.viewport().width()
    assert sidebar.textElideMode() == Qt.TextElideMode.ElideRight
    assert sidebar.indexAt(QPoint(rect.center().x(), rect.center().y())) == index


def test_a_long_name_stops_short_of_its_count(qtbot: QtBot, journal: Journal) -> None:
    """«Northwind (sample) 6»: the name ran into its number; now a gap stays between them."""
    for n in range(6):
        journal.entries.add(EntryDraft(title=f"Звонок {n}", clients=(LONG,)))
    sidebar, index = long_name_row(qtbot, journal)
    rect = sidebar.visualRect(index)
    picture = sidebar.viewport().grab(rect).toImage()
    scale = picture.width() / rect.width()
    back = picture.pixelColor(picture.width() - 2, 1)
    metrics = sidebar.fontMetrics()
    count_left = rect.width() - COUNT_PAD - metrics.horizontalAdvance("6") - 2
    inked = [
        x
        for x in range(int((count_left - 8) * scale), int(count_left * scale))
        for y in range(picture.height())
        if picture.pixelColor(x, y) != back
    ]
    assert inked == []  # nothing painted in the gap before the count
    assert any(
        picture.pixelColor(x, y) != back
        for x in range(int(count_left * scale), picture.width())
        for y in range(picture.height())
    )  # and the count is there
