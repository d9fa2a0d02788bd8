"""What is behind a clicked bar, point or cell: the incidents (or the rated entries) as a
list under the chart, hidden until something is clicked. Activating a row asks for its entry
(`entryRequested`): the journal's window opens it, and so does a coach's review window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import EntryFilter, IncidentFilter, IncidentRecord, Ratings
from ...core.trends import TrendFilter
from ..common.labels import response_label, ui_language

if TYPE_CHECKING:
    from ...core.journal import Journal

EntryRole = Qt.ItemDataRole.UserRole + 1


class DrillDown(QWidget):
    entryRequested = Signal(int)
    shown = Signal(bool)  # the list appeared (a click) or went (new filters, or closed)

    def __init__(
        self, journal: Journal, current_filter: Callable[[], TrendFilter], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trendsDrillDown")
        self._journal = journal
        self._filter = current_filter
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("trendsBehindTitle")
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("trendsBehindClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide the list"))
        self.close_button.setAccessibleName(self.tr("Hide the list"))
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("trendsBehind")
        self.list.setAccessibleName(self.tr("Incidents behind the selection"))
        self.list.itemActivated.connect(self._on_open)
        column.addWidget(self.list, 1)
        self.setVisible(False)

    def clear(self) -> None:
        self.list.clear()
        self.setVisible(False)
        self.shown.emit(False)

    def incidents(
        self,
        keep: Callable[[IncidentRecord], bool],
        start: dt.date | None,
        end: dt.date | None,
        title: str,
    ) -> None:
        """The incidents of the filters between `start` and `end` that `keep` keeps."""
        flt = self._filter()
        found = [
            i
            for i in self._journal.incidents.find(
                IncidentFilter(client_ids=flt.client_ids, date_from=start, date_to=end),
                ui_language(),
            )
            if keep(i)
            and (not flt.direction or i.direction == flt.direction)
            and (not flt.kinds or i.kind.key in flt.kinds)
        ]
        self.list.clear()
        self.title.setText(
            self.tr("{0}: incidents: %n. Double-click to open the entry.", "", len(found)).format(
                title
            )
        )
        for i in found:
            text = (
                f"{i.occurred_at:%Y-%m-%d %H:%M}  ·  {i.client.name}  ·  {i.kind.name}  ·  "
                f"{response_label(i.response)}" + (f"  —  {i.note}" if i.note else "")
            )
            item = QListWidgetItem(text, self.list)
            item.setData(EntryRole, i.entry_id)
        self._reveal()

    def rated(self, start: dt.date, end: dt.date, title: str) -> None:
        """The rated entries of the clients chosen between `start` and `end`."""
        flt = self._filter()
        entries = self._journal.entries
        summaries = entries.summaries(
            EntryFilter(client_ids=flt.client_ids, date_from=start, date_to=end), limit=1000
        )
        rated = [e for e in (entries.get(s.id) for s in summaries) if e.ratings != Ratings()]
        self.list.clear()
        self.title.setText(
            self.tr("{0}: rated entries: %n. Double-click to open one.", "", len(rated)).format(
                title
            )
        )
        for e in rated:
            r = e.ratings
            marks = " / ".join("–" if v is None else str(v) for v in (
                r.respect_client, r.self_respect, r.partnership))  # fmt: skip
            item = QListWidgetItem(f"{e.date:%Y-%m-%d}  ·  {e.title or e.body[:60]}  ·  {marks}")
            item.setData(EntryRole, e.id)
            self.list.addItem(item)
        self._reveal()

    def _reveal(self) -> None:
        self.setVisible(True)
        self.shown.emit(True)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _on_open(self, item: QListWidgetItem) -> None:
        self.entryRequested.emit(int(item.data(EntryRole)))
