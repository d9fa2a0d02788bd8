"""SQLModel tables. The schema itself is owned by the Alembic migrations in `migrations/`;
these classes describe it for queries and must be kept in step with them.

Timestamps are UTC (timezone-aware). `entry_date`/`entry_time` are the calendar date and wall-clock
time the person chose for the entry (back-dating allowed); they carry no time zone.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_mod

from sqlalchemy import DateTime, Integer, Subquery, column, text
from sqlmodel import Field, SQLModel

from . import link_counts
from .enums import Channel as Channel
from .enums import Direction as Direction
from .enums import Response as Response
from .enums import parse_choice as parse_choice


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class EntryClient(SQLModel, table=True):
    __tablename__ = "entry_client"

    entry_id: int = Field(foreign_key="entry.id", primary_key=True, ondelete="CASCADE")
    client_id: int = Field(foreign_key="client.id", primary_key=True, ondelete="CASCADE")


class EntryTag(SQLModel, table=True):
    __tablename__ = "entry_tag"

    entry_id: int = Field(foreign_key="entry.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")


class Client(SQLModel, table=True):
    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str
    # casefold(name): SQLite's NOCASE folds ASCII only, and our clients are «Акме» too.
    name_key: str = Field(unique=True)
    organisation: str = ""
    colour: str = ""
    notes: str = ""
    archived: bool = False
    # The working agreement (see core.agreements): "mon,tue,…", minutes of the day, channels.
    agreed_days: str = ""
    agreed_from: int | None = None
    agreed_to: int | None = None
    agreed_channels: str = ""
    agreed_tz: str = ""  # IANA zone of the agreed hours; "" = the computer's
    alias_no: int | None = None  # "Client A" = 1 in pseudonymised exports; never exported
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class OtherNameKind(enum.StrEnum):
    """Another name of a client (a short name, an old name, a transliteration), or the name
    of one of the client's people: both are replaced in pseudonymised exports, a person's by
    "Person 1" of its own."""

    OTHER = "other"
    PERSON = "person"


class ClientOtherName(SQLModel, table=True):
    __tablename__ = "client_other_name"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    name: str
    name_key: str = Field(unique=True)  # casefold(name): one client per other name
    kind: str = OtherNameKind.OTHER.value
    alias_no: int | None = None  # a person's "Person 1" = 1; never exported
    created_at: dt.datetime = Field(default_factory=utcnow)


class Tag(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(unique=True)


class Entry(SQLModel, table=True):
    __tablename__ = "entry"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    entry_date: dt.date
    entry_time: dt.time
    title: str = ""
    body: str = ""
    private: bool = False
    rating_respect_client: int | None = None
    rating_self_respect: int | None = None
    rating_partnership: int | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    deleted_at: dt.datetime | None = None


def live_links(link: str) -> Subquery:
    """core.link_counts' count of each client's or tag's entries outside the Trash, as a
    subquery (`of`, `n`) for the services' statements: the same SQL as core/reads'."""
    return (
        text(link_counts.live_links(link))
        .columns(column("of", Integer), column("n", Integer))
        .subquery("live")
    )


class IncidentKind(SQLModel, table=True):
    """What kind of boundary incident. Built-in kinds take their name from the catalogue in
    resources/ (in the reader's language) until the person renames them."""

    __tablename__ = "incident_kind"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str = ""
    direction: str
    builtin: bool = False
    archived: bool = False
    position: int = 0


class Incident(SQLModel, table=True):
    __tablename__ = "incident"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    entry_id: int = Field(foreign_key="entry.id", ondelete="CASCADE")
    client_id: int = Field(foreign_key="client.id")
    kind_id: int = Field(foreign_key="incident_kind.id")
    direction: str
    # Wall-clock time where it happened, like entry_date/entry_time: no time zone.
    occurred_at: dt.datetime = Field(sa_type=DateTime(timezone=False))
    channel: str = Channel.OTHER.value
    severity: int = 3
    response: str = Response.OPEN.value
    note: str = ""
    outside_hours: bool = False
    outside_channels: bool = False
    tz: str = ""  # the zone occurred_at was logged in; "" = the agreement's own
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Question(SQLModel, table=True):
    """The person's own questions, and their choices about the book's (hidden or shown).
    The book's questions themselves live in resources/questions.json."""

    __tablename__ = "question"

    id: str = Field(primary_key=True)
    group: str = ""
    text: str = ""
    custom: bool = False
    hidden: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)


class Answer(SQLModel, table=True):
    __tablename__ = "answer"

    entry_id: int = Field(foreign_key="entry.id", primary_key=True, ondelete="CASCADE")
    question_id: str = Field(primary_key=True)
    text: str
    updated_at: dt.datetime = Field(default_factory=utcnow)


class AgreementVersion(SQLModel, table=True):
    """One version of a client's working agreement, in force from `since` (None: from the
    start) until the next version's `since`. The client's agreed_* columns mirror the version
    in force today (see core.agreement_history)."""

    __tablename__ = "agreement_version"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    since: dt.date | None = None
    days: str = ""
    agreed_from: int | None = None
    agreed_to: int | None = None
    channels: str = ""
    tz: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


class DayOff(SQLModel, table=True):
    """A personal day off or a run of them (a vacation, a sick week): outside agreed days."""

    __tablename__ = "day_off"

    id: int | None = Field(default=None, primary_key=True)
    first: dt.date
    last: dt.date
    note: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


class JournalSetting(SQLModel, table=True):
    """Settings that belong to the journal rather than the computer (the holidays' country:
    it decides the stored flags)."""

    __tablename__ = "journal_setting"

    key: str = Field(primary_key=True)
    value: str = ""


class Goal(SQLModel, table=True):
    """Where the person wants to be: a held share, at most a count, or an average rating, for
    one client or all, per month or quarter (see core.goals)."""

    __tablename__ = "goal"

    id: int | None = Field(default=None, primary_key=True)
    metric: str
    target: float
    client_id: int | None = Field(default=None, foreign_key="client.id", ondelete="CASCADE")
    kind: str = ""  # an incident kind's key; "" = every kind
    period: str = "month"
    created_at: dt.datetime = Field(default_factory=utcnow)


class ClientEvent(SQLModel, table=True):
    """A moment on a client's timeline to compare before and after: an agreement sent, a talk
    about boundaries, a coaching session."""

    __tablename__ = "client_event"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    day: dt.date
    kind: str = "other"
    note: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)
