"""Trend figures on a hand-built journal, with exact expected numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.errors import ValidationError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings
from journal_app.core.trends import TrendFilter


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(
        acme, Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)
    )
    entry = journal.entries.add(EntryDraft(title="log", date=dt.date(2026, 10, 1)))
    binned = journal.entries.add(EntryDraft(title="binned", date=dt.date(2026, 10, 2)))
    for client, kind, when, response in (
        # Week 2026-W44 runs Mon 26 Oct – Sun 1 Nov: these two share a week, not a month.
        ("Acme", "after_hours", "2026-10-31 23:30", "gave_in"),  # Saturday night
        ("Acme", "after_hours", "2026-11-01 00:30", "gave_in"),  # Sunday, just past midnight
        ("Acme", "after_hours", "2026-11-02 21:00", "gave_in"),  # Monday 9 pm
        ("Beta", "pressure", "2026-11-03 10:00", "held"),
        ("Acme", "pushing_for_gain", "2026-11-30 23:59", "open"),  # me → client, last minute
    ):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry, client=client, kind=kind, occurred_at=at(when), response=response
            )
        )
    journal.incidents.add(
        IncidentDraft(
            entry_id=binned, client="Acme", kind="rudeness", occurred_at=at("2026-11-05 12:00")
        )
    )
    journal.entries.trash(binned)
    journal.entries.set_ratings(entry, Ratings(respect_client=4, self_respect=2))
    other = journal.entries.add(EntryDraft(date=dt.date(2026, 10, 20), clients=("Beta",)))
    journal.entries.set_ratings(other, Ratings(respect_client=3, partnership=5))
    return journal


def test_incidents_over_time_by_month_week_and_quarter(seeded: Journal) -> None:
    t = seeded.trends
    assert t.over_time(TrendFilter(), "month") == [
        {"period": "2026-10", "kind": "after_hours", "direction": "client", "count": 1},
        {"period": "2026-11", "kind": "after_hours", "direction": "client", "count": 2},
        {"period": "2026-11", "kind": "pressure", "direction": "client", "count": 1},
        {"period": "2026-11", "kind": "pushing_for_gain", "direction": "me", "count": 1},
    ]
    weeks = {(r["period"], r["kind"]): r["count"] for r in t.over_time(TrendFilter(), "week")}
    assert weeks == {
        ("2026-W44", "after_hours"): 2,
        ("2026-W45", "after_hours"): 1,
        ("2026-W45", "pressure"): 1,
        ("2026-W49", "pushing_for_gain"): 1,
    }
    quarters = t.over_time(TrendFilter(), "quarter")
    assert {r["period"] for r in quarters} == {"2026-Q4"}
    with pytest.raises(ValidationError):
        t.over_time(TrendFilter(), "fortnight")


def test_filters_narrow_every_figure(seeded: Journal) -> None:
    t = seeded.trends
    november = TrendFilter(date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 30))
    assert sum(r["count"] for r in t.over_time(november)) == 4  # 30 Nov 23:59 is inside
    me = TrendFilter(direction="me")
    assert [r["kind"] for r in t.over_time(me)] == ["pushing_for_gain"]
    only = TrendFilter(kinds=("pressure",))
    assert [r["client"] for r in t.by_client(only)] == ["Beta"]
    empty = TrendFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 31))
    figures = t.compute(empty)
    assert figures.is_empty and figures.heatmap == [] and figures.by_client == []


def test_by_client_compares_with_the_period_before(seeded: Journal) -> None:
    november = TrendFilter(date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 30))
    assert seeded.trends.by_client(november) == [
        {"client": "Acme", "count": 3, "previous_count": 1},
        {"client": "Beta", "count": 1, "previous_count": 0},
    ]
    assert seeded.trends.by_client(TrendFilter())[0]["previous_count"] is None


def test_responses_ratings_and_heatmap(seeded: Journal) -> None:
    t = seeded.trends
    assert t.responses(TrendFilter(date_to=dt.date(2026, 11, 30))) == [
        {"period": "2026-10", "held": 0, "negotiated": 0, "gave_in": 1, "escalated": 0, "open": 0},
        {"period": "2026-11", "held": 1, "negotiated": 0, "gave_in": 2, "escalated": 0, "open": 1},
    ]
    assert t.ratings(TrendFilter()) == [
        {"period": "2026-10", "respect_client": 3.5, "self_respect": 2.0, "partnership": 5.0}
    ]
    gamma = seeded.clients.add("Gamma")
    seeded.entries.add(EntryDraft(date=dt.date(2026, 10, 3), clients=("Gamma",)))
    assert t.ratings(TrendFilter(client_ids=(gamma,))) == []  # an entry, but nothing rated
    assert t.heatmap(TrendFilter()) == [
        {"weekday": 0, "hour": 21, "count": 1},
        {"weekday": 0, "hour": 23, "count": 1},
        {"weekday": 1, "hour": 10, "count": 1},
        {"weekday": 5, "hour": 23, "count": 1},
        {"weekday": 6, "hour": 0, "count": 1},
    ]


def test_archived_clients_still_count(seeded: Journal) -> None:
    seeded.clients.set_archived(seeded.clients.by_name("Beta").id, True)
    assert {r["client"] for r in seeded.trends.by_client(TrendFilter())} == {"Acme", "Beta"}


def test_observations_in_plain_words(seeded: Journal) -> None:
    november = TrendFilter(date_to=dt.date(2026, 11, 30))
    assert seeded.trends.observations(november, "en") == [
        "Acme: 3 contacts outside agreed hours in November, up from 1 in October.",
        "You gave in to 3 of the last 3 incidents of “Contact outside working hours”.",
    ]
    assert seeded.trends.observations(november, "ru") == [
        "Acme: 3 контакта вне оговорённого времени за ноябрь, больше, чем за октябрь (1).",
        "Вы уступили в 3 из 3 последних случаев: «Контакт в нерабочее время».",
    ]
    december = TrendFilter(date_to=dt.date(2026, 12, 31))
    assert seeded.trends.observations(december, "en_GB")[0] == (
        "Acme: 0 contacts outside agreed hours in December, down from 3 in November."
    )
    assert seeded.trends.observations(december, "ru_RU.UTF-8")[0] == (
        "Acme: 0 контактов вне оговорённого времени за декабрь, меньше, чем за ноябрь (3)."
    )


def test_a_month_not_over_is_compared_with_the_same_days_before(seeded: Journal) -> None:
    """On 2 December, December's two days against 1–2 November (two contacts then), not
    against all of November (three)."""
    second = TrendFilter(date_to=dt.date(2026, 12, 2))
    assert seeded.trends.observations(second, "en")[0] == (
        "Acme: 0 contacts outside agreed hours on 1–2 December, down from 2 on 1–2 November."
    )
    assert seeded.trends.observations(second, "ru")[0] == (
        "Acme: 0 контактов вне оговорённого времени 1–2 декабря, меньше, чем 1–2 ноября (2)."
    )
    first = TrendFilter(date_to=dt.date(2026, 12, 1))
    assert seeded.trends.observations(first, "en")[0] == (
        "Acme: 0 contacts outside agreed hours on 1 December, down from 1 on 1 November."
    )
    # 30 March against the whole of February (it has 28 days); nothing since: no line.
    entry = seeded.entries.add(EntryDraft(date=dt.date(2027, 2, 28)))
    seeded.incidents.add(
        IncidentDraft(
            entry_id=entry, client="Acme", kind="after_hours", occurred_at=at("2027-02-26 22:00")
        )
    )
    march = TrendFilter(date_to=dt.date(2027, 3, 30))
    assert seeded.trends.observations(march, "en")[0] == (
        "Acme: 0 contacts outside agreed hours on 1–30 March, down from 1 on 1–28 February."
    )
    assert not any(
        "agreed hours" in o
        for o in seeded.trends.observations(TrendFilter(date_to=dt.date(2027, 3, 2)), "en")
    )  # 1–2 February and 1–2 March were both quiet


@pytest.mark.parametrize(
    ("calls", "english", "russian"),
    [
        (1, "1 contact", "1 контакт"),
        (2, "2 contacts", "2 контакта"),
        (5, "5 contacts", "5 контактов"),
        (11, "11 contacts", "11 контактов"),
        (21, "21 contacts", "21 контакт"),
    ],
)
def test_observations_count_in_each_languages_plural_forms(
    seeded: Journal, calls: int, english: str, russian: str
) -> None:
    entry = seeded.entries.add(EntryDraft(date=dt.date(2027, 1, 4)))
    for n in range(calls):
        seeded.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind="after_hours",
                occurred_at=dt.datetime(2027, 1, 4, 22) + dt.timedelta(days=n),  # 4 Jan: Monday
            )
        )
    january = TrendFilter(date_to=dt.date(2027, 1, 31))
    assert seeded.trends.observations(january, "en")[0] == (
        f"Acme: {english} outside agreed hours in January, up from 0 in December."
    )
    assert seeded.trends.observations(january, "ru")[0] == (
        f"Acme: {russian} вне оговорённого времени за январь, больше, чем за декабрь (0)."
    )


@pytest.mark.parametrize(
    ("period", "bounds"),
    [
        ("2026-11", ("2026-11-01", "2026-11-30")),
        ("2026-12", ("2026-12-01", "2026-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2026-W44", ("2026-10-26", "2026-11-01")),
        ("2026-W01", ("2025-12-29", "2026-01-04")),
        ("2026-Q4", ("2026-10-01", "2026-12-31")),
        ("2026-Q1", ("2026-01-01", "2026-03-31")),
    ],
)
def test_period_bounds(period: str, bounds: tuple[str, str]) -> None:
    from journal_app.core.trends import period_bounds

    assert period_bounds(period) == tuple(dt.date.fromisoformat(b) for b in bounds)


def test_every_period_of_the_range_is_there_the_quiet_ones_too(journal: Journal) -> None:
    """Incidents in January–March and May: April and the months up to today count as 0, and
    the range starts at the first incident when it has no start of its own."""
    entry = journal.entries.add(EntryDraft(date=dt.date(2025, 1, 5)))
    for day in ("2025-01-05", "2025-02-05", "2025-03-05", "2025-05-05"):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind="after_hours",
                occurred_at=dt.datetime.fromisoformat(day + " 21:00"),
            )
        )
    june = TrendFilter(date_to=dt.date(2025, 6, 30))
    t = journal.trends.compute(june, "month")
    assert t.periods == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
    april = t.responses[3]
    assert april["period"] == "2025-04" and sum(v for k, v in april.items() if k != "period") == 0
    quarters = journal.trends.compute(
        TrendFilter(dt.date(2024, 12, 1), dt.date(2025, 6, 30)), "quarter"
    )
    assert quarters.periods == ["2024-Q4", "2025-Q1", "2025-Q2"]
    weeks = journal.trends.periods(TrendFilter(dt.date(2024, 12, 28), dt.date(2025, 1, 7)), "week")
    assert weeks == ["2024-W52", "2025-W01", "2025-W02"]
    to_today = journal.trends.compute(TrendFilter(), "month").periods
    assert to_today[0] == "2025-01" and to_today[-1] == f"{dt.date.today():%Y-%m}"


def test_an_empty_journal_has_no_periods(journal: Journal) -> None:
    assert journal.trends.compute(TrendFilter(), "month").periods == []


def test_the_summary_of_a_range_and_the_period_before(seeded: Journal) -> None:
    t = seeded.trends
    november = TrendFilter(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    s = t.summary(november)
    # Four live incidents in November (the binned rudeness left out), none held but Beta's.
    assert (s["incidents"], s["held"], s["gave_in"], s["held_share"]) == (4, 1, 2, 25.0)
    # The 30 days before: 2 – 31 October, Acme's Saturday night call (outside its hours).
    assert s["previous"] == {
        "incidents": 1,
        "outside_hours": 1,
        "held": 0,
        "gave_in": 1,
        "held_share": 0.0,
    }
    assert t.summary(TrendFilter())["previous"] is None  # all time has no "before"
    empty = t.summary(TrendFilter(dt.date(2020, 1, 1), dt.date(2020, 1, 31)))
    assert empty["incidents"] == 0 and empty["held_share"] is None
    assert t.compute(november).summary == s
