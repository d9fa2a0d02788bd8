"""The brief before a meeting with the coach (`brief`) on the quick path: core/review/brief's
`BriefSource`, answered from SQL as the services answer it (tests/core/test_reads.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..catalogue import Catalogue
from ..records import EntryFilter, IncidentFilter, IncidentRecord, Ratings
from . import Reads
from .stats import NeedsJournalError


class BriefReads:
    def __init__(self, reads: Reads, book: Catalogue) -> None:
        self._reads = reads
        self._book = book

    def shared(self) -> list[tuple[str, dt.datetime]]:
        return self._reads.shared_reviews()

    def client_id(self, name: str) -> int:
        found = self._reads.client_id(name)
        if found is None:  # the services say there is none, in their words
            raise NeedsJournalError(name)
        return found

    def incidents(self, flt: IncidentFilter, lang: str) -> list[IncidentRecord]:
        return self._reads.find_incidents(flt, self._book, lang)

    def entry_ids(self, flt: EntryFilter) -> list[int]:
        return self._reads.entry_ids(flt)

    def answered(self, entry_ids: Sequence[int]) -> int:
        return self._reads.answer_count(entry_ids)

    def ratings(self, entry_ids: Sequence[int]) -> list[Ratings]:
        found = self._reads.ratings(entry_ids)
        return [found[i] for i in entry_ids]

    def summary_notes(self, review_id: str) -> list[str]:
        return self._reads.summary_notes(review_id)
