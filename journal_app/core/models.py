"""SQLModel tables. The schema itself is owned by the Alembic migrations in `migrations/`;
these classes describe it for queries and must be kept in step with them.

Timestamps are UTC (timezone-aware). `entry_date`/`entry_time` are the calendar date and wall-clock
time the person chose for the entry (back-dating allowed); they carry no time zone.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod

from sqlmodel import Field, SQLModel


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
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


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
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    deleted_at: dt.datetime | None = None
