"""The off-hours rule: start inclusive, end exclusive, overnight hours belong to the start day."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.agreements import (
    Agreement,
    format_days,
    parse_channels,
    parse_days,
    parse_hours,
)
from journal_app.core.errors import ValidationError

# 2026-11-16 is a Monday.
MON, FRI, SAT, SUN = (dt.date(2026, 11, d) for d in (16, 20, 21, 22))


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


OFFICE = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)
NIGHTS = Agreement(days=parse_days("mon-fri"), start=22 * 60, end=6 * 60)


@pytest.mark.parametrize(
    ("moment", "outside"),
    [
        (at(MON, "08:59"), True),
        (at(MON, "09:00"), False),
        (at(MON, "17:59"), False),
        (at(MON, "18:00"), True),
        (at(FRI, "21:00"), True),  # the 9 pm call
        (at(SAT, "11:00"), True),
        (at(SUN, "12:00"), True),
    ],
)
def test_office_hours(moment: dt.datetime, outside: bool) -> None:
    assert OFFICE.is_outside_hours(moment) is outside


@pytest.mark.parametrize(
    ("moment", "outside"),
    [
        (at(FRI, "21:59"), True),
        (at(FRI, "22:00"), False),
        (at(FRI, "23:59"), False),
        (at(SAT, "00:00"), False),  # Friday's night goes on past midnight
        (at(SAT, "05:59"), False),
        (at(SAT, "06:00"), True),
        (at(SAT, "22:00"), True),  # Saturday's night is not agreed
        (at(MON, "05:00"), True),  # ...and neither is Sunday's, which this belongs to
        (at(MON, "22:30"), False),
        (at(MON, "12:00"), True),
    ],
)
def test_overnight_hours(moment: dt.datetime, outside: bool) -> None:
    assert NIGHTS.is_outside_hours(moment) is outside


def test_no_agreed_hours_flags_nothing() -> None:
    assert not Agreement().is_outside_hours(at(SUN, "03:00"))
    assert not Agreement(channels=frozenset({"email"})).is_outside_hours(at(SUN, "03:00"))


def test_channels_outside_the_agreement() -> None:
    email_only = Agreement(channels=parse_channels("email, in-person"))
    assert email_only.is_outside_channels("phone")
    assert not email_only.is_outside_channels("in_person")
    assert not Agreement().is_outside_channels("phone")


def test_parsing_days_and_hours() -> None:
    assert parse_days("mon-fri") == frozenset(range(5))
    assert parse_days("fri-mon") == frozenset({4, 5, 6, 0})
    assert parse_days("Mon, Wed,fri") == frozenset({0, 2, 4})
    assert parse_hours("09:00-18:00") == (540, 1080)
    assert parse_hours("9:30–17:00") == (570, 1020)
    assert parse_hours("00:00-24:00") == (0, 1440)
    assert format_days(frozenset({0, 1, 2, 5})) == "mon-wed,sat"
    assert format_days(frozenset({5, 6})) == "sat,sun"


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        (parse_days, "monday-someday"),
        (parse_days, ""),
        (parse_hours, "9-18"),
        (parse_hours, "09:00-09:00"),
        (parse_hours, "24:00-09:00"),
        (parse_hours, "09:60-10:00"),
        (parse_channels, "pigeon"),
    ],
)
def test_bad_agreements_are_explained(parse: object, text: str) -> None:
    with pytest.raises(ValidationError):
        parse(text)  # type: ignore[operator]


@given(st.frozensets(st.integers(0, 6), min_size=1))
def test_days_round_trip(days: frozenset[int]) -> None:
    assert parse_days(format_days(days)) == days
