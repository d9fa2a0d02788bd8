"""Periods of the trend views: months "YYYY-MM", ISO weeks "YYYY-Www", quarters "YYYY-Qn" —
how SQL groups a stored date into one, and the days a period spans."""

from __future__ import annotations

import datetime as dt

from .errors import ValidationError
from .messages import BAD_GROUPING, BAD_PERIOD

PERIODS = ("week", "month", "quarter")
_PERIOD_SQL = {
    "week": "strftime('%G-W%V', {col})",
    "month": "substr({col}, 1, 7)",  # dates are stored as ISO text; a third faster than strftime
    "quarter": (
        "strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"
    ),
}


def period_sql(by: str, column: str) -> str:
    if by not in PERIODS:
        raise ValidationError(BAD_GROUPING, by=by)
    return _PERIOD_SQL[by].format(col=column)


def period_of(day: dt.date, by: str) -> str:
    """The period a day falls in, spelt as the SQL above spells it."""
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    return f"{day.year}-{day.month:02d}"


def quarter_of_month(month: str) -> str:
    """The quarter a month "YYYY-MM" falls in, spelt as the SQL above spells it."""
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"


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
        raise ValidationError(BAD_PERIOD, period=period) from None


def same_day_in_earlier_years(first: dt.date, day: dt.date) -> list[dt.date]:
    """`day`'s month and day in each year from `first`'s to the one before `day`'s ("on
    this day"), looked up by date, not by comparing strftime("%m-%d") on every entry;
    29 February only in the years that have one."""
    found = []
    for year in range(first.year, day.year):
        try:
            found.append(day.replace(year=year))
        except ValueError:  # 29 February in a year without one
            continue
    return found
