"""The tables of migration 0008: reviews and the coach's notes on them."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from ..models import new_uuid, utcnow


class Review(SQLModel, table=True):
    """A review this journal shared (`shared`), or one a coach opened (`received`)."""

    __tablename__ = "review"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    role: str
    title: str = ""
    generated_at: dt.datetime
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    entries: int = 0
    path: str = ""  # received: the file it was last opened from (migration 0010)
    created_at: dt.datetime = Field(default_factory=utcnow)


class CoachNote(SQLModel, table=True):
    __tablename__ = "coach_note"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    review_id: int = Field(foreign_key="review.id", ondelete="CASCADE")
    target: str  # entry, incident or summary
    target_uuid: str = ""
    text: str
    written_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
