"""Boundary incidents: who crossed whose boundary, when, how, and how I responded.

Each incident belongs to an entry (the reflection it is part of) and to a client. Whether it
fell outside the client's agreed hours or channels is worked out when it is saved and stored
with it, so trend views can count it without recomputing; changing a client's agreement
re-flags that client's incidents (see ClientService.set_agreement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from .clients import ClientService, flag, terms_of
from .db import translate_errors
from .entries import now_local
from .errors import NotFoundError, ValidationError
from .kinds import KindService, check_direction
from .messages import (
    BAD_SEVERITY,
    INCIDENT_ENTRY_TRASHED,
    INCIDENT_NO_CLIENT,
    INCIDENT_NO_KIND,
    INCIDENT_NOTE_TOO_LONG,
    NO_ENTRY,
    NO_INCIDENT,
    UNKNOWN_CHANNEL,
    UNKNOWN_RESPONSE,
)
from .models import (
    Channel,
    Client,
    Entry,
    EntryClient,
    Incident,
    IncidentKind,
    Response,
    parse_choice,
    utcnow,
)
from .records import ClientRef, IncidentDraft, IncidentFilter, IncidentRecord, KindRecord
from .zones import local_zone_name

MAX_NOTE = 2000


def check_severity(severity: int) -> int:
    if not 1 <= severity <= 5:
        raise ValidationError(BAD_SEVERITY, severity=severity)
    return severity


class IncidentService:
    def __init__(self, engine: Engine, clients: ClientService, kinds: KindService) -> None:
        self._engine = engine
        self._clients = clients
        self._kinds = kinds

    # -- writing ---------------------------------------------------------------------------
    def add(self, draft: IncidentDraft) -> int:
        """Log an incident. Without an entry it is filed in today's latest entry about its
        client, or a new one for it: never in an entry about someone else."""
        if not draft.client or not draft.client.strip():
            raise ValidationError(INCIDENT_NO_CLIENT)
        if not draft.kind:
            raise ValidationError(INCIDENT_NO_KIND)
        with translate_errors(), Session(self._engine) as s:
            kind = self._kinds.load(s, draft.kind)
            entry_id = draft.entry_id or self._todays_entry(s, draft.client)
            now = dt.datetime.combine(*now_local())
            incident = Incident(
                entry_id=entry_id,
                client_id=0,
                kind_id=kind.id or 0,
                direction=kind.direction,
                occurred_at=now,
                tz=local_zone_name(),
            )
            self._apply(s, incident, draft)
            s.add(incident)
            s.commit()
            assert incident.id is not None
            return incident.id

    def update(self, incident_id: int, draft: IncidentDraft) -> None:
        with translate_errors(), Session(self._engine) as s:
            incident = self._load(s, incident_id)
            if draft.kind is not None:
                kind = self._kinds.load(s, draft.kind)
                incident.kind_id = kind.id or 0
            if draft.entry_id is not None:
                incident.entry_id = draft.entry_id
            self._apply(s, incident, draft)
            incident.updated_at = utcnow()
            s.add(incident)
            s.commit()

    def delete(self, incident_id: int) -> None:
        with translate_errors(), Session(self._engine) as s:
            s.delete(self._load(s, incident_id))
            s.commit()

    def _apply(self, s: Session, incident: Incident, draft: IncidentDraft) -> None:
        entry = s.get(Entry, incident.entry_id)
        if entry is None:
            raise NotFoundError(NO_ENTRY, entry_id=incident.entry_id)
        if entry.deleted_at is not None:
            raise ValidationError(INCIDENT_ENTRY_TRASHED)
        if draft.client is not None:
            (incident.client_id,) = self._clients.ensure(s, [draft.client])
        if draft.direction is not None:
            incident.direction = check_direction(draft.direction)
        if draft.occurred_at is not None:
            incident.occurred_at = draft.occurred_at.replace(second=0, microsecond=0, tzinfo=None)
        if draft.channel is not None:
            incident.channel = parse_choice(Channel, draft.channel, UNKNOWN_CHANNEL).value
        if draft.severity is not None:
            incident.severity = check_severity(draft.severity)
        if draft.response is not None:
            incident.response = parse_choice(Response, draft.response, UNKNOWN_RESPONSE).value
        if draft.note is not None:
            note = draft.note.strip()
            if len(note) > MAX_NOTE:
                raise ValidationError(INCIDENT_NOTE_TOO_LONG, limit=MAX_NOTE)
            incident.note = note
        client = s.get(Client, incident.client_id)
        assert client is not None
        flag(incident, terms_of(s, client))
        # The entry is about this client too; link it (the search index follows).
        link = s.get(EntryClient, (incident.entry_id, incident.client_id))
        if link is None:
            s.add(EntryClient(entry_id=incident.entry_id, client_id=incident.client_id))
            entry.updated_at = utcnow()
            s.add(entry)

    def _todays_entry(self, s: Session, client: str) -> int:
        today, now = now_local()
        (client_id,) = self._clients.ensure(s, [client])
        found = s.exec(
            select(Entry.id)
            .join(EntryClient, col(EntryClient.entry_id) == col(Entry.id))
            .where(
                Entry.entry_date == today,
                col(Entry.deleted_at).is_(None),
                EntryClient.client_id == client_id,
            )
            .order_by(col(Entry.entry_time).desc(), col(Entry.id).desc())
        ).first()
        if found is not None:
            return found
        entry = Entry(entry_date=today, entry_time=now)
        s.add(entry)
        s.flush()
        assert entry.id is not None
        return entry.id

    # -- reading ---------------------------------------------------------------------------
    def get(self, incident_id: int, lang: str = "en") -> IncidentRecord:
        found = self._query(lang, [col(Incident.id) == incident_id])
        if not found:
            raise NotFoundError(NO_INCIDENT, incident_id=incident_id)
        return found[0]

    def find(self, flt: IncidentFilter | None = None, lang: str = "en") -> list[IncidentRecord]:
        """Incidents in time order, oldest first. Those of entries in the trash are left out
        unless `flt.entry_id` names the entry."""
        flt = flt or IncidentFilter()
        conditions: list[object] = []
        if flt.entry_id is not None:
            conditions.append(col(Incident.entry_id) == flt.entry_id)
        else:
            conditions.append(col(Entry.deleted_at).is_(None))
        if flt.client_ids:
            conditions.append(col(Incident.client_id).in_(flt.client_ids))
        if flt.date_from is not None:
            start = dt.datetime.combine(flt.date_from, dt.time())
            conditions.append(col(Incident.occurred_at) >= start)
        if flt.date_to is not None:
            end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
            conditions.append(col(Incident.occurred_at) < end)
        return self._query(lang, conditions)

    def for_entry(self, entry_id: int, lang: str = "en") -> list[IncidentRecord]:
        return self.find(IncidentFilter(entry_id=entry_id), lang)

    def _query(self, lang: str, conditions: Sequence[object]) -> list[IncidentRecord]:
        stmt = (
            select(Incident, Client, IncidentKind)
            .join(Client, col(Client.id) == Incident.client_id)
            .join(IncidentKind, col(IncidentKind.id) == Incident.kind_id)
            .join(Entry, col(Entry.id) == Incident.entry_id)
        )
        for condition in conditions:
            stmt = stmt.where(condition)  # type: ignore[arg-type]
        stmt = stmt.order_by(col(Incident.occurred_at), col(Incident.id))
        with translate_errors(), Session(self._engine) as s:
            return [_record(i, c, self._kinds.record(k, lang)) for i, c, k in s.exec(stmt).all()]

    @staticmethod
    def _load(s: Session, incident_id: int) -> Incident:
        incident = s.get(Incident, incident_id)
        if incident is None:
            raise NotFoundError(NO_INCIDENT, incident_id=incident_id)
        return incident


def _record(i: Incident, c: Client, kind: KindRecord) -> IncidentRecord:
    assert i.id is not None and c.id is not None
    return IncidentRecord(
        id=i.id,
        uuid=i.uuid,
        entry_id=i.entry_id,
        client=ClientRef(c.id, c.name, c.colour),
        kind=kind,
        direction=i.direction,
        occurred_at=i.occurred_at,
        channel=i.channel,
        severity=i.severity,
        response=i.response,
        note=i.note,
        outside_hours=i.outside_hours,
        outside_channels=i.outside_channels,
        created_at=i.created_at,
        updated_at=i.updated_at,
        tz=i.tz,
    )
