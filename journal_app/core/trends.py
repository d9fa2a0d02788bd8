"""Trend figures over boundary incidents and entry ratings, aggregated in SQL (GROUP BY).

Every figure the trend charts draw comes from here, and `stats --json` prints the same.
Incidents of entries in the trash are left out. Times are wall-clock (no time zone), so a 23:30
call on 31 January counts in January wherever the laptop is today.

Periods: months "YYYY-MM", ISO weeks "YYYY-Www", quarters "YYYY-Qn".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .catalogue import Catalogue
from .enums import Response
from .errors import ValidationError
from .locale import gettext, language, month_name, ngettext, number

if TYPE_CHECKING:  # SQLAlchemy is imported where it runs: the command line's quick path
    from sqlalchemy import Engine  # runs these queries on a plain connection (core/reads)

PERIODS = ("week", "month", "quarter")
_PERIOD_SQL = {
    "week": "strftime('%G-W%V', {col})",
    "month": "substr({col}, 1, 7)",  # dates are stored as ISO text; a third faster than strftime
    "quarter": (
        "strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"
    ),
}
RESPONSES = tuple(r.value for r in Response)


@dataclass(frozen=True)
class TrendFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    client_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()  # kind keys
    direction: str | None = None  # "client" | "me"


@dataclass(frozen=True)
class Trends:
    over_time: list[dict[str, Any]] = field(default_factory=list)
    by_client: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    ratings: list[dict[str, Any]] = field(default_factory=list)
    heatmap: list[dict[str, Any]] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)  # every period of the range, in order

    @property
    def is_empty(self) -> bool:
        return not (self.over_time or self.ratings)


def period_sql(by: str, column: str) -> str:
    if by not in PERIODS:
        raise ValidationError(f"Group by week, month or quarter, not “{by}”.")
    return _PERIOD_SQL[by].format(col=column)


class TrendService:
    """Every query goes through `_run` (SQLite's own :name parameters), so that
    core/reads/stats.py can run the same ones without SQLAlchemy."""

    def __init__(self, engine: Engine | None, catalogue: Catalogue) -> None:
        self._engine = engine
        self._catalogue = catalogue

    def compute(self, flt: TrendFilter, by: str = "month", lang: str = "en") -> Trends:
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            raise ValidationError("The start of the range is after its end.")
        by_period = self._by_period(flt, by)
        ratings = self.ratings(flt, by)
        periods = self.periods(flt, by)
        return Trends(
            over_time=self._over_time(by_period),
            by_client=self.by_client(flt),
            responses=self._responses(by_period, periods),
            ratings=ratings,
            heatmap=self.heatmap(flt),
            observations=self.observations(flt, lang),
            periods=periods,
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
            f"SELECT min(substr(i.occurred_at, 1, 10)){FROM} WHERE {LIVE} UNION ALL "
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
        the incidents-over-time and the responses views are summed from (one pass)."""
        period = period_sql(by, "i.occurred_at")
        sums = ", ".join(f"sum(i.response = '{r}')" for r in RESPONSES)
        return self._incidents(
            f"SELECT {period}, i.kind_id, i.direction, count(*), {sums}", flt, group="1, 2, 3"
        )

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
        now = self._count_by_client(flt)
        before: dict[int, int] | None = None
        if flt.date_from is not None:
            end = flt.date_to or dt.date.today()
            length = (end - flt.date_from).days + 1
            prev = TrendFilter(
                date_from=flt.date_from - dt.timedelta(days=length),
                date_to=flt.date_from - dt.timedelta(days=1),
                client_ids=flt.client_ids,
                kinds=flt.kinds,
                direction=flt.direction,
            )
            before = {cid: n for cid, (_, n) in self._count_by_client(prev).items()}
        rows = [
            {
                "client": name,
                "count": n,
                "previous_count": None if before is None else before.get(cid, 0),
            }
            for cid, (name, n) in now.items()
        ]
        return sorted(rows, key=lambda r: (-r["count"], r["client"].casefold()))

    def ratings(self, flt: TrendFilter, by: str = "month") -> list[dict[str, Any]]:
        """Average ratings of entries per period (by entry date). Client filters apply; kind
        and direction filters do not (ratings belong to entries, not incidents)."""
        period = period_sql(by, "e.entry_date")
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
        sql = (
            f"SELECT {period}, avg(e.rating_respect_client), avg(e.rating_self_respect), "
            "avg(e.rating_partnership) FROM entry e WHERE "
            + " AND ".join(where)
            + " AND coalesce(e.rating_respect_client, e.rating_self_respect, e.rating_partnership)"
            " IS NOT NULL GROUP BY 1 ORDER BY 1"
        )
        rows = self._run(sql, params)

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(float(value), 2)

        return [
            {
                "period": p,
                "respect_client": rounded(a),
                "self_respect": rounded(b),
                "partnership": rounded(c),
            }
            for p, a, b, c in rows
        ]

    def heatmap(self, flt: TrendFilter) -> list[dict[str, Any]]:
        rows = self._incidents(
            "SELECT (CAST(strftime('%w', i.occurred_at) AS INTEGER) + 6) % 7, "
            "CAST(substr(i.occurred_at, 12, 2) AS INTEGER), count(*)",  # the stored text's hour
            flt,
            group="1, 2 ORDER BY 1, 2",
        )
        return [{"weekday": d, "hour": h, "count": n} for d, h, n in rows]

    # -- observations --------------------------------------------------------------------------
    def observations(self, flt: TrendFilter, lang: str = "en") -> list[str]:
        """Plain statements about what changed; no scores, no streaks."""
        lang = language(lang)
        found = self._outside_hours_change(flt, lang)
        found += self._giving_in(flt, lang)
        found += self._goals(lang)
        return found

    def _goals(self, lang: str) -> list[str]:
        """Each goal's current period (core.goals), as the observations' last lines."""
        from .goals import GoalService, observations

        assert self._engine is not None
        return observations(GoalService(self._engine), lang)

    def _outside_hours_change(self, flt: TrendFilter, lang: str) -> list[str]:
        last = flt.date_to or dt.date.today()
        month_start = last.replace(day=1)
        prev_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        rows = self._incidents(
            "SELECT i.client_id, sum(i.occurred_at >= :month_start), "
            "sum(i.occurred_at < :month_start)",
            TrendFilter(prev_start, last, flt.client_ids, flt.kinds, flt.direction),
            extra="i.outside_hours",
            params={"month_start": month_start.isoformat()},
            group="i.client_id",
        )
        names = self._client_names()
        rows = sorted(((names[c], now, before) for c, now, before in rows), key=lambda r: r[0])
        this_month = month_name(month_start.month, lang)
        prev_month = month_name(prev_start.month, lang)
        found = []
        for name, now, before in rows:
            now, before = int(now or 0), int(before or 0)
            if now == before:
                continue
            if now > before:
                said = ngettext(
                    "{client}: {count} contact outside agreed hours in {month}, "
                    "up from {previous} in {previous_month}.",
                    "{client}: {count} contacts outside agreed hours in {month}, "
                    "up from {previous} in {previous_month}.",
                    now,
                    lang,
                )
            else:
                said = ngettext(
                    "{client}: {count} contact outside agreed hours in {month}, "
                    "down from {previous} in {previous_month}.",
                    "{client}: {count} contacts outside agreed hours in {month}, "
                    "down from {previous} in {previous_month}.",
                    now,
                    lang,
                )
            found.append(
                said.format(
                    client=name,
                    count=number(now, lang),
                    month=this_month,
                    previous=number(before, lang),
                    previous_month=prev_month,
                )
            )
        return found

    def _giving_in(self, flt: TrendFilter, lang: str) -> list[str]:
        """Kinds where I gave in to most of the last five incidents a client brought."""
        where, values = _where(flt, "i.direction = 'client' AND i.kind_id = :kind_id")
        # Kind by kind, newest first: the index (kind, time, …) hands over five at once.
        sql = (
            f"SELECT i.response{FROM} WHERE {where} ORDER BY i.occurred_at DESC, i.id DESC LIMIT 5"
        )
        kinds = self._kinds()
        found = []
        last = {
            kind_id: [r for (r,) in self._run(sql, {**values, "kind_id": kind_id})]
            for kind_id in sorted(kinds, key=lambda k: kinds[k][2])
        }
        for kind_id, responses in last.items():
            key, custom_name, _ = kinds[kind_id]
            total, gave_in = len(responses), responses.count("gave_in")
            if total < 3 or gave_in * 2 <= total:
                continue
            name = custom_name or self._catalogue.kind_name(key, lang)
            said = gettext(
                "You gave in to {gave_in} of the last {total} incidents of “{kind}”.", lang
            )
            found.append(
                said.format(gave_in=number(gave_in, lang), total=number(total, lang), kind=name)
            )
        return found

    # -- the one query shape -------------------------------------------------------------------
    def _count_by_client(self, flt: TrendFilter) -> dict[int, tuple[str, int]]:
        rows = self._incidents("SELECT i.client_id, count(*)", flt, group="i.client_id")
        names = self._client_names()
        return {cid: (names[cid], int(n)) for cid, n in rows}

    def _kinds(self) -> dict[int, tuple[str, str, int]]:
        """Kind id → (key, custom name, position): joined in Python, after grouping."""
        rows = self._run("SELECT id, key, name, position FROM incident_kind", {})
        return {i: (key, name, position) for i, key, name, position in rows}

    def _client_names(self) -> dict[int, str]:
        return dict(self._run("SELECT id, name FROM client", {}))

    def _incidents(
        self,
        select: str,
        flt: TrendFilter,
        group: str,
        extra: str = "",
        params: dict[str, Any] | None = None,
    ) -> list[Any]:
        where, values = _where(flt, extra)
        return self._run(
            f"{select}{FROM} WHERE {where} GROUP BY {group}", {**values, **(params or {})}
        )

    def _run(self, sql: str, values: dict[str, Any]) -> list[Any]:
        from sqlalchemy import text

        from .db import translate_errors

        assert self._engine is not None
        with translate_errors(), self._engine.connect() as conn:
            return list(conn.execute(text(sql), values).all())


# Incidents are read on their own, from the index that holds every column grouped by
# (ix_incident_trends): those of entries in the trash (few) are left out by id, and clients'
# and kinds' names are looked up after grouping. Joining every incident to its entry would read
# the entries' text (4x slower at 100,000), and to its client and kind, 2x slower.
FROM = " FROM incident i"
LIVE = "i.entry_id NOT IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL)"


def _where(flt: TrendFilter, extra: str = "") -> tuple[str, dict[str, Any]]:
    """The WHERE clause for incidents matching `flt` (entries in the trash left out)."""
    where = [LIVE]
    values: dict[str, Any] = {}
    if flt.date_from:
        where.append("i.occurred_at >= :date_from")
        values["date_from"] = flt.date_from.isoformat()
    if flt.date_to:
        where.append("i.occurred_at < :date_end")
        values["date_end"] = (flt.date_to + dt.timedelta(days=1)).isoformat()
    if flt.client_ids:
        where.append(f"i.client_id IN ({','.join(str(int(c)) for c in flt.client_ids)})")
    if flt.kinds:
        names = ",".join(f":kind{n}" for n in range(len(flt.kinds)))
        where.append(f"i.kind_id IN (SELECT id FROM incident_kind WHERE key IN ({names}))")
        values.update({f"kind{n}": key for n, key in enumerate(flt.kinds)})
    if flt.direction:
        where.append("i.direction = :direction")
        values["direction"] = flt.direction
    if extra:
        where.append(extra)
    return " AND ".join(where), values


def period_of(day: dt.date, by: str) -> str:
    """The period a day falls in, spelt as the SQL above spells it."""
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    return f"{day.year}-{day.month:02d}"


def periods_between(start: dt.date, end: dt.date, by: str) -> list[str]:
    """Every period from the one holding `start` to the one holding `end`."""
    found: list[str] = []
    day = start
    while day <= end:
        found.append(period_of(day, by))
        day = period_bounds(found[-1])[1] + dt.timedelta(days=1)
    return found


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and last day of "2026-11", "2026-W45" or "2026-Q4"."""
    try:
        if "-W" in period:
            year, week = period.split("-W")
            first = dt.date.fromisocalendar(int(year), int(week), 1)
            return first, first + dt.timedelta(days=6)
        if "-Q" in period:
            year, quarter = period.split("-Q")
            start = dt.date(int(year), 3 * int(quarter) - 2, 1)
            end_month = start.month + 2
        else:
            year, month = period.split("-")
            start = dt.date(int(year), int(month), 1)
            end_month = start.month
        after = dt.date(start.year + end_month // 12, end_month % 12 + 1, 1)
        return start, after - dt.timedelta(days=1)
    except ValueError:
        raise ValidationError(f"“{period}” is not a week, month or quarter.") from None
