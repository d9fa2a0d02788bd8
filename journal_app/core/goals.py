"""Goals: where the person wants to be, per client or for all, month by month or quarter by
quarter, and whether a period gets there.

- held_share: of the client's crossings outside the agreement (hours, days or channels), the
  share held, in percent — met at or above the target;
- count: incidents outside the agreement — met at or below the target;
- rating: the average self-respect rating of the entries — met at or above the target.

A `kind` narrows the incidents (held_share, count) to one kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from .db import translate_errors
from .errors import NotFoundError, ValidationError
from .locale import gettext, language, ngettext, number
from .messages import (
    BAD_GOAL_METRIC,
    BAD_GOAL_PERIOD,
    BAD_GOAL_TARGET,
    GOAL_NO_KIND,
    NO_GOAL,
    RATING_GOAL_KIND,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

# A query and its :name parameters → its rows (TrendQueries._run: the engine's, or the
# command line's plain connection).
Run = Callable[[str, dict[str, Any]], list[Any]]

METRICS = ("held_share", "count", "rating")
# Incidents of live entries, as core.trends reads them (not imported: trends imports goals).
LIVE = "i.entry_id NOT IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL)"
PERIODS = ("month", "quarter")


@dataclass(frozen=True)
class GoalRecord:
    id: int
    metric: str
    target: float
    client: str | None
    kind: str | None
    period: str


@dataclass(frozen=True)
class Progress:
    period: str  # "YYYY-MM" or "YYYY-Qn"
    current: float | None  # None: nothing to measure yet
    done: int  # held (held_share), incidents (count), rated entries (rating)
    of: int  # the incidents outside the agreement (held_share); else the same as done
    met: bool | None


def period_of(day: dt.date, period: str) -> tuple[str, dt.date, dt.date]:
    """The period holding `day`: its name, first day and the first day after it."""
    if period == "month":
        start = day.replace(day=1)
        name = f"{day.year}-{day.month:02d}"
    else:
        quarter = (day.month - 1) // 3
        start = dt.date(day.year, quarter * 3 + 1, 1)
        name = f"{day.year}-Q{quarter + 1}"
    end = (start + dt.timedelta(days=95 if period == "quarter" else 32)).replace(day=1)
    return name, start, end


def check(metric: str, target: float, period: str) -> None:
    if metric not in METRICS:
        raise ValidationError(BAD_GOAL_METRIC, metrics=", ".join(METRICS), metric=metric)
    if period not in PERIODS:
        raise ValidationError(BAD_GOAL_PERIOD, period=period)
    limits = {"held_share": (0, 100), "count": (0, 10_000), "rating": (1, 5)}[metric]
    if not limits[0] <= target <= limits[1]:
        raise ValidationError(
            BAD_GOAL_TARGET, metric=metric, low=limits[0], high=limits[1], target=target
        )


class _Goal(NamedTuple):
    """A goal's row, as the measures read it."""

    id: int
    metric: str
    target: float
    client_id: int | None
    kind: str
    period: str


_GOALS = "SELECT id, metric, target, client_id, kind, period FROM goal"


