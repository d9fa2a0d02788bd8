"""The engine, its pragmas, migrations at open, and backups.

Every connection goes through SQLCipher's build of SQLite (`sqlcipher3`): it is a current
SQLite (FTS5 secure-delete needs ≥ 3.42), and the same driver later opens encrypted journals.
An unencrypted journal is an ordinary SQLite file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlite

from .errors import (
    DamagedRowError,
    DatabaseCorruptError,
    DatabaseLockedError,
    JournalError,
    SchemaTooNewError,
    StorageError,
)
from .messages import (
    CANNOT_WRITE,
    DAMAGED_DATE,
    DAMAGED_FILE,
    DAMAGED_TEXT,
    DISK_IO_ERROR,
    FOREIGN_DATABASE,
    JOURNAL_LOCKED,
    NOT_A_DATABASE,
    OPEN_DISK_FULL,
    OPEN_NOT_WRITABLE,
    READ_ONLY,
    SAVE_DISK_FULL,
    SCHEMA_TOO_NEW,
    UNSUPPORTED_FORMAT,
)
from .sqlite import (  # noqa: F401 (re-exported: where connections are made)
    SQLITE_HEADER,
    apply_key,
    is_encrypted,
    keyed_connect,
    register_functions,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .said import Said

# SQLAlchemy is imported where an engine is made, not here: the command line's read path
# (core/reads/) uses this module's connecting and checking without it (issue #22).
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. A journal already there opens without loading Alembic at all (it
# costs a tenth of a second at every start); tests/core/test_db.py keeps this in step.
HEAD_REVISION = "0011"
BUSY_TIMEOUT_MS = 5000


class KeyHolder:
    """The data key of an encrypted journal (None: not encrypted). Connections read it as
    they are made, so a journal can be encrypted or decrypted under a running engine."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key
        self.locked = False  # encrypted, with the key put away until the passphrase is given


_progress: list[Callable[[int, int], None]] = []


@contextlib.contextmanager
def migration_progress(report: Callable[[int, int], None]) -> Iterator[None]:
    """While inside, a long migration step (reindexing every entry) calls `report(done,
    total)` as it goes, so that the window can show it."""
    _progress.append(report)
    try:
        yield
    finally:
        _progress.remove(report)


def report_progress(done: int, total: int) -> None:
    for report in list(_progress):
        report(done, total)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    register_functions(dbapi_conn)
    cur = dbapi_conn.cursor()
    try:
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "foreign_keys = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",  # freed pages are zeroed: deleted text is gone from the file
            "temp_store = MEMORY",  # no temporary files on disk, where plaintext could linger
        ):
            cur.execute(f"PRAGMA {pragma}")
    finally:
        cur.close()


def _on_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    register_functions(dbapi_conn)  # so that a write is refused as one, not as SQL unknown
    cur = dbapi_conn.cursor()
    try:
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "query_only = ON",
        ):
            cur.execute(f"PRAGMA {pragma}")
    finally:
        cur.close()


# Why a journal is open read-only (Journal.read_only); the CLI and the window say which.
DISK_FULL = OPEN_DISK_FULL()
NOT_WRITABLE = OPEN_NOT_WRITABLE()
# Less free space than this is a full disk: SQLite needs room for its -wal and -shm files
# before it can even read a WAL journal.
MIN_FREE_BYTES = 1 << 20


