"""What the window remembers between runs: its geometry, the splitters, which panels show,
the sidebar's choice and the open entry (in `UiState`). A part of `MainWindow`."""

from __future__ import annotations

import contextlib
from typing import Any

from ...core.errors import JournalError
from ..entries.sidebar import Key


class WindowState:
    """Mixed into MainWindow (see there for the members used)."""

    _state: Any

    def _restore_state(self) -> None:
        s = self._state
        fresh = str(s.value("freshEntry", ""))
        if fresh.isdigit():  # made by Ctrl+N in a session that ended abruptly
            with contextlib.suppress(JournalError):
                if self._journal.entries.purge_if_blank(int(fresh)):
                    self._refresh_counts()
            s.set("freshEntry", "")
        for key, apply in (
            ("geometry", self.restoreGeometry),
            ("windowState", self.restoreState),
            ("mainSplitter", self.splitter.restoreState),
            ("leftSplitter", self.left.restoreState),
        ):
            value = s.bytes(key)
            if value is not None:
                apply(value)
        self.calendar_action.setChecked(s.value("calendarVisible", "true") != "false")
        self.calendar_panel.setVisible(self.calendar_action.isChecked())
        self.questions_panel_action.setChecked(s.value("questionsVisible", "true") != "false")
        self.questions_panel.setVisible(self.questions_panel_action.isChecked())
        self.middle.show()  # the list always: only the sidebar ever steps aside
        self._sidebar_wanted = s.value("sidebarVisible", "true") != "false"
        self.left.setVisible(self._sidebar_wanted)
        self.sidebar_action.setChecked(self._sidebar_wanted)
        kind, ident = s.value("sidebarKind", "all"), s.value("sidebarId", "")
        key: Key = (str(kind), int(ident) if str(ident).isdigit() else None)
        self.sidebar.select_key(key, emit=False)
        last = s.value("entryId", "")
        self.model.set_filter(self.sidebar.current_filter())
        row = None
        if str(last).isdigit():
            row = self.model.row_of(int(last))
        self._select_row(row or 0)
        self._update_empty_state()

    def _save_state(self) -> None:
        s = self._state
        s.set("geometry", self.saveGeometry())
        s.set("windowState", self.saveState())
        s.set("mainSplitter", self.splitter.saveState())
        s.set("leftSplitter", self.left.saveState())
        s.set("calendarVisible", "true" if self.calendar_action.isChecked() else "false")
        shown = self.questions_panel_action.isChecked()
        s.set("questionsVisible", "true" if shown else "false")
        s.set("sidebarVisible", "true" if self._sidebar_wanted else "false")
        kind, ident = self.sidebar.current_key
        s.set("sidebarKind", kind)
        s.set("sidebarId", "" if ident is None else str(ident))
        s.set("entryId", "" if self.editor.entry_id is None else str(self.editor.entry_id))
        s.sync()
