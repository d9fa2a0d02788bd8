"""Goals: where the person wants to be with a client (or with all), month by month or quarter
by quarter. Added and removed here; Trends shows how each one goes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from ...core.goals import GoalRecord, Progress
from ..common.goal_fields import GoalFields
from ..common.labels import ui_language
from .records_dialog import RecordsDialog

if TYPE_CHECKING:
    from ...core.journal import Journal


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
        f = self.fields = GoalFields(journal, self.new_box, client_id)
        self.measure, self.target = f.measure, f.target
        self.client, self.kind, self.period = f.client, f.kind, f.period
        for text, widget in f.rows():
            self.field(text, widget)
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
            return self.tr("{0}% ({1} of {2}), {3}").format(
                figure(now.current), now.done, now.of, state
            )
        return f"{figure(now.current)}, {state}"

    def _add(self) -> None:
        metric, target, client, kind, period = self.fields.values()
        self._added(lambda: self._journal.goals.add(metric, target, client, kind, period))

    def _remove(self) -> None:
        goal = self.selected()
        if goal is not None:
            self._removed(
                self.tr("Remove the goal “{0}”?").format(self._cells(goal)[0]),
                lambda: self._journal.goals.remove(goal.id),
            )
