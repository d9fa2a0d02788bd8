"""Events on a client's timeline (an agreement sent, a talk about boundaries, a coaching
session) and the same length of time before and after one: did anything change?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from .db import translate_errors
from .errors import NotFoundError, ValidationError
from .messages import BAD_EVENT_KIND, EVENT_NOTE_TOO_LONG, NO_CLIENT_ID, NO_EVENT
from .models import Client, ClientEvent
from .trends import LIVE

KINDS = ("agreement_sent", "talk", "coaching", "other")
MAX_NOTE = 500
MAX_DAYS = 366


@dataclass(frozen=True)
class EventRecord:
    id: int
    client_id: int
    client: str
    day: dt.date
    kind: str
    note: str


def check_kind(kind: str) -> str:
    kind = kind.strip().lower().replace("-", "_")
    if kind not in KINDS:
        raise ValidationError(BAD_EVENT_KIND, kinds=", ".join(KINDS), kind=kind)
    return kind


class EventService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self, client_ids: tuple[int, ...] = ()) -> list[EventRecord]:
        stmt = select(ClientEvent, Client.name).join(
            Client, col(Client.id) == col(ClientEvent.client_id)
        )
        if client_ids:
            stmt = stmt.where(col(ClientEvent.client_id).in_(client_ids))
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(stmt.order_by(col(ClientEvent.day), col(ClientEvent.id))).all()
            return [_record(e, name) for e, name in rows]

    def get(self, event_id: int) -> EventRecord:
        with translate_errors(), Session(self._engine) as s:
            event = s.get(ClientEvent, event_id)
            if event is None:
                raise NotFoundError(NO_EVENT, event_id=event_id)
            client = s.get(Client, event.client_id)
            return _record(event, client.name if client else "")

    def add(self, client_id: int, day: dt.date, kind: str, note: str = "") -> int:
        kind = check_kind(kind)
        if len(note.strip()) > MAX_NOTE:
            raise ValidationError(EVENT_NOTE_TOO_LONG, limit=MAX_NOTE)
        with translate_errors(), Session(self._engine) as s:
            if s.get(Client, client_id) is None:
                raise NotFoundError(NO_CLIENT_ID, client_id=client_id)
            event = ClientEvent(client_id=client_id, day=day, kind=kind, note=note.strip())
            s.add(event)
            s.commit()
            assert event.id is not None
            return event.id

    def remove(self, event_id: int) -> None:
        with translate_errors(), Session(self._engine) as s:
            event = s.get(ClientEvent, event_id)
            if event is None:
                raise NotFoundError(NO_EVENT, event_id=event_id)
            s.delete(event)
            s.commit()

    def around(self, event_id: int, days: int | None = None) -> dict[str, Any]:
        """The event's client, the same number of days before the event and from it on (by
        default as many as have passed since, at most a year): incidents, those outside the
        agreement, how they were answered, and the entries' average ratings."""
        event = self.get(event_id)
        if days is None:
            days = (dt.date.today() - event.day).days + 1
        days = max(1, min(days, MAX_DAYS))
        before = (event.day - dt.timedelta(days=days), event.day)
        after = (event.day, event.day + dt.timedelta(days=days))
        return {
            "event": event_json(event),
            "days": days,
            "before": self._figures(event.client_id, *before),
            "after": self._figures(event.client_id, *after),
        }

    def _figures(self, client_id: int, first: dt.date, end: dt.date) -> dict[str, Any]:
        params = {"client": client_id, "first": first.isoformat(), "end": end.isoformat()}
        incidents = (
            "SELECT count(*), coalesce(sum(i.outside_hours OR i.outside_channels), 0), "
            "coalesce(sum(i.response = 'held'), 0), coalesce(sum(i.response = 'gave_in'), 0) "
            f"FROM incident i WHERE {LIVE} AND i.client_id = :client "
            "AND i.occurred_at >= :first AND i.occurred_at < :end"
        )
        ratings = (
            "SELECT avg(e.rating_respect_client), avg(e.rating_self_respect), "
            "avg(e.rating_partnership) FROM entry e WHERE e.deleted_at IS NULL "
            "AND e.entry_date >= :first AND e.entry_date < :end "
            "AND e.id IN (SELECT entry_id FROM entry_client WHERE client_id = :client)"
        )
        with translate_errors(), self._engine.connect() as conn:
            n, outside, held, gave_in = conn.execute(text(incidents), params).one()
            a, b, c = conn.execute(text(ratings), params).one()

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(float(value), 2)

        return {
            "from": first.isoformat(),
            "to": (end - dt.timedelta(days=1)).isoformat(),
            "incidents": int(n),
            "outside_agreement": int(outside),
            "held": int(held),
            "gave_in": int(gave_in),
            "respect_client": rounded(a),
            "self_respect": rounded(b),
            "partnership": rounded(c),
        }


def event_json(e: EventRecord) -> dict[str, Any]:
    return {
        "id": e.id,
        "client": e.client,
        "date": e.day.isoformat(),
        "kind": e.kind,
        "note": e.note,
    }


def _record(e: ClientEvent, client: str) -> EventRecord:
    return EventRecord(e.id or 0, e.client_id, client, e.day, e.kind, e.note)