class GoalService:
    """Goals are written through SQLModel; read in SQL through `run` — the trends' own
    `_run` when Trends asks (core/trend_observations.py), so the command line's quick path
    measures them on its plain connection as it computes the trends (core/reads/stats.py)."""

    def __init__(self, engine: Engine | None, run: Run | None = None) -> None:
        self._engine = engine
        self._run = run or self._on_engine

    def _on_engine(self, sql: str, values: dict[str, Any]) -> list[Any]:
        from .trend_queries import run_on

        assert self._engine is not None
        return run_on(self._engine, sql, values)

    def _goals(self, only: int | None = None) -> list[_Goal]:
        where = "" if only is None else " WHERE id = :only"
        rows = self._run(_GOALS + where + " ORDER BY id", {"only": only})
        return [_Goal(int(i), m, float(t), c, k or "", p) for i, m, t, c, k, p in rows]

    def all(self) -> list[GoalRecord]:
        names = dict(self._run("SELECT id, name FROM client", {}))
        return [
            GoalRecord(
                g.id,
                g.metric,
                g.target,
                names.get(g.client_id) if g.client_id else None,
                g.kind or None,
                g.period,
            )
            for g in self._goals()
        ]

    def add(
        self,
        metric: str,
        target: float,
        client_id: int | None = None,
        kind: str = "",
        period: str = "month",
    ) -> int:
        from sqlmodel import Session, select

        from .models import Goal, IncidentKind

        check(metric, target, period)
        if kind and metric == "rating":
            raise ValidationError(RATING_GOAL_KIND)
        with translate_errors(), Session(self._engine) as s:
            if (
                kind
                and s.exec(select(IncidentKind).where(IncidentKind.key == kind)).first() is None
            ):
                raise NotFoundError(GOAL_NO_KIND, kind=kind)
            goal = Goal(metric=metric, target=target, client_id=client_id, kind=kind, period=period)
            s.add(goal)
            s.commit()
            assert goal.id is not None
            return goal.id

    def remove(self, goal_id: int) -> None:
        from sqlmodel import Session

        from .models import Goal

        with translate_errors(), Session(self._engine) as s:
            goal = s.get(Goal, goal_id)
            if goal is None:
                raise NotFoundError(NO_GOAL, goal_id=goal_id)
            s.delete(goal)
            s.commit()

    def progress(
        self, goal_id: int, day: dt.date | None = None, periods: int = 1
    ) -> list[Progress]:
        """The goal's figures for the period holding `day` (today) and the `periods` - 1
        before it, oldest first."""
        found = self.progress_all(day, periods, only=goal_id)
        if goal_id not in found:
            raise NotFoundError(NO_GOAL, goal_id=goal_id)
        return found[goal_id]

    def progress_all(
        self, day: dt.date | None = None, periods: int = 1, only: int | None = None
    ) -> dict[int, list[Progress]]:
        """Every goal's figures (as `progress`), read in two grouped queries month by month
        whatever the number of goals: Trends recomputes them on each change of a filter."""
        day = day or dt.date.today()
        periods = max(1, periods)
        goals = self._goals(only)
        if not goals:
            return {}
        spans = {g.id: _spans(day, g.period, periods) for g in goals}
        first = min(span[0][1] for span in spans.values())
        end = max(span[-1][2] for span in spans.values())
        params = {"start": first.isoformat(), "end": end.isoformat()}
        # month → (client, kind, by the client, incidents, held): a goal's period then
        # reads only its own months.
        months: dict[str, list[tuple[int, int, bool, int, int]]] = {}
        if any(g.metric != "rating" for g in goals):
            rows = self._run(
                "SELECT i.client_id, i.kind_id, i.direction = 'client', "
                "substr(i.occurred_at, 1, 7), count(*), sum(i.response = 'held') "
                f"FROM incident i WHERE {LIVE} AND (i.outside_hours OR "
                "i.outside_channels) AND i.occurred_at >= :start AND i.occurred_at < :end "
                "GROUP BY 1, 2, 3, 4",
                params,
            )
            for c, k, d, m, n, h in rows:
                months.setdefault(m, []).append((c, k, bool(d), int(n), int(h or 0)))
        ratings: dict[tuple[int, str], tuple[int, float]] = {}
        rated = {g.client_id for g in goals if g.metric == "rating"}
        if rated:  # all clients' ratings (0) and each rated client's: only those asked for
            ids = ",".join(str(int(c)) for c in rated if c is not None)
            parts = []
            if None in rated:
                parts.append(
                    "SELECT 0, substr(e.entry_date, 1, 7), count(*), "
                    "sum(e.rating_self_respect) FROM entry e WHERE e.deleted_at IS NULL "
                    "AND e.rating_self_respect IS NOT NULL AND e.entry_date >= :start "
                    "AND e.entry_date < :end GROUP BY 2"
                )
            if ids:
                parts.append(
                    "SELECT ec.client_id, substr(e.entry_date, 1, 7), count(*), "
                    "sum(e.rating_self_respect) FROM entry e JOIN entry_client ec ON "
                    f"ec.entry_id = e.id AND ec.client_id IN ({ids}) WHERE e.deleted_at IS "
                    "NULL AND e.rating_self_respect IS NOT NULL AND e.entry_date >= :start "
                    "AND e.entry_date < :end GROUP BY 1, 2"
                )
            rows = self._run(" UNION ALL ".join(parts), params)
            ratings = {(int(c), m): (int(n), float(t)) for c, m, n, t in rows}
        kind_ids = dict(self._run("SELECT key, id FROM incident_kind", {}))
        found: dict[int, list[Progress]] = {}
        for goal in goals:
            found[goal.id] = [
                _measure(goal, name, start, stop, months, ratings, kind_ids.get(goal.kind))
                for name, start, stop in spans[goal.id]
            ]
        return found


