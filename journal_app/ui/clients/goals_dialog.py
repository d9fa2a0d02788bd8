"""Goals: where the person wants to be with a client (or with all), month by month or quarter
by quarter. Added and removed here; Trends shows how each one goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ...core.goals import GoalRecord, Progress
from ...core.journal import Journal
from ..common.errors import ask_yes_no, run_or_warn
from ..common.labels import ui_language
from ..common.widgets import add_button, combo, select_data
from .record_table import RecordTableModel

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


class GoalsDialog(QDialog):
    changed = Signal()

    def __init__(self, journal: Journal, parent: Any = None, client_id: int | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("goalsDialog")
        self.setWindowTitle(self.tr("Goals"))
        self.resize(860, 520)
        lang = ui_language()
        self._kind_names = {k.key: k.name for k in journal.kinds.all(lang)}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Where do you want to be? A goal is measured month by month or quarter by "
                "quarter; Trends shows how it goes."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RecordTableModel(
            [
                self.tr("Goal"),
                self.tr("Target"),
                self.tr("Client"),
                self.tr("Kind"),
                self.tr("Period"),
                self.tr("This period"),
            ],
            self._cells,
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("goalsList")
        self.table.setAccessibleName(self.tr("Goals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No goals yet: add one below."), self)
        self.empty.setObjectName("noGoals")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.remove_button = add_button(self, row, self.tr("&Remove"), "removeGoal", self._remove)
        row.addStretch(1)
        layout.addLayout(row)

        box = QGroupBox(self.tr("New goal"), self)
        form = QFormLayout(box)
        self.measure = combo(
            box,
            "goalMetric",
            [
                (self.tr("Share of crossings held (%)"), "held_share"),
                (self.tr("Crossings of the agreement (at most)"), "count"),
                (self.tr("Self-respect rating (average)"), "rating"),
            ],
        )
        form.addRow(self._label(self.tr("&Measure"), self.measure, box), self.measure)
        self.target = QDoubleSpinBox(box)
        self.target.setObjectName("goalTarget")
        form.addRow(self._label(self.tr("&Target"), self.target, box), self.target)
        self.client = combo(box, "goalClient", [(self.tr("All clients"), None)])
        for c in journal.clients.all(include_archived=False):
            self.client.addItem(c.name, c.id)
        select_data(self.client, client_id)
        form.addRow(self._label(self.tr("C&lient"), self.client, box), self.client)
        self.kind = combo(box, "goalKind", [(self.tr("Any kind"), "")])
        for key, name in self._kind_names.items():
            self.kind.addItem(name, key)
        form.addRow(self._label(self.tr("&Kind"), self.kind, box), self.kind)
        self.period = combo(
            box, "goalPeriod", [(self.tr("A month"), "month"), (self.tr("A quarter"), "quarter")]
        )
        form.addRow(self._label(self.tr("&Period"), self.period, box), self.period)
        adding = QHBoxLayout()
        adding.addStretch(1)
        self.add_button = add_button(box, adding, self.tr("&Add Goal"), "addGoal", self._add)
        form.addRow(adding)
        layout.addWidget(box)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.measure.currentIndexChanged.connect(self._on_metric)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._on_metric()
        self.reload()

    def reload(self) -> None:
        goals = self._journal.goals.all()
        self._progress = self._journal.goals.progress_all() if goals else {}
        self.model.set_rows(goals)
        self.empty.setVisible(not goals)
        self._update()

    def selected(self) -> GoalRecord | None:
        record: GoalRecord | None = self.model.record_at(
            next((i.row() for i in self.table.selectionModel().selectedRows()), -1)
        )
        return record

    # -- private -----------------------------------------------------------------------------
    def _label(self, text: str, buddy: Any, parent: Any) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    def _cells(self, goal: GoalRecord) -> list[str]:
        metric = self.measure.itemText(max(0, self.measure.findData(goal.metric)))
        target = figure(goal.target) + (" %" if goal.metric == "held_share" else "")
        kind = self._kind_names.get(goal.kind, goal.kind) if goal.kind else self.tr("any")
        period = self.tr("a quarter") if goal.period == "quarter" else self.tr("a month")
        (now,) = self._progress.get(goal.id, [Progress("", None, 0, 0, None)])
        return [
            metric,
            target,
            goal.client or self.tr("all"),
            kind,
            period,
            self._now(goal, now),
        ]

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
        least, most, decimals, step, first = TARGETS[self.measure.currentData()]
        self.target.setRange(least, most)
        self.target.setDecimals(decimals)
        self.target.setSingleStep(step)
        self.target.setSuffix(" %" if self.measure.currentData() == "held_share" else "")
        self.target.setValue(first)
        rating = self.measure.currentData() == "rating"
        if rating:
            self.kind.setCurrentIndex(0)
        self.kind.setEnabled(not rating)  # a rating is about entries, not incidents

    def _add(self) -> None:
        metric, target = self.measure.currentData(), self.target.value()
        client, kind, period = (
            self.client.currentData(),
            self.kind.currentData(),
            self.period.currentData(),
        )
        added: list[int] = []
        if run_or_warn(
            self,
            self.tr("Goals"),
            lambda: added.append(self._journal.goals.add(metric, target, client, kind, period)),
        ):
            self.reload()
            rows = [self.model.record_at(r).id for r in range(self.model.rowCount())]
            self.table.selectRow(rows.index(added[0]))
            self.changed.emit()

    def _remove(self) -> None:
        goal = self.selected()
        if goal is None or not ask_yes_no(
            self, self.tr("Goals"), self.tr("Remove the goal “{0}”?").format(self._cells(goal)[0])
        ):
            return
        if run_or_warn(self, self.tr("Goals"), lambda: self._journal.goals.remove(goal.id)):
            self.reload()
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)
