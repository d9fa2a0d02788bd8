"""Entries on the quick path: `EntryService.summaries` and `get`, from the services' own SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..records import (
    PREVIEW_CHARS,
    ClientRef,
    EntryFilter,
    EntryRecord,
    EntrySummary,
    Ratings,
    first_line,
)
from .base import PAGE, Base, date_of, marks, moment, time_of

NEWEST = "ORDER BY e.entry_date DESC, e.entry_time DESC, e.id DESC"
ENTRY_COLUMNS = (
    "e.id, e.uuid, e.entry_date, e.entry_time, e.title, e.body, e.private, e.created_at, "
    "e.updated_at, e.deleted_at, e.rating_respect_client, e.rating_self_respect, "
    "e.rating_partnership"
)


def conditions(flt: EntryFilter) -> tuple[list[str], list[Any]]:
    """EntryService.conditions, as SQL."""
    conds = ["e.deleted_at IS NOT NULL" if flt.trashed else "e.deleted_at IS NULL"]
    params: list[Any] = []
    if flt.ids is not None:
        conds = [f"e.id IN ({marks(len(flt.ids))})" if flt.ids else "0"]
        params += flt.ids
    for client_id in flt.client_ids:
        conds.append("e.id IN (SELECT entry_id FROM entry_client WHERE client_id = ?)")
        params.append(client_id)
    for tag_id in flt.tag_ids:
        conds.append("e.id IN (SELECT entry_id FROM entry_tag WHERE tag_id = ?)")
        params.append(tag_id)
    dated(conds, params, flt.date_from, flt.date_to)
    return conds, params


def dated(conds: list[str], params: list[Any], start: dt.date | None, end: dt.date | None) -> None:
    """Entries from `start` to `end`, inclusive (either may be open)."""
    for day, sql in ((start, "e.entry_date >= ?"), (end, "e.entry_date <= ?")):
        if day is not None:
            conds.append(sql)
            params.append(day.isoformat())


class EntryReads(Base):
    def summaries(
        self, flt: EntryFilter | None = None, limit: int | None = None
    ) -> list[EntrySummary]:
        """Newest first, as EntryService.summaries pages them."""
        with self._reading():
            return self._summaries(flt or EntryFilter(), limit)

    def entry_ids(self, flt: EntryFilter | None = None) -> list[int]:
        """The ids `summaries` would list, newest first, without building them."""
        conds, params = conditions(flt or EntryFilter())
        with self._reading():
            where = " AND ".join(conds)
            rows = self._rows(f"SELECT e.id FROM entry e WHERE {where} {NEWEST}", params)
        return [i for (i,) in rows]

    def _summaries(self, flt: EntryFilter, limit: int | None) -> list[EntrySummary]:
        conds, params = conditions(flt)
        sql = (
            "SELECT e.id, e.entry_date, e.entry_time, e.title, substr(e.body, 1, ?), e.private, "
            "e.deleted_at, (SELECT count(*) FROM incident i WHERE i.entry_id = e.id) "
            f"FROM entry e WHERE {' AND '.join(conds)} {NEWEST} LIMIT ?"
        )
        rows = self._rows(sql, [PREVIEW_CHARS, *params, -1 if limit is None else limit])
        refs = self._client_refs([r[0] for r in rows])
        return [
            EntrySummary(
                id=i,
                date=date_of(d),
                time=time_of(t),
                title=title,
                preview=first_line(body),
                private=bool(private),
                client_refs=refs.get(i, ()),
                deleted_at=moment(deleted),
                incidents=int(incidents),
            )
            for i, d, t, title, body, private, deleted, incidents in rows
        ]

    def entries(
        self, flt: EntryFilter | None = None, limit: int | None = None
    ) -> list[EntryRecord]:
        """Whole entries, newest first: what `list --json` prints (EntryService.get each)."""
        with self._reading():
            conds, params = conditions(flt or EntryFilter())
            where = " AND ".join(conds)
            sql = f"SELECT {ENTRY_COLUMNS} FROM entry e WHERE {where} {NEWEST} LIMIT ?"
            return self._records(self._rows(sql, [*params, -1 if limit is None else limit]))

    def get(self, ids: Sequence[int]) -> dict[int, EntryRecord]:
        """These entries, in the trash or not, by id (those there are)."""
        with self._reading():
            return {e.id: e for e in self._get(ids)}

    def ratings(self, ids: Sequence[int]) -> dict[int, Ratings]:
        """These entries' ratings, by id (EntryService.get(id).ratings, without the rest)."""
        with self._reading():
            rows = self._by_entry(
                "SELECT id, rating_respect_client, rating_self_respect, rating_partnership "
                "FROM entry WHERE id IN ({marks})",
                ids,
            )
        return {i: Ratings(*found[0]) for i, found in rows.items()}

    def _get(self, ids: Sequence[int]) -> list[EntryRecord]:
        rows = []
        for n in range(0, len(ids), PAGE):
            page = list(ids[n : n + PAGE])
            sql = f"SELECT {ENTRY_COLUMNS} FROM entry e WHERE e.id IN ({marks(len(page))})"
            rows += self._rows(sql, page)
        return self._records(rows)

    def _records(self, rows: list[Any]) -> list[EntryRecord]:
        ids = [r[0] for r in rows]
        refs = self._client_refs(ids)
        tags = self._tags_of(ids)
        return [
            EntryRecord(
                id=i,
                uuid=uuid,
                date=date_of(d),
                time=time_of(t),
                title=title,
                body=body,
                private=bool(private),
                client_refs=refs.get(i, ()),
                tags=tags.get(i, ()),
                created_at=moment(created),  # type: ignore[arg-type]  # NOT NULL
                updated_at=moment(updated),  # type: ignore[arg-type]
                deleted_at=moment(deleted),
                ratings=Ratings(*ratings),
            )
            for (i, uuid, d, t, title, body, private, created, updated, deleted, *ratings) in rows
        ]

    def _client_refs(self, ids: Sequence[int]) -> dict[int, tuple[ClientRef, ...]]:
        """EntryService.client_refs. One page sorted by name_key is the ORM's order: the
        rows of each entry come in name_key order in both."""
        rows = self._by_entry(
            "SELECT l.entry_id, c.id, c.name, c.colour FROM entry_client l "
            "JOIN client c ON c.id = l.client_id WHERE l.entry_id IN ({marks}) "
            "ORDER BY c.name_key",
            ids,
        )
        return {k: tuple(ClientRef(*r) for r in v) for k, v in rows.items()}

    def _tags_of(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        rows = self._by_entry(
            "SELECT l.entry_id, t.name FROM entry_tag l JOIN tag t ON t.id = l.tag_id "
            "WHERE l.entry_id IN ({marks}) ORDER BY t.name_key",
            ids,
        )
        return {k: tuple(r[0] for r in v) for k, v in rows.items()}
