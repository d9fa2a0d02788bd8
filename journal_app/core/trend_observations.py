"""Plain statements about what changed, beside the trend charts: no scores, no streaks.

Off-hours contacts this month against the month before, per client; kinds where I gave in to
most of the last five incidents a client brought; and each goal's current period.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .catalogue import Catalogue
from .locale import gettext, language, month_name, ngettext, number
from .trend_queries import FROM, TrendFilter, TrendQueries, where_sql

if TYPE_CHECKING:
    from sqlalchemy import Engine


class TrendObservations(TrendQueries):
    def __init__(self, engine: Engine | None, catalogue: Catalogue) -> None:
        super().__init__(engine)
        self._catalogue = catalogue

    def observations(self, flt: TrendFilter, lang: str = "en") -> list[str]:
        lang = language(lang)
        found = self._outside_hours_change(flt, lang)
        found += self._giving_in(flt, lang)
        found += self._goals(lang)
        return found

    def _goals(self, lang: str) -> list[str]:
        """Each goal's current period (core.goals), as the observations' last lines: read
        through this service's own `_run`, as the trends are."""
        from .goals import GoalService, observations

        return observations(GoalService(self._engine, self._run), lang)

    def _outside_hours_change(self, flt: TrendFilter, lang: str) -> list[str]:
        """This month's off-hours contacts per client against the month before. A month not
        over yet (the range ends on the 2nd) is compared with the same days of the month
        before (1–2 November), not with the whole of it."""
        last = flt.date_to or dt.date.today()
        month_start = last.replace(day=1)
        prev_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        whole = (last + dt.timedelta(days=1)).day == 1
        # A whole month against the whole month before; else the same days of the month
        # before, as far as it has them (30 March: all February).
        prev_end = month_start - dt.timedelta(days=1)
        prev_last = prev_end if whole else prev_end.replace(day=min(last.day, prev_end.day))
        rows = self._incidents(
            "SELECT i.client_id, sum(i.occurred_at >= :month_start), "
            "sum(i.occurred_at < :prev_stop)",
            TrendFilter(prev_start, last, flt.client_ids, flt.kinds, flt.direction),
            extra="i.outside_hours",
            params={
                "month_start": month_start.isoformat(),
                "prev_stop": (prev_last + dt.timedelta(days=1)).isoformat(),
            },
            group="i.client_id",
        )
        names = self._client_names()
        rows = sorted(((names[c], now, before) for c, now, before in rows), key=lambda r: r[0])
        found = []
        for name, now, before in rows:
            now, before = int(now or 0), int(before or 0)
            if now == before:
                continue
            said = (_whole_month if whole else _days_of_month)(now > before, now, lang)
            found.append(
                said.format(
                    client=name,
                    count=number(now, lang),
                    previous=number(before, lang),
                    month=month_name(month_start.month, lang),
                    previous_month=month_name(prev_start.month, lang),
                    days=_span(last.day),
                    previous_days=_span(prev_last.day),
                    month_of=month_name(month_start.month, lang, "format"),
                    previous_month_of=month_name(prev_start.month, lang, "format"),
                )
            )
        return found

    def _giving_in(self, flt: TrendFilter, lang: str) -> list[str]:
        """Kinds where I gave in to most of the last five incidents a client brought."""
        where, values = where_sql(flt, "i.direction = 'client' AND i.kind_id = :kind_id")
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


def _span(last_day: int) -> str:
    """The days from the 1st: "1", "1–2"."""
    return "1" if last_day == 1 else f"1–{last_day}"


def _whole_month(up: bool, now: int, lang: str) -> str:
    if up:
        return ngettext(
            "{client}: {count} contact outside agreed hours in {month}, "
            "up from {previous} in {previous_month}.",
            "{client}: {count} contacts outside agreed hours in {month}, "
            "up from {previous} in {previous_month}.",
            now,
            lang,
        )
    return ngettext(
        "{client}: {count} contact outside agreed hours in {month}, "
        "down from {previous} in {previous_month}.",
        "{client}: {count} contacts outside agreed hours in {month}, "
        "down from {previous} in {previous_month}.",
        now,
        lang,
    )


def _days_of_month(up: bool, now: int, lang: str) -> str:
    """A month not over yet: its days so far against the same days of the month before
    ({month_of}: the month's name as a date writes it, «декабря»)."""
    if up:
        return ngettext(
            "{client}: {count} contact outside agreed hours on {days} {month_of}, "
            "up from {previous} on {previous_days} {previous_month_of}.",
            "{client}: {count} contacts outside agreed hours on {days} {month_of}, "
            "up from {previous} on {previous_days} {previous_month_of}.",
            now,
            lang,
        )
    return ngettext(
        "{client}: {count} contact outside agreed hours on {days} {month_of}, "
        "down from {previous} on {previous_days} {previous_month_of}.",
        "{client}: {count} contacts outside agreed hours on {days} {month_of}, "
        "down from {previous} on {previous_days} {previous_month_of}.",
        now,
        lang,
    )
