"""Opening the journal for the command line's quick path, and what every reader shares: one
raw `sqlcipher3` connection, keyed and with `bj_forms` registered as `core/db.py` does.

It opens only a journal that needs nothing done to it: unencrypted, at the head revision,
writable, no conversion to finish, and whole (SQLite's check of every table, as `Journal.open`
makes it but for the search index: `_tables_whole`).
For anything else `open` answers None and the caller takes `Journal.open`, which knows what
to do (migrate, unlock, recover, say it is damaged). A row that does not read (a damaged
date or text) raises `UnreadableError`, and the caller asks `Journal` again: it reports
damage row by row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, Self

import sqlcipher3.dbapi2 as sqlite

from ...paths import AppPaths
from ..db import (
    BUSY_TIMEOUT_MS,
    FULL_CHECK_MAX_BYTES,
    HEAD_REVISION,
    SQLITE_HEADER,
    apply_key,
    register_functions,
    write_problem,
)

PAGE = 500  # ids per IN (...) list
# What a conversion cut short leaves (core.conversion.tidy removes it in Journal.open).
_SCRATCH = ("*.converting*", ".journal.*.partial")
_STATE_FILE = "journal.conversion"
# As core/db.py's _on_connect sets them for the app's engine; the reads add query_only.
WRITING = (
    f"busy_timeout = {BUSY_TIMEOUT_MS}",
    "foreign_keys = ON",
    "journal_mode = WAL",
    "synchronous = FULL",
    "secure_delete = ON",
    "temp_store = MEMORY",
)
READING = (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON", "temp_store = MEMORY")


class UnreadableError(Exception):
    """A row that does not read as the ORM would read it: ask Journal instead."""


def date_of(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def time_of(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def moment(value: str | None) -> dt.datetime | None:
    """A timestamp: UTC, stored without its zone (models: DateTime(timezone=True))."""
    if value is None:
        return None
    found = dt.datetime.fromisoformat(value)
    return found.replace(tzinfo=dt.UTC) if found.tzinfo is None else found


def naive(value: str) -> dt.datetime:
    """A wall-clock time stored without a zone (an incident's `occurred_at`)."""
    return dt.datetime.fromisoformat(value)


def marks(n: int) -> str:
    return ", ".join("?" * n)


def _tables_whole(conn: Any) -> bool:
    """SQLite's quick check of every table that holds the person's data, its indexes with it.

    A virtual table is left out: FTS5 answers `quick_check` with a full check of its whole
    index (it ignores "quick"), most of a command's time at 1,000 entries. The index holds
    nothing of its own (it is made from the entries: `Journal.rebuild_search_index`), the
    B-trees of its shadow tables are still checked here, and `Journal.open` (the window, and
    every command off the quick path) checks it whole. The freelist is not looked at
    either: a write that meets a damaged one is rolled back and reported as damage
    (`core.db.describe_db_error`)."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return all(
        row[0] == "ok"
        for name in tables
        for row in conn.execute(f'PRAGMA quick_check("{name}")')  # names from the schema
    )


class Base:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @classmethod
    def open(cls, paths: AppPaths, write: bool = False, full_check: bool = True) -> Self | None:
        """A connection on the journal (read-only unless `write`), or None when
        `Journal.open` must do it. `full_check=False`: SQLite's full check is left to later
        (the window runs it on a thread, as it does after `Journal.open`)."""
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
        conn = sqlite.connect(str(db_path), isolation_level=None)
        try:
            apply_key(conn, None)
            register_functions(conn)
            for pragma in WRITING if write else (*READING, "query_only = ON"):
                conn.execute(f"PRAGMA {pragma}")
            if full_check and size <= FULL_CHECK_MAX_BYTES:
                whole = _tables_whole(conn)
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

    def data_version(self) -> int:
        """SQLite's count of other connections' commits, as this one has seen them."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def __enter__(self) -> Self:
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

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return self._conn.execute(sql, params).fetchall()

    def _by_entry(self, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
        """`sql`'s rows for these entries, page by page ({marks} is the page's ?s)."""
        found: dict[int, list[Any]] = defaultdict(list)
        for n in range(0, len(ids), PAGE):
            page = list(ids[n : n + PAGE])
            for entry_id, *rest in self._conn.execute(sql.format(marks=marks(len(page))), page):
                found[entry_id].append(rest)
        return found

    def _id(self, sql: str, key: str) -> int | None:
        with self._reading():
            row = self._conn.execute(sql, (key,)).fetchone()
        return None if row is None else int(row[0])
