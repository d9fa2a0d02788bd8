"""Which entries the list shows and which one the editor opens: the sidebar and the search bar
narrow the list, a click or a date picks a row, the editor follows the current row. A part of
`MainWindow`, kept apart to be read on its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox

from ...core.records import EntryFilter
from ...core.search_query import query_words
from ..entries.sidebar import ALL, TRASH


class ListNavigation:
    """Mixed into MainWindow (see there for the members used)."""

    _journal: Any
    _fresh_entry: int | None

    def apply_filters(self, keep: int | None = None) -> None:
        """Show what the sidebar and search bar ask for; keep `keep` (or the open entry)."""
        self.editor.flush()
        keep = keep if keep is not None else self.editor.entry_id
        flt = self.search_bar.apply_to(self.sidebar.current_filter())
        self.model.sort = self.search_bar.sort
        self.model.set_filter(flt, self.search_bar.query)
        self.editor.set_highlight(query_words(self.search_bar.query))
        row = self.model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0)

    def open_entry(self, entry_id: int) -> None:
        """Show an entry wherever it is: widen the filters if it is not in the list."""
        row = self.model.row_of(entry_id)
        if row is None:
            self.search_bar.clear_filters()
            trashed = self._journal.entries.get(entry_id).deleted_at is not None
            self.sidebar.select_key(TRASH if trashed else ALL, emit=False)
            self.model.set_filter(self.sidebar.current_filter())
            row = self.model.load_until(lambda e: e.id == entry_id)
        if row is not None:
            self._select_row(row)

    def jump_to_date(self, day: dt.date) -> None:
        if self.model.searching:
            self.search_bar.clear_query()
            self.apply_filters()
        row = self.model.load_until(lambda e: e.date <= day)
        if row is not None:
            self._select_row(row)
            self.entry_list.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.entry_list.selectionModel().clear()
            self._open(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row)
        self.entry_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.entry_list.scrollTo(index)
        entry = self.model.entry_at(row)
        if entry is not None and entry.id != self.editor.entry_id:
            self._open(entry.id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is not None and entry.id != self.editor.entry_id:
            self._open(entry.id)

    def _open(self, entry_id: int | None) -> bool:
        leaving = self.editor.entry_id
        if not self.editor.load(entry_id):
            # The entry being left could not be saved: stay on it, edits and all.
            row = self.model.row_of(leaving) if leaving is not None else None
            if row is not None:
                self.entry_list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            QMessageBox.warning(
                self,
                self.tr("Boundary Journal"),
                self.tr("This entry could not be saved, so it stays open. {0}").format(
                    self.save_status.text()
                ),
            )
            return False
        if leaving is not None and leaving == self._fresh_entry and leaving != entry_id:
            self._drop_if_empty(leaving)
        self._update_actions()
        return True

    # -- keeping the list in step ------------------------------------------------------------
    def _on_saved(self, entry_id: int, links_changed: bool) -> None:
        self.model.refresh_entry(entry_id)
        row = self.model.row_of(entry_id)
        if row is not None and self.entry_list.currentIndex().row() != row:
            self.entry_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.calendar_panel.refresh()
        if links_changed:
            self.sidebar.reload()
            self.editor.refresh_choices()

    def _on_clients_changed(self) -> None:
        self.sidebar.reload()
        self.editor.refresh_choices()
        keep = self.editor.entry_id
        self.editor.load(keep)  # a renamed client shows in the open entry at once
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0)

    def _on_incidents_changed(self, entry_id: int) -> None:
        """An incident was logged, changed or removed in `entry_id` (perhaps a new entry)."""
        keep = self.editor.entry_id
        if self.model.row_of(entry_id) is not None:
            self.model.refresh_entry(entry_id)
        else:
            self.model.reload()
            row = self.model.row_of(keep) if keep is not None else None
            self._select_row(row if row is not None else 0)
        self._refresh_counts()
        self.editor.refresh_choices()

    def reload_everything(self) -> None:
        """The journal changed under the window (an import, a restore): show it as it is."""
        self._fresh_entry = None
        self.editor.load(None)
        self.sidebar.reload()
        self.editor.refresh_choices()
        self.apply_filters()
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        self.sidebar.reload()
        self.calendar_panel.refresh()

    def _update_empty_state(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        if self.model.searching or self.search_bar.has_filters():
            text = self.tr("No entries match. Try fewer words or remove a filter.")
        elif self.sidebar.current_key == TRASH:
            text = self.tr("The Trash is empty.")
        else:
            text = self.tr("No entries yet.\n\nPress Ctrl+N to write your first reflection.")
        self.list_empty.setText(text)
        self.list_empty.setVisible(empty)
        self.entry_list.setVisible(not empty)

    def _update_actions(self) -> None:
        in_trash = self.sidebar.current_key == TRASH
        has_entry = self.editor.entry_id is not None
        self.trash_action.setEnabled(has_entry and not in_trash)
        self.restore_action.setEnabled(has_entry and in_trash)

    # -- what the transfer controller asks of the list ---------------------------------------
    def _selected_ids(self) -> tuple[int, ...]:
        rows = sorted(i.row() for i in self.entry_list.selectionModel().selectedIndexes())
        return tuple(e.id for e in (self.model.entry_at(r) for r in rows) if e is not None)

    def _view(self) -> tuple[EntryFilter, str] | None:
        """The list's filter and query when it shows part of the journal (a search, a filter
        chip or a sidebar choice); None when it shows all of it."""
        narrowed = (
            self.model.searching or self.search_bar.has_filters() or self.sidebar.current_key != ALL
        )
        return (self.model.entry_filter, self.model.query) if narrowed else None

    def _list_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.transfer.list_actions())
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.exec(self.entry_list.viewport().mapToGlobal(at))
