"""A brief before a meeting with a coach (issue #20): what happened since a date — by
default since the last review shared, or the last 30 days — against the period just before.

Counts come from the journal's incidents and entries (private ones count too: the brief is
the person's own page; it is not a review and leaves nothing out of what they see).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..records import EntryFilter, IncidentFilter, IncidentRecord, Ratings

if TYPE_CHECKING:
    from ..journal import Journal
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


class BriefSource(Protocol):
    """What a brief is counted from: the journal's services (`JournalSource`), or the
    command line's quick path (core/reads/brief.py), which must answer alike."""

    def shared(self) -> list[tuple[str, dt.datetime]]:
        """The reviews shared with the coach (id, made at), newest first."""
        ...

    def client_id(self, name: str) -> int: ...

    def incidents(self, flt: IncidentFilter, lang: str) -> list[IncidentRecord]: ...

    def entry_ids(self, flt: EntryFilter) -> list[int]:
        """The entries the filter shows (EntryService.summaries' ids), newest first."""
        ...

    def answered(self, entry_ids: Sequence[int]) -> int:
        """How many answers to the questions these entries hold."""
        ...

    def ratings(self, entry_ids: Sequence[int]) -> list[Ratings]: ...

    def summary_notes(self, review_id: str) -> list[str]:
        """The coach's notes on a review as a whole, oldest first."""
        ...


class JournalSource:
    """A brief counted through the journal's services."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def shared(self) -> list[tuple[str, dt.datetime]]:
        return [(r.review_id, r.generated_at) for r in self._journal.reviews.reviews("shared")]

    def client_id(self, name: str) -> int:
        found = self._journal.clients.by_name(name).id
        assert found is not None  # a stored row
        return found

    def incidents(self, flt: IncidentFilter, lang: str) -> list[IncidentRecord]:
        return self._journal.incidents.find(flt, lang)

    def entry_ids(self, flt: EntryFilter) -> list[int]:
        return [e.id for e in self._journal.entries.summaries(flt, limit=10**6)]

    def answered(self, entry_ids: Sequence[int]) -> int:
        return sum(len(self._journal.questions.answers(i)) for i in entry_ids)

    def ratings(self, entry_ids: Sequence[int]) -> list[Ratings]:
        return [self._journal.entries.get(i).ratings for i in entry_ids]

    def summary_notes(self, review_id: str) -> list[str]:
        return [n.text for n in self._journal.reviews.notes(review_id) if n.on == "summary"]


def default_since(journal: Journal, today: dt.date) -> dt.date:
    return _since(JournalSource(journal), today)


def _since(source: BriefSource, today: dt.date) -> dt.date:
    shared = source.shared()
    if shared:
        return shared[0][1].date()
    return today - dt.timedelta(days=DEFAULT_DAYS)


def make_brief(journal: Journal, *args: Any, **kwargs: Any) -> Brief:
    """`brief_of` counted through the journal's services."""
    return brief_of(JournalSource(journal), *args, **kwargs)


def brief_of(
    source: BriefSource,
    client: str | None = None,
    since: dt.date | None = None,
    today: dt.date | None = None,
    lang: str = "en",
    topics: list[str] | None = None,
) -> Brief:
    """The brief since `since` (by default since the last review shared, or 30 days) to
    `today`, against as many days before. `topics`: the coach's topics to show (by default,
    the summary notes that came back on the last review shared that has any)."""
    until = today or dt.date.today()
    since = since or _since(source, until)
    span = max((until - since).days + 1, 1)  # days, both ends counted: the span before as long
    before = since - dt.timedelta(days=span)
    client_ids = (source.client_id(client),) if client else ()
    now = source.incidents(IncidentFilter(client_ids, since, until), lang)
    then = source.incidents(IncidentFilter(client_ids, before, since - dt.timedelta(days=1)), lang)
    entries = source.entry_ids(EntryFilter(client_ids, date_from=since, date_to=until))
    earlier = source.entry_ids(
        EntryFilter(client_ids, date_from=before, date_to=since - dt.timedelta(days=1))
    )
    if topics is None:
        topics = []
        for review_id, _ in source.shared():
            topics = source.summary_notes(review_id)
            if topics:
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
        ratings=_averages(source.ratings(entries)),
        previous_ratings=_averages(source.ratings(earlier)),
        answers=source.answered(entries),
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
