"""Manage clients: add, rename, colour, archive, merge two into one, and keep each one's other
names (and its people's) for pseudonymised exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from ...core.records import ClientRecord
from ..common.chips import colour_dot
from ..common.errors import ask_yes_no, run_or_warn
from ..common.widgets import add_button
from .agreement_dialog import AgreementDialog, agreement_summary
from .events_dialog import EventsDialog
from .goals_dialog import GoalsDialog
from .other_names_panel import OtherNamesPanel

if TYPE_CHECKING:
    from ...core.journal import Journal

Index = QModelIndex | QPersistentModelIndex
ClientRole = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(QAbstractTableModel):
    NAME, ORGANISATION, AGREEMENT, ENTRIES, STATUS = range(5)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rows: list[ClientRecord] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._journal.clients.all()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Agreement"),
                self.tr("Entries"),
                self.tr("Status"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == ClientRole:
            return c
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                c.name,
                c.organisation,
                agreement_summary(c.agreement),
                c.entries,
                self.tr("Archived") if c.archived else self.tr("Active"),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.AGREEMENT:
            return agreement_summary(c.agreement) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return colour_dot(c.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and c.archived:
            return QColor("#888888")
        return None

    def client_at(self, row: int) -> ClientRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class ClientsDialog(QDialog):
    clientsChanged = Signal()
    plansChanged = Signal()  # a goal or an event was added or removed

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Clients"))
        self.setObjectName("clientsDialog")
        self.resize(780, 560)
        layout = QVBoxLayout(self)
        self.model = ClientTableModel(journal, self)
        self.table = QTableView(self)
        self.table.setObjectName("clientsTable")
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names whole, however long; the agreement takes the room left (its tooltip has all).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClientTableModel.AGREEMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = add_button(self, row, self.tr("&Add…"), "addClient", self._on_add)
        self.rename_button = add_button(
            self, row, self.tr("&Rename…"), "renameClient", self._on_rename
        )
        self.colour_button = add_button(
            self, row, self.tr("&Colour…"), "colourClient", self._on_colour
        )
        self.archive_button = add_button(
            self, row, self.tr("Arc&hive"), "archiveClient", self._on_archive
        )
        self.merge_button = add_button(
            self, row, self.tr("&Merge into…"), "mergeClient", self._on_merge
        )
        self.agreement_button = add_button(
            self, row, self.tr("A&greement…"), "agreementClient", self._on_agreement
        )
        row.addStretch(1)
        self.goals_button = add_button(self, row, self.tr("G&oals…"), "clientGoals", self._on_goals)
        self.events_button = add_button(
            self, row, self.tr("&Events…"), "clientEvents", self._on_events
        )
        layout.addLayout(row)
        self.other_names = OtherNamesPanel(journal, self)
        self.other_names.changed.connect(self._on_other_names_changed)
        layout.addWidget(self.other_names)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def select_name(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            client = self.model.client_at(row)
            if client and client.name == name:
                self.table.selectRow(row)
                return

    def selected(self) -> ClientRecord | None:
        return self.model.client_at(self.table.currentIndex().row())

    # -- actions -------------------------------------------------------------------------------
    def _on_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New client"), self.tr("Name:"))
        if ok and self._apply(lambda: self._journal.clients.add(name)):
            self.select_name(" ".join(name.split()))

    def _on_rename(self) -> None:
        client = self.selected()
        if client is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename client"), self.tr("New name:"), text=client.name
        )
        if ok and self._apply(lambda: self._journal.clients.rename(client.id, name)):
            self.select_name(" ".join(name.split()))

    def _on_colour(self) -> None:
        client = self.selected()
        if client is None:
            return
        colour = QColorDialog.getColor(QColor(client.colour), self, self.tr("Client colour"))
        if colour.isValid() and self._apply(
            lambda: self._journal.clients.update(client.id, colour=colour.name())
        ):
            self.select_name(client.name)

    def _on_archive(self) -> None:
        client = self.selected()
        if client is not None and self._apply(
            lambda: self._journal.clients.set_archived(client.id, not client.archived)
        ):
            self.select_name(client.name)

    def _on_merge(self) -> None:
        source = self.selected()
        if source is None:
            return
        others = [c.name for c in self._journal.clients.all() if c.id != source.id]
        if not others:
            QMessageBox.information(
                self, self.tr("Merge"), self.tr("There is no other client to merge into.")
            )
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge client"),
            self.tr("Move all entries of “{0}” to:").format(source.name),
            others,
            0,
            False,
        )
        if not ok:
            return
        into = self._journal.clients.by_name(name)
        answer = ask_yes_no(
            self,
            self.tr("Merge client"),
            self.tr("Move {0} entries from “{1}” to “{2}” and remove “{1}”?").format(
                source.entries, source.name, into.name
            ),
        )
        if answer and self._apply(lambda: self._journal.clients.merge(source.id, into.id)):
            self.select_name(into.name)

    def _on_agreement(self) -> None:
        client = self.selected()
        if client is None:
            return
        dialog = AgreementDialog(client, self, self._journal.clients.history(client.id))
        if dialog.exec() == QDialog.DialogCode.Accepted and self._apply(
            lambda: self._journal.clients.set_agreement(
                client.id, dialog.agreement(), since=dialog.since_date()
            )
        ):
            self.select_name(client.name)

    def _on_goals(self) -> None:
        """Goals, the selected client chosen for a new one."""
        client = self.selected()
        dialog = GoalsDialog(self._journal, self, client.id if client else None)
        dialog.changed.connect(self.plansChanged)
        dialog.exec()

    def _on_events(self) -> None:
        client = self.selected()
        dialog = EventsDialog(self._journal, self, client.id if client else None)
        dialog.changed.connect(self.plansChanged)
        dialog.exec()

    def _apply(self, change: Any) -> bool:
        if not run_or_warn(self, self.tr("Clients"), change):
            return False
        self.model.reload()
        self.clientsChanged.emit()
        return True

    def _on_other_names_changed(self) -> None:
        client = self.selected()
        self.model.reload()
        if client is not None:
            self.select_name(client.name)
        self.clientsChanged.emit()

    def _update_buttons(self) -> None:
        client = self.selected()
        self.other_names.show_client(client)
        for button in (
            self.rename_button,
            self.colour_button,
            self.archive_button,
            self.merge_button,
            self.agreement_button,
        ):
            button.setEnabled(client is not None)
        self.archive_button.setText(
            self.tr("Unarc&hive") if client and client.archived else self.tr("Arc&hive")
        )
