"""Plain, immutable views of stored rows: what the UI and CLI receive from core.

They are detached from any database session, so a widget can keep one as long as it likes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .agreements import Agreement

# How much of the body an entry list's row reads for its preview (EntrySummary.preview).
PREVIEW_CHARS = 160


def first_line(text: str) -> str:
    """The preview of a body: its first line with text, without Markdown's marks."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#>*-• ").strip()
        if stripped:
            return stripped
    return ""


@dataclass(frozen=True)
class ClientRef:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class OtherName:
    """Another name of a client, or (`person`) the name of one of its people."""

    name: str
    person: bool = False


@dataclass(frozen=True)
class ClientRecord:
    id: int
    uuid: str
    name: str
    organisation: str
    colour: str
    notes: str
    archived: bool
    entries: int
    created_at: dt.datetime
    updated_at: dt.datetime
    agreement: Agreement = field(default_factory=Agreement)
    other_names: tuple[OtherName, ...] = ()


@dataclass(frozen=True)
class TagRecord:
    id: int
    name: str
    entries: int


@dataclass(frozen=True)
class EntryRecord:
    id: int
    uuid: str
    date: dt.date
    time: dt.time
    title: str
    body: str
    private: bool
    client_refs: tuple[ClientRef, ...]
    tags: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    ratings: Ratings = field(default_factory=lambda: Ratings())

    @property
    def clients(self) -> tuple[str, ...]:
        return tuple(ref.name for ref in self.client_refs)

    @property
    def is_blank(self) -> bool:
        """Nothing written, tagged or rated: a new entry left as it was made."""
        written = self.title or self.body.strip() or self.client_refs or self.tags
        return not written and self.ratings == Ratings()


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list: enough to draw it, without the whole body."""

    id: int
    date: dt.date
    time: dt.time
    title: str
    preview: str
    private: bool
    client_refs: tuple[ClientRef, ...]
    deleted_at: dt.datetime | None
    incidents: int = 0

    @property
    def heading(self) -> str:
        return self.title or self.preview

    @property
    def sort_key(self) -> tuple[dt.date, dt.time, int]:
        return (self.date, self.time, self.id)


@dataclass(frozen=True)
class SearchHit:
    entry: EntrySummary
    snippet: str  # the match is wrapped in MATCH_START / MATCH_END (see core.search)
    score: float
    # Where it matched: "title", "body", "answer", "incident_note", "coach_note",
    # "tag", "client".
    matched_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryDraft:
    """The fields of an entry to create or change. `None` means "leave as it is"."""

    date: dt.date | None = None
    time: dt.time | None = None
    title: str | None = None
    body: str | None = None
    private: bool | None = None
    clients: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to show. Every condition given must hold (like adding filter chips)."""

    client_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = None  # exactly these entries, in the trash or not


@dataclass(frozen=True)
class Ratings:
    """The three optional 1–5 self-ratings of an entry (None = not rated)."""

    respect_client: int | None = None
    self_respect: int | None = None
    partnership: int | None = None

    def as_dict(self) -> dict[str, int | None]:
        """The JSON form (CLI output and exports)."""
        return {
            "respect_client": self.respect_client,
            "self_respect": self.self_respect,
            "partnership": self.partnership,
        }


@dataclass(frozen=True)
class KindRecord:
    id: int
    key: str
    name: str  # in the reader's language, or the person's own name for it
    direction: str
    builtin: bool
    archived: bool


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    uuid: str
    entry_id: int
    client: ClientRef
    kind: KindRecord
    direction: str
    occurred_at: dt.datetime
    channel: str
    severity: int
    response: str
    note: str
    outside_hours: bool
    outside_channels: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    tz: str = ""  # the zone occurred_at was logged in ("" the computer's)


@dataclass(frozen=True)
class IncidentDraft:
    """An incident to log or change. `None` means "leave as it is" (or the default, when new)."""

    entry_id: int | None = None  # new incidents without one are filed in today's entry
    client: str | None = None
    kind: str | None = None  # a kind's key
    direction: str | None = None  # defaults to the kind's direction
    occurred_at: dt.datetime | None = None  # defaults to now
    channel: str | None = None
    severity: int | None = None
    response: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class IncidentFilter:
    client_ids: tuple[int, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    group: str
    text: str  # in the reader's language
    original: str  # the Russian original (the book's words when `quoted`)
    quoted: bool  # the book's own words; otherwise a prompt built on `based_on`
    based_on: str
    custom: bool
    hidden: bool
    app: bool = False  # the app's own question (not the book's, not the person's)
    kind: str = ""  # shown for entries with an incident of this kind only


@dataclass(frozen=True)
class NoteRecord:
    """A coach's note on an entry, an incident, or the review as a whole (`on`)."""

    uuid: str
    review_id: str
    on: str  # entry, incident or summary
    target_uuid: str
    text: str
    at: dt.datetime  # aware


@dataclass(frozen=True)
class ReviewRecord:
    """A review this journal shared, or received and opened (the coach's)."""

    review_id: str
    role: str
    title: str
    generated_at: dt.datetime
    period_from: dt.date | None
    period_to: dt.date | None
    entries: int
    notes: int
    path: str = ""  # received: the file it was last opened from