def _spans(day: dt.date, period: str, periods: int) -> list[tuple[str, dt.date, dt.date]]:
    found = []
    for _ in range(periods):
        name, start, end = period_of(day, period)
        found.append((name, start, end))
        day = start - dt.timedelta(days=1)
    return found[::-1]


def _month_keys(start: dt.date, end: dt.date) -> set[str]:
    keys, day = set(), start
    while day < end:
        keys.add(f"{day.year}-{day.month:02d}")
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return keys


def _measure(
    goal: _Goal,
    name: str,
    start: dt.date,
    end: dt.date,
    months: dict[str, list[tuple[int, int, bool, int, int]]],
    ratings: dict[tuple[int, str], tuple[int, float]],
    kind_id: int | None,
) -> Progress:
    keys = _month_keys(start, end)
    if goal.metric == "rating":
        who = goal.client_id or 0
        n, total = 0, 0.0
        for key in keys:
            count, added = ratings.get((who, key), (0, 0.0))
            n, total = n + count, total + added
        current = None if n == 0 else round(total / n, 2)
        return Progress(name, current, n, n, None if current is None else current >= goal.target)
    n = held = 0
    for client, kind, by_client, count, kept in (
        row for key in keys for row in months.get(key, ())
    ):
        if goal.client_id is not None and client != goal.client_id:
            continue
        if goal.kind and kind != kind_id:
            continue
        if goal.metric == "held_share" and not by_client:
            continue
        n, held = n + count, held + kept
    if goal.metric == "count":
        return Progress(name, float(n), n, n, n <= goal.target)
    share = None if n == 0 else round(100 * held / n, 1)
    return Progress(name, share, held, n, None if share is None else share >= goal.target)


def sentence(goal: GoalRecord, now: Progress, lang: str) -> str | None:
    """What an observation says of a goal this period, in the reader's language; None when
    there is nothing to measure yet."""
    if now.current is None:
        return None
    who = goal.client or gettext("All clients", lang)
    state = gettext("met", lang) if now.met else gettext("not met yet", lang)
    period = (
        gettext("this quarter", lang) if goal.period == "quarter" else gettext("this month", lang)
    )
    if goal.metric == "held_share":
        said = ngettext(
            "{client}: held {held} of {count} contact outside the agreement {period} — goal "
            "{target}% {state}.",
            "{client}: held {held} of {count} contacts outside the agreement {period} — goal "
            "{target}% {state}.",
            now.of,
            lang,
        )
    elif goal.metric == "count":
        said = ngettext(
            "{client}: {count} contact outside the agreement {period} — goal at most "
            "{target} {state}.",
            "{client}: {count} contacts outside the agreement {period} — goal at most "
            "{target} {state}.",
            now.of,
            lang,
        )
    else:
        said = gettext(
            "{client}: self-respect averages {average} {period} — goal {target} {state}.", lang
        )
    return said.format(
        client=who,
        held=number(now.done, lang),
        count=number(now.of, lang),
        period=period,
        target=_figure(goal.target, lang),
        state=state,
        average=_figure(now.current, lang),
    )


def _figure(value: float, lang: str) -> str:
    """A target or an average as the language writes it: "4.5", «4,5» (CLDR's "#,##0.###";
    English without Babel, as core.locale.number: `stats` then loads none)."""
    if language(lang) == "en":
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=language(lang)))


def observations(service: GoalService, lang: str, day: dt.date | None = None) -> list[str]:
    found = []
    progress = service.progress_all(day)
    for goal in service.all():
        (now,) = progress[goal.id]
        line = sentence(goal, now, lang)
        if line is not None:
            found.append(line)
    return found
