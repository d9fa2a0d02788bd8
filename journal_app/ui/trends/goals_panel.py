"""The Trends tab of goals and events: each goal's last periods and whether the current one
meets it, and the same length of time before and after an event on a client's timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.goals import GoalRecord, Progress
from ...core.journal import Journal

PERIODS_SHOWN = 6
ROWS = ("incidents", "outside_agreement", "held", "gave_in", "self_respect")


def progress_text(p: Progress) -> str:
    if p.current is None:
        return f"{p.period}: —"
    mark = "✓" if p.met else "✗"
    return f"{p.period}: {p.current:g} {mark}"


class GoalsPanel(QWidget):
    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPanel")
        self._journal = journal
        layout = QVBoxLayout(self)
        goals_box = QGroupBox(self.tr("Goals"), self)
        column = QVBoxLayout(goals_box)
        self.goals = QTableWidget(0, 3, goals_box)
        self.goals.setObjectName("goalsTable")
        self.goals.setHorizontalHeaderLabels(
            [self.tr("Goal"), self.tr("This period"), self.tr("Before")]
        )
        self.goals.horizontalHeader().setStretchLastSection(True)
        self.goals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        column.addWidget(self.goals)
        self.no_goals = QLabel(
            self.tr("No goals yet: add one with `goals add` (see the README)."), goals_box
        )
        column.addWidget(self.no_goals)
        layout.addWidget(goals_box, 1)

        events_box = QGroupBox(self.tr("Before and after"), self)
        column = QVBoxLayout(events_box)
        self.event = QComboBox(events_box)
        self.event.setObjectName("trendsEvent")
        self.event.setAccessibleName(self.tr("Event"))
        self.event.currentIndexChanged.connect(self._show_event)
        column.addWidget(self.event)
        self.compare = QTableWidget(len(ROWS), 2, events_box)
        self.compare.setObjectName("beforeAfter")
        self.compare.setHorizontalHeaderLabels([self.tr("Before"), self.tr("After")])
        self.compare.setVerticalHeaderLabels(
            [
                self.tr("Incidents"),
                self.tr("Outside the agreement"),
                self.tr("Held"),
                self.tr("Gave in"),
                self.tr("Self-respect"),
            ]
        )
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        column.addWidget(self.compare)
        self.span = QLabel(events_box)
        column.addWidget(self.span)
        layout.addWidget(events_box, 1)

    def refresh(self, client_ids: tuple[int, ...] = ()) -> None:
        goals = [
            g
            for g in self._journal.goals.all()
            if not client_ids or g.client is None or self._client_id(g.client) in client_ids
        ]
        self.goals.setRowCount(len(goals))
        progress = self._journal.goals.progress_all(periods=PERIODS_SHOWN) if goals else {}
        for row, goal in enumerate(goals):
            found = progress[goal.id]
            cells = (
                self.goal_title(goal),
                progress_text(found[-1]),
                ", ".join(progress_text(p) for p in found[:-1]),
            )
            for column, text in enumerate(cells):
                self.goals.setItem(row, column, QTableWidgetItem(text))
        self.goals.resizeColumnsToContents()
        self.no_goals.setVisible(not goals)
        chosen = self.event.currentData()
        self.event.blockSignals(True)
        self.event.clear()
        for e in self._journal.events.all(client_ids):
            note = f" — {e.note}" if e.note else ""
            self.event.addItem(f"{e.day.isoformat()} {e.client}: {self._kind(e.kind)}{note}", e.id)
        self.event.setCurrentIndex(max(0, self.event.findData(chosen)))
        self.event.blockSignals(False)
        self._show_event()

    def goal_title(self, goal: GoalRecord) -> str:
        who = goal.client or self.tr("All clients")
        target = f"{goal.target:g}"
        if goal.metric == "held_share":
            what = self.tr("hold at least {0}% outside the agreement").format(target)
        elif goal.metric == "count":
            what = self.tr("at most {0} outside the agreement").format(target)
        else:
            what = self.tr("self-respect {0} or more").format(target)
        per = self.tr("a quarter") if goal.period == "quarter" else self.tr("a month")
        return f"{who}: {what}, {per}"

    def _client_id(self, name: str) -> int:
        found = self._journal.clients.find(name)
        return found.id if found else 0

    def _kind(self, kind: str) -> str:
        return {
            "agreement_sent": self.tr("agreement sent"),
            "talk": self.tr("a talk about boundaries"),
            "coaching": self.tr("coaching session"),
        }.get(kind, self.tr("other"))

    def _show_event(self) -> None:
        event_id = self.event.currentData()
        self.compare.setVisible(event_id is not None)
        if event_id is None:
            self.span.setText(self.tr("No events yet: add one with `events add`."))
            return
        found = self._journal.events.around(int(event_id))
        for column, side in enumerate(("before", "after")):
            for row, key in enumerate(ROWS):
                value = found[side][key]
                self.compare.setItem(
                    row, column, QTableWidgetItem("—" if value is None else f"{value:g}")
                )
        self.span.setText(self.tr("{0} days on each side of the event.").format(found["days"]))
