"""Connecting to a journal file at the DB-API level: the key applied (SQLCipher), the SQL
functions its schema calls registered, and telling a plain file from an encrypted one.

Below both `db.py` (engines, migrations) and `backups.py` (copies), so that neither has to
import the other for a connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

SQLITE_HEADER = b"SQLite format 3\x00"


def keyed_connect(path: Path | str, key: bytes | None) -> Any:
    """A DB-API connection on `path`, keyed when `key` is given. The key goes in by PRAGMA,
    never in a URL or a log; SQLCipher's own logging is off (it would print to stderr)."""
    conn = apply_key(sqlite.connect(str(path)), key)
    register_functions(conn)
    return conn


def apply_key(conn: Any, key: bytes | None) -> Any:
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        from .keys import sqlcipher_key  # cryptography: only an encrypted journal loads it

        conn.execute(f"PRAGMA key = {sqlcipher_key(key)}")
    return conn


def register_functions(dbapi_conn: Any) -> None:
    """The SQL functions the journal's schema calls: the search index's word forms (its
    view and triggers, migration 0007)."""
    from .morphology import index_forms

    dbapi_conn.create_function("bj_forms", 1, index_forms, deterministic=True)


def is_encrypted(path: Path) -> bool:
    """An SQLite file starts with its header in plain text; SQLCipher encrypts it too. An
    empty file is a new journal, not an encrypted one."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER
