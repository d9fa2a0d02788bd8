"""Clients: real people and companies with a history of their own in the journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import Engine, func
from sqlmodel import Session, col, delete, select

from . import agreement_history, daysoff, other_names
from .agreement_history import Terms, Version
from .agreements import Agreement, from_columns
from .db import translate_errors
from .errors import ConflictError, NotFoundError, ValidationError
from .messages import (
    BAD_COLOUR,
    CLIENT_EXISTS,
    CLIENT_NAME_EMPTY,
    CLIENT_NAME_TOO_LONG,
    KIND_NAME_EMPTY,
    KIND_NAME_TOO_LONG,
    MERGE_CLIENT_GONE,
    MERGE_INTO_ITSELF,
    NO_CLIENT_ID,
    NO_CLIENT_NAMED,
    TAG_NAME_EMPTY,
    TAG_NAME_TOO_LONG,
)
from .models import Client, EntryClient, Incident, live_links, utcnow
from .records import ClientRecord, OtherName
from .zones import check_zone

MAX_NAME = 200
# Distinct hues that stay legible on light and dark backgrounds.
PALETTE = (
    "#3b82f6",
    "#ef4444",
    "#10b981",
    "#f59e0b",
    "#8b5cf6",
    "#ec4899",
    "#14b8a6",
    "#f97316",
    "#6366f1",
    "#84cc16",
    "#06b6d4",
    "#d946ef",
)
_HEX = "0123456789abcdefABCDEF"


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


_NAME_MESSAGES = {
    "client": (CLIENT_NAME_EMPTY, CLIENT_NAME_TOO_LONG),
    "tag": (TAG_NAME_EMPTY, TAG_NAME_TOO_LONG),
    "kind": (KIND_NAME_EMPTY, KIND_NAME_TOO_LONG),
}


def clean_name(name: str, what: str = "client") -> str:
    """`name` with its spaces tidied; `what` (client, tag, kind) is what it names."""
    cleaned = " ".join(name.split())
    empty, too_long = _NAME_MESSAGES[what]
    if not cleaned:
        raise ValidationError(empty)
    if len(cleaned) > MAX_NAME:
        raise ValidationError(too_long, limit=MAX_NAME)
    return cleaned


def clean_colour(colour: str) -> str:
    colour = colour.strip()
    if colour and not (
        len(colour) == 7 and colour[0] == "#" and all(c in _HEX for c in colour[1:])
    ):
        raise ValidationError(BAD_COLOUR, colour=colour)
    return colour.lower()


class ClientService:
    def __init__(self, engine: Engine, before_bulk: Callable[[str], object] | None = None) -> None:
        self._engine = engine
        self._before_bulk = before_bulk  # makes a backup before a merge

    # -- reading ---------------------------------------------------------------------------
    def all(self, include_archived: bool = True) -> list[ClientRecord]:
        return self._query(None if include_archived else col(Client.archived).is_(False))

    def names(self) -> list[tuple[str, str, bool]]:
        """(name, colour, archived) of every client: what pickers need, without counting
        entries (which reads the whole journal)."""
        stmt = select(Client.name, Client.colour, Client.archived).order_by(col(Client.name_key))
        with translate_errors(), Session(self._engine) as s:
            return [(n, c, bool(a)) for n, c, a in s.exec(stmt).all()]

    def get(self, client_id: int) -> ClientRecord:
        found = self._query(col(Client.id) == client_id)
        if not found:
            raise NotFoundError(NO_CLIENT_ID, client_id=client_id)
        return found[0]

    def find(self, name: str) -> ClientRecord | None:
        key = name_key(name)
        found = self._query(col(Client.name_key) == key) if key else []
        return found[0] if found else None

    def by_name(self, name: str) -> ClientRecord:
        found = self.find(name)
        if found is None:
            raise NotFoundError(NO_CLIENT_NAMED, name=name.strip())
        return found

    def _query(self, condition: object) -> list[ClientRecord]:
        live = live_links("entry_client")
        stmt = select(Client, func.coalesce(live.c.n, 0)).outerjoin(live, live.c.of == Client.id)
        if condition is not None:
            stmt = stmt.where(condition)  # type: ignore[arg-type]
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(stmt.order_by(col(Client.name_key))).all()
            others = other_names.by_client(
                s, [c.id for c, _ in rows if c.id is not None] if condition is not None else None
            )
            return [_record(c, n, others.get(c.id or 0, ())) for c, n in rows]

    # -- writing ---------------------------------------------------------------------------
    def add(self, name: str, organisation: str = "", colour: str = "", notes: str = "") -> int:
        name = clean_name(name)
        with translate_errors(), Session(self._engine) as s:
            self._refuse_duplicate(s, name)
            other_names.refuse_as_client_name(s, name)
            count = s.exec(select(func.count()).select_from(Client)).one()
            client = Client(
                name=name,
                name_key=name_key(name),
                organisation=organisation.strip(),
                colour=clean_colour(colour) or PALETTE[count % len(PALETTE)],
                notes=notes,
            )
            s.add(client)
            s.commit()
            assert client.id is not None
            return client.id

    def ensure(self, s: Session, names: Iterable[str]) -> list[int]:
        """Ids for these names inside an open session, creating the clients that are new. A
        client's other name («Ромашка» for «ООО Ромашка», an old name) means that client."""
        ids: list[int] = []
        for raw in names:
            name = clean_name(raw)
            existing = s.exec(select(Client).where(Client.name_key == name_key(name))).first()
            other = other_names.find(s, name) if existing is None else None
            if other is not None:
                existing = s.get(Client, other.client_id)
            if existing is None:
                count = s.exec(select(func.count()).select_from(Client)).one()
                existing = Client(
                    name=name, name_key=name_key(name), colour=PALETTE[count % len(PALETTE)]
                )
                s.add(existing)
                s.flush()
            assert existing.id is not None
            if existing.id not in ids:
                ids.append(existing.id)
        return ids

    def update(
        self,
        client_id: int,
        *,
        name: str | None = None,
        organisation: str | None = None,
        colour: str | None = None,
        notes: str | None = None,
        archived: bool | None = None,
    ) -> None:
        with translate_errors(), Session(self._engine) as s:
            client = s.get(Client, client_id)
            if client is None:
                raise NotFoundError(NO_CLIENT_ID, client_id=client_id)
            if name is not None:
                name = clean_name(name)
                if name_key(name) != client.name_key:
                    self._refuse_duplicate(s, name)
                    other_names.refuse_as_client_name(s, name, client_id)
                other_names.keep_old_name(s, client, client.name, name_key(name))
                client.name, client.name_key = name, name_key(name)
            if organisation is not None:
                client.organisation = organisation.strip()
            if colour is not None:
                client.colour = clean_colour(colour) or client.colour
            if notes is not None:
                client.notes = notes
            if archived is not None:
                client.archived = archived
            client.updated_at = utcnow()
            s.add(client)
            s.commit()

    def rename(self, client_id: int, new_name: str) -> None:
        self.update(client_id, name=new_name)

    def set_archived(self, client_id: int, archived: bool) -> None:
        self.update(client_id, archived=archived)

    def set_agreement(
        self, client_id: int, agreement: Agreement, since: dt.date | None = None
    ) -> int:
        """Store a version of the client's working agreement, in force from `since`, and
        re-flag the incidents from that day on. Without `since` the first version is in force
        from the start and a later one from today. Returns how many of the client's incidents
        are outside their agreement."""
        check_zone(agreement.tz)
        with translate_errors(), Session(self._engine) as s:
            client = self._client(s, client_id)
            if since is None and agreement_history.versions(s, client):
                since = dt.date.today()
            agreement_history.put_version(s, client, since, agreement)
            client.updated_at = utcnow()
            s.add(client)
            outside = _reflag(s, client, since)
            s.commit()
            return outside

    def clear_agreement(self, client_id: int) -> int:
        """Forget the agreement and its history: nothing is outside it any more."""
        with translate_errors(), Session(self._engine) as s:
            client = self._client(s, client_id)
            agreement_history.forget(s, client)
            client.updated_at = utcnow()
            s.add(client)
            outside = _reflag(s, client, None)
            s.commit()
            return outside

    def terms(self, client_id: int) -> Terms:
        """What the client's incidents are judged by (the incident form's warning asks
        `Terms.judge`, as the stored flags do)."""
        with translate_errors(), Session(self._engine) as s:
            return terms_of(s, self._client(s, client_id))

    def history(self, client_id: int) -> list[Version]:
        """The client's agreement versions, oldest first."""
        with translate_errors(), Session(self._engine) as s:
            return list(agreement_history.versions(s, self._client(s, client_id)))

    def reflag_all(self, s: Session, since: dt.date | None) -> int:
        """Re-flag every client's incidents from `since` (days off or holidays changed)."""
        return sum(_reflag(s, c, since) for c in s.exec(select(Client)).all())

    def merge(self, source_id: int, into_id: int) -> None:
        """Move every entry and incident of `source` to `into`, then remove `source`."""
        if source_id == into_id:
            raise ValidationError(MERGE_INTO_ITSELF)
        with translate_errors(), Session(self._engine) as s:
            if s.get(Client, source_id) is None or s.get(Client, into_id) is None:
                raise NotFoundError(MERGE_CLIENT_GONE)
        if self._before_bulk is not None:
            self._before_bulk("merge")
        with translate_errors(), Session(self._engine) as s:
            source, into = s.get(Client, source_id), s.get(Client, into_id)
            assert source is not None and into is not None
            moved = s.exec(select(EntryClient.entry_id).where(EntryClient.client_id == source_id))
            entry_ids = list(moved.all())
            already = set(
                s.exec(
                    select(EntryClient.entry_id).where(
                        EntryClient.client_id == into_id, col(EntryClient.entry_id).in_(entry_ids)
                    )
                ).all()
            )
            # Links are removed and added row by row so the search index triggers see each one.
            s.exec(delete(EntryClient).where(col(EntryClient.client_id) == source_id))
            for entry_id in entry_ids:
                if entry_id not in already:
                    s.add(EntryClient(entry_id=entry_id, client_id=into_id))
            s.flush()
            for incident in s.exec(select(Incident).where(Incident.client_id == source_id)):
                incident.client_id = into_id
                s.add(incident)
            s.flush()
            _reflag(s, into, None)
            other_names.move(s, source, into)
            if source.notes.strip():
                into.notes = (into.notes + "\n\n" + source.notes).strip()
            into.updated_at = utcnow()
            s.add(into)
            s.delete(source)
            s.commit()

    def add_other_names(self, client_id: int, names: Iterable[str], person: bool = False) -> None:
        """Give the client other names (or, `person`, names of its people), all or none. A
        name it already has as the other kind changes kind."""
        with translate_errors(), Session(self._engine) as s:
            other_names.add(s, self._client(s, client_id), names, person)
            s.commit()

    def remove_other_name(self, client_id: int, name: str) -> None:
        with translate_errors(), Session(self._engine) as s:
            other_names.remove(s, self._client(s, client_id), name)
            s.commit()

    @staticmethod
    def _client(s: Session, client_id: int) -> Client:
        client = s.get(Client, client_id)
        if client is None:
            raise NotFoundError(NO_CLIENT_ID, client_id=client_id)
        return client

    @staticmethod
    def _refuse_duplicate(s: Session, name: str) -> None:
        clash = s.exec(select(Client).where(Client.name_key == name_key(name))).first()
        if clash is not None:
            raise ConflictError(CLIENT_EXISTS, name=clash.name)


