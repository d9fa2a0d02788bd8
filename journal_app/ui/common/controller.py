"""What the window's controllers have in common: they are given the journal, the paths, the
one `Settings`, the widget their dialogs open over and `flush` (save what is typed), make
their own actions (in `_build`, which the constructor calls), and answer the window with
`message` and `journalReplaced`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...core.settings import Settings
from ...paths import AppPaths
from .widgets import make_action

if TYPE_CHECKING:
    from ...core.journal import Journal


class WindowController(QObject):
    message = Signal(str, int)  # for the status bar: the text, and for how many ms
    journalReplaced = Signal()  # the journal changed under the window: show it anew

    def __init__(
        self,
        journal: Journal,
        paths: AppPaths,
        settings: Settings,
        parent: QWidget,
        flush: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._paths = paths
        self._parent = parent  # what its dialogs open over
        self._flush = flush
        self.settings = settings  # the one Settings object of the app
        self._build()

    def _build(self) -> None:
        """A controller's own parts: its actions, dialogs' helpers, watches."""

    def _action(self, text: str, slot: Callable[[], object], name: str, *keys: str) -> QAction:
        return make_action(self._parent, text, slot, name, *keys)
