"""Goals: where the person wants to be with a client (or with all), month by month or quarter
by quarter. Added and removed here; Trends shows how each one goes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox

from ...core.goals import GoalRecord, Progress
from ...core.journal import Journal
from ..common.labels import ui_language
from ..common.widgets import combo, select_data
from .records_dialog import RecordsDialog

# (least, most, decimals, step, first value) of each metric's target.
TARGETS = {
    "held_share": (0.0, 100.0, 0, 5.0, 80.0),
    "count": (0.0, 10_000.0, 0, 1.0, 2.0),
    "rating": (1.0, 5.0, 1, 0.5, 4.0),
}


def figure(value: float) -> str:
    """A number as the reader writes it: 80, 4,5 (Russian), 4.5."""
    decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)


class GoalsDialog(RecordsDialog):
    def __init__(self, journal: Journal, parent: Any = None, client_id: int | None = None) -> None:
        self._journal = journal
        self._progress: dict[int, list[Progress]] = {}
        self._kind_names = {k.key: k.name for k in journal.kinds.all(ui_language())}
        super().__init__(
            parent,
            ("goals", "Goal"),
            {
                "title": self.tr("Goals"),
                "intro": self.tr(
                    "Where do you want to be? A goal is measured month by month or quarter by "
                    "quarter; Trends shows how it goes."
                ),
                "empty": self.tr("No goals yet: add one below."),
                "new": self.tr("New goal"),
                "add": self.tr("&Add Goal"),
            },
            [
                self.tr("Goal"),
                self.tr("Target"),
                self.tr("Client"),
                self.tr("Kind"),
                self.tr("Period"),
                self.tr("This period"),
            ],
            stretch=0,
        )
        self.resize(860, 520)
        box = self.new_box
        self.measure = combo(
            box,
            "goalMetric",
            [
                (self.tr("Share of crossings held (%)"), "held_share"),
                (self.tr("Crossings of the agreement (at most)"), "count"),
                (self.tr("Self-respect rating (average)"), "rating"),
            ],
        )
        self.field(self.tr("&Measure"), self.measure)
        self.target = QDoubleSpinBox(box)
        self.target.setObjectName("goalTarget")
        self.field(self.tr("&Target"), self.target)
        self.client = combo(box, "goalClient", [(self.tr("All clients"), None)])
        for c in journal.clients.all(include_archived=False):
            self.client.addItem(c.name, c.id)
        select_data(self.client, client_id)
        self.field(self.tr("C&lient"), self.client)
        self.kind = combo(box, "goalKind", [(self.tr("Any kind"), "")])
        for key, name in self._kind_names.items():
            self.kind.addItem(name, key)
        self.field(self.tr("&Kind"), self.kind)
        self.period = combo(
            box, "goalPeriod", [(self.tr("A month"), "month"), (self.tr("A quarter"), "quarter")]
        )
        self.field(self.tr("&Period"), self.period)
        self.measure.currentIndexChanged.connect(self._on_metric)
        self._on_metric()
        self.finish()

    # -- the records -------------------------------------------------------------------------
    def _records(self) -> Sequence[GoalRecord]:
        goals = self._journal.goals.all()
        self._progress = self._journal.goals.progress_all() if goals else {}
        return goals

    def _cells(self, goal: GoalRecord) -> list[str]:
        metric = self.measure.itemText(max(0, self.measure.findData(goal.metric)))
        target = figure(goal.target) + (" %" if goal.metric == "held_share" else "")
        kind = self._kind_names.get(goal.kind, goal.kind) if goal.kind else self.tr("any")
        period = self.tr("a quarter") if goal.period == "quarter" else self.tr("a month")
        (now,) = self._progress.get(goal.id, [Progress("", None, 0, 0, None)])
        return [metric, target, goal.client or self.tr("all"), kind, period, self._now(goal, now)]

    def _now(self, goal: GoalRecord, now: Progress) -> str:
        if now.current is None:
            return self.tr("nothing to measure yet")
        state = self.tr("met") if now.met else self.tr("not met yet")
        if goal.metric == "held_share":
            return self.tr("{0} % ({1} of {2}), {3}").format(
                figure(now.current), now.done, now.of, state
            )
        return f"{figure(now.current)}, {state}"

    def _on_metric(self) -> None:
        metric = self.measure.currentData()
        least, most, decimals, step, first = TARGETS[metric]
        self.target.setRange(least, most)
        self.target.setDecimals(decimals)
        self.target.setSingleStep(step)
        self.target.setSuffix(" %" if metric == "held_share" else "")
        self.target.setValue(first)
        if metric == "rating":
            self.kind.setCurrentIndex(0)
        self.kind.setEnabled(metric != "rating")  # a rating is about entries, not incidents

    def _add(self) -> None:
        metric, target = self.measure.currentData(), self.target.value()
        client, kind = self.client.currentData(), self.kind.currentData()
        period = self.period.currentData()
        self._added(lambda: self._journal.goals.add(metric, target, client, kind, period))

    def _remove(self) -> None:
        goal = self.selected()
        if goal is not None:
            self._removed(
                self.tr("Remove the goal “{0}”?").format(self._cells(goal)[0]),
                lambda: self._journal.goals.remove(goal.id),
            )
