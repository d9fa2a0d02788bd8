"""A narrow window (half of a 1920 screen, 1280 at 150 %) puts the sidebar away and the
questions under the editor; View → Show Sidebar (F9) and Show Questions (Ctrl+Shift+Q) bring
them back, and Help → Keyboard Shortcuts says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.window.main_window import MainWindow
from journal_app.ui.window.shortcuts_dialog import shortcut_rows


def narrow(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    window.resize(860, 600)
    qtbot.waitUntil(lambda: window.width() == 860)
    qtbot.waitUntil(lambda: not window.left.isVisible())
    return window


def test_f9_brings_the_sidebar_back_in_the_lists_place_until_a_client_is_chosen(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    journal.entries.add(EntryDraft(title="About Acme", clients=("Acme",)))
    journal.entries.add(EntryDraft(title="About Globex", clients=("Globex",)))
    window = narrow(qtbot, make_window)
    assert not window.sidebar_action.isChecked()
    assert window.sidebar_action in window.menuBar().actions()[2].menu().actions()  # View

    qtbot.keyClick(window, Qt.Key.Key_F9)
    sidebar = window.sidebar
    assert sidebar.isVisible() and window.sidebar_action.isChecked()
    assert not window.entry_list.isVisible()  # in the list's place: nothing squeezed
    assert sidebar.width() >= 192 and window.editor_view.width() >= 432
    right = window.editor_view.mapTo(window, QPoint(window.editor_view.width(), 0)).x()
    assert right <= window.width()

    globex = next(
        sidebar.model().index(row, 0, group)
        for group in (sidebar.model().index(n, 0) for n in range(sidebar.model().rowCount()))
        for row in range(sidebar.model().rowCount(group))
        if sidebar.model().index(row, 0, group).data() == "Globex"
    )
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualRect(globex).center()
    )
    qtbot.waitUntil(window.entry_list.isVisible)
    assert not sidebar.isVisible() and not window.sidebar_action.isChecked()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == "About Globex"

    qtbot.keyClick(window, Qt.Key.Key_F9)  # again, and away with Esc
    assert sidebar.isVisible()
    qtbot.keyClick(sidebar, Qt.Key.Key_Escape)
    assert not sidebar.isVisible() and window.entry_list.isVisible()

    window.resize(1280, 800)  # wide: both, side by side
    qtbot.waitUntil(lambda: sidebar.isVisible() and window.entry_list.isVisible())
    assert window.sidebar_action.isChecked()


def test_f9_hides_and_shows_the_sidebar_of_a_wide_window_and_it_is_remembered(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(window.left.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not window.left.isVisible() and window.middle.isVisible()
    window.resize(1400, 800)
    QApplication.processEvents()
    assert not window.left.isVisible()  # the person's choice, not the width's
    window.close()
    again = make_window()
    again.resize(1280, 800)
    QApplication.processEvents()
    assert not again.left.isVisible() and not again.sidebar_action.isChecked()
    qtbot.keyClick(again, Qt.Key.Key_F9)
    assert again.left.isVisible()


def test_the_questions_under_the_editor_fold_away_with_ctrl_shift_q(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    journal.entries.add(EntryDraft(title="An entry"))
    window = narrow(qtbot, make_window)
    panel = window.questions_panel
    assert panel.isVisible() and window.editor_column.orientation() == Qt.Orientation.Vertical
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Q, shift_ctrl)
    assert not panel.isVisible() and not window.questions_panel_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Q, shift_ctrl)
    assert panel.isVisible()
    assert panel.mapTo(window, QPoint(0, 0)).y() > window.editor_view.mapTo(window, QPoint()).y()


def test_keyboard_shortcuts_list_the_sidebar_and_the_questions(window: MainWindow) -> None:
    rows = dict(shortcut_rows(window.all_actions()))
    assert rows["Show Sidebar"] == "F9"
    assert rows["Show Questions"] == "Ctrl+Shift+Q"
