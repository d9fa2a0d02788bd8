"""A read-only table of records (goals, events): the columns' headers and a function that
gives a record's cells; the record itself comes back under `RecordRole`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._rows: list[Any] = []
        self._texts: list[Sequence[str]] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._cells(r) for r in self._rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == RecordRole:
            return self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        return None

    def record_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None
