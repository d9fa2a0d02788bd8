"""Events on a client's timeline: the day an agreement was sent, a talk about boundaries, a
coaching session. Trends compares the same length of time before and after one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ...core.events import MAX_NOTE, EventRecord
from ...core.journal import Journal
from ..common.errors import ask_yes_no, run_or_warn
from ..common.widgets import add_button, combo, select_data
from .record_table import RecordTableModel


class EventsDialog(QDialog):
    changed = Signal()

    def __init__(self, journal: Journal, parent: Any = None, client_id: int | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("eventsDialog")
        self.setWindowTitle(self.tr("Events"))
        self.resize(720, 500)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Mark the days that could change things with a client; Trends compares the "
                "time before and after each one."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._kinds = {
            "agreement_sent": self.tr("Agreement sent"),
            "talk": self.tr("Talk about boundaries"),
            "coaching": self.tr("Coaching session"),
            "other": self.tr("Other"),
        }
        self.model = RecordTableModel(
            [self.tr("Date"), self.tr("Client"), self.tr("Event"), self.tr("Note")],
            self._cells,
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("eventsList")
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No events yet: add one below."), self)
        self.empty.setObjectName("noEvents")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.remove_button = add_button(self, row, self.tr("&Remove"), "removeEvent", self._remove)
        row.addStretch(1)
        layout.addLayout(row)

        box = QGroupBox(self.tr("New event"), self)
        form = QFormLayout(box)
        self.client = combo(box, "eventClient", [])
        for c in journal.clients.all(include_archived=False):
            self.client.addItem(c.name, c.id)
        select_data(self.client, client_id)
        form.addRow(self._label(self.tr("C&lient"), self.client, box), self.client)
        self.kind = combo(box, "eventKind", [(text, key) for key, text in self._kinds.items()])
        form.addRow(self._label(self.tr("&Event"), self.kind, box), self.kind)
        self.day = QDateEdit(QDate.currentDate(), box)
        self.day.setObjectName("eventDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        form.addRow(self._label(self.tr("&Date"), self.day, box), self.day)
        self.note = QLineEdit(box)
        self.note.setObjectName("eventNote")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What was agreed or said, in a line"))
        form.addRow(self._label(self.tr("&Note"), self.note, box), self.note)
        adding = QHBoxLayout()
        self.no_clients = QLabel(self.tr("Add a client first (Manage Clients)."), box)
        self.no_clients.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_clients.setVisible(self.client.count() == 0)
        adding.addWidget(self.no_clients)
        adding.addStretch(1)
        self.add_button = add_button(box, adding, self.tr("&Add Event"), "addEvent", self._add)
        self.add_button.setEnabled(self.client.count() > 0)
        form.addRow(adding)
        layout.addWidget(box)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        events = self._journal.events.all()
        self.model.set_rows(events)
        self.empty.setVisible(not events)
        self._update()

    def selected(self) -> EventRecord | None:
        record: EventRecord | None = self.model.record_at(
            next((i.row() for i in self.table.selectionModel().selectedRows()), -1)
        )
        return record

    # -- private -----------------------------------------------------------------------------
    def _label(self, text: str, buddy: Any, parent: Any) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    def _cells(self, event: EventRecord) -> list[str]:
        day = QLocale().toString(QDate(event.day), QLocale.FormatType.ShortFormat)
        return [day, event.client, self._kinds.get(event.kind, event.kind), event.note]

    def _add(self) -> None:
        client, kind, note = self.client.currentData(), self.kind.currentData(), self.note.text()
        day: dt.date = self.day.date().toPython()  # type: ignore[assignment]
        added: list[int] = []
        if run_or_warn(
            self,
            self.tr("Events"),
            lambda: added.append(self._journal.events.add(client, day, kind, note)),
        ):
            self.note.clear()
            self.reload()
            ids = [self.model.record_at(r).id for r in range(self.model.rowCount())]
            self.table.selectRow(ids.index(added[0]))
            self.changed.emit()

    def _remove(self) -> None:
        event = self.selected()
        if event is None or not ask_yes_no(
            self,
            self.tr("Events"),
            self.tr("Remove the event of {0} with {1}?").format(
                self._cells(event)[0], event.client
            ),
        ):
            return
        if run_or_warn(self, self.tr("Events"), lambda: self._journal.events.remove(event.id)):
            self.reload()
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)
