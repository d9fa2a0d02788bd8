"""The window's commands on entries: new (Ctrl+N), to the Trash and back (with Undo), delete
forever, empty the Trash. A part of `MainWindow`, kept apart to be read on its own: it uses
the window's list, sidebar, search bar and editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from ...core.errors import NotFoundError
from ...core.records import EntryDraft
from ..common.errors import ask_yes_no
from ..entries.sidebar import ALL, TRASH, key_to_filter

UNDO_SECONDS = 10


class EntryCommands:
    """Mixed into MainWindow (see there for the members used)."""

    _journal: Any
    _state: Any
    _fresh_entry: int | None
    _trashed: int | None

    def new_entry(self) -> None:
        if not self.editor.flush():
            return
        kind, ident = self.sidebar.current_key
        clients = (
            tuple(c.name for c in self._journal.clients.all() if c.id == ident)
            if kind == "client"
            else ()
        )
        tags = (
            tuple(t.name for t in self._journal.tags.all() if t.id == ident)
            if kind == "tag"
            else ()
        )
        if kind == "trash":
            self.sidebar.select_key(ALL, emit=False)
        created: list[int] = []
        if not self._guard(
            lambda: created.append(
                self._journal.entries.add(EntryDraft(clients=clients, tags=tags))
            )
        ):
            return
        entry_id = created[0]
        # Remembered at once: if the app dies before anything is written in it, the next
        # start takes the blank entry away (see _restore_state).
        self._state.set("freshEntry", str(entry_id))
        self._state.sync()
        self.search_bar.clear_query()
        self._fresh_entry = None  # the previous fresh entry is handled by _open
        self.apply_filters(keep=entry_id)
        if self.editor.entry_id != entry_id:  # outside the chips' range: show everything
            self.open_entry(entry_id)
        self._fresh_entry = entry_id
        self._refresh_counts()
        self.editor.focus_title()

    def trash_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or self.sidebar.current_key == TRASH or not self.editor.flush():
            return
        entry = self._journal.entries.get(entry_id)
        if not self._take_out_of_view(entry_id, self._journal.entries.trash):
            return
        self._fresh_entry = None
        self._trashed = entry_id
        title = entry.title or entry.body.strip()[:40] or self.tr("Untitled")
        self.statusBar().showMessage(
            self.tr("Moved “{0}” to the Trash.").format(title), UNDO_SECONDS * 1000
        )
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _undo_trash(self) -> None:
        entry_id = self._trashed
        self._forget_undo()
        if entry_id is None:
            return
        if self._guard(lambda: self._journal.entries.restore(entry_id)):
            self.statusBar().showMessage(self.tr("Entry restored."), 3000)
        self._refresh_counts()
        self.apply_filters(keep=entry_id)

    def _forget_undo(self) -> None:
        self._trashed = None
        self.undo_button.hide()

    def restore_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or self.sidebar.current_key != TRASH:
            return
        if self._take_out_of_view(entry_id, self._journal.entries.restore):
            self.statusBar().showMessage(self.tr("Entry restored."), 3000)

    def _purge(self, entry_id: int) -> None:
        answer = ask_yes_no(
            self,
            self.tr("Delete forever"),
            self.tr("Delete this entry forever? This cannot be undone."),
        )
        if answer:
            self._take_out_of_view(entry_id, self._journal.entries.purge)

    def _take_out_of_view(self, entry_id: int, change: Any) -> bool:
        """Apply `change(entry_id)` (trash, restore, purge); on success the entry leaves the
        list and its neighbour opens. On failure nothing moves and a dialog says why."""
        if not self._guard(lambda: change(entry_id)):
            return False
        row = self.model.row_of(entry_id) or 0
        self.editor.load(None)
        self.model.remove_entry(entry_id)
        self._select_row(row)
        self._refresh_counts()
        return True

    def empty_trash(self) -> None:
        count = self._journal.entries.count(key_to_filter(TRASH))
        if count == 0:
            QMessageBox.information(self, self.tr("Empty Trash"), self.tr("The Trash is empty."))
            return
        answer = ask_yes_no(
            self,
            self.tr("Empty Trash"),
            self.tr("Delete %n entries in the Trash forever? This cannot be undone.", "", count),
        )
        if not answer:
            return
        if self.sidebar.current_key == TRASH:
            self.editor.load(None)
        self._guard(self._journal.entries.empty_trash)
        self._forget_undo()
        self._refresh_counts()
        self.apply_filters()

    def _drop_if_empty(self, entry_id: int) -> None:
        self._fresh_entry = None
        self._state.set("freshEntry", "")
        try:
            dropped = self._journal.entries.purge_if_blank(entry_id)
        except NotFoundError:  # gone already (the command line purged it)
            dropped = True
        if dropped:
            self.model.remove_entry(entry_id)
            self._refresh_counts()
