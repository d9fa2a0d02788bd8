"""The one query shape every trend figure is read with: incidents matching a `TrendFilter`,
grouped in SQL, names looked up after grouping.

Incidents are read on their own, from the index that holds every column grouped by
(ix_incident_trends): those of entries in the trash (few) are left out by id, and clients'
and kinds' names are looked up after grouping. Joining every incident to its entry would read
the entries' text (4x slower at 100,000), and to its client and kind, 2x slower.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where it runs: core/reads/stats.py runs these on plain sqlite3
    from sqlalchemy import Engine

FROM = " FROM incident i"
LIVE = "i.entry_id NOT IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL)"


@dataclass(frozen=True)
class TrendFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    client_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()  # kind keys
    direction: str | None = None  # "client" | "me"


class TrendQueries:
    """What the figures (core.trends) and the observations (core.trend_observations) share."""

    def __init__(self, engine: Engine | None) -> None:
        self._engine = engine

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
        where, values = where_sql(flt, extra)
        return self._run(
            f"{select}{FROM} WHERE {where} GROUP BY {group}", {**values, **(params or {})}
        )

    def _run(self, sql: str, values: dict[str, Any]) -> list[Any]:
        """Every query goes through here (SQLite's own :name parameters): core/reads/stats.py
        overrides it to run the same queries without SQLAlchemy."""
        assert self._engine is not None
        return run_on(self._engine, sql, values)


def run_on(engine: Engine, sql: str, values: dict[str, Any]) -> list[Any]:
    """`sql`'s rows on one of the engine's connections, off the driver's own cursor, as
    core/reads does: plain tuples, no SQLAlchemy rows (a fifth of the time of the trend
    views' larger results at 100,000 entries)."""
    from .db import translate_errors

    with translate_errors(), engine.connect() as conn:
        cursor = conn.connection.cursor()
        try:
            cursor.execute(sql, values)
            return list(cursor.fetchall())
        finally:
            cursor.close()


def where_sql(flt: TrendFilter, extra: str = "") -> tuple[str, dict[str, Any]]:
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


def before(flt: TrendFilter) -> TrendFilter | None:
    """The period of the same length just before `flt`'s range, with the same filters (None
    when the range has no start: all time has no "before")."""
    if flt.date_from is None:
        return None
    end = flt.date_to or dt.date.today()
    length = (end - flt.date_from).days + 1
    return TrendFilter(
        date_from=flt.date_from - dt.timedelta(days=length),
        date_to=flt.date_from - dt.timedelta(days=1),
        client_ids=flt.client_ids,
        kinds=flt.kinds,
        direction=flt.direction,
    )
