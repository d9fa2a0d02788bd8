"""A brief before a meeting with a coach (issue #20): what happened since a date — by
default since the last review shared, or the last 30 days — against the period just before.

Counts come from the journal's incidents and entries (private ones count too: the brief is
the person's own page; it is not a review and leaves nothing out of what they see).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..journal import Journal
from ..records import EntryFilter, IncidentFilter, Ratings
from .document import OpenedReview

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class Brief:
    since: dt.date
    until: dt.date
    client: str | None
    incidents: int
    previous_incidents: int
    by_kind: dict[str, int]
    by_response: dict[str, int]
    outside_hours: int
    previous_outside_hours: int
    outside_channels: int
    previous_outside_channels: int
    open_incidents: list[dict[str, str]]
    ratings: dict[str, float | None]
    previous_ratings: dict[str, float | None]
    answers: int
    topics: list[str] = field(default_factory=list)


def _averages(ratings: list[Ratings]) -> dict[str, float | None]:
    found: dict[str, float | None] = {}
    for name in ("respect_client", "self_respect", "partnership"):
        values = [getattr(r, name) for r in ratings if getattr(r, name) is not None]
        found[name] = round(sum(values) / len(values), 1) if values else None
    return found


def default_since(journal: Journal, today: dt.date) -> dt.date:
    shared = journal.reviews.reviews("shared")
    if shared:
        return shared[0].generated_at.date()
    return today - dt.timedelta(days=DEFAULT_DAYS)


def make_brief(
    journal: Journal,
    client: str | None = None,
    since: dt.date | None = None,
    today: dt.date | None = None,
    lang: str = "en",
    topics: list[str] | None = None,
) -> Brief:
    """`topics`: the coach's topics to show (by default, the summary notes that came back
    on the last review shared that has any)."""
    until = today or dt.date.today()
    since = since or default_since(journal, until)
    span = max((until - since).days + 1, 1)  # days, both ends counted: the span before as long
    before = since - dt.timedelta(days=span)
    client_ids = (journal.clients.by_name(client).id,) if client else ()
    now = journal.incidents.find(IncidentFilter(client_ids, since, until), lang)
    then = journal.incidents.find(
        IncidentFilter(client_ids, before, since - dt.timedelta(days=1)), lang
    )
    entries = journal.entries.summaries(
        EntryFilter(client_ids=client_ids, date_from=since, date_to=until), limit=10**6
    )
    earlier = journal.entries.summaries(
        EntryFilter(client_ids=client_ids, date_from=before, date_to=since - dt.timedelta(days=1)),
        limit=10**6,
    )
    answers = sum(len(journal.questions.answers(e.id)) for e in entries)
    if topics is None:
        topics = []
        for review in journal.reviews.reviews("shared"):
            summary = [n.text for n in journal.reviews.notes(review.review_id) if n.on == "summary"]
            if summary:
                topics = summary
                break
    return Brief(
        since=since,
        until=until,
        client=client,
        incidents=len(now),
        previous_incidents=len(then),
        by_kind=dict(Counter(i.kind.name for i in now).most_common()),
        by_response=dict(Counter(i.response for i in now).most_common()),
        outside_hours=sum(i.outside_hours for i in now),
        previous_outside_hours=sum(i.outside_hours for i in then),
        outside_channels=sum(i.outside_channels for i in now),
        previous_outside_channels=sum(i.outside_channels for i in then),
        open_incidents=[
            {
                "at": i.occurred_at.strftime("%Y-%m-%d %H:%M"),
                "client": i.client.name,
                "kind": i.kind.name,
            }
            for i in now
            if i.response == "open"
        ],
        ratings=_averages([journal.entries.get(e.id).ratings for e in entries]),
        previous_ratings=_averages([journal.entries.get(e.id).ratings for e in earlier]),
        answers=answers,
        topics=topics,
    )


def review_brief(review: OpenedReview, inside: Journal, own: Journal, lang: str = "en") -> Brief:
    """The brief of a review, for the coach: over the review's period (its in-memory
    journal `inside`), with the coach's own summary notes on it as the topics."""
    until = review.period_to or review.generated_at.date()
    since = review.period_from or until - dt.timedelta(days=DEFAULT_DAYS)
    # An incident may be dated outside its entry's day: the brief covers all the review holds.
    days = [i.occurred_at.date() for i in inside.incidents.find(IncidentFilter(), lang)]
    since, until = min([since, *days]), max([until, *days])
    topics = [n.text for n in own.reviews.notes(review.review_id) if n.on == "summary"]
    brief = make_brief(inside, since=since, today=until, lang=lang, topics=topics)
    return dataclasses.replace(brief, client=review.title or None)  # whom it is about
