"""Goals: a held share, at most a count, an average rating, per client or for all; the
progress is what a hand count of the same incidents says."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.errors import NotFoundError, ValidationError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings
from journal_app.core.trends import TrendFilter

OFFICE = Agreement(days=parse_days("mon-fri"), start=9 * 60, end=18 * 60)
# (client, when, response): in November 2026 (Q4), and one in September (Q3).
CALLS = [
    ("Acme", dt.datetime(2026, 11, 2, 21, 0), "held"),
    ("Acme", dt.datetime(2026, 11, 3, 22, 0), "held"),
    ("Acme", dt.datetime(2026, 11, 7, 10, 0), "gave_in"),  # a Saturday
    ("Acme", dt.datetime(2026, 11, 9, 11, 0), "gave_in"),  # inside the hours: not counted
    ("Acme", dt.datetime(2026, 10, 12, 20, 0), "held"),
    ("Acme", dt.datetime(2026, 9, 10, 20, 0), "gave_in"),
    ("Beta", dt.datetime(2026, 11, 4, 23, 0), "gave_in"),
]


@pytest.fixture
def logged(journal: Journal) -> Journal:
    for name in ("Acme", "Beta"):
        journal.clients.set_agreement(journal.clients.add(name), OFFICE)
    for client, at, response in CALLS:
        entry = journal.entries.add(EntryDraft(date=at.date()))
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry, client=client, kind="after_hours", occurred_at=at, response=response
            )
        )
    return journal


def by_hand(client: str | None, first: dt.date, after: dt.date) -> tuple[int, int]:
    """(held, outside the agreement) counted from CALLS by reading them."""
    outside = [
        r
        for c, at, r in CALLS
        if (client is None or c == client)
        and first <= at.date() < after
        and (at.weekday() >= 5 or not 9 <= at.hour < 18)
    ]
    return outside.count("held"), len(outside)


def test_a_held_share_goal_counts_what_a_hand_count_does(logged: Journal) -> None:
    acme = logged.clients.by_name("Acme").id
    goal = logged.goals.add("held_share", 60, client_id=acme, period="quarter")
    (now,) = logged.goals.progress(goal, dt.date(2026, 11, 20))
    held, outside = by_hand("Acme", dt.date(2026, 10, 1), dt.date(2027, 1, 1))
    assert (now.done, now.of) == (held, outside) == (3, 4)
    assert now.period == "2026-Q4" and now.current == 75.0 and now.met
    q3, q4 = logged.goals.progress(goal, dt.date(2026, 11, 20), periods=2)
    assert (q3.period, q3.current, q3.met) == ("2026-Q3", 0.0, False)
    assert q4 == now


def test_a_count_goal_for_everyone_and_a_month(logged: Journal) -> None:
    goal = logged.goals.add("count", 3, period="month")
    (november,) = logged.goals.progress(goal, dt.date(2026, 11, 30))
    _, outside = by_hand(None, dt.date(2026, 11, 1), dt.date(2026, 12, 1))
    assert november.current == outside == 4
    assert november.met is False
    (october,) = logged.goals.progress(goal, dt.date(2026, 10, 5))
    assert (october.current, october.met) == (1, True)


def test_a_rating_goal_averages_self_respect(logged: Journal) -> None:
    for day, rating in ((dt.date(2026, 11, 3), 3), (dt.date(2026, 11, 5), 5)):
        entry = logged.entries.add(EntryDraft(date=day, clients=("Acme",)))
        logged.entries.set_ratings(entry, Ratings(self_respect=rating))
    goal = logged.goals.add("rating", 4, client_id=logged.clients.by_name("Acme").id)
    (now,) = logged.goals.progress(goal, dt.date(2026, 11, 10))
    assert (now.current, now.of, now.met) == (4.0, 2, True)
    (empty,) = logged.goals.progress(goal, dt.date(2026, 8, 10))
    assert (empty.current, empty.met) == (None, None)


def test_rating_goals_for_everyone_and_for_one_client_read_their_own_entries(
    logged: Journal,
) -> None:
    for day, rating, client in (
        (dt.date(2026, 11, 3), 2, "Acme"),
        (dt.date(2026, 11, 5), 4, "Beta"),
        (dt.date(2026, 11, 6), 5, None),
    ):
        entry = logged.entries.add(EntryDraft(date=day, clients=(client,) if client else ()))
        logged.entries.set_ratings(entry, Ratings(self_respect=rating))
    everyone = logged.goals.add("rating", 4)
    beta = logged.goals.add("rating", 4, client_id=logged.clients.by_name("Beta").id)
    found = logged.goals.progress_all(dt.date(2026, 11, 10))
    assert (found[everyone][0].current, found[everyone][0].of) == (round(11 / 3, 2), 3)
    assert (found[beta][0].current, found[beta][0].of, found[beta][0].met) == (4.0, 1, True)
    # With no goal for everyone, a client's goal still reads only that client's entries.
    logged.goals.remove(everyone)
    assert logged.goals.progress_all(dt.date(2026, 11, 10))[beta] == found[beta]


def test_goals_are_listed_removed_and_checked(logged: Journal) -> None:
    goal = logged.goals.add("count", 2, kind="after_hours")
    assert [(g.metric, g.target, g.client, g.kind, g.period) for g in logged.goals.all()] == [
        ("count", 2, None, "after_hours", "month")
    ]
    with pytest.raises(ValidationError):
        logged.goals.add("held_share", 180)
    with pytest.raises(ValidationError):
        logged.goals.add("happiness", 1)
    with pytest.raises(NotFoundError):
        logged.goals.add("count", 1, kind="no_such_kind")
    logged.goals.remove(goal)
    assert logged.goals.all() == []
    with pytest.raises(NotFoundError):
        logged.goals.remove(goal)


def test_the_observations_say_whether_a_goal_is_met(logged: Journal) -> None:
    from journal_app.core.goals import observations

    acme = logged.clients.by_name("Acme").id
    logged.goals.add("held_share", 80, client_id=acme, period="quarter")
    logged.goals.add("count", 5)
    day = dt.date(2026, 11, 20)
    assert observations(logged.goals, "en", day) == [
        "Acme: held 3 of 4 contacts outside the agreement this quarter — goal 80% not met yet.",
        "All clients: 4 contacts outside the agreement this month — goal at most 5 met.",
    ]
    assert observations(logged.goals, "ru", day)[0] == (
        "Acme: удержано 3 из 4 контактов вне договорённости в этом квартале — "
        "цель 80% пока не достигнута."
    )
    lines = logged.trends.observations(TrendFilter(), "en")
    assert any("goal at most 5" in line for line in lines)


def test_figures_are_written_as_cldr_writes_them() -> None:
    """English targets and averages are written without Babel, as Babel writes them."""
    from babel.numbers import format_decimal

    from journal_app.core.goals import _figure

    values = [n / 20 for n in range(0, 2001)] + [round(n / 3, 2) for n in range(300)]
    values += [1234.5, 80.0, 4.25, 99.99, 1e6, 0.125]
    for value in values:
        assert _figure(value, "en") == format_decimal(value, locale="en"), value
