"""The Trends tab of goals and events: each goal's last periods and whether the current one
meets it (goals added and removed here too), and the same length of time before and after
an event on a client's timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.goals import GoalRecord, Progress
from ..common.errors import ask_yes_no, run_or_warn
from ..common.labels import ui_language
from ..common.widgets import add_button
from .goal_dialog import AddGoalDialog

if TYPE_CHECKING:
    from ...core.journal import Journal

PERIODS_SHOWN = 6
ROWS = ("incidents", "outside_agreement", "held", "gave_in", "self_respect")


def progress_text(p: Progress) -> str:
    if p.current is None:
        return f"{p.period}: —"
    mark = "✓" if p.met else "✗"
    return f"{p.period}: {p.current:g} {mark}"


class GoalsPanel(QWidget):
    goalsChanged = Signal()  # a goal was added or removed here

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPanel")
        self._journal = journal
        self._client_ids: tuple[int, ...] = ()
        self._shown: list[GoalRecord] = []
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
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.goals)
        self.no_goals = QLabel(
            self.tr("No goals yet: “Add a goal…” says where you want to be with a client."),
            goals_box,
        )
        self.no_goals.setWordWrap(True)
        column.addWidget(self.no_goals)
        row = QHBoxLayout()
        self.add_goal = add_button(goals_box, row, self.tr("Add a &goal…"), "addGoal", self._add)
        self.remove_goal = add_button(
            goals_box, row, self.tr("Remo&ve goal"), "removeGoal", self._remove
        )
        row.addStretch(1)
        column.addLayout(row)
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
        self._client_ids = client_ids
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
        self._shown = goals
        self.no_goals.setVisible(not goals)
        self._update_buttons()
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
        if goal.kind:
            names = {k.key: k.name for k in self._journal.kinds.all(ui_language())}
            what += f" ({names.get(goal.kind, goal.kind)})"
        per = self.tr("a quarter") if goal.period == "quarter" else self.tr("a month")
        return f"{who}: {what}, {per}"

    def selected_goal(self) -> GoalRecord | None:
        rows = self.goals.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows and rows[0].row() < len(self._shown) else None

    def _update_buttons(self) -> None:
        self.remove_goal.setEnabled(self.selected_goal() is not None)

    def _add(self) -> None:
        one = self._client_ids[0] if len(self._client_ids) == 1 else None
        dialog = AddGoalDialog(self._journal, self, one)
        if dialog.exec() and dialog.added is not None:
            self.refresh(self._client_ids)
            self.goalsChanged.emit()  # Trends reads its observations (a goal's line) again
            ids = [g.id for g in self._shown]
            if dialog.added in ids:
                self.goals.selectRow(ids.index(dialog.added))

    def _remove(self) -> None:
        goal = self.selected_goal()
        title = self.tr("Remove goal")
        question = self.tr("Remove the goal “{0}”?").format(self.goal_title(goal)) if goal else ""
        if goal is None or not ask_yes_no(self, title, question):
            return
        if run_or_warn(self, title, lambda: self._journal.goals.remove(goal.id)):
            self.refresh(self._client_ids)
            self.goalsChanged.emit()

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
            self.span.setText(self.tr("No events yet: add them in Incidents → Events…"))
            return
        found = self._journal.events.around(int(event_id))
        for column, side in enumerate(("before", "after")):
            for row, key in enumerate(ROWS):
                value = found[side][key]
                self.compare.setItem(
                    row, column, QTableWidgetItem("—" if value is None else f"{value:g}")
                )
        self.span.setText(self.tr("{0} days on each side of the event.").format(found["days"]))
