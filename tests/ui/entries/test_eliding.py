"""Long Russian names in narrow places end in "…" and show whole on hover."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.entries.sidebar import Sidebar

LONG = "Общество с ограниченной ответственностью «Северо-Западная торговая компания»"


def test_a_long_client_name_is_elided_in_the_sidebar_and_whole_on_hover(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.entries.add(EntryDraft(title="Звонок", clients=(LONG,)))
    sidebar = Sidebar(journal)
    qtbot.addWidget(sidebar)
    sidebar.resize(200, 400)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    model = sidebar.model()
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, LONG, 1,
                        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)  # fmt: skip
    assert found
    index = found[0]
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG)
    rect = sidebar.visualRect(index)
    # The row ends inside the sidebar (so Qt elides the name with "…"), not past its edge.
    assert rect.right() <= sidebar.viewport().width()
    assert sidebar.textElideMode() == Qt.TextElideMode.ElideRight
    assert sidebar.indexAt(QPoint(rect.center().x(), rect.center().y())) == index
