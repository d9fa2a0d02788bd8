"""`add` on the quick path: the new entry `EntryService.add` writes, as the same rows (the
search index follows by the same triggers, with `bj_forms` registered on this connection).

Only what needs no decision of the services: clients that exist already (by name or by one
of their other names) — a new client, with its colour from the palette, is made by
`ClientService.ensure` on the ordinary path. `prepare` says whether the draft's names can
be taken here before anything is read or written. tests/core/test_reads.py checks that the
rows are those the service writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from ..db import describe_db_error
from ..records import EntryDraft
from .base import Base
from .names import MAX_NAME


def _spaced(name: str) -> str | None:
    """core.clients.clean_name's name, or None for one it refuses (it says why)."""
    cleaned = " ".join(name.split())
    return cleaned if cleaned and len(cleaned) <= MAX_NAME else None


def stored(moment: dt.datetime) -> str:
    """A moment as SQLAlchemy stores a DateTime in SQLite: UTC, without its zone."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


class AddReads(Base):
    def prepare(
        self, clients: tuple[str, ...], tags: tuple[str, ...]
    ) -> tuple[list[int], list[str]] | None:
        """The ids of these clients and the cleaned tags, or None when the ordinary path
        must take the entry (a client to create, a name it refuses)."""
        ids: list[int] = []
        with self._reading():
            for raw in clients:
                name = _spaced(raw)
                if name is None:
                    return None
                key = (name.casefold(),)
                row = self._rows("SELECT id FROM client WHERE name_key = ?", key) or self._rows(
                    "SELECT client_id FROM client_other_name WHERE name_key = ?", key
                )
                if not row:
                    return None
                if row[0][0] not in ids:
                    ids.append(row[0][0])
        cleaned = [_spaced(raw.strip().lstrip("#")) for raw in tags]
        if None in cleaned:
            return None
        return ids, [t for t in cleaned if t is not None]

    def add(self, draft: EntryDraft, client_ids: list[int], tags: list[str]) -> int:
        """EntryService.add, for names `prepare` took."""
        import uuid as uuid_mod

        now = dt.datetime.now().replace(second=0, microsecond=0)  # core.entries.now_local
        created = dt.datetime.now(dt.UTC)
        row: dict[str, Any] = {
            "uuid": str(uuid_mod.uuid4()),
            "day": (draft.date or now.date()).isoformat(),
            "at": (draft.time or now.time()).replace(microsecond=0).isoformat("microseconds"),
            "title": (draft.title or "").strip(),
            "body": draft.body or "",
            "private": int(bool(draft.private)),
            "created": stored(created),
            "updated": stored(dt.datetime.now(dt.UTC)),
        }
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            entry_id = conn.execute(
                "INSERT INTO entry (uuid, entry_date, entry_time, title, body, private, "
                "rating_respect_client, rating_self_respect, rating_partnership, created_at, "
                "updated_at, deleted_at) VALUES (:uuid, :day, :at, :title, :body, :private, "
                "NULL, NULL, NULL, :created, :updated, NULL)",
                row,
            ).lastrowid
            for client_id in client_ids:
                conn.execute(
                    "INSERT INTO entry_client (entry_id, client_id) VALUES (?, ?)",
                    (entry_id, client_id),
                )
            tag_ids: list[int] = []
            for name in tags:  # TagService.ensure
                found = conn.execute(
                    "SELECT id FROM tag WHERE name_key = ?", (name.casefold(),)
                ).fetchone()
                tag_id = (
                    found[0]
                    if found
                    else conn.execute(
                        "INSERT INTO tag (name, name_key) VALUES (?, ?)", (name, name.casefold())
                    ).lastrowid
                )
                if tag_id not in tag_ids:
                    tag_ids.append(tag_id)
            for tag_id in tag_ids:
                conn.execute(
                    "INSERT INTO entry_tag (entry_id, tag_id) VALUES (?, ?)", (entry_id, tag_id)
                )
            conn.execute("COMMIT")
        except BaseException as error:
            conn.rollback()
            typed = describe_db_error(error) if isinstance(error, sqlite.Error) else None
            if typed is not None:  # as core.db.translate_errors says it (locked, disk full…)
                raise typed from error
            raise
        return int(entry_id)
