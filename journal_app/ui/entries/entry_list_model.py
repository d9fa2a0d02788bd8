"""The entry list: newest first, loaded a page at a time as the view scrolls.

In search mode the rows are the ranked hits (best first) and carry a snippet each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ...core.errors import NotFoundError
from ...core.records import EntryFilter, EntrySummary

if TYPE_CHECKING:
    from ...core.journal import Journal

Index = QModelIndex | QPersistentModelIndex

EntryRole = Qt.ItemDataRole.UserRole + 1  # the row's EntrySummary
StartsDayRole = Qt.ItemDataRole.UserRole + 2  # first row of its day: draw a day heading above
SnippetRole = Qt.ItemDataRole.UserRole + 3  # search mode: the excerpt with marked matches, else ""

# Custom roles always answer with a value, never None: PySide6 (6.12, on Python 3.11) loses a
# reference to None each time Qt hands an empty QVariant back to Python, and the delegate asks
# on every paint. tests/ui/entries/test_models.py guards this.


class EntryListModel(QAbstractListModel):
    PAGE = 200
    SEARCH_LIMIT = 500

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._query = ""
        self._rows: list[EntrySummary] = []
        self._snippets: dict[int, str] = {}
        self._more = False
        self.sort = "rank"  # or "newest" (the search bar's choice)

    # -- what to show ------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def searching(self) -> bool:
        return bool(self._query.strip())

    def set_filter(self, flt: EntryFilter, query: str = "") -> None:
        self._filter, self._query = flt, query
        self.reload()

    def reload(self) -> None:
        # Read first, reset after: should reading fail, the model keeps its rows and stays
        # usable rather than stopping between beginResetModel and endResetModel.
        rows, snippets, more = self._fetch(self.PAGE)
        self.beginResetModel()
        self._rows, self._snippets, self._more = rows, snippets, more
        self.endResetModel()

    def refresh_all(self) -> bool:
        """The journal changed elsewhere: read again the rows shown (as many as are loaded)
        and tell the view only what differs. True when the rows changed; False, with no
        signal at all, when nothing did. A reset (rows came, went or moved) leaves the view
        without a current row: the window chooses it again."""
        rows, snippets, more = self._fetch(max(self.PAGE, len(self._rows)))
        if (rows, snippets) == (self._rows, self._snippets):
            self._more = more
            return False
        if [e.id for e in rows] == [e.id for e in self._rows]:
            changed = [
                n
                for n, (a, b) in enumerate(zip(rows, self._rows, strict=True))
                if a != b or snippets.get(a.id) != self._snippets.get(a.id)
            ]
            self._rows, self._snippets, self._more = rows, snippets, more
            for n in changed:
                self.dataChanged.emit(self.index(n), self.index(n))
            return True
        self.beginResetModel()
        self._rows, self._snippets, self._more = rows, snippets, more
        self.endResetModel()
        return True

    def _fetch(self, limit: int) -> tuple[list[EntrySummary], dict[int, str], bool]:
        if self.searching:
            hits = self._journal.search.search(
                self._query, self._filter, self.SEARCH_LIMIT, sort=self.sort
            )
            return [hit.entry for hit in hits], {h.entry.id: h.snippet for h in hits}, False
        rows = self._journal.entries.summaries(self._filter, limit)
        return rows, {}, len(rows) == limit

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.heading or self.tr("Untitled")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            when = QLocale().toString(entry.date, QLocale.FormatType.LongFormat)
            clients = ", ".join(ref.name for ref in entry.client_refs)
            parts = [when, entry.time.strftime("%H:%M"), entry.heading or self.tr("Untitled")]
            return " · ".join(parts + ([clients] if clients else []))
        if role == EntryRole:
            return entry
        if role == StartsDayRole:
            row = index.row()
            return not self.searching and (row == 0 or self._rows[row - 1].date != entry.date)
        if role == SnippetRole:
            return self._snippets.get(entry.id, "")
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        after = self._rows[-1].sort_key if self._rows else None
        page = self._journal.entries.summaries(self._filter, self.PAGE, after=after)
        self._more = len(page) == self.PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- helpers for the window --------------------------------------------------------------
    def entry_at(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((n for n, e in enumerate(self._rows) if e.id == entry_id), None)

    def load_until(self, predicate: Any) -> int | None:
        """Fetch pages until a row satisfies `predicate`; its row number, or None."""
        start = 0
        while True:
            for n in range(start, len(self._rows)):
                if predicate(self._rows[n]):
                    return n
            if not self.canFetchMore(QModelIndex()):
                return None
            start = len(self._rows)
            self.fetchMore(QModelIndex())

    def refresh_entry(self, entry_id: int) -> None:
        """An entry changed: update its row in place, or reload if it moved or left the view."""
        row = self.row_of(entry_id)
        if row is None:
            return
        try:
            (fresh,) = self._journal.entries.summaries_by_id([entry_id])
        except (NotFoundError, ValueError):
            self.reload()
            return
        old = self._rows[row]
        if fresh.sort_key == old.sort_key or self.searching:
            self._rows[row] = fresh
            index = self.index(row)
            self.dataChanged.emit(index, index)
        else:
            self.reload()

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._snippets.pop(entry_id, None)
        self.endRemoveRows()
        if row < len(self._rows):  # the next row may now start its day
            index = self.index(row)
            self.dataChanged.emit(index, index, [StartsDayRole])
