"""Events on a client's timeline: the day an agreement was sent, a talk about boundaries, a
coaching session. Trends compares the same length of time before and after one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

from ..common.widgets import combo, select_data
from .records_dialog import RecordsDialog

if TYPE_CHECKING:
    from ...core.events import EventRecord
    from ...core.journal import Journal


class EventsDialog(RecordsDialog):
    def __init__(self, journal: Journal, parent: Any = None, client_id: int | None = None) -> None:
        from ...core.events import MAX_NOTE

        self._journal = journal
        self._kinds = {
            "agreement_sent": self.tr("Agreement sent"),
            "talk": self.tr("Talk about boundaries"),
            "coaching": self.tr("Coaching session"),
            "other": self.tr("Other"),
        }
        super().__init__(
            parent,
            ("events", "Event"),
            {
                "title": self.tr("Events"),
                "intro": self.tr(
                    "Mark the days that could change things with a client; Trends compares the "
                    "time before and after each one."
                ),
                "empty": self.tr("No events yet: add one below."),
                "new": self.tr("New event"),
                "add": self.tr("&Add Event"),
            },
            [self.tr("Date"), self.tr("Client"), self.tr("Event"), self.tr("Note")],
            stretch=3,
        )
        self.resize(720, 500)
        box = self.new_box
        self.client = combo(box, "eventClient", [])
        for c in journal.clients.all(include_archived=False):
            self.client.addItem(c.name, c.id)
        select_data(self.client, client_id)
        self.field(self.tr("C&lient"), self.client)
        self.kind = combo(box, "eventKind", [(text, key) for key, text in self._kinds.items()])
        self.field(self.tr("&Event"), self.kind)
        self.day = QDateEdit(QDate.currentDate(), box)
        self.day.setObjectName("eventDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.field(self.tr("&Date"), self.day)
        self.note = QLineEdit(box)
        self.note.setObjectName("eventNote")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What was agreed or said, in a line"))
        self.field(self.tr("&Note"), self.note)
        self.no_clients = QLabel(self.tr("Add a client first (Manage Clients)."), box)
        self.no_clients.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_clients.setVisible(self.client.count() == 0)
        self.add_row.insertWidget(0, self.no_clients)
        self.add_button.setEnabled(self.client.count() > 0)
        self.finish()

    # -- the records -------------------------------------------------------------------------
    def _records(self) -> Sequence[EventRecord]:
        return self._journal.events.all()

    def _cells(self, event: EventRecord) -> list[str]:
        day = QLocale().toString(QDate(event.day), QLocale.FormatType.ShortFormat)
        return [day, event.client, self._kinds.get(event.kind, event.kind), event.note]

    def _add(self) -> None:
        client, kind, note = self.client.currentData(), self.kind.currentData(), self.note.text()
        day: dt.date = self.day.date().toPython()  # type: ignore[assignment]
        if self._added(lambda: self._journal.events.add(client, day, kind, note)):
            self.note.clear()

    def _remove(self) -> None:
        event = self.selected()
        if event is not None:
            self._removed(
                self.tr("Remove the event of {0} with {1}?").format(
                    self._cells(event)[0], event.client
                ),
                lambda: self._journal.events.remove(event.id),
            )
