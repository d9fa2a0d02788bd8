"""Every item model passes Qt's model tester; the entry list loads lazily."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, EntryFilter
from journal_app.ui.clients.clients_dialog import ClientTableModel
from journal_app.ui.entries.entry_list_model import EntryListModel, EntryRole, StartsDayRole
from journal_app.ui.entries.sidebar import CountRole


def fill(journal: Journal, n: int) -> None:
    start = dt.date(2020, 1, 1)
    for i in range(n):
        journal.entries.add(
            EntryDraft(
                title=f"e{i}",
                date=start + dt.timedelta(days=i // 3),
                clients=("Acme",) if i % 2 else (),
            )
        )


def test_entry_list_model_passes_the_model_tester(qtmodeltester, journal: Journal) -> None:
    fill(journal, 450)
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    qtmodeltester.check(model, force_py=True)
    model.set_filter(EntryFilter(), query="e1")
    qtmodeltester.check(model, force_py=True)


def test_entry_list_loads_a_page_at_a_time(journal: Journal) -> None:
    fill(journal, 450)
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    assert model.rowCount() == EntryListModel.PAGE
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    rows = [model.index(r).data(EntryRole) for r in range(450)]
    assert [e.sort_key for e in rows] == sorted((e.sort_key for e in rows), reverse=True)
    assert len({e.id for e in rows}) == 450


def test_day_headings_start_each_day(journal: Journal) -> None:
    fill(journal, 6)  # three entries a day
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    assert [model.index(r).data(StartsDayRole) for r in range(6)] == [
        True,
        False,
        False,
        True,
        False,
        False,
    ]


def test_scrolling_the_view_fetches_more(qtbot: QtBot, journal: Journal, make_window) -> None:
    fill(journal, 450)
    window = make_window()
    view = window.entry_list
    assert window.model.rowCount() == EntryListModel.PAGE
    for _ in range(100):
        view.scrollToBottom()
        qtbot.wait(1)
        if window.model.rowCount() == 450:
            break
    assert window.model.rowCount() == 450


def test_client_table_model(qtmodeltester, journal: Journal) -> None:
    fill(journal, 4)
    journal.clients.add("Archived one")
    journal.clients.set_archived(journal.clients.by_name("Archived one").id, True)
    model = ClientTableModel(journal)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, ClientTableModel.NAME).data() == "Acme"
    assert model.index(0, ClientTableModel.ENTRIES).data() == 2
    assert model.index(1, ClientTableModel.STATUS).data() == "Archived"


def test_sidebar_model(make_window, qtmodeltester, journal: Journal) -> None:
    # qtmodeltester after make_window: it lets go of the model before the window closes.
    fill(journal, 4)
    journal.entries.add(EntryDraft(tags=("late",)))
    sidebar = make_window().sidebar
    qtmodeltester.check(sidebar.model(), force_py=True)
    texts = []
    model = sidebar.model()
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        rows = [parent] + [model.index(c, 0, parent) for c in range(model.rowCount(parent))]
        texts += [(row.data(), row.data(CountRole) or 0) for row in rows]
    # Counts stand apart from the names (drawn right-aligned, without parentheses).
    assert texts == [
        ("All entries", 5),
        ("Trash", 0),
        ("Clients", 0),
        ("Acme", 2),
        ("Tags", 0),
        ("#late", 1),
    ]


def test_painting_the_list_does_not_leak_references_to_none(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call, and Qt
    returning an empty QVariant to Python does too: a delegate doing either on every paint
    crashes the app in a long session. Painting must cost None nothing (the bug: dozens of
    references per row painted)."""
    import gc
    import sys

    fill(journal, 60)
    window = make_window()
    view = window.entry_list
    grabs = 100

    def lost_while_painting() -> int:
        view.grab()
        gc.collect()
        before = sys.getrefcount(None)
        for _ in range(grabs):
            view.grab()
        gc.collect()
        return before - sys.getrefcount(None)

    assert lost_while_painting() < grabs
    window.search_bar.box.setText("e1")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() > 0)
    assert lost_while_painting() < grabs
