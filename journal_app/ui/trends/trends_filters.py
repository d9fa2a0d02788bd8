"""The row of filters every Trends view shares: the range (or from–to), the grouping, the
clients and kinds (several at once), the direction. `changed` says when any of them did."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from ...core.trends import TrendFilter
from ..common.labels import direction_short, ui_language
from ..common.widgets import combo
from .multi_picker import MultiPicker

if TYPE_CHECKING:
    from ...core.journal import Journal


class TrendsFilters(QWidget):
    changed = Signal()

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsFilters")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.range = combo(
            self,
            "trendsRange",
            [
                (self.tr("Last 30 days"), 30),
                (self.tr("Last quarter"), 91),
                (self.tr("Last year"), 365),
                (self.tr("All time"), 0),
                (self.tr("Custom…"), -1),
            ],
            self.tr("Date range"),
        )
        self.range.setCurrentIndex(2)
        today = dt.date.today()
        self.date_from = QDateEdit(QDate(today.year, 1, 1), self)
        self.date_from.setObjectName("trendsFrom")
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_to.setObjectName("trendsTo")
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.changed)
        self.period = combo(
            self,
            "trendsPeriod",
            [(self.tr("By week"), "week"), (self.tr("By month"), "month"),
             (self.tr("By quarter"), "quarter")],
            self.tr("Group by"),
        )  # fmt: skip
        self.period.setCurrentIndex(1)
        self.clients = MultiPicker(
            self.tr("All clients"), "trendsClients", self.tr("Clients"), self
        )
        for c in journal.clients.all():
            self.clients.add(c.name, c.id)
        self.kinds = MultiPicker(self.tr("All kinds"), "trendsKinds", self.tr("Kinds"), self)
        for kind in journal.kinds.all(ui_language(), include_archived=True):
            self.kinds.add(kind.name, kind.key)
        self.direction = combo(
            self,
            "trendsDirection",
            [(self.tr("Both directions"), ""), (direction_short("client"), "client"),
             (direction_short("me"), "me")],
            self.tr("Direction"),
        )  # fmt: skip
        for widget in (self.range, self.date_from, self.date_to, self.period):
            bar.addWidget(widget)
        bar.addWidget(self.clients)
        bar.addWidget(self.kinds)
        bar.addWidget(self.direction)
        bar.addStretch(1)
        self.range.currentIndexChanged.connect(self._on_range)
        self.period.currentIndexChanged.connect(self.changed)
        self.direction.currentIndexChanged.connect(self.changed)
        self.clients.chosenChanged.connect(self.changed)
        self.kinds.chosenChanged.connect(self.changed)

    def by(self) -> str:
        return str(self.period.currentData())

    def current_filter(self) -> TrendFilter:
        days = self.range.currentData()
        start: dt.date | None
        if days == -1:  # custom
            start = self.date_from.date().toPython()  # type: ignore[assignment]
            end: dt.date = self.date_to.date().toPython()  # type: ignore[assignment]
            start, end = min(start, end), max(start, end)  # type: ignore[type-var]
        else:
            end = dt.date.today()
            start = end - dt.timedelta(days=days - 1) if days else None
        return TrendFilter(
            date_from=start,
            date_to=end,
            client_ids=tuple(int(c) for c in self.clients.chosen()),
            kinds=tuple(str(k) for k in self.kinds.chosen()),
            direction=self.direction.currentData() or None,
        )

    def _on_range(self) -> None:
        custom = self.range.currentData() == -1
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()
