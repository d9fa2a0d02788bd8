"""A new goal's fields: what is measured, the target, the client and kind (both optional) and
the period. The goals dialog (Incidents → Goals…) and Trends' "Add a goal…" both ask them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

from .labels import ui_language
from .widgets import combo, select_data

if TYPE_CHECKING:
    from ...core.journal import Journal

# (least, most, decimals, step, first value) of each metric's target.
TARGETS = {
    "held_share": (0.0, 100.0, 0, 5.0, 80.0),
    "count": (0.0, 10_000.0, 0, 1.0, 2.0),
    "rating": (1.0, 5.0, 1, 0.5, 4.0),
}


class GoalFields:
    """The widgets (children of `parent`) and their labels; `rows()` for a form layout."""

    def __init__(self, journal: Journal, parent: QWidget, client_id: int | None = None) -> None:
        self.measure: QComboBox = combo(
            parent,
            "goalMetric",
            [
                (
                    QCoreApplication.translate("GoalFields", "Share of crossings held (%)"),
                    "held_share",
                ),
                (
                    QCoreApplication.translate(
                        "GoalFields", "Crossings of the agreement (at most)"
                    ),
                    "count",
                ),
                (
                    QCoreApplication.translate("GoalFields", "Self-respect rating (average)"),
                    "rating",
                ),
            ],
        )
        self.target = QDoubleSpinBox(parent)
        self.target.setObjectName("goalTarget")
        self.client = combo(
            parent, "goalClient", [(QCoreApplication.translate("GoalFields", "All clients"), None)]
        )
        for c in journal.clients.all(include_archived=False):
            self.client.addItem(c.name, c.id)
        select_data(self.client, client_id)
        self.kind = combo(
            parent, "goalKind", [(QCoreApplication.translate("GoalFields", "Any kind"), "")]
        )
        for k in journal.kinds.all(ui_language()):
            self.kind.addItem(k.name, k.key)
        self.period = combo(
            parent,
            "goalPeriod",
            [
                (QCoreApplication.translate("GoalFields", "A month"), "month"),
                (QCoreApplication.translate("GoalFields", "A quarter"), "quarter"),
            ],
        )
        self.measure.currentIndexChanged.connect(self._on_metric)
        self._on_metric()

    def rows(self) -> list[tuple[str, QWidget]]:
        return [
            (QCoreApplication.translate("GoalFields", "&Measure"), self.measure),
            (QCoreApplication.translate("GoalFields", "&Target"), self.target),
            (QCoreApplication.translate("GoalFields", "C&lient"), self.client),
            (QCoreApplication.translate("GoalFields", "&Kind"), self.kind),
            (QCoreApplication.translate("GoalFields", "&Period"), self.period),
        ]

    def values(self) -> tuple[str, float, int | None, str, str]:
        """(metric, target, client id or None, kind key or "", period), as goals.add takes."""
        return (
            self.measure.currentData(),
            self.target.value(),
            self.client.currentData(),
            self.kind.currentData(),
            self.period.currentData(),
        )

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
