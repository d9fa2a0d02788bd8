"""The one storage façade the UI and the CLI talk to.

    journal = Journal.open(paths)
    entry_id = journal.entries.add(EntryDraft(title="Call at 9 pm", clients=("Acme",)))
    hits = journal.search.search("call")

Each service opens a session per call; nothing here holds a session between calls.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from ..paths import AppPaths
from . import catalogue, conversion
from .backups import BackupService, check_file, copy_database, recover
from .clients import ClientService
from .daysoff import DaysOffService
from .db import (
    DISK_FULL,
    FULL_CHECK_MAX_BYTES,
    HEAD_REVISION,
    NOT_WRITABLE,
    KeyHolder,
    check_integrity,
    create_journal_engine,
    current_revisions,
    keyed_connect,
    migrate,
    translate_errors,
    write_problem,
)
from .entries import EntryService
from .errors import DatabaseCorruptError, EncryptedJournalError, StorageError
from .events import EventService
from .files import storage_error
from .goals import GoalService
from .incidents import IncidentService
from .kinds import KindService
from .messages import (
    DISK_IO_ERROR,
    JOURNAL_EMPTY,
    PASSPHRASE_NEEDED,
    SAVE_DISK_FULL,
    UPGRADE_READ_ONLY,
)
from .questions import QuestionService
from .search import SearchService
from .tags import TagService
from .trends import TrendService


def _has_data(db_path: Path) -> bool:
    try:
        return db_path.stat().st_size > 0
    except OSError:
        return False


def _check_schema(engine: Engine) -> None:
    """A journal opened read-only cannot be migrated: it must be at the current schema."""
    with translate_errors(), engine.connect() as conn:
        if HEAD_REVISION not in current_revisions(conn):
            raise StorageError(UPGRADE_READ_ONLY)


def needs_passphrase(paths: AppPaths) -> bool:
    """An encrypted journal: its file is not plain SQLite, and it has a key file (or looks
    encrypted; see core.conversion). A file that is neither is damaged, and is reported so
    when it is opened. Scratch files of a conversion cut short are removed first."""
    conversion.tidy(paths)
    return conversion.needs_key(paths)


def _emptied(paths: AppPaths) -> bool:
    """A 0-byte journal that held something once (it has backups or a key file): it is
    damaged, not new, and must not silently become a new empty journal."""
    db_path = paths.db_path
    try:
        if db_path.stat().st_size:
            return False
        wal = Path(str(db_path) + "-wal")
        if wal.exists() and wal.stat().st_size:
            return False
        return paths.keys_path.exists() or any(paths.backups_dir.glob("*.sqlite3"))
    except OSError:
        return False


if TYPE_CHECKING:
    from .exporters.service import ExportService
    from .importers.service import ImportService
    from .review.service import ReviewService
    from .said import Said


class Journal:
    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        backups_dir: Path | None,
        keys: KeyHolder | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.backups_dir = backups_dir
        self.keys = keys or KeyHolder()
        self.full_check_pending = False  # a large journal's full check runs after it opens
        self.read_only: Said | None = None  # why nothing can be written (db.DISK_FULL…)
        self.backups = (
            BackupService(
                backups_dir, engine.raw_connection, lambda p: keyed_connect(p, self.keys.key)
            )
            if backups_dir is not None
            else None
        )
        self.clients = ClientService(engine, self.backup_before)
        self.days_off = DaysOffService(engine, self.clients.reflag_all)
        self.goals = GoalService(engine)
        self.events = EventService(engine)
        self.tags = TagService(engine)
        self.entries = EntryService(engine, self.clients, self.tags)
        self.search = SearchService(engine, self.entries)
        book = catalogue.load()
        self.kinds = KindService(engine, book)
        self.incidents = IncidentService(engine, self.clients, self.kinds)
        self.questions = QuestionService(engine, book)
        self.trends = TrendService(engine, book)
        self._book = book

    @classmethod
    def open(
        cls, paths: AppPaths, key: bytes | None = None, full_check: bool | None = None
    ) -> Journal:
        """Open (creating if new) the journal in `paths`, migrating it to the current schema.
        An encrypted journal needs its data key (see `core.keys` and `is_encrypted`).

        A journal that cannot be written (a full disk, read-only media) opens read-only:
        `read_only` says why, and every change is refused with a StorageError."""
        db_path = paths.db_path
        problem = write_problem(db_path) if db_path.exists() else None
        if problem is None:
            try:
                return cls._open(paths, key, full_check, None)
            except StorageError as error:
                if type(error) is not StorageError or not _has_data(db_path):
                    raise  # a damaged, locked, newer journal: reading it is no better
                full = error.said.code in (SAVE_DISK_FULL.code, DISK_IO_ERROR.code)
                problem = DISK_FULL if full else NOT_WRITABLE
        return cls._open_read_only(paths, key, full_check, problem)

    @classmethod
    def _open_read_only(
        cls, paths: AppPaths, key: bytes | None, full_check: bool | None, problem: Said
    ) -> Journal:
        # Read through SQLite's -wal and -shm when it can; a file nobody can write meanwhile
        # is read as it stands ("immutable": no -shm needed, none made).
        wal = Path(str(paths.db_path) + "-wal")
        modes = ["ro", "immutable"] if wal.exists() and wal.stat().st_size else ["immutable"]
        for mode in modes:
            try:
                journal = cls._open(paths, key, full_check, mode)
            except StorageError as error:
                if type(error) is not StorageError or mode == modes[-1]:
                    raise
                continue
            journal.read_only = problem
            return journal
        raise AssertionError("unreachable")

    @classmethod
    def _open(
        cls, paths: AppPaths, key: bytes | None, full_check: bool | None, read_only: str | None
    ) -> Journal:
        db_path = paths.db_path
        if db_path.exists() and _emptied(paths):
            raise DatabaseCorruptError(JOURNAL_EMPTY)
        if read_only is None:
            try:
                paths.ensure()
                if not db_path.exists():
                    # Create it owner-only before SQLite does; its -wal/-shm inherit the mode.
                    os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))
                os.chmod(db_path, 0o600)
            except OSError as error:
                raise storage_error(error, db_path) from error
            conversion.resume(paths, key)  # an encryption or decryption cut short: finished
        encrypted = needs_passphrase(paths)
        if encrypted and key is None:
            raise EncryptedJournalError(PASSPHRASE_NEEDED)
        keys = KeyHolder(key if encrypted else None)
        engine = create_journal_engine(db_path, keys, read_only)
        if full_check is None:
            full_check = db_path.stat().st_size <= FULL_CHECK_MAX_BYTES
        try:
            check_integrity(engine, full=full_check)
            if read_only is None:
                migrate(engine, paths.backups_dir, lambda p: keyed_connect(p, keys.key))
            else:
                _check_schema(engine)
        except BaseException:
            engine.dispose()
            raise
        journal = cls(engine, db_path, paths.backups_dir, keys)
        journal.full_check_pending = not full_check
        return journal

    def full_check(self) -> str:
        """SQLite's quick check on a connection of its own (safe from another thread):
        "ok", or what is wrong."""
        if self.path is None:
            return "ok"
        return check_file(self.path, lambda p: keyed_connect(p, self.keys.key))

    def recover_from(self, backup: Path) -> Path:
        """Put `backup` in place of a journal found damaged while open; the damaged file is
        moved aside (returned) and the next connection opens the backup."""
        assert self.path is not None
        self.engine.dispose()
        return recover(self.path, backup, lambda p: keyed_connect(p, self.keys.key))

    @functools.cached_property
    def exports(self) -> ExportService:
        from .exporters.service import ExportService  # loaded when first used

        return ExportService(self.engine, self.search, self.kinds, self._book)

    @functools.cached_property
    def imports(self) -> ImportService:
        from .importers.service import ImportService

        return ImportService(self.engine, self.clients, self.tags, self._book, self.backup_before)

    @functools.cached_property
    def reviews(self) -> ReviewService:
        from .review.service import ReviewService

        return ReviewService(self.engine, lambda: self.exports)

    @property
    def encrypted(self) -> bool:
        return self.keys.key is not None or self.keys.locked

    def lock(self) -> None:
        """Close every connection and put the key away (an encrypted journal only)."""
        if self.keys.key is None:
            return
        self.engine.dispose()
        self.keys.key = None
        self.keys.locked = True

    def unlock(self, key: bytes) -> None:
        """Take the key back (checked against the key file by `core.encryption.unlock`)."""
        self.keys.key = key
        self.keys.locked = False

    @classmethod
    def in_memory(cls) -> Journal:
        """A private journal that lives only as long as this object (tests, previews)."""
        engine = create_journal_engine(None)
        migrate(engine, None)
        return cls(engine, None, None)

    def use_backup_dir(self, folder: Path) -> None:
        """Backups are made in `folder` from now on (Settings moved them there)."""
        self.backups_dir = folder
        if self.backups is not None:
            self.backups.folder = folder

    def close(self) -> None:
        self.engine.dispose()

    def backup(self, target: Path) -> Path:
        """A verified copy at `target` (encrypted with the journal's key, if it has one)."""
        raw = self.engine.raw_connection()
        try:
            return copy_database(raw, target, lambda p: keyed_connect(p, self.keys.key))
        finally:
            raw.close()

    def backup_before(self, operation: str) -> Path | None:
        """A verified copy before a bulk change (import, merge…); None for in-memory journals."""
        if self.backups is None:
            return None
        return self.backups.create(f"pre-{operation}")

    def check(self) -> list[str]:
        """Problems found by SQLite's and FTS5's integrity checks; empty when all is well."""
        with translate_errors(), self.engine.connect() as conn:
            problems = [
                row[0] for row in conn.execute(text("PRAGMA integrity_check")) if row[0] != "ok"
            ]
            try:
                if self.read_only is None:  # FTS5's check is a write, as far as SQLite knows
                    conn.execute(
                        text("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
                    )
            except Exception as error:  # noqa: BLE001 - reported, not raised
                problems.append(f"search index: {getattr(error, 'orig', None) or error}")
            conn.rollback()
        if self.path is not None:  # values SQLite's checks pass but that cannot be read
            from .rescue import scan

            found = scan(self.path, self.keys.key)
            if found.skipped or found.damaged:
                problems.append(
                    f"{found.skipped + found.damaged} entries cannot be read whole "
                    "(a damaged date, time or text)"
                )
        return problems

    def rebuild_search_index(self) -> None:
        with translate_errors(), self.engine.begin() as conn:
            conn.execute(text("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')"))

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
