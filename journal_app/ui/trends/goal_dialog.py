"""Trends' "Add a goal…": the new goal's fields and Add, nothing else. A goal core refuses
is said in a message box and the dialog stays open with what was chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from ..common.errors import run_or_warn
from ..common.goal_fields import GoalFields

if TYPE_CHECKING:
    from ...core.journal import Journal


class AddGoalDialog(QDialog):
    def __init__(self, journal: Journal, parent: Any = None, client_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addGoalDialog")
        self.setWindowTitle(self.tr("Add a Goal"))
        self._journal = journal
        self.added: int | None = None  # the new goal's id, once added
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A goal is measured month by month or quarter by quarter."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = GoalFields(journal, self, client_id)
        for text, widget in self.fields.rows():
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # the measures' names
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setObjectName("addGoal")
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.measure.setFocus()

    def _add(self) -> None:
        metric, target, client, kind, period = self.fields.values()

        def add() -> None:
            self.added = self._journal.goals.add(metric, target, client, kind, period)

        if run_or_warn(self, self.windowTitle(), add):
            self.accept()
