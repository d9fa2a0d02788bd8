"""Help → Keyboard Shortcuts opens as big as its list, within the screen: every row in view
without scrolling, nothing cut, and a long list goes on in a second pair of columns."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from journal_app.ui.common.theme import apply_theme
from journal_app.ui.window.main_window import MainWindow
from journal_app.ui.window.shortcuts_dialog import ShortcutsDialog


def opened(qtbot: QtBot, actions: list[QAction], parent=None) -> ShortcutsDialog:
    dialog = ShortcutsDialog(actions, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def whole(table: QTableWidget) -> None:
    """No scrolling, and every column as wide as its widest text."""
    assert table.verticalScrollBar().maximum() == 0
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(table.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column


def test_the_windows_shortcuts_are_all_in_view_within_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    apply_theme("light")
    dialog = opened(qtbot, window.all_actions(), window)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    whole(dialog.table)
    listed = dialog.shown_rows()
    assert len(listed) == len(dialog.rows) and ("New Entry", "Ctrl+N") in listed
    assert dialog.height() > free.height() // 2  # it uses the room it has


def test_a_list_taller_than_the_screen_goes_on_beside(qtbot: QtBot) -> None:
    apply_theme("light")
    actions = []
    for n in range(80):
        action = QAction(f"Action {n}")
        action.setShortcut(f"Ctrl+Alt+{n % 10}")
        actions.append(action)
    dialog = opened(qtbot, actions)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= free.height()
    assert dialog.table.columnCount() >= 4  # two pairs or more
    whole(dialog.table)
    assert [label for label, _keys in dialog.shown_rows()] == [f"Action {n}" for n in range(80)]


def test_a_short_list_opens_small_and_whole(qtbot: QtBot) -> None:
    apply_theme("dark")
    actions = []
    for n, keys in enumerate(("Ctrl+N", "Ctrl+Shift+Backspace", "F1")):
        action = QAction(f"Something rather long to do, number {n}…")
        action.setShortcut(keys)
        actions.append(action)
    dialog = opened(qtbot, actions)
    whole(dialog.table)
    assert dialog.table.columnCount() == 2
    assert dialog.height() < 300
    assert dialog.shown_rows()[1] == (
        "Something rather long to do, number 1",
        "Ctrl+Shift+Backspace",
    )
