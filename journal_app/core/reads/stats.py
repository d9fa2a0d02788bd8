"""`stats` on the quick path: core.trends' own service and queries, run on the quick path's
plain connection instead of an engine (TrendService sends every query through `_run`)."""

from __future__ import annotations

from typing import Any

from ..catalogue import Catalogue
from ..trends import TrendFilter, Trends, TrendService
from .base import Base


class NeedsJournalError(Exception):
    """Something only the services compute here (goals' progress): ask Journal instead."""


class _Trends(TrendService):
    def __init__(self, reads: Base, book: Catalogue) -> None:
        super().__init__(None, book)
        self._reads = reads

    def _run(self, sql: str, values: dict[str, Any]) -> list[Any]:
        return self._reads._rows(sql, values)

    def _goals(self, lang: str) -> list[str]:
        """Goals' lines come from core.goals, which reads through SQLModel: a journal with
        goals is left to the ordinary path."""
        if self._reads._rows("SELECT 1 FROM goal LIMIT 1"):
            raise NeedsJournalError("goals")
        return []


class StatsReads(Base):
    def kind_exists(self, key: str) -> bool:
        """KindService.get(key) finds it (else it says there is none)."""
        with self._reading():
            return bool(self._rows("SELECT 1 FROM incident_kind WHERE key = ?", (key.strip(),)))

    def trends(self, flt: TrendFilter, by: str, book: Catalogue, lang: str = "en") -> Trends:
        """TrendService.compute; NeedsJournalError for a journal with goals."""
        with self._reading():
            return _Trends(self, book).compute(flt, by, lang)
