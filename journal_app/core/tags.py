"""Free-form tags. Names are unique regardless of case; a leading '#' is not part of it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine
from sqlmodel import Session, col, delete, select

from .clients import clean_name, name_key
from .db import translate_errors
from .errors import ConflictError, NotFoundError
from .messages import NO_TAG_ID, NO_TAG_NAMED, TAG_EXISTS
from .models import EntryTag, Tag, live_links
from .records import TagRecord


def clean_tag(name: str) -> str:
    return clean_name(name.strip().lstrip("#"), what="tag")


class TagService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[TagRecord]:
        """Tags in use by live entries, with counts; unused tags are left out."""
        live = live_links("entry_tag")
        stmt = (
            select(Tag.id, Tag.name, live.c.n)
            .join(live, live.c.of == Tag.id)
            .where(live.c.n > 0)
            .order_by(col(Tag.name_key))
        )
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(stmt).all()
            return [TagRecord(id=i, name=n, entries=c) for i, n, c in rows if i is not None]

    def names(self) -> list[str]:
        """Every tag's name, used or not, without counting entries (for completion)."""
        with translate_errors(), Session(self._engine) as s:
            return list(s.exec(select(Tag.name).order_by(col(Tag.name_key))).all())

    def find(self, name: str) -> int | None:
        with translate_errors(), Session(self._engine) as s:
            return s.exec(select(Tag.id).where(Tag.name_key == name_key(clean_tag(name)))).first()

    def by_name(self, name: str) -> int:
        found = self.find(name)
        if found is None:
            raise NotFoundError(NO_TAG_NAMED, tag=clean_tag(name))
        return found

    def ensure(self, s: Session, names: Iterable[str]) -> list[int]:
        ids: list[int] = []
        for raw in names:
            name = clean_tag(raw)
            tag = s.exec(select(Tag).where(Tag.name_key == name_key(name))).first()
            if tag is None:
                tag = Tag(name=name, name_key=name_key(name))
                s.add(tag)
                s.flush()
            assert tag.id is not None
            if tag.id not in ids:
                ids.append(tag.id)
        return ids

    def rename(self, tag_id: int, new_name: str) -> None:
        name = clean_tag(new_name)
        with translate_errors(), Session(self._engine) as s:
            tag = s.get(Tag, tag_id)
            if tag is None:
                raise NotFoundError(NO_TAG_ID, tag_id=tag_id)
            clash = s.exec(select(Tag).where(Tag.name_key == name_key(name))).first()
            if clash is not None and clash.id != tag_id:
                raise ConflictError(TAG_EXISTS, name=clash.name)
            tag.name, tag.name_key = name, name_key(name)
            s.add(tag)
            s.commit()

    def delete(self, tag_id: int) -> None:
        """Remove the tag from every entry (the entries stay)."""
        with translate_errors(), Session(self._engine) as s:
            tag = s.get(Tag, tag_id)
            if tag is None:
                raise NotFoundError(NO_TAG_ID, tag_id=tag_id)
            s.exec(delete(EntryTag).where(col(EntryTag.tag_id) == tag_id))
            s.delete(tag)
            s.commit()
