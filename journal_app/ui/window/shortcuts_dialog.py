"""Help → Keyboard shortcuts: built from the window's own actions, so it never goes stale.

The dialog is as big as its list, within the screen: when the list is taller than the screen
it goes on in a second pair of columns (as GNOME's shortcuts windows do), so it opens whole
instead of scrolling in a small box."""

from __future__ import annotations

from math import ceil
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .window_fit import FRAME_GUESS

ROW_PAD = 4  # above and below a row's text
MOST_PAIRS = 3  # of (action, keys) columns side by side


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        written = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        # A standard key the platform has no binding for (Preferences here) is empty.
        keys = list(dict.fromkeys(k for k in written if k))
        if keys:
            label = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((label.rstrip("…").rstrip("."), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(
        self,
        actions: list[QAction],
        parent: Any = None,
        more: list[tuple[str, str]] | None = None,
    ) -> None:
        """`more`: rows of other windows (the Trends), already as (what, keys)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        layout = QVBoxLayout(self)
        self.rows = shortcut_rows(actions) + list(more or [])
        self.table = table = QTableWidget(self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)  # rows in turn, not cells in frames
        table.setAlternatingRowColors(True)
        row_height = table.fontMetrics().height() + 2 * ROW_PAD
        row_height += -row_height % 4
        table.verticalHeader().setDefaultSectionSize(row_height)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fill(1, len(self.rows))  # for the header's height
        room = self._room(parent)
        margins = layout.contentsMargins()
        chrome = margins.top() + margins.bottom() + layout.spacing()
        chrome += buttons.sizeHint().height() + 2 * table.frameWidth()
        chrome += table.horizontalHeader().sizeHint().height()
        per_pair = max(1, (room.height() - chrome) // row_height)
        pairs = min(MOST_PAIRS, max(1, ceil(len(self.rows) / per_pair)))
        tall = ceil(len(self.rows) / pairs)
        self._fill(pairs, tall)

        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        width += 2 * table.frameWidth() + margins.left() + margins.right()
        height = chrome + tall * row_height
        if height > room.height():  # even in columns: it scrolls, beside a scroll bar
            width += table.verticalScrollBar().sizeHint().width()
        self.resize(min(width, room.width()), min(height, room.height()))

    def _fill(self, pairs: int, tall: int) -> None:
        """The rows down the first pair of columns, then down the next."""
        table = self.table
        table.setColumnCount(2 * pairs)
        table.setRowCount(tall)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")] * pairs)
        for n, (label, keys) in enumerate(self.rows):
            pair, row = divmod(n, tall)
            table.setItem(row, 2 * pair, QTableWidgetItem(label))
            table.setItem(row, 2 * pair + 1, QTableWidgetItem(keys))

    def shown_rows(self) -> list[tuple[str, str]]:
        """What the table lists, in order (down each pair of columns)."""
        result = []
        for column in range(0, self.table.columnCount(), 2):
            for row in range(self.table.rowCount()):
                label, keys = self.table.item(row, column), self.table.item(row, column + 1)
                if label is not None and keys is not None:
                    result.append((label.text(), keys.text()))
        return result

    @staticmethod
    def _room(parent: QWidget | None) -> QSize:
        """The screen's free area, less a window frame and a title bar."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        free = screen.availableGeometry().size()
        frame_w, frame_h = FRAME_GUESS
        return QSize(free.width() - frame_w, free.height() - frame_h)
