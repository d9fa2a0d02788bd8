"""The window's way to goals and events: two actions (the window places them in its menus)
that open their dialogs, and `changed` once either was edited, so Trends can show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..common.widgets import make_action

if TYPE_CHECKING:
    from ...core.journal import Journal


class PlansController(QObject):
    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget) -> None:
        super().__init__(parent)
        self._journal = journal
        self._parent = parent
        self.goals_action = make_action(parent, self.tr("&Goals…"), self.open_goals, "goals")
        self.events_action = make_action(parent, self.tr("E&vents…"), self.open_events, "events")

    def actions(self) -> list[QAction]:
        return [self.goals_action, self.events_action]

    def open_goals(self) -> None:
        from .goals_dialog import GoalsDialog  # when first opened: not on the first screen

        dialog = GoalsDialog(self._journal, self._parent)
        dialog.changed.connect(self.changed)
        dialog.exec()

    def open_events(self) -> None:
        from .events_dialog import EventsDialog

        dialog = EventsDialog(self._journal, self._parent)
        dialog.changed.connect(self.changed)
        dialog.exec()
