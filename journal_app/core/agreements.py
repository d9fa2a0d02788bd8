"""A client's working agreement: on which days, between which hours and by which channels
the client and I agreed to be in touch, and whether a moment falls outside it.

Hours run from `start` (inclusive) to `end` (exclusive), in minutes of the day. When `end` is
not after `start` (22:00–06:00) the span runs overnight, and the hours after midnight belong
to the day the span started on: with Mon–Fri 22:00–06:00, Saturday 05:00 is inside (Friday's
night) and Monday 05:00 is outside (Sunday's night).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .enums import Channel, parse_choice
from .errors import ValidationError
from .messages import (
    AGREEMENT_CHANNELS_NOT_LIST,
    AGREEMENT_DAYS_NOT_TEXT,
    AGREEMENT_NOT_OBJECT,
    AGREEMENT_ZONE_NOT_TEXT,
    BAD_DAYS,
    BAD_HOURS,
    BAD_TIME,
    EMPTY_HOURS,
    NO_WORKING_DAY,
    NOT_TIME_OF_DAY,
    UNKNOWN_CHANNEL,
)
from .zones import check_zone

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WHOLE_DAY = (0, 24 * 60)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class Agreement:
    days: frozenset[int] = frozenset()  # 0 = Monday … 6 = Sunday; empty = hours not agreed
    start: int = 0  # minutes after midnight
    end: int = 24 * 60
    channels: frozenset[str] = frozenset()  # empty = every channel is fine
    tz: str = ""  # IANA zone the hours are kept in; "" = the computer's

    @property
    def has_hours(self) -> bool:
        return bool(self.days)

    @property
    def is_empty(self) -> bool:
        return not self.days and not self.channels

    def span_day(self, moment: dt.datetime) -> dt.date:
        """The working day a moment belongs to: after midnight of an overnight span, the day
        the span started on."""
        minute = moment.hour * 60 + moment.minute
        if self.has_hours and self.overnight and minute < self.end:
            return moment.date() - dt.timedelta(days=1)
        return moment.date()

    @property
    def overnight(self) -> bool:
        return self.end <= self.start

    def is_outside_hours(self, moment: dt.datetime) -> bool:
        if not self.has_hours:
            return False
        minute = moment.hour * 60 + moment.minute
        day = moment.weekday()
        if not self.overnight:
            return not (day in self.days and self.start <= minute < self.end)
        if minute >= self.start:
            return day not in self.days
        if minute < self.end:
            return (day - 1) % 7 not in self.days
        return True

    def is_outside_channels(self, channel: str) -> bool:
        return bool(self.channels) and channel not in self.channels

    # -- text forms (CLI and storage) --------------------------------------------------------
    def days_text(self) -> str:
        return format_days(self.days)

    def hours_text(self) -> str:
        return f"{format_minutes(self.start)}-{format_minutes(self.end)}"


def agreement_dict(a: Agreement) -> dict[str, object] | None:
    """The JSON form (CLI output and exports): null, or days, hours and channels."""
    if a.is_empty:
        return None
    found: dict[str, object] = {
        "days": a.days_text() if a.has_hours else None,
        "hours": a.hours_text() if a.has_hours else None,
        "channels": sorted(a.channels),
    }
    if a.tz:
        found["tz"] = a.tz
    return found


def agreement_from_dict(data: object) -> Agreement:
    """The inverse of `agreement_dict`; a ValidationError says what does not fit."""
    if data is None:
        return Agreement()
    if not isinstance(data, dict):
        raise ValidationError(AGREEMENT_NOT_OBJECT)
    days, hours, channels = data.get("days"), data.get("hours"), data.get("channels") or []
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise ValidationError(AGREEMENT_CHANNELS_NOT_LIST)
    chosen = parse_channels(",".join(channels))
    tz = data.get("tz") or ""
    if not isinstance(tz, str):
        raise ValidationError(AGREEMENT_ZONE_NOT_TEXT)
    tz = check_zone(tz)
    if days is None and hours is None:
        return Agreement(channels=chosen, tz=tz)
    if not isinstance(days, str) or not isinstance(hours, str):
        raise ValidationError(AGREEMENT_DAYS_NOT_TEXT)
    start, end = parse_hours(hours)
    return Agreement(days=parse_days(days), start=start, end=end, channels=chosen, tz=tz)


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_minutes(text: str, *, end: bool = False) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise ValidationError(BAD_TIME, text=text.strip())
    hours, minutes = int(match[1]), int(match[2])
    total = hours * 60 + minutes
    if minutes > 59 or total > 24 * 60 or (total == 24 * 60 and not end):
        raise ValidationError(NOT_TIME_OF_DAY, text=text.strip())
    return total


def parse_hours(text: str) -> tuple[int, int]:
    """ "09:00-18:00" → (540, 1080). "22:00-06:00" runs overnight; "00:00-24:00" is all day."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2:
        raise ValidationError(BAD_HOURS, text=text.strip())
    start, end = parse_minutes(parts[0]), parse_minutes(parts[1], end=True)
    if start == end:
        raise ValidationError(EMPTY_HOURS)
    return start, end


def parse_days(text: str) -> frozenset[int]:
    """ "mon-fri", "mon,wed,fri", "fri-mon" (wraps round the weekend), "sat,sun"."""
    days: set[int] = set()
    for raw in text.replace(" ", "").lower().split(","):
        if not raw:
            continue
        ends = raw.split("-")
        if len(ends) > 2 or not all(e[:3] in DAY_NAMES for e in ends):
            raise ValidationError(BAD_DAYS, text=text.strip())
        first, last = (DAY_NAMES.index(e[:3]) for e in (ends[0], ends[-1]))
        day = first
        days.add(day)
        while day != last:
            day = (day + 1) % 7
            days.add(day)
    if not days:
        raise ValidationError(NO_WORKING_DAY)
    return frozenset(days)


def day_runs(days: frozenset[int]) -> list[list[int]]:
    """Consecutive days together: {0, 1, 2, 3, 4, 6} → [[0, 1, 2, 3, 4], [6]]."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def format_days(days: frozenset[int]) -> str:
    """The shortest spelling of a set of days: "mon-fri", "mon,wed,fri", "mon-wed,sat"."""
    parts: list[str] = []
    for run in day_runs(days):
        names = [DAY_NAMES[d] for d in run]
        parts.append(f"{names[0]}-{names[-1]}" if len(run) > 2 else ",".join(names))
    return ",".join(parts)


def parse_channels(text: str) -> frozenset[str]:
    """ "email, in-person" → {"email", "in_person"}."""
    return frozenset(
        parse_choice(Channel, c, UNKNOWN_CHANNEL).value for c in text.split(",") if c.strip()
    )


def from_columns(
    days: str, start: int | None, end: int | None, channels: str, tz: str = ""
) -> Agreement:
    return Agreement(
        days=frozenset(DAY_NAMES.index(d) for d in days.split(",") if d in DAY_NAMES),
        start=WHOLE_DAY[0] if start is None else start,
        end=WHOLE_DAY[1] if end is None else end,
        channels=frozenset(c for c in channels.split(",") if c),
        tz=tz,
    )


def to_columns(agreement: Agreement) -> tuple[str, int | None, int | None, str]:
    channels = ",".join(c.value for c in Channel if c.value in agreement.channels)
    if not agreement.has_hours:
        return "", None, None, channels
    days = ",".join(DAY_NAMES[d] for d in sorted(agreement.days))
    return days, agreement.start, agreement.end, channels
