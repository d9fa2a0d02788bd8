"""The engine, its pragmas, migrations at open, and backups.

Every connection goes through SQLCipher's build of SQLite (`sqlcipher3`): it is a current
SQLite (FTS5 secure-delete needs ≥ 3.42), and the same driver later opens encrypted journals.
An unencrypted journal is an ordinary SQLite file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, exc, inspect
from sqlalchemy.pool import StaticPool

from .errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    JournalError,
    SchemaTooNewError,
    StorageError,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "foreign_keys = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",  # freed pages are zeroed: deleted text is gone from the file
        ):
            cur.execute(f"PRAGMA {pragma}")
    finally:
        cur.close()


def create_journal_engine(path: Path | None) -> Engine:
    """An engine on the journal file, or on a private in-memory database when `path` is None."""
    if path is None:
        engine = create_engine(
            "sqlite://",
            module=sqlite,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    else:
        engine = create_engine(f"sqlite:///{path}", module=sqlite)
    event.listen(engine, "connect", _on_connect)
    return engine


def describe_db_error(error: BaseException) -> JournalError | None:
    """Map SQLite's environment errors to typed ones; None means it is a bug, not the user's."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            "Boundary Journal is already open: another window or program is using this "
            "journal (the database is locked). Close it and try again."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("The disk is full: nothing was saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(f"The journal cannot be written: {text}.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(
            "The journal file is damaged or is not a Boundary Journal database."
        )
    return None


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise SQLite's environment errors as typed `JournalError`s."""
    try:
        yield
    except (exc.OperationalError, exc.DatabaseError, sqlite.DatabaseError) as error:
        typed = describe_db_error(error)
        if typed is None:
            raise
        raise typed from error


def check_integrity(engine: Engine) -> None:
    """SQLite's quick check, when a journal opens: a damaged file is reported as damaged
    before anything is written to it."""
    with translate_errors(), engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise DatabaseCorruptError("The journal file is damaged (" + "; ".join(problems[:3]) + ").")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def migrate(engine: Engine, backups_dir: Path | None) -> None:
    """Bring the schema to the newest revision, backing the file up first if it has data."""
    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with translate_errors(), engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        foreign = current is None and bool(inspect(conn).get_table_names())
    if current == head:
        return
    if foreign:
        raise DatabaseCorruptError("This file is an SQLite database, but not a Boundary Journal.")
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNewError(
            "This journal was written by a newer version of Boundary Journal "
            f"(schema {current}); please update the app to open it."
        )
    if current is not None and backups_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_database(engine, backups_dir / f"pre-migration-{current}-{stamp}.sqlite3")
    with translate_errors(), engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def backup_database(engine: Engine, target: Path) -> Path:
    """A verified copy of the live database at `target` (see core.backups)."""
    from .backups import copy_database, plain_connect

    raw = engine.raw_connection()
    try:
        return copy_database(raw, target, plain_connect)
    finally:
        raw.close()
