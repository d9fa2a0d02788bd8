"""The window's journal until its first page is on the screen (issue #22).

Importing SQLAlchemy and SQLModel and building the models takes most of the window's start.
A journal the quick path can open (core/reads/base.py: plain, at the head revision, writable,
whole) is given to the window as a `DeferredJournal`: the reads of its first page — the
sidebar, the calendar, the newest entries, the first entry with its incidents and the
coach's notes — are answered from `Reads`, which answers as the services do
(tests/core/test_reads.py). Anything else — a write, any other read, an attribute of the
journal — opens the real `Journal` first (`journal()`), and from then on every call goes to
it; the window opens it just after its first paint. A row the quick path cannot read goes to
the real journal too, which reports it as it always does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import catalogue
from ..records import EntryFilter, EntryRecord, EntrySummary, IncidentRecord
from .base import UnreadableError, sqlite

if TYPE_CHECKING:
    from ...paths import AppPaths
    from ..journal import Journal
    from ..said import Said
    from . import Reads


class DeferredService:
    """One of the journal's services (`journal.entries`…): the methods in `quick` answered
    from Reads while the real journal is not open; everything else from the real one."""

    def __init__(
        self,
        owner: DeferredJournal,
        name: str,
        quick: dict[str, Callable[..., Any]],
        values: dict[str, Any] | None = None,
    ) -> None:
        self._owner = owner
        self._name = name
        self._quick = quick
        self._values = values or {}

    def __getattr__(self, attr: str) -> Any:
        owner = self._owner
        if owner.opened is None:
            if attr in self._values:
                return self._values[attr]
            if attr in self._quick:
                return self._answer(attr)
        return getattr(getattr(owner.journal(), self._name), attr)

    def _answer(self, attr: str) -> Callable[..., Any]:
        quick = self._quick[attr]

        def answer(*args: Any, **kwargs: Any) -> Any:
            if self._owner.opened is None:
                try:
                    return quick(*args, **kwargs)
                except (UnreadableError, _DeclinedError, sqlite.Error):
                    pass  # a damaged row, a busy file…: the real journal says it, its way
            return getattr(getattr(self._owner.journal(), self._name), attr)(*args, **kwargs)

        return answer


class _DeclinedError(Exception):
    """The quick path cannot answer this call alike: the real journal does."""


class DeferredJournal:
    def __init__(self, paths: AppPaths, reads: Reads, opener: Callable[[], Journal]) -> None:
        self.paths = paths
        self._reads: Reads | None = reads
        self._opener = opener
        self.opened: Journal | None = None
        # Someone (the command line) wrote between the first page and the real journal:
        # the window shows it as it shows any change made elsewhere.
        self.changed_meanwhile = False
        self._version = reads.data_version()
        book = catalogue.load()

        def incidents(entry_id: int, lang: str = "en") -> list[IncidentRecord]:
            return reads.incidents(entry_id, book, lang)

        def summaries(
            flt: EntryFilter | None = None, limit: int = 200, after: Any = None
        ) -> list[EntrySummary]:
            if after is not None:
                raise _DeclinedError
            return reads.summaries(flt, limit)

        def get(entry_id: int) -> EntryRecord:
            found = reads.get([entry_id]).get(entry_id)
            if found is None:  # the service says there is none, in its words
                raise _DeclinedError
            return found

        entries: dict[str, Callable[..., Any]] = {
            "count": reads.count,
            "summaries": summaries,
            "get": get,
            "dates_with_entries": reads.dates_with_entries,
            "on_this_day": reads.on_this_day,
        }
        self.entries = DeferredService(self, "entries", entries)
        self.clients = DeferredService(
            self, "clients", {"all": reads.clients, "names": reads.client_names}
        )
        self.tags = DeferredService(self, "tags", {"all": reads.tags, "names": reads.tag_names})
        self.incidents = DeferredService(self, "incidents", {"for_entry": incidents})
        self.questions = DeferredService(self, "questions", {}, {"catalogue": book})
        self.reviews = DeferredService(
            self,
            "reviews",
            {
                "noted_entry_ids": reads.noted_entry_ids,
                "reviews": reads.reviews,
                "for_targets": reads.notes,
            },
        )

    @property
    def encrypted(self) -> bool:
        """Reads opens only a plain journal (it may be encrypted later, once opened)."""
        return False if self.opened is None else self.opened.encrypted

    @property
    def read_only(self) -> Said | None:
        """Reads opens only a journal that can be written."""
        return None if self.opened is None else self.opened.read_only

    def journal(self) -> Journal:
        """The real journal, opened the first time it is needed (a JournalError if it
        cannot be: nothing is changed then, and the next call tries again)."""
        if self.opened is None:
            self.opened = self._opener()
            if self._reads is not None:
                self.changed_meanwhile = self._reads.data_version() != self._version
                self._reads.close()
                self._reads = None
        return self.opened

    def __getattr__(self, name: str) -> Any:
        return getattr(self.journal(), name)

    def close(self) -> None:
        if self._reads is not None:
            self._reads.close()
            self._reads = None
        if self.opened is not None:
            self.opened.close()