def write_problem(path: Path) -> Said | None:
    """Why the journal at `path` cannot be written (DISK_FULL, NOT_WRITABLE), or None."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return NOT_WRITABLE
        if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return NOT_WRITABLE
        if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
            return DISK_FULL
    except OSError:
        return None
    return None


def read_only_uri(path: Path, immutable: bool) -> str:
    """A URI that opens `path` without writing anything, not even a -shm file when
    `immutable` (for a file that nobody writes meanwhile: read-only media, a full disk)."""
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def create_journal_engine(
    path: Path | None, keys: KeyHolder | None = None, read_only: str | None = None
) -> Engine:
    """An engine on the journal file, or on a private in-memory database when `path` is None.
    With `keys`, every connection is keyed with the key it holds at the time. `read_only`
    ("ro" or "immutable"): nothing is written, the file or its folder cannot be."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    if path is None:
        engine = create_engine(
            "sqlite://",
            module=sqlite,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    else:
        engine = create_engine(f"sqlite:///{path}", module=sqlite)
        holder = keys or KeyHolder()

        def do_connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
            if read_only is not None:
                uri = read_only_uri(path, immutable=read_only == "immutable")
                cargs, cparams = (uri,), {**cparams, "uri": True}
            return apply_key(sqlite.connect(*cargs, **cparams), holder.key)

        event.listen(engine, "do_connect", do_connect)
    event.listen(engine, "connect", _on_connect if read_only is None else _on_connect_read_only)
    return engine


def describe_db_error(error: BaseException) -> JournalError | None:
    """Map SQLite's environment errors to typed ones; None means it is a bug, not the user's."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "could not decode to utf-8" in text:
        column = text.partition("column ")[2].split(" ")[0].strip("'")
        return DamagedRowError(DAMAGED_TEXT, column=column)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(JOURNAL_LOCKED)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(SAVE_DISK_FULL)
    if "disk i/o error" in text:
        return StorageError(DISK_IO_ERROR)
    if "readonly database" in text:  # a journal opened read-only (Journal.read_only)
        return StorageError(READ_ONLY)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(CANNOT_WRITE, error=text)
    if "unsupported file format" in text:
        return DatabaseCorruptError(UNSUPPORTED_FORMAT)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(NOT_A_DATABASE)
    return None


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise SQLite's environment errors as typed `JournalError`s."""
    from sqlalchemy import exc

    try:
        yield
    except (exc.OperationalError, exc.DatabaseError, sqlite.DatabaseError) as error:
        typed = describe_db_error(error)
        if typed is None:
            raise
        raise typed from error
    except ValueError as error:
        # SQLAlchemy's date and time processors meet a value damaged in the file
        # ("Invalid isoformat string: '2026-1=-02'"); core's own checks raise JournalErrors.
        if "isoformat string" not in str(error) and "Couldn't parse" not in str(error):
            raise
        value = str(error).partition(": ")[2] or str(error)
        raise DamagedRowError(DAMAGED_DATE, value=value) from error


# SQLite's quick check reads the whole file: about 0.3 s for 100 MB here. Up to this size it
# runs when a journal opens; a larger journal gets a quick look at open and the full check
# in the background (see ui.safety.safety_controller and `Journal.full_check_pending`).
FULL_CHECK_MAX_BYTES = 64 * 2**20


def check_integrity(engine: Engine, full: bool = True) -> None:
    """SQLite's quick check, when a journal opens: a damaged file is reported as damaged
    before anything is written to it. Without `full`, only the schema is read."""
    with translate_errors(), engine.connect() as conn:
        if not full:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
            return
        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise DatabaseCorruptError(DAMAGED_FILE, problems="; ".join(problems[:3]))


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revisions(conn: Any) -> set[str]:
    """The revisions stamped in the journal (none when it is new, or not ours)."""
    found = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchall()
    if not found:
        return set()
    return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def migrate(
    engine: Engine, backups_dir: Path | None, connect: Callable[[Path], Any] | None = None
) -> None:
    """Bring the schema to the newest revision, backing the file up first if it has data."""
    with translate_errors(), engine.connect() as conn:
        if HEAD_REVISION in current_revisions(conn):
            return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with translate_errors(), engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        foreign = current is None and bool(inspect(conn).get_table_names())
    if current == head:
        return
    if foreign:
        raise DatabaseCorruptError(FOREIGN_DATABASE)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNewError(SCHEMA_TOO_NEW, current=current)
    if current is not None and backups_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_database(engine, backups_dir / f"pre-migration-{current}-{stamp}.sqlite3", connect)
    with translate_errors(), engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def backup_database(
    engine: Engine, target: Path, connect: Callable[[Path], Any] | None = None
) -> Path:
    """A verified copy of the live database at `target` (see core.backups)."""
    from .backups import copy_database, plain_connect

    raw = engine.raw_connection()
    try:
        return copy_database(raw, target, connect or plain_connect)
    finally:
        raw.close()
