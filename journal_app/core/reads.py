"""The command line's read path: the same answers as the services' (`EntryService.summaries`
and `get`, `TagService.all`, `SearchService.search`) from plain SQL on one raw `sqlcipher3`
connection, without SQLAlchemy, SQLModel or ORM objects for rows that are only printed.

It opens only a journal that needs nothing done to it: unencrypted, at the head revision,
writable, no conversion to finish, and whole (the same SQLite check `Journal.open` makes).
For anything else `Reads.open` answers None and the caller takes `Journal.open`, which knows
what to do (migrate, unlock, recover, say it is damaged). A row that does not read (a
damaged date or text) raises `UnreadableError`, and the caller asks `Journal` again: it reports
damage row by row. tests/core/test_reads.py checks that both paths answer alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from ..paths import AppPaths
from .db import (
    BUSY_TIMEOUT_MS,
    FULL_CHECK_MAX_BYTES,
    HEAD_REVISION,
    SQLITE_HEADER,
    apply_key,
    register_functions,
    write_problem,
)
from .records import (
    PREVIEW_CHARS,
    ClientRecord,
    ClientRef,
    EntryFilter,
    EntryRecord,
    EntrySummary,
    OtherName,
    Ratings,
    SearchHit,
    TagRecord,
    first_line,
)
from .snippets import OTHER_NAMES

PAGE = 500  # ids per IN (...) list
MAX_NAME = 200  # core.clients.MAX_NAME: a longer name is refused there, with its message
NEWEST = "ORDER BY e.entry_date DESC, e.entry_time DESC, e.id DESC"
# What a conversion cut short leaves (core.conversion.tidy removes it in Journal.open).
_SCRATCH = ("*.converting*", ".journal.*.partial")
_STATE_FILE = "journal.conversion"
_ENTRY_COLUMNS = (
    "e.id, e.uuid, e.entry_date, e.entry_time, e.title, e.body, e.private, e.created_at, "
    "e.updated_at, e.deleted_at, e.rating_respect_client, e.rating_self_respect, "
    "e.rating_partnership"
)


class UnreadableError(Exception):
    """A row that does not read as the ORM would read it: ask Journal instead."""


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _time(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def _moment(value: str | None) -> dt.datetime | None:
    """An entry's timestamp: UTC, stored without its zone (models: DateTime(timezone=True))."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


