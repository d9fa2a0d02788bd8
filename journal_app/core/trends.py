"""Trend figures over boundary incidents and entry ratings, aggregated in SQL (GROUP BY).

Every figure the trend charts draw comes from here, and `stats --json` prints the same.
Incidents of entries in the trash are left out. Times are wall-clock (no time zone), so a 23:30
call on 31 January counts in January wherever the laptop is today. The query shape is in
core.trend_queries, the periods in core.periods, the observations in core.trend_observations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .catalogue import Catalogue
from .enums import Response
from .errors import ValidationError
from .messages import RANGE_BACKWARDS
from .periods import period_bounds, period_of, period_sql, periods_between, quarter_of_month
from .trend_observations import TrendObservations
from .trend_queries import FROM, LIVE, TrendFilter, before

if TYPE_CHECKING:  # SQLAlchemy is imported where it runs: the command line's quick path
    from sqlalchemy import Engine  # runs these queries on a plain connection (core/reads)

__all__ = ["LIVE", "TrendFilter", "TrendService", "Trends", "period_bounds"]

RESPONSES = tuple(r.value for r in Response)
_RATINGS = ("rating_respect_client", "rating_self_respect", "rating_partnership")
# Per client: incidents, those outside agreed hours, held, gave in (the summary's figures).
_BY_CLIENT = (
    "SELECT i.client_id, count(*), sum(i.outside_hours), sum(i.response = 'held'), "
    "sum(i.response = 'gave_in')"
)


@dataclass(frozen=True)
class Trends:
    over_time: list[dict[str, Any]] = field(default_factory=list)
    by_client: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    ratings: list[dict[str, Any]] = field(default_factory=list)
    heatmap: list[dict[str, Any]] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)  # every period of the range, in order
    # The range at a glance, and the period of the same length before it (None: all time).
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.over_time or self.ratings)


class TrendService(TrendObservations):
    """Every query goes through `_run` (SQLite's own :name parameters), so that
    core/reads/stats.py can run the same ones without SQLAlchemy."""

    def __init__(self, engine: Engine | None, catalogue: Catalogue) -> None:
        super().__init__(engine, catalogue)

    def compute(self, flt: TrendFilter, by: str = "month", lang: str = "en") -> Trends:
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            raise ValidationError(RANGE_BACKWARDS)
        by_period = self._by_period(flt, by)
        periods = self.periods(flt, by)
        now, then = self._per_client(flt)
        return Trends(
            over_time=self._over_time(by_period),
            by_client=self._by_client(now, then),
            responses=self._responses(by_period, periods),
            ratings=self.ratings(flt, by),
            heatmap=self.heatmap(flt),
            observations=self.observations(flt, lang),
            periods=periods,
            summary=_summary(now, then),
        )

    def periods(self, flt: TrendFilter, by: str = "month") -> list[str]:
        """Every period from the range's start (or the first incident or rated entry) to its
        end (or today), those with nothing in them included: a quiet month is a result."""
        period_sql(by, "x")  # an unknown grouping is a clear error
        start = flt.date_from or self._first_day()
        if start is None:
            return []
        return periods_between(start, flt.date_to or dt.date.today(), by)

    def _first_day(self) -> dt.date | None:
        rows = self._run(
            # min() of the column itself, so that SQLite reads it off ix_incident_time
            f"SELECT substr(min(i.occurred_at), 1, 10){FROM} WHERE {LIVE} UNION ALL "
            "SELECT min(e.entry_date) FROM entry e WHERE e.deleted_at IS NULL AND "
            "coalesce(e.rating_respect_client, e.rating_self_respect, e.rating_partnership) "
            "IS NOT NULL",
            {},
        )
        days = [dt.date.fromisoformat(str(d)[:10]) for (d,) in rows if d]
        return min(days, default=None)

    # -- the figures ---------------------------------------------------------------------------
    def over_time(self, flt: TrendFilter, by: str = "month") -> list[dict[str, Any]]:
        return self._over_time(self._by_period(flt, by))

    def responses(self, flt: TrendFilter, by: str = "month") -> list[dict[str, Any]]:
        return self._responses(self._by_period(flt, by), self.periods(flt, by))

    def _by_period(self, flt: TrendFilter, by: str) -> list[Any]:
        """Incidents per period, kind and direction, with how they were answered: what both
        the incidents-over-time and the responses views are summed from (one pass).
        Quarters are summed here from months, which SQL reads in the order of
        ix_incident_months (migration 0011) without sorting."""
        period_sql(by, "x")  # an unknown grouping is a clear error
        period = period_sql("week" if by == "week" else "month", "i.occurred_at")
        sums = ", ".join(f"sum(i.response = '{r}')" for r in RESPONSES)
        rows = self._incidents(
            f"SELECT {period}, i.kind_id, i.direction, count(*), {sums}", flt, group="1, 2, 3"
        )
        if by != "quarter":
            return rows
        quarters: dict[tuple[str, int, str], list[int]] = {}
        for month, kind_id, direction, *counts in rows:
            key = (quarter_of_month(month), kind_id, direction)
            total = quarters.setdefault(key, [0] * len(counts))
            for n, count in enumerate(counts):
                total[n] += int(count or 0)
        return [(*key, *counts) for key, counts in quarters.items()]

    def _over_time(self, rows: list[Any]) -> list[dict[str, Any]]:
        keys = {kind_id: key for kind_id, (key, _, _) in self._kinds().items()}
        found = [
            {"period": p, "kind": keys[k], "direction": d, "count": n} for p, k, d, n, *_ in rows
        ]
        return sorted(found, key=lambda r: (r["period"], r["kind"], r["direction"]))

    @staticmethod
    def _responses(rows: list[Any], periods: list[str]) -> list[dict[str, Any]]:
        """How incidents were answered, per period: every period of the range, zeros too."""
        sums: dict[str, list[int]] = {p: [0] * len(RESPONSES) for p in periods}
        for period, _, _, _, *counts in rows:
            total = sums.setdefault(period, [0] * len(RESPONSES))
            for n, count in enumerate(counts):
                total[n] += int(count)
        return [{"period": p, **dict(zip(RESPONSES, sums[p], strict=True))} for p in sorted(sums)]

    def by_client(self, flt: TrendFilter) -> list[dict[str, Any]]:
        """Incidents per client in the range, and in the period of the same length just before
        it (None when the range has no start)."""
        return self._by_client(*self._per_client(flt))

    def summary(self, flt: TrendFilter) -> dict[str, Any]:
        """The range at a glance: incidents, those outside agreed hours, held, gave in, the
        share held (None without incidents), and the same for the period before."""
        return _summary(*self._per_client(flt))

    def _per_client(
        self, flt: TrendFilter
    ) -> tuple[dict[int, tuple[Any, ...]], dict[int, tuple[Any, ...]] | None]:
        """Per client, in the range and in the period before it (None: no start): the one
        pass both the by-client view and the summary are read from."""
        previous = before(flt)
        now = self._per_client_in(flt)
        return now, None if previous is None else self._per_client_in(previous)

    def _per_client_in(self, flt: TrendFilter) -> dict[int, tuple[Any, ...]]:
        # Grouped in the order of ix_incident_clients (migration 0011), which holds what is
        # summed: no incident row read, nothing sorted.
        rows = self._incidents(_BY_CLIENT, flt, group="i.client_id")
        return {cid: tuple(int(v or 0) for v in figures) for cid, *figures in rows}

    def _by_client(
        self, now: dict[int, tuple[Any, ...]], then: dict[int, tuple[Any, ...]] | None
    ) -> list[dict[str, Any]]:
        names = self._client_names()
        rows = [
            {
                "client": names[cid],
                "count": figures[0],
                "previous_count": None if then is None else then.get(cid, (0,))[0],
            }
            for cid, figures in now.items()
        ]
        return sorted(rows, key=lambda r: (-r["count"], r["client"].casefold()))

    def ratings(self, flt: TrendFilter, by: str = "month") -> list[dict[str, Any]]:
        """Average ratings of entries per period (by entry date). Client filters apply; kind
        and direction filters do not (ratings belong to entries, not incidents)."""
        period_sql(by, "x")  # an unknown grouping is a clear error
        where, params = ["e.deleted_at IS NULL"], {}
        if flt.date_from:
            where.append("e.entry_date >= :date_from")
            params["date_from"] = flt.date_from.isoformat()
        if flt.date_to:
            where.append("e.entry_date <= :date_to")
            params["date_to"] = flt.date_to.isoformat()
        if flt.client_ids:
            ids = ",".join(str(int(i)) for i in flt.client_ids)
            where.append(f"e.id IN (SELECT entry_id FROM entry_client WHERE client_id IN ({ids}))")
        # Day by day, in the order of ix_entry_ratings (no sorting), summed into periods here:
        # twice as fast at 100,000 entries as grouping by the period's name in SQL.
        sums = ", ".join(f"sum(e.{c}), count(e.{c})" for c in _RATINGS)
        rows = self._run(
            f"SELECT e.entry_date, {sums} FROM entry e WHERE "
            + " AND ".join(where)
            + " AND coalesce(e.rating_respect_client, e.rating_self_respect, e.rating_partnership)"
            " IS NOT NULL GROUP BY e.entry_date",
            params,
        )
        totals: dict[str, list[float]] = {}
        for day, *figures in rows:
            period = _period_of_day(str(day)[:10], by)
            total = totals.setdefault(period, [0.0] * len(figures))
            for n, value in enumerate(figures):
                total[n] += value or 0

        def average(total: float, count: float) -> float | None:
            return round(total / count, 2) if count else None

        keys = ("respect_client", "self_respect", "partnership")
        return [
            {"period": period}
            | {key: average(figures[2 * n], figures[2 * n + 1]) for n, key in enumerate(keys)}
            for period, figures in sorted(totals.items())
        ]

    def heatmap(self, flt: TrendFilter) -> list[dict[str, Any]]:
        rows = self._incidents(
            "SELECT (CAST(strftime('%w', i.occurred_at) AS INTEGER) + 6) % 7, "
            "CAST(substr(i.occurred_at, 12, 2) AS INTEGER), count(*)",  # the stored text's hour
            flt,
            group="1, 2 ORDER BY 1, 2",
        )
        return [{"weekday": d, "hour": h, "count": n} for d, h, n in rows]


def _period_of_day(day: str, by: str) -> str:
    """period_of for a stored date ("YYYY-MM-DD"), without parsing it where the text says."""
    if by == "month":
        return day[:7]
    if by == "quarter":
        return quarter_of_month(day[:7])
    return period_of(dt.date.fromisoformat(day), by)


def _summary(
    now: dict[int, tuple[Any, ...]], then: dict[int, tuple[Any, ...]] | None
) -> dict[str, Any]:
    def figures(per_client: dict[int, tuple[Any, ...]]) -> dict[str, Any]:
        columns = zip(*per_client.values(), strict=True)
        incidents, outside, held, gave_in = (sum(column) for column in columns)
        return {
            "incidents": incidents,
            "outside_hours": outside,
            "held": held,
            "gave_in": gave_in,
            "held_share": round(100 * held / incidents, 1) if incidents else None,
        }

    empty = {0: (0, 0, 0, 0)}
    return {
        **figures(now or empty),
        "previous": None if then is None else figures(then or empty),
    }
