"""Incident kinds: what sort of boundary incident it was. Seeded from the book's stories,
then the person's to rename, add to and archive (never delete: incidents refer to them)."""

from __future__ import annotations

import re

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from .catalogue import Catalogue
from .clients import clean_name
from .db import translate_errors
from .errors import ConflictError, NotFoundError, ValidationError
from .messages import BAD_DIRECTION, KIND_EXISTS, NO_KIND
from .models import Direction, IncidentKind
from .records import KindRecord

_NOT_KEY = re.compile(r"[^\w]+")


def check_direction(direction: str) -> str:
    try:
        return Direction(direction.strip().lower()).value
    except ValueError:
        raise ValidationError(BAD_DIRECTION, direction=direction.strip()) from None


def make_key(name: str) -> str:
    """A short, typeable key from a name: "Late invoices" → "late_invoices"."""
    return _NOT_KEY.sub("_", name.casefold()).strip("_")[:40] or "kind"


class KindService:
    def __init__(self, engine: Engine, catalogue: Catalogue) -> None:
        self._engine = engine
        self._catalogue = catalogue

    def all(self, lang: str = "en", include_archived: bool = False) -> list[KindRecord]:
        stmt = select(IncidentKind).order_by(col(IncidentKind.position), col(IncidentKind.id))
        if not include_archived:
            stmt = stmt.where(col(IncidentKind.archived).is_(False))
        with translate_errors(), Session(self._engine) as s:
            return [self.record(k, lang) for k in s.exec(stmt).all()]

    def get(self, key: str, lang: str = "en") -> KindRecord:
        with translate_errors(), Session(self._engine) as s:
            return self.record(self.load(s, key), lang)

    def load(self, s: Session, key: str) -> IncidentKind:
        kind = s.exec(select(IncidentKind).where(IncidentKind.key == key.strip())).first()
        if kind is None:
            raise NotFoundError(NO_KIND, key=key.strip())
        return kind

    def record(self, kind: IncidentKind, lang: str) -> KindRecord:
        assert kind.id is not None
        return KindRecord(
            id=kind.id,
            key=kind.key,
            name=kind.name or self._catalogue.kind_name(kind.key, lang),
            direction=kind.direction,
            builtin=kind.builtin,
            archived=kind.archived,
        )

    def add(self, name: str, direction: str) -> str:
        name = clean_name(name, "kind")
        direction = check_direction(direction)
        with translate_errors(), Session(self._engine) as s:
            self._refuse_duplicate(s, name, None)
            key, n = make_key(name), 2
            base = key
            while s.exec(select(IncidentKind).where(IncidentKind.key == key)).first():
                key, n = f"{base}_{n}", n + 1
            last = s.exec(select(func.max(IncidentKind.position))).one() or 0
            s.add(IncidentKind(key=key, name=name, direction=direction, position=last + 1))
            s.commit()
            return key

    def rename(self, key: str, name: str) -> None:
        name = clean_name(name, "kind")
        with translate_errors(), Session(self._engine) as s:
            kind = self.load(s, key)
            self._refuse_duplicate(s, name, kind.id)
            kind.name = name
            s.add(kind)
            s.commit()

    def set_archived(self, key: str, archived: bool) -> None:
        with translate_errors(), Session(self._engine) as s:
            kind = self.load(s, key)
            kind.archived = archived
            s.add(kind)
            s.commit()

    def _refuse_duplicate(self, s: Session, name: str, own_id: int | None) -> None:
        folded = name.casefold()
        for kind in s.exec(select(IncidentKind)).all():
            if kind.id == own_id:
                continue
            builtin_names = self._catalogue.kind_names.get(kind.key, {}).values()
            names = {kind.name} if kind.name else set(builtin_names)
            if folded in {n.casefold() for n in names}:
                raise ConflictError(KIND_EXISTS, name=name)
