"""Other names of clients: short names, old names, transliterations, abbreviations, and the
names of the client's people. Pseudonymised exports replace every one of them, so each name
belongs to one client only and is never also a client's own name: an export could not say
whose alias it should become.

These functions work inside a session the caller opens (see `ClientService`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlmodel import Session, col, select

from .errors import ConflictError, NotFoundError, ValidationError
from .messages import (
    NOT_OTHER_NAME,
    OTHER_NAME_EMPTY,
    OTHER_NAME_EXISTS,
    OTHER_NAME_IN_USE,
    OTHER_NAME_IS_CLIENT,
    OTHER_NAME_TOO_LONG,
)
from .models import Client, ClientOtherName, OtherNameKind
from .records import OtherName

MAX_NAME = 200


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(OTHER_NAME_EMPTY)
    if len(cleaned) > MAX_NAME:
        raise ValidationError(OTHER_NAME_TOO_LONG, limit=MAX_NAME)
    return cleaned


def find(s: Session, name: str) -> ClientOtherName | None:
    return s.exec(select(ClientOtherName).where(ClientOtherName.name_key == name_key(name))).first()


def refuse_as_client_name(s: Session, name: str, client_id: int | None = None) -> None:
    """A client may not be called by another client's other name."""
    found = find(s, name)
    if found is not None and found.client_id != client_id:
        owner = s.get(Client, found.client_id)
        raise ConflictError(OTHER_NAME_IN_USE, name=found.name, client=owner.name if owner else "?")


def add(s: Session, client: Client, names: Iterable[str], person: bool = False) -> None:
    """Add `names` to the client (all or none). A name the client already has as the other
    kind changes kind: that is how a name is marked as a person's, or unmarked."""
    assert client.id is not None
    kind = (OtherNameKind.PERSON if person else OtherNameKind.OTHER).value
    seen: set[str] = set()
    for raw in names:
        name = clean(raw)
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        named = s.exec(select(Client).where(Client.name_key == key)).first()
        if named is not None:
            raise ConflictError(OTHER_NAME_IS_CLIENT, name=name, named=named.name)
        found = find(s, name)
        if found is not None and (found.client_id != client.id or found.kind == kind):
            owner = s.get(Client, found.client_id)
            raise ConflictError(
                OTHER_NAME_EXISTS, name=found.name, client=owner.name if owner else "?"
            )
        if found is not None:
            found.kind = kind
            s.add(found)
        else:
            s.add(ClientOtherName(client_id=client.id, name=name, name_key=key, kind=kind))
        s.flush()


def keep_old_name(s: Session, client: Client, old: str, new_key: str) -> None:
    """A rename keeps the old name as another name (it is still written in old entries), and
    a name the client had as another name stops being one once it is the client's own."""
    assert client.id is not None
    taken = find(s, old)
    if name_key(old) != new_key and taken is None:
        s.add(ClientOtherName(client_id=client.id, name=old, name_key=name_key(old)))
    now_own = s.exec(select(ClientOtherName).where(ClientOtherName.name_key == new_key)).first()
    if now_own is not None and now_own.client_id == client.id:
        s.delete(now_own)
    s.flush()


def remove(s: Session, client: Client, name: str) -> None:
    found = find(s, name)
    if found is None or found.client_id != client.id:
        raise NotFoundError(NOT_OTHER_NAME, name=" ".join(name.split()), client=client.name)
    s.delete(found)
    s.flush()


def move(s: Session, source: Client, into: Client) -> None:
    """A merge: the source's name, organisation and other names become other names of
    `into` (they are still written in the source's entries)."""
    assert into.id is not None and source.id is not None
    for row in s.exec(select(ClientOtherName).where(ClientOtherName.client_id == source.id)):
        row.client_id = into.id
        s.add(row)
    s.flush()
    own = {name_key(into.name), name_key(into.organisation)}
    for name in (source.name, source.organisation):
        key = name_key(name)
        if key and key not in own and find(s, name) is None:
            s.add(ClientOtherName(client_id=into.id, name=" ".join(name.split()), name_key=key))
            s.flush()


def by_client(s: Session, client_ids: Iterable[int] | None = None) -> dict[int, list[OtherName]]:
    stmt = select(ClientOtherName).order_by(col(ClientOtherName.name_key))
    if client_ids is not None:
        stmt = stmt.where(col(ClientOtherName.client_id).in_(list(client_ids)))
    found: dict[int, list[OtherName]] = defaultdict(list)
    for row in s.exec(stmt):
        found[row.client_id].append(OtherName(row.name, row.kind == OtherNameKind.PERSON.value))
    return found
