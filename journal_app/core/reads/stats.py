"""`stats` on the quick path: core.trends' own service and queries, run on the quick path's
plain connection instead of an engine (TrendService sends every query through `_run`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Base

if TYPE_CHECKING:
    from ..catalogue import Catalogue
    from ..trends import TrendFilter, Trends


class NeedsJournalError(Exception):
    """Something only the services answer alike (a name that is no client's, in their
    words): ask Journal instead."""


class StatsReads(Base):
    def kind_exists(self, key: str) -> bool:
        """KindService.get(key) finds it (else it says there is none)."""
        with self._reading():
            return bool(self._rows("SELECT 1 FROM incident_kind WHERE key = ?", (key.strip(),)))

    def trends(self, flt: TrendFilter, by: str, book: Catalogue, lang: str = "en") -> Trends:
        """TrendService.compute, goals' lines included (core.goals reads through `_run`)."""
        from ..trends import TrendService

        reads = self

        class QuickTrends(TrendService):
            def _run(self, sql: str, values: dict[str, Any]) -> list[Any]:
                return reads._rows(sql, values)

        with self._reading():
            return QuickTrends(None, book).compute(flt, by, lang)