class Reads:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths) -> Reads | None:
        """A read-only connection on the journal, or None when `Journal.open` must do it."""
        db_path = paths.db_path
        try:
            size = db_path.stat().st_size
            with open(db_path, "rb") as f:
                plain = f.read(16) == SQLITE_HEADER
        except OSError:
            return None
        if not size or not plain or write_problem(db_path) is not None:
            return None
        if (paths.data_dir / _STATE_FILE).exists() or any(
            any(folder.glob(pattern))
            for folder in (paths.data_dir, paths.backups_dir)
            for pattern in _SCRATCH
        ):
            return None
        try:
            os.chmod(db_path, 0o600)  # as Journal.open keeps it
        except OSError:
            return None
        conn = sqlite.connect(str(db_path))
        try:
            apply_key(conn, None)
            register_functions(conn)
            for pragma in (
                f"busy_timeout = {BUSY_TIMEOUT_MS}",
                "foreign_keys = ON",
                "temp_store = MEMORY",
                "query_only = ON",
            ):
                conn.execute(f"PRAGMA {pragma}")
            if size <= FULL_CHECK_MAX_BYTES:
                whole = all(r[0] == "ok" for r in conn.execute("PRAGMA quick_check"))
            else:  # a large journal: a quick look, as Journal.open takes
                whole = conn.execute("SELECT count(*) FROM sqlite_master").fetchone() is not None
            stamped = (
                conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
                and conn.execute(
                    "SELECT 1 FROM alembic_version WHERE version_num = ?", (HEAD_REVISION,)
                ).fetchone()
            )
        except sqlite.Error:
            conn.close()
            return None
        if not whole or not stamped:
            conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Reads:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """One snapshot for the whole answer; a row that does not read is `UnreadableError`."""
        self._conn.execute("BEGIN")
        try:
            yield
        except (sqlite.Error, ValueError, TypeError) as error:
            raise UnreadableError(str(error)) from error
        finally:
            self._conn.rollback()

    # -- entries ---------------------------------------------------------------------------
    @staticmethod
    def _conditions(flt: EntryFilter) -> tuple[list[str], list[Any]]:
        """EntryService.conditions, as SQL."""
        conds = ["e.deleted_at IS NOT NULL" if flt.trashed else "e.deleted_at IS NULL"]
        params: list[Any] = []
        if flt.ids is not None:
            conds = [f"e.id IN ({', '.join('?' * len(flt.ids))})" if flt.ids else "0"]
            params += flt.ids
        for client_id in flt.client_ids:
            conds.append("e.id IN (SELECT entry_id FROM entry_client WHERE client_id = ?)")
            params.append(client_id)
        for tag_id in flt.tag_ids:
            conds.append("e.id IN (SELECT entry_id FROM entry_tag WHERE tag_id = ?)")
            params.append(tag_id)
        if flt.date_from is not None:
            conds.append("e.entry_date >= ?")
            params.append(flt.date_from.isoformat())
        if flt.date_to is not None:
            conds.append("e.entry_date <= ?")
            params.append(flt.date_to.isoformat())
        return conds, params

    def summaries(
        self, flt: EntryFilter | None = None, limit: int | None = None
    ) -> list[EntrySummary]:
        """Newest first, as EntryService.summaries pages them."""
        with self._reading():
            return self._summaries(flt or EntryFilter(), limit)

    def _summaries(self, flt: EntryFilter, limit: int | None) -> list[EntrySummary]:
        conds, params = self._conditions(flt)
        sql = (
            "SELECT e.id, e.entry_date, e.entry_time, e.title, substr(e.body, 1, ?), e.private, "
            "e.deleted_at, (SELECT count(*) FROM incident i WHERE i.entry_id = e.id) "
            f"FROM entry e WHERE {' AND '.join(conds)} {NEWEST} LIMIT ?"
        )
        rows = self._conn.execute(sql, [PREVIEW_CHARS, *params, -1 if limit is None else limit])
        rows = rows.fetchall()
        refs = self._client_refs([r[0] for r in rows])
        return [
            EntrySummary(
                id=i,
                date=_date(d),
                time=_time(t),
                title=title,
                preview=first_line(body),
                private=bool(private),
                client_refs=refs.get(i, ()),
                deleted_at=_moment(deleted),
                incidents=int(incidents),
            )
            for i, d, t, title, body, private, deleted, incidents in rows
        ]

    def entries(
        self, flt: EntryFilter | None = None, limit: int | None = None
    ) -> list[EntryRecord]:
        """Whole entries, newest first: what `list --json` prints (EntryService.get each)."""
        with self._reading():
            conds, params = self._conditions(flt or EntryFilter())
            sql = (
                f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE {' AND '.join(conds)} {NEWEST} LIMIT ?"
            )
            rows = self._conn.execute(sql, [*params, -1 if limit is None else limit]).fetchall()
            return self._records(rows)

    def get(self, ids: Sequence[int]) -> dict[int, EntryRecord]:
        """These entries, in the trash or not, by id (those there are)."""
        with self._reading():
            return {e.id: e for e in self._get(ids)}

    def _get(self, ids: Sequence[int]) -> list[EntryRecord]:
        rows = []
        for n in range(0, len(ids), PAGE):
            page = list(ids[n : n + PAGE])
            marks = ", ".join("?" * len(page))
            sql = f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE e.id IN ({marks})"
            rows += self._conn.execute(sql, page).fetchall()
        return self._records(rows)

    def _records(self, rows: list[Any]) -> list[EntryRecord]:
        ids = [r[0] for r in rows]
        refs = self._client_refs(ids)
        tags = self._tags_of(ids)
        return [
            EntryRecord(
                id=i,
                uuid=uuid,
                date=_date(d),
                time=_time(t),
                title=title,
                body=body,
                private=bool(private),
                client_refs=refs.get(i, ()),
                tags=tags.get(i, ()),
                created_at=_moment(created),  # type: ignore[arg-type]  # NOT NULL
                updated_at=_moment(updated),  # type: ignore[arg-type]
                deleted_at=_moment(deleted),
                ratings=Ratings(respect, self_respect, partnership),
            )
            for (
                i,
                uuid,
                d,
                t,
                title,
                body,
                private,
                created,
                updated,
                deleted,
                respect,
                self_respect,
                partnership,
            ) in rows
        ]

    def _by_entry(self, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
        found: dict[int, list[Any]] = defaultdict(list)
        for n in range(0, len(ids), PAGE):
            page = list(ids[n : n + PAGE])
            for entry_id, *rest in self._conn.execute(
                sql.format(marks=", ".join("?" * len(page))), page
            ):
                found[entry_id].append(rest)
        return found

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

    # -- names -----------------------------------------------------------------------------
    def client_id(self, name: str) -> int | None:
        """ClientService.find(name).id: the client of this name, in any case and spacing."""
        key = " ".join(name.split()).casefold()
        return self._id("SELECT id FROM client WHERE name_key = ?", key) if key else None

    def tag_id(self, name: str) -> int | None:
        """TagService.find(name), for a name TagService would take (else None: let it say)."""
        cleaned = " ".join(name.strip().lstrip("#").split())
        if not cleaned or len(cleaned) > MAX_NAME:
            return None
        return self._id("SELECT id FROM tag WHERE name_key = ?", cleaned.casefold())

    def _id(self, sql: str, key: str) -> int | None:
        with self._reading():
            row = self._conn.execute(sql, (key,)).fetchone()
        return None if row is None else int(row[0])

    # -- clients ---------------------------------------------------------------------------
    def clients(self) -> list[ClientRecord]:
        """ClientService.all: every client, with its entries outside the trash counted."""
        from .agreements import from_columns

        with self._reading():
            others: dict[int, list[OtherName]] = defaultdict(list)
            for client_id, name, kind in self._conn.execute(
                f"SELECT client_id, name, kind FROM {OTHER_NAMES} ORDER BY name_key"
            ):
                others[client_id].append(OtherName(name, kind == "person"))
            rows = self._conn.execute(
                "SELECT c.id, c.uuid, c.name, c.organisation, c.colour, c.notes, c.archived, "
                "c.created_at, c.updated_at, c.agreed_days, c.agreed_from, c.agreed_to, "
                "c.agreed_channels, coalesce(live.n, 0) FROM client c LEFT OUTER JOIN "
                "(SELECT client_id, count(*) AS n FROM entry_client WHERE entry_id NOT IN "
                "(SELECT id FROM entry WHERE deleted_at IS NOT NULL) GROUP BY client_id) live "
                "ON live.client_id = c.id ORDER BY c.name_key"
            ).fetchall()
            return [
                ClientRecord(
                    id=i,
                    uuid=uuid,
                    name=name,
                    organisation=organisation,
                    colour=colour,
                    notes=notes,
                    archived=bool(archived),
                    entries=int(entries),
                    created_at=_moment(created),  # type: ignore[arg-type]  # NOT NULL
                    updated_at=_moment(updated),  # type: ignore[arg-type]
                    agreement=from_columns(days, start, end, channels),
                    other_names=tuple(others.get(i, ())),
                )
                for (
                    i,
                    uuid,
                    name,
                    organisation,
                    colour,
                    notes,
                    archived,
                    created,
                    updated,
                    days,
                    start,
                    end,
                    channels,
                    entries,
                ) in rows
            ]

    # -- tags ------------------------------------------------------------------------------
    def tags(self) -> list[TagRecord]:
        """TagService.all: tags in use by live entries, with counts."""
        with self._reading():
            rows = self._conn.execute(
                "SELECT t.id, t.name, count(*) FROM tag t JOIN entry_tag l ON l.tag_id = t.id "
                "WHERE l.entry_id NOT IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL) "
                "GROUP BY t.id ORDER BY t.name_key"
            ).fetchall()
        return [TagRecord(id=i, name=n, entries=c) for i, n, c in rows]

    # -- search ----------------------------------------------------------------------------
    def search(
        self, query: str, flt: EntryFilter | None = None, limit: int = 50, sort: str = "rank"
    ) -> list[SearchHit]:
        """SearchService.search."""
        from .search_query import parse
        from .snippets import WEIGHTS, where

        q = parse(query)
        if q.is_empty:
            return []
        conds, params = self._conditions(flt or EntryFilter())
        if q.date_from is not None:
            conds.append("e.entry_date >= ?")
            params.append(q.date_from.isoformat())
        if q.date_to is not None:
            conds.append("e.entry_date <= ?")
            params.append(q.date_to.isoformat())
        if q.private:
            conds.append("e.private IS 1")
        if q.has_incident:
            conds.append("e.id IN (SELECT entry_id FROM incident)")
        for kind in q.kinds:
            conds.append(
                "e.id IN (SELECT i.entry_id FROM incident i JOIN incident_kind k "
                "ON k.id = i.kind_id WHERE k.key = ?)"
            )
            params.append(kind)
        newest = "e.entry_date DESC, e.entry_time DESC, e.id DESC"
        if q.match is None:
            sql = f"SELECT e.id, 0.0 FROM entry e WHERE {' AND '.join(conds)} ORDER BY {newest}"
        else:
            weights = ", ".join(repr(w) for w in WEIGHTS)
            sql = (
                f"SELECT e.id, bm25(entry_fts, {weights}) AS score FROM entry_fts "
                f"JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH ? "
                f"AND {' AND '.join(conds)} ORDER BY {newest if sort == 'newest' else 'score'}"
            )
            params = [q.match, *params]
        with self._reading():
            ranked = self._conn.execute(sql + " LIMIT ?", [*params, limit]).fetchall()
            ids = [entry_id for entry_id, _ in ranked]
            if not ids:
                return []
            fields = self._texts(ids, OTHER_NAMES)
            summaries = {e.id: e for e in self._summaries(EntryFilter(ids=tuple(ids)), len(ids))}
        hits = []
        for entry_id, rank in ranked:
            summary = summaries[entry_id]
            written = fields[entry_id]
            written["client"] = [r.name for r in summary.client_refs] + written["client"]
            matched, snippet = where(q, written)
            hits.append(
                SearchHit(entry=summary, snippet=snippet, score=float(rank), matched_in=matched)
            )
        return hits

    def _texts(self, ids: Sequence[int], other_names: str) -> dict[int, dict[str, list[str]]]:
        """Everything written in these entries, field by field (core.search._texts)."""
        out: dict[int, dict[str, list[str]]] = {i: defaultdict(list) for i in ids}
        queries = [
            ("title", "SELECT id, title FROM entry WHERE id IN ({marks})"),
            ("body", "SELECT id, body FROM entry WHERE id IN ({marks})"),
            (
                "answer",
                "SELECT entry_id, text FROM answer WHERE entry_id IN ({marks}) "
                "ORDER BY question_id",
            ),
            (
                "incident_note",
                "SELECT entry_id, note FROM incident WHERE entry_id IN ({marks}) AND note != '' "
                "ORDER BY id",
            ),
            (
                "tag",
                "SELECT l.entry_id, t.name FROM entry_tag l JOIN tag t ON t.id = l.tag_id "
                "WHERE l.entry_id IN ({marks}) ORDER BY t.name_key",
            ),
        ]
        if self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (other_names,)
        ).fetchone():
            queries.append(
                (
                    "client",
                    f"SELECT l.entry_id, o.name FROM entry_client l JOIN {other_names} o "
                    "ON o.client_id = l.client_id WHERE l.entry_id IN ({marks})",
                )
            )
        for name, sql in queries:
            for entry_id, values in self._by_entry(sql, ids).items():
                for (value,) in values:
                    if value:
                        out[entry_id][name].append(value)
        return out
