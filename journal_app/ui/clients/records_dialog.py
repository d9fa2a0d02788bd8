"""What the goals and events dialogs share: a table of the records, Remove under it, a form
for a new one with its Add button, and Close. A subclass adds the form's fields and says how
to read, show, add and remove its records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import ask_yes_no, run_or_warn
from ..common.widgets import add_button
from .record_table import RecordTableModel


class RecordsDialog(QDialog):
    changed = Signal()  # a record was added or removed

    def __init__(
        self,
        parent: Any,
        names: tuple[str, str],
        texts: dict[str, str],
        headers: Sequence[str],
        stretch: int,
    ) -> None:
        """`names`: of the records and of one ("goals", "Goal"), for the widgets' names;
        `texts`: title, intro, empty (no records yet), new (the form's title), add (its
        button)."""
        super().__init__(parent)
        name, one = names
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(texts["title"])
        self._title = texts["title"]
        layout = QVBoxLayout(self)
        intro = QLabel(texts["intro"], self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RecordTableModel(headers, self._cells, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}List")
        self.table.setAccessibleName(texts["title"])
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(texts["empty"], self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.remove_button = add_button(self, row, self.tr("&Remove"), f"remove{one}", self._remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_box = QGroupBox(texts["new"], self)
        self.form = QFormLayout(self.new_box)
        layout.addWidget(self.new_box)
        self.add_row = QHBoxLayout()
        self.add_row.addStretch(1)
        self.add_button = add_button(
            self.new_box, self.add_row, texts["add"], f"add{one}", self._add
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def finish(self) -> None:
        """After the subclass's fields: the Add button under them, and the records read."""
        self.form.addRow(self.add_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reload()

    def field(self, text: str, widget: QWidget) -> None:
        label = QLabel(text, self.new_box)
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def reload(self) -> None:
        records = self._records()
        self.model.set_rows(records)
        self.empty.setVisible(not records)
        self._update()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row() if rows else -1)

    # -- for the subclasses ------------------------------------------------------------------
    def _records(self) -> Sequence[Any]:
        raise NotImplementedError

    def _cells(self, record: Any) -> Sequence[str]:
        raise NotImplementedError

    def _add(self) -> None:
        raise NotImplementedError

    def _remove(self) -> None:
        raise NotImplementedError

    def _added(self, change: Callable[[], int]) -> bool:
        """Run `change` (it returns the new record's id); show it selected, or say why not."""
        added: list[int] = []
        if not run_or_warn(self, self._title, lambda: added.append(change())):
            return False
        self.reload()
        ids = [self.model.record_at(r).id for r in range(self.model.rowCount())]
        self.table.selectRow(ids.index(added[0]))
        self.changed.emit()
        return True

    def _removed(self, question: str, change: Callable[[], object]) -> None:
        if ask_yes_no(self, self._title, question) and run_or_warn(self, self._title, change):
            self.reload()
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)
