"""The journal changed underneath the window (the command line wrote, or a save met an edit
made elsewhere): show it as it is now, never overwriting unsaved edits. A part of
`MainWindow`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from ...core.errors import JournalError
from ..common.core_messages import said


class WindowWatch:
    """Mixed into MainWindow (see there for the members used)."""

    editor: Any
    model: Any

    def _on_conflict(self, _entry_id: int, _copy_id: int, message: str) -> None:
        """The open entry changed elsewhere under unsaved edits, which went into a new entry
        (see EditorController): list it, once the editor is done (it may be mid-load)."""
        self._fresh_entry = None

        def show() -> None:
            self.model.reload()
            self._reselect_open_entry()
            self._refresh_counts()
            self.statusBar().showMessage(message, 30_000)

        QTimer.singleShot(0, self, show)  # (not at all once the window is gone)

    def _on_changed_elsewhere(self) -> None:
        """Something else (the command line) wrote to the journal: show it as it is now,
        the open entry included (its unsaved edits are never overwritten: see the editor)."""
        if self.pages.currentWidget() is not self.splitter:
            return
        try:
            self.editor.check_external()
            self.reflection.refresh_incidents()
            if self.model.refresh_all():
                self._reselect_open_entry()
            self._refresh_counts()
            self.editor.refresh_choices()
        except JournalError as error:  # unreadable just now: the next change tries again
            self.statusBar().showMessage(said(error), 5000)

    def _reselect_open_entry(self) -> None:
        """After the list was read again: its current row is the open entry's. An open entry
        no longer in the list stays open (the person may be writing in it); with none open,
        the first row opens."""
        keep = self.editor.entry_id
        current = self.entry_list.currentIndex()
        shown = self.model.entry_at(current.row()) if current.isValid() else None
        if shown is not None and shown.id == keep:
            return
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None or keep is None:
            self._select_row(row or 0)
