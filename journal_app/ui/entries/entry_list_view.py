"""The entry list's view: one column of rows of one height, for lists of any length.

A table view, not a list view: QListView lays out every row again whenever a page of entries
is fetched (asking the model about each, so a frame at 100,000 rows took seconds), while
QTableView keeps the rows' heights in its header and asks only about the rows it paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class EntryListView(QTableView):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row is as tall as the delegate says a row is (they are all alike)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)


class AfterFirstPaint(QObject):
    """Calls `then` once, just after `widget` is first painted (or, while it is hidden — an
    empty journal shows its hint instead of the list — after its window is), so that work
    the first screen does not need waits. It stops watching once it has fired."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._window = widget.window()
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is None or event.type() != QEvent.Type.Paint:
            return False
        if watched is self._window and self._widget.isVisible():
            return False  # the window's own paint: the widget's comes next
        then, self._then = self._then, None
        self._widget.removeEventFilter(self)
        self._window.removeEventFilter(self)
        QTimer.singleShot(0, self._widget, then)  # not after the widget is gone
        return False
