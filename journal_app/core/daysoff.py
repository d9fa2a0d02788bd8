"""Days off: a country's public holidays (the `holidays` package, Russia's with the days off
moved by its transfers) and the person's own (vacations, sick days). On a day off every hour
is outside an agreement's days; changing them re-flags the incidents they touch.

A transfer also makes a weekend day a working one (Russia's production calendar: Saturday
2 November 2024 was worked for Monday 30 December): on such a day the agreed hours hold as on
a working day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from .agreement_history import NoDaysOff
from .db import translate_errors
from .errors import NotFoundError, ValidationError
from .messages import (
    BAD_DAYS_OFF,
    DAYS_OFF_BACKWARDS,
    DAYS_OFF_NOT_RANGE,
    DAYS_OFF_NOTE_TOO_LONG,
    DAYS_OFF_TOO_LONG,
    NO_DAYS_OFF,
    UNKNOWN_HOLIDAYS,
)
from .models import DayOff, JournalSetting

HOLIDAYS_KEY = "holidays"
MAX_NOTE = 500
MAX_DAYS = 366


@dataclass(frozen=True)
class DayOffRecord:
    id: int
    first: dt.date
    last: dt.date
    note: str


def countries() -> dict[str, str]:
    """Country codes the holidays package knows, with its (English) names."""
    import holidays

    return {code: code for code in sorted(holidays.list_supported_countries())}


def check_country(code: str) -> str:
    code = code.strip().upper()
    if code and code not in countries():
        raise ValidationError(UNKNOWN_HOLIDAYS, code=code)
    return code


@lru_cache(maxsize=8)
def _calendar(code: str) -> Any:
    import holidays

    return holidays.country_holidays(code)


def _holidays(code: str) -> Callable[[dt.date], bool]:
    calendar = _calendar(code)
    return lambda day: day in calendar


def _weekend_workdays(code: str) -> Callable[[dt.date], bool]:
    """Weekend days the country's calendar makes working days (its transfers)."""
    calendar = _calendar(code)

    def is_workday(day: dt.date) -> bool:
        calendar.is_working_day(day)  # fills in the day's year, transfers included
        return day in calendar.weekend_workdays

    return is_workday


def country(s: Session) -> str:
    row = s.get(JournalSetting, HOLIDAYS_KEY)
    return row.value if row is not None else ""


def checker(s: Session) -> Callable[[dt.date], bool]:
    """Whether a day is a day off, read once for a batch of incidents."""
    ranges = [(d.first, d.last) for d in s.exec(select(DayOff)).all()]
    code = country(s)
    public = _holidays(code) if code else None
    if not ranges and public is None:
        return NoDaysOff

    def is_off(day: dt.date) -> bool:
        return any(a <= day <= b for a, b in ranges) or (public is not None and public(day))

    return is_off


def workdays(s: Session) -> Callable[[dt.date], bool]:
    """Whether a weekend day is a working day by the chosen country's transfers."""
    code = country(s)
    return _weekend_workdays(code) if code else NoDaysOff


def parse_range(text: str) -> tuple[dt.date, dt.date]:
    """ "2026-05-04" or "2026-05-04..2026-05-08"."""
    parts = text.strip().split("..")
    try:
        days = [dt.date.fromisoformat(p.strip()) for p in parts]
    except ValueError:
        raise ValidationError(BAD_DAYS_OFF, text=text.strip()) from None
    if len(days) not in (1, 2):
        raise ValidationError(DAYS_OFF_NOT_RANGE, text=text.strip())
    first, last = days[0], days[-1]
    if last < first:
        raise ValidationError(DAYS_OFF_BACKWARDS)
    if (last - first).days >= MAX_DAYS:
        raise ValidationError(DAYS_OFF_TOO_LONG, limit=MAX_DAYS)
    return first, last


class DaysOffService:
    def __init__(self, engine: Engine, reflag: Callable[[Session, dt.date | None], int]) -> None:
        self._engine = engine
        self._reflag = reflag  # re-flags every client's incidents from a day (None: all)

    def all(self) -> list[DayOffRecord]:
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(select(DayOff).order_by(col(DayOff.first))).all()
            return [DayOffRecord(r.id or 0, r.first, r.last, r.note) for r in rows]

    def add(self, first: dt.date, last: dt.date | None = None, note: str = "") -> int:
        last = last or first
        if last < first:
            raise ValidationError(DAYS_OFF_BACKWARDS)
        if len(note.strip()) > MAX_NOTE:
            raise ValidationError(DAYS_OFF_NOTE_TOO_LONG, limit=MAX_NOTE)
        with translate_errors(), Session(self._engine) as s:
            row = DayOff(first=first, last=last, note=note.strip())
            s.add(row)
            s.flush()
            self._reflag(s, first - dt.timedelta(days=1))
            s.commit()
            assert row.id is not None
            return row.id

    def remove(self, day_off_id: int) -> None:
        with translate_errors(), Session(self._engine) as s:
            row = s.get(DayOff, day_off_id)
            if row is None:
                raise NotFoundError(NO_DAYS_OFF, day_off_id=day_off_id)
            first = row.first
            s.delete(row)
            s.flush()
            self._reflag(s, first - dt.timedelta(days=1))
            s.commit()

    def country(self) -> str:
        with translate_errors(), Session(self._engine) as s:
            return country(s)

    def set_country(self, code: str) -> int:
        """Choose whose public holidays count ("" for none); returns how many incidents are
        now outside their agreements."""
        code = check_country(code)
        with translate_errors(), Session(self._engine) as s:
            row = s.get(JournalSetting, HOLIDAYS_KEY) or JournalSetting(key=HOLIDAYS_KEY)
            row.value = code
            s.add(row)
            s.flush()
            outside = self._reflag(s, None)
            s.commit()
            return outside
