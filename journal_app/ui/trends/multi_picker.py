"""A combo box that picks several items at once: clients or kinds for the trends.

Its list is checkable and stays open while items are ticked (a click or Space ticks one;
Enter or Esc closes it); the first row, "All …", clears the choice. The box's own text says
what is chosen — "All clients", "Acme", "Acme, Globex" — and its tooltip names every one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

DATA = Qt.ItemDataRole.UserRole


class MultiPicker(QComboBox):
    chosenChanged = Signal()

    def __init__(self, everything: str, name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._everything = everything
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        first = QStandardItem(everything)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._model.appendRow(first)
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self._shown = False
        self._update_text()

    # -- the items -------------------------------------------------------------------------
    def add(self, text: str, data: object) -> None:
        item = QStandardItem(text)
        item.setData(data, DATA)
        item.setToolTip(text)
        # Checkable but not selectable: clicking ticks it and the list stays open.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self._model.appendRow(item)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 32)

    def chosen(self) -> tuple[Any, ...]:
        """The data of the ticked items, in the list's order (empty: all)."""
        return tuple(item.data(DATA) for item in self._ticked())

    def choose(self, data: tuple[Any, ...] | list[Any]) -> None:
        wanted = set(data)
        for row in range(1, self._model.rowCount()):
            item = self._model.item(row)
            on = item.data(DATA) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._changed()

    def text(self) -> str:
        """What the box shows: "All …", or the chosen names."""
        names = [item.text() for item in self._ticked()]
        return ", ".join(names) if names else self._everything

    def toggle(self, row: int) -> None:
        if row == 0:
            self.choose(())
            return
        item = self._model.item(row)
        if item is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._changed()

    # -- Qt --------------------------------------------------------------------------------
    def showPopup(self) -> None:
        self._shown = True
        super().showPopup()
        self.view().setCurrentIndex(self._model.index(max(0, self._first_ticked()), 0))

    def hidePopup(self) -> None:
        self._shown = False
        super().hidePopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        if watched is view.viewport() and event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            assert isinstance(event, QMouseEvent)
            index = view.indexAt(event.position().toPoint())
            if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
                self.toggle(index.row())
                if index.row() == 0:
                    self.hidePopup()
            return True
        if watched is view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                self.toggle(view.currentIndex().row())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if view.currentIndex().row() == 0:
                    self.choose(())
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Closed, Up and Down would pick one item as a plain combo does: here they open
        the list instead, where Space ticks."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.showPopup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: Any) -> None:
        event.ignore()  # scrolling past must not change the choice

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        width = (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                self,
            )
            .width()
        )
        option.currentText = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(0, width)
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    # -- private ---------------------------------------------------------------------------
    def _ticked(self) -> list[QStandardItem]:
        items = (self._model.item(row) for row in range(1, self._model.rowCount()))
        return [item for item in items if item.checkState() == Qt.CheckState.Checked]

    def _first_ticked(self) -> int:
        for row in range(1, self._model.rowCount()):
            if self._model.item(row).checkState() == Qt.CheckState.Checked:
                return row
        return 0

    def _changed(self) -> None:
        self._update_text()
        self.chosenChanged.emit()

    def _update_text(self) -> None:
        text = self.text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()
