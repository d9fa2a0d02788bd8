"""The editor's incidents section: the entry's boundary incidents, with add, edit and remove.

Keys: Ctrl+Shift+B logs one for this entry; in the list, Enter edits and Delete removes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import IncidentRecord
from ..common import theme
from ..common.labels import direction_short, outside_label, quoted, response_label
from .incident_delegate import IncidentDelegate, IncidentRole

MAX_LIST_HEIGHT = 320  # two or three cards; more scroll
Index = QModelIndex | QPersistentModelIndex


class IncidentListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRecord] = []

    def set_incidents(self, incidents: list[IncidentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(incidents)
        self.endResetModel()

    def incident(self, row: int) -> IncidentRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = QLocale().toString(i.occurred_at, "d MMM HH:mm")
            first = f"{when}  ·  {i.client.name}  ·  {i.kind.name}"
            second = [direction_short(i.direction), response_label(i.response)]
            second.append(self.tr("severity {0}").format(i.severity))
            flags = outside_label(i.outside_hours, i.outside_channels)
            if flags:
                second.append(f"⚠ {flags}")
            lines = [first, "  ·  ".join(second)] + ([quoted(i.note)] if i.note else [])
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == IncidentRole:
            return i
        return None


class IncidentsPanel(QWidget):
    addRequested = Signal()
    editRequested = Signal(int)  # incident id
    removeRequested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(self.tr("Boundary incidents"), self)
        self.title.setFont(theme.font("heading", weight=QFont.Weight.DemiBold))
        header.addWidget(self.title, 1)
        self.add_button = QPushButton(self.tr("&Log incident…"), self)
        self.add_button.setObjectName("addIncidentButton")
        self.add_button.setToolTip(self.tr("Log a boundary incident in this entry (Ctrl+Shift+B)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editIncidentButton")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeIncidentButton")
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        header.addWidget(self.add_button)
        layout.addLayout(header)
        # Edit and Remove under the cards they act on, where they are needed.
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(8)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.edit_button)
        self.actions_row.addWidget(self.remove_button)

        self.model = IncidentListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("incidentList")
        self.list.setAccessibleName(self.tr("Boundary incidents of this entry"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(IncidentDelegate(self.list))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(
            self.tr("No incidents. Did anyone cross a boundary? Log it with Ctrl+Shift+B."), self
        )
        self.empty.setObjectName("incidentsEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.list)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.empty)

        self.add_action = QAction(self.tr("Log Incident in This &Entry"), self)
        self.add_action.setObjectName("addIncidentAction")
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(self._on_add)
        self.addAction(self.add_action)
        for keys, slot in (
            (("Return", "Enter"), self._on_edit),
            (("Delete", "Backspace"), self._on_remove),
        ):
            act = QAction(self.list)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.list.addAction(act)

        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.doubleClicked.connect(self._on_edit)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_incidents([], read_only=False)

    def set_incidents(self, incidents: list[IncidentRecord], read_only: bool) -> None:
        self.model.set_incidents(incidents)
        self.list.setVisible(bool(incidents))
        self.edit_button.setVisible(bool(incidents))
        self.remove_button.setVisible(bool(incidents))
        self.empty.setVisible(not incidents)
        rows = sum(self.list.sizeHintForRow(r) for r in range(len(incidents)))
        self.list.setFixedHeight(min(MAX_LIST_HEIGHT, rows))
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.add_action.setEnabled(not read_only)
        self._update_buttons()

    def selected(self) -> IncidentRecord | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.incident(index.row())

    def _update_buttons(self) -> None:
        """A card is always chosen (the first, after a reload), so Edit… and Remove are ready
        and read as buttons that work; Remove asks first. A click beside the cards keeps it."""
        if self.model.rowCount() and not self.list.selectionModel().hasSelection():
            current = self.list.currentIndex()
            self.list.setCurrentIndex(current if current.isValid() else self.model.index(0))
        chosen = self.selected() is not None and not self._read_only
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_add(self) -> None:
        if not self._read_only:
            self.addRequested.emit()

    def _on_edit(self) -> None:
        incident = self.selected()
        if incident is not None and not self._read_only:
            self.editRequested.emit(incident.id)

    def _on_remove(self) -> None:
        incident = self.selected()
        if incident is not None and not self._read_only:
            self.removeRequested.emit(incident.id)
