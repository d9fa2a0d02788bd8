"""Entries: dated reflections, tagged by client and by free-form tags."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import ColumnElement, CursorResult, Engine, and_, func, tuple_, update
from sqlmodel import Session, col, delete, select

from .clients import ClientService
from .db import translate_errors
from .errors import EntryChangedError, NotFoundError, ValidationError
from .messages import BAD_RATING, ENTRY_CHANGED, NO_ENTRY
from .models import Answer, Client, Entry, EntryClient, EntryTag, Incident, Tag, utcnow
from .periods import same_day_in_earlier_years
from .records import (
    PREVIEW_CHARS,
    ClientRef,
    EntryDraft,
    EntryFilter,
    EntryRecord,
    EntrySummary,
    Ratings,
    first_line,
)
from .tags import TagService

Cursor = tuple[dt.date, dt.time, int]


def now_local() -> tuple[dt.date, dt.time]:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    return now.date(), now.time()


class EntryService:
    def __init__(self, engine: Engine, clients: ClientService, tags: TagService) -> None:
        self._engine = engine
        self._clients = clients
        self._tags = tags

    # -- writing ---------------------------------------------------------------------------
    def add(self, draft: EntryDraft) -> int:
        today, now = now_local()
        with translate_errors(), Session(self._engine) as s:
            entry = Entry(
                entry_date=draft.date or today,
                entry_time=(draft.time or now).replace(microsecond=0),
                title=(draft.title or "").strip(),
                body=draft.body or "",
                private=bool(draft.private),
            )
            s.add(entry)
            s.flush()
            assert entry.id is not None
            self._set_links(s, entry.id, draft)
            s.commit()
            return entry.id

    def update(
        self, entry_id: int, draft: EntryDraft, expected_updated_at: dt.datetime | None = None
    ) -> None:
        """Change what `draft` gives (None fields stay). With `expected_updated_at`, only if
        the entry is still as it was read then; otherwise `EntryChangedError`, and nothing
        is written. The check takes the write lock in the same statement, so no other
        connection can slip a change in between."""
        with translate_errors(), Session(self._engine) as s:
            if expected_updated_at is not None:
                claim = (
                    update(Entry)
                    .where(col(Entry.id) == entry_id)
                    .where(col(Entry.updated_at) == expected_updated_at)
                    .values(updated_at=Entry.updated_at)
                )
                result = s.exec(claim)
                if isinstance(result, CursorResult) and result.rowcount == 0:
                    self._load(s, entry_id)  # gone: NotFoundError
                    raise EntryChangedError(ENTRY_CHANGED, entry_id=entry_id)
            entry = self._load(s, entry_id)
            changed = False
            for field, value in (
                ("entry_date", draft.date),
                ("entry_time", draft.time.replace(microsecond=0) if draft.time else None),
                ("title", draft.title.strip() if draft.title is not None else None),
                ("body", draft.body),
                ("private", draft.private),
            ):
                if value is not None and getattr(entry, field) != value:
                    setattr(entry, field, value)
                    changed = True
            changed = self._set_links(s, entry_id, draft) or changed
            if changed:
                entry.updated_at = utcnow()
                s.add(entry)
            s.commit()

    def set_ratings(self, entry_id: int, ratings: Ratings) -> None:
        """The entry's three 1–5 self-ratings; None clears one."""
        for value in (ratings.respect_client, ratings.self_respect, ratings.partnership):
            if value is not None and not 1 <= value <= 5:
                raise ValidationError(BAD_RATING, value=value)
        with translate_errors(), Session(self._engine) as s:
            entry = self._load(s, entry_id)
            entry.rating_respect_client = ratings.respect_client
            entry.rating_self_respect = ratings.self_respect
            entry.rating_partnership = ratings.partnership
            entry.updated_at = utcnow()
            s.add(entry)
            s.commit()

    def trash(self, entry_id: int) -> None:
        self._set_deleted(entry_id, utcnow())

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None)

    def purge(self, entry_id: int) -> None:
        """Delete for good. The search index forgets it too (FTS5 secure-delete)."""
        with translate_errors(), Session(self._engine) as s:
            self._load(s, entry_id)
            self._unlink_all(s, [entry_id])
            s.exec(delete(Entry).where(col(Entry.id) == entry_id))
            s.commit()

    def purge_if_blank(self, entry_id: int) -> bool:
        """Delete an entry that was made and left untouched: nothing written, tagged, logged,
        answered or rated. True when it went."""
        entry = self.get(entry_id)
        with translate_errors(), Session(self._engine) as s:
            held = s.exec(select(func.count()).where(Incident.entry_id == entry_id)).one()
            held += s.exec(select(func.count()).where(Answer.entry_id == entry_id)).one()
        if not entry.is_blank or held:
            return False
        self.purge(entry_id)
        return True

    def empty_trash(self) -> int:
        with translate_errors(), Session(self._engine) as s:
            ids = [
                i for i in s.exec(select(Entry.id).where(col(Entry.deleted_at).is_not(None))) if i
            ]
            self._unlink_all(s, ids)
            s.exec(delete(Entry).where(col(Entry.id).in_(ids)))
            s.commit()
            return len(ids)

    # -- reading ---------------------------------------------------------------------------
    def get(self, entry_id: int) -> EntryRecord:
        with translate_errors(), Session(self._engine) as s:
            entry = self._load(s, entry_id)
            refs = self.client_refs(s, [entry_id]).get(entry_id, ())
            tags = s.exec(
                select(Tag.name)
                .join(EntryTag, col(EntryTag.tag_id) == Tag.id)
                .where(EntryTag.entry_id == entry_id)
                .order_by(col(Tag.name_key))
            ).all()
            return _record(entry, refs, tuple(tags))

    def count(self, flt: EntryFilter | None = None) -> int:
        stmt = select(func.count()).select_from(Entry)
        for condition in self.conditions(flt or EntryFilter()):
            stmt = stmt.where(condition)
        with translate_errors(), Session(self._engine) as s:
            return int(s.exec(stmt).one())

    def summaries(
        self, flt: EntryFilter | None = None, limit: int = 200, after: Cursor | None = None
    ) -> list[EntrySummary]:
        """Newest first. `after` is the last row's `sort_key`: the next page starts below it."""
        stmt = select(  # type: ignore[call-overload]  # 8 columns: beyond sqlmodel's overloads
            Entry.id,
            Entry.entry_date,
            Entry.entry_time,
            Entry.title,
            func.substr(Entry.body, 1, PREVIEW_CHARS),
            Entry.private,
            Entry.deleted_at,
            select(func.count())
            .where(col(Incident.entry_id) == Entry.id)
            .correlate(Entry)
            .scalar_subquery(),
        )
        for condition in self.conditions(flt or EntryFilter()):
            stmt = stmt.where(condition)
        if after is not None:
            key = tuple_(col(Entry.entry_date), col(Entry.entry_time), col(Entry.id))
            stmt = stmt.where(key < tuple_(*after))
        stmt = stmt.order_by(
            col(Entry.entry_date).desc(), col(Entry.entry_time).desc(), col(Entry.id).desc()
        ).limit(limit)
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(stmt).all()
            refs = self.client_refs(s, [r[0] for r in rows])
        return [
            EntrySummary(
                id=i,
                date=d,
                time=t,
                title=title,
                preview=first_line(body),
                private=private,
                client_refs=refs.get(i, ()),
                deleted_at=deleted,
                incidents=int(incidents),
            )
            for i, d, t, title, body, private, deleted, incidents in rows
        ]

    def dates_with_entries(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        stmt = (
            select(col(Entry.entry_date), func.count())
            .where(
                col(Entry.deleted_at).is_(None), Entry.entry_date >= start, Entry.entry_date <= end
            )
            .group_by(col(Entry.entry_date))
        )
        with translate_errors(), Session(self._engine) as s:
            return {d: int(n) for d, n in s.exec(stmt).all()}

    def first_date(self) -> dt.date | None:
        """The day of the oldest entry not in the trash (None in an empty journal)."""
        stmt = select(func.min(Entry.entry_date)).where(col(Entry.deleted_at).is_(None))
        with translate_errors(), Session(self._engine) as s:
            return s.exec(stmt).one()

    def on_this_day(self, day: dt.date) -> list[EntrySummary]:
        """Entries from the same month and day in earlier years, newest first."""
        with translate_errors(), Session(self._engine) as s:
            # The oldest day, live or trashed: two looks into ix_entry_timeline (one min()
            # over the whole table reads every row of it).
            oldest = [
                s.exec(select(func.min(Entry.entry_date)).where(condition)).one()
                for condition in (
                    col(Entry.deleted_at).is_(None),
                    col(Entry.deleted_at).is_not(None),
                )
            ]
            if all(day is None for day in oldest):
                return []
            first = min(day for day in oldest if day is not None)
            days = same_day_in_earlier_years(first, day)
            stmt = select(Entry.id).where(
                col(Entry.deleted_at).is_(None), col(Entry.entry_date).in_(days)
            )
            ids = [i for i in s.exec(stmt).all() if i is not None]
        return self.summaries_by_id(ids)

    def summaries_by_id(self, ids: Sequence[int]) -> list[EntrySummary]:
        if not ids:
            return []
        found = self.summaries(EntryFilter(ids=tuple(ids)), limit=len(ids))
        order = {entry_id: n for n, entry_id in enumerate(ids)}
        return sorted(found, key=lambda e: order[e.id])

    # -- helpers shared with search --------------------------------------------------------
    @staticmethod
    def conditions(flt: EntryFilter) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = [
            col(Entry.deleted_at).is_not(None) if flt.trashed else col(Entry.deleted_at).is_(None)
        ]
        if flt.ids is not None:
            conds = [col(Entry.id).in_(flt.ids)]
        for client_id in flt.client_ids:
            conds.append(
                col(Entry.id).in_(
                    select(EntryClient.entry_id).where(EntryClient.client_id == client_id)
                )
            )
        for tag_id in flt.tag_ids:
            conds.append(
                col(Entry.id).in_(select(EntryTag.entry_id).where(EntryTag.tag_id == tag_id))
            )
        if flt.date_from is not None:
            conds.append(col(Entry.entry_date) >= flt.date_from)
        if flt.date_to is not None:
            conds.append(col(Entry.entry_date) <= flt.date_to)
        return conds

    @staticmethod
    def client_refs(s: Session, entry_ids: Sequence[int]) -> dict[int, tuple[ClientRef, ...]]:
        if not entry_ids:
            return {}
        rows = s.exec(
            select(EntryClient.entry_id, Client.id, Client.name, Client.colour)
            .join(Client, col(Client.id) == EntryClient.client_id)
            .where(col(EntryClient.entry_id).in_(entry_ids))
            .order_by(col(Client.name_key))
        ).all()
        refs: dict[int, list[ClientRef]] = defaultdict(list)
        for entry_id, client_id, name, colour in rows:
            assert client_id is not None
            refs[entry_id].append(ClientRef(client_id, name, colour))
        return {k: tuple(v) for k, v in refs.items()}

    # -- private ---------------------------------------------------------------------------
    def _set_links(self, s: Session, entry_id: int, draft: EntryDraft) -> bool:
        changed = False
        for names, link, key, ensure in (
            (draft.clients, EntryClient, "client_id", self._clients.ensure),
            (draft.tags, EntryTag, "tag_id", self._tags.ensure),
        ):
            if names is None:
                continue
            wanted = ensure(s, names)
            if link is EntryClient:
                # A client an incident of this entry is about stays linked to it.
                held = s.exec(select(Incident.client_id).where(Incident.entry_id == entry_id))
                wanted += [i for i in dict.fromkeys(held.all()) if i not in wanted]
            current = set(s.exec(select(getattr(link, key)).where(link.entry_id == entry_id)).all())
            gone = current - set(wanted)
            if gone:
                s.exec(
                    delete(link).where(
                        and_(col(link.entry_id) == entry_id, col(getattr(link, key)).in_(gone))
                    )
                )
            for other_id in wanted:
                if other_id not in current:
                    s.add(link(entry_id=entry_id, **{key: other_id}))
            s.flush()
            changed = changed or bool(gone) or any(i not in current for i in wanted)
        return changed

    @staticmethod
    def _unlink_all(s: Session, entry_ids: list[int]) -> None:
        # Links go first, row by row, while the entry still exists: the search-index triggers
        # then see exactly the text they indexed.
        s.exec(delete(EntryTag).where(col(EntryTag.entry_id).in_(entry_ids)))
        s.exec(delete(EntryClient).where(col(EntryClient.entry_id).in_(entry_ids)))

    def _set_deleted(self, entry_id: int, when: dt.datetime | None) -> None:
        with translate_errors(), Session(self._engine) as s:
            entry = self._load(s, entry_id)
            entry.deleted_at = when
            s.add(entry)
            s.commit()

    @staticmethod
    def _load(s: Session, entry_id: int) -> Entry:
        entry = s.get(Entry, entry_id)
        if entry is None:
            raise NotFoundError(NO_ENTRY, entry_id=entry_id)
        return entry


def _record(e: Entry, refs: tuple[ClientRef, ...], tags: tuple[str, ...]) -> EntryRecord:
    assert e.id is not None
    return EntryRecord(
        id=e.id,
        uuid=e.uuid,
        date=e.entry_date,
        time=e.entry_time,
        title=e.title,
        body=e.body,
        private=e.private,
        client_refs=refs,
        tags=tags,
        created_at=e.created_at,
        updated_at=e.updated_at,
        deleted_at=e.deleted_at,
        ratings=Ratings(e.rating_respect_client, e.rating_self_respect, e.rating_partnership),
    )


__all__ = ["Cursor", "EntryChangedError", "EntryService", "first_line", "now_local"]