def agreement_of(client: Client) -> Agreement:
    """The version in force today (the client's columns mirror it)."""
    return from_columns(
        client.agreed_days,
        client.agreed_from,
        client.agreed_to,
        client.agreed_channels,
        client.agreed_tz,
    )


def terms_of(s: Session, client: Client) -> Terms:
    """What the client's incidents are judged by: the agreement's versions and days off."""
    return Terms(agreement_history.versions(s, client), daysoff.checker(s), daysoff.workdays(s))


def flag(incident: Incident, terms: Terms | Agreement) -> None:
    """Mark an incident that fell outside the agreed hours, days or channels (stored with it)."""
    if isinstance(terms, Agreement):
        terms = Terms((Version(None, terms),))
    agreement_history.flag(incident, terms)


def _reflag(s: Session, client: Client, since: dt.date | None) -> int:
    """Re-judge the client's incidents from the day before `since` (a zone can move a moment
    over midnight); returns how many of all its incidents are outside."""
    terms = terms_of(s, client)
    stmt = select(Incident).where(Incident.client_id == client.id)
    if since is not None:
        start = dt.datetime.combine(since - dt.timedelta(days=1), dt.time())
        stmt = stmt.where(col(Incident.occurred_at) >= start)
    for incident in s.exec(stmt):
        flag(incident, terms)
        s.add(incident)
    s.flush()
    outside = s.exec(
        select(func.count())
        .select_from(Incident)
        .where(
            Incident.client_id == client.id,
            col(Incident.outside_hours) | col(Incident.outside_channels),
        )
    ).one()
    return int(outside)


def _record(c: Client, entries: int, others: Iterable[OtherName] = ()) -> ClientRecord:
    assert c.id is not None
    return ClientRecord(
        id=c.id,
        uuid=c.uuid,
        name=c.name,
        organisation=c.organisation,
        colour=c.colour,
        notes=c.notes,
        archived=c.archived,
        entries=int(entries),
        created_at=c.created_at,
        updated_at=c.updated_at,
        agreement=agreement_of(c),
        other_names=tuple(others),
    )
