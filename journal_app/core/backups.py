"""Backups: verified copies of the journal made with SQLite's online backup API.

- one a day when the app starts (`daily`), kept as 7 daily and 4 weekly;
- before every migration, import, merge, restore and encryption change (`pre-…`), the
  newest 10 kept;
- on request (`manual`), kept until the person deletes them.

A backup of an encrypted journal is encrypted with the same key. Every backup is checked
(`quick_check`) before it takes its name, and a restore first backs up the current state.
A backup counts as good only when it opens (with the journal's key), passes SQLite's
`integrity_check` and holds a journal's tables: an empty file or another database never does.

Scratch files (`….partial` and its `-wal`, `-shm`, `-journal`) are made owner-only with
`O_EXCL | O_NOFOLLOW` before SQLite opens them, so a link planted at the name is never
followed; ones left by a crash are removed when the app starts (`remove_stale`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from .errors import DatabaseCorruptError, NotFoundError, StorageError, ValidationError
from .messages import (
    BACKUP_DAMAGED,
    BACKUP_DAMAGED_TOO,
    BACKUP_DISK_FULL,
    BACKUP_NAME_TAKEN,
    BACKUP_NOT_MADE,
    BACKUP_NOT_RESTORED,
    BACKUP_NOT_VERIFIED,
    BACKUP_NOT_WRITTEN,
    NO_SUCH_BACKUP,
    VERDICT_EMPTY,
    VERDICT_GONE,
    VERDICT_NOT_DATABASE,
    VERDICT_NOT_JOURNAL,
    VERDICT_NOT_READABLE,
    Said,
)
from .sqlite import keyed_connect

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_EVENTS = 10
SUFFIX = ".sqlite3"
SCRATCH = (".partial", ".converting")  # a backup or a conversion being written
SIDE_FILES = ("-wal", "-shm", "-journal")
_NAME = re.compile(r"^(?P<kind>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$")

Connect = Callable[[Path], Any]


class BadBackupError(StorageError):
    """A backup chosen for a restore does not verify (not the journal's damage: that is a
    `DatabaseCorruptError`, which sends the CLI to its recovery)."""


# opens a DB-API connection on a file, keyed if need be


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # daily, manual, pre-import, pre-migration-0002…
    created: dt.datetime  # local time, from the name
    size: int
    entries: int | None  # None when the copy cannot be read

    @property
    def name(self) -> str:
        return self.path.name


def plain_connect(path: Path) -> Any:
    return keyed_connect(path, None)


def stamp_now() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def parse_name(path: Path) -> tuple[str, dt.datetime] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        return match["kind"], dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def remove_scratch(path: Path) -> None:
    """Remove a scratch file and its side files (a link is removed, never followed)."""
    for extra in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + extra)


def create_private(path: Path) -> None:
    """Make `path` and its side files empty, owner-only and new: whatever was at those names
    (a stale file, a planted link) is removed first, and a link is never followed."""
    remove_scratch(path)
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    for extra in ("", *SIDE_FILES):
        os.close(os.open(str(path) + extra, flags, 0o600))


def remove_stale(folder: Path) -> list[Path]:
    """Scratch files a crash left in `folder` (a backup or a conversion cut short)."""
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.iterdir() if any(p.name.endswith(s) for s in SCRATCH) or _side(p.name)
    ]
    for path in found:
        with contextlib.suppress(OSError):  # gone, or read-only media
            os.unlink(path)
    return found


def _side(name: str) -> bool:
    return any(name.endswith(s + e) for s in SCRATCH for e in SIDE_FILES)


def copy_database(source: Any, target: Path, connect: Connect) -> Path:
    """Copy the open DB-API connection `source` into a new file `target` (online backup API),
    verify it, then give it its name. A copy that does not verify is never kept."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    try:
        create_private(partial)
        dest = connect(partial)
        try:
            getattr(source, "driver_connection", source).backup(dest)
            verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if verdict != "ok":
            raise StorageError(BACKUP_NOT_VERIFIED, verdict=verdict)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except sqlite.DatabaseError as error:
        raise _storage(error, target) from error
    except OSError as error:
        raise StorageError(BACKUP_NOT_WRITTEN, target=target.name, error=error) from error
    finally:
        # On read-only media nothing was made, and removing raises again: the error above
        # is the one to say (it reached the window as a traceback from the backup thread).
        with contextlib.suppress(OSError):
            remove_scratch(partial)
    return target


def _storage(error: Exception, target: Path) -> StorageError:
    text = str(error).lower()
    if "full" in text:
        return StorageError(BACKUP_DISK_FULL)
    return StorageError(BACKUP_NOT_MADE, target=target.name, error=error)


def check_file(path: Path, connect: Connect) -> str:
    """ "ok", or what SQLite says is wrong with the database in `path`."""
    try:
        conn = connect(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite.DatabaseError as error:
        return str(error)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:5]) if problems else "ok"


JOURNAL_TABLES = ("alembic_version", "entry")


def verify_backup(path: Path, connect: Connect) -> Said | str:
    """ "ok" when `path` is a good backup: it opens (with the key), passes SQLite's
    `integrity_check` and has a journal's tables; otherwise what is wrong with it: a message
    (VERDICT_…), or SQLite's own words for a damage it alone can name."""
    try:
        if path.stat().st_size == 0:
            return VERDICT_EMPTY()
    except FileNotFoundError:
        return VERDICT_GONE()
    except PermissionError:
        return VERDICT_NOT_READABLE()
    except OSError as error:
        return error.strerror or str(error)
    try:
        conn = connect(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite.DatabaseError as error:
        return VERDICT_NOT_DATABASE() if "not a database" in str(error) else str(error)
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        return "; ".join(problems[:5])
    if not set(JOURNAL_TABLES) <= names:
        return VERDICT_NOT_JOURNAL()
    return "ok"


def count_entries(path: Path, connect: Connect) -> int | None:
    try:
        conn = connect(path)
        try:
            row = conn.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()
        finally:
            conn.close()
    except sqlite.DatabaseError:
        return None
    return int(row[0])


class BackupService:
    """Backups of one journal. `source` opens a DB-API connection on the live journal;
    `connect` opens one on any file with the journal's key (plain when unencrypted)."""

    def __init__(
        self, folder: Path, source: Callable[[], Any], connect: Connect = plain_connect
    ) -> None:
        self.folder = folder
        self._source = source
        self._connect = connect

    @property
    def connect(self) -> Connect:
        """Opens a connection on any of these backups (keyed when the journal is)."""
        return self._connect

    # -- making ------------------------------------------------------------------------------
    def create(self, kind: str = "manual") -> Path:
        target = self.folder / f"{kind}-{stamp_now()}{SUFFIX}"
        n = 2
        while target.exists():
            target = self.folder / f"{kind}-{stamp_now()}-{n}{SUFFIX}"
            n += 1
        raw = self._source()
        try:
            path = copy_database(raw, target, self._connect)
        finally:
            raw.close()
        self.rotate()
        return path

    def daily(self, today: dt.date | None = None) -> Path | None:
        """The day's backup, if there is none yet (at most one a day). Made at start, so the
        scratch files of a backup cut short are removed first."""
        remove_stale(self.folder)
        today = today or dt.date.today()
        if any(b.kind == "daily" and b.created.date() == today for b in self._files()):
            return None
        return self.create("daily")

    def rotate(self) -> list[Path]:
        """Keep 7 daily backups and, before them, the newest of each of 4 more weeks; the
        newest 10 made before a change; every manual one. Returns what was removed."""
        files = sorted(self._files(), key=lambda b: (b.created, b.name), reverse=True)
        keep = {b.path for b in files if b.kind != "daily" and not b.kind.startswith("pre-")}
        keep |= {b.path for b in [b for b in files if b.kind.startswith("pre-")][:KEEP_EVENTS]}
        days: list[dt.date] = []
        weeks: set[tuple[int, int]] = set()
        weekly = 0
        for b in (b for b in files if b.kind == "daily"):
            day = b.created.date()
            week = (day.isocalendar()[0], day.isocalendar()[1])
            if day in days:
                continue  # an older backup of a day already kept
            if len(days) < KEEP_DAILY:
                days.append(day)
                weeks.add(week)
                keep.add(b.path)
            elif week not in weeks and weekly < KEEP_WEEKLY:
                days.append(day)
                weeks.add(week)
                weekly += 1
                keep.add(b.path)
        removed = []
        for b in files:
            if b.path not in keep:
                with contextlib.suppress(FileNotFoundError):
                    b.path.unlink()
                removed.append(b.path)
        return removed

    # -- reading -----------------------------------------------------------------------------
    def _files(self) -> list[BackupInfo]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = parse_name(path)
            if parsed is None or not path.is_file():
                continue
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size, None))
        return found

    def list(self, count: bool = True) -> list[BackupInfo]:
        """Backups, newest first, with the number of entries in each (when `count`)."""
        found = sorted(self._files(), key=lambda b: (b.created, b.name), reverse=True)
        if not count:
            return found
        return [
            BackupInfo(b.path, b.kind, b.created, b.size, count_entries(b.path, self._connect))
            for b in found
        ]

    def find(self, name: str) -> BackupInfo:
        for b in self.list():
            if b.name == name or str(b.path) == name:
                return b
        raise NotFoundError(NO_SUCH_BACKUP, name=name)

    def latest_good(self) -> BackupInfo | None:
        """The newest backup that verifies (see `verify_backup`)."""
        for b in self.list(count=False):
            if verify_backup(b.path, self._connect) == "ok":
                return BackupInfo(
                    b.path, b.kind, b.created, b.size, count_entries(b.path, self._connect)
                )
        return None

    # -- restoring ---------------------------------------------------------------------------
    def restore(self, backup: Path) -> Path:
        """Replace the journal's contents with `backup`, after backing up the current state.
        Returns the backup of the state before."""
        verdict = verify_backup(backup, self._connect)
        if verdict != "ok":
            raise BadBackupError(BACKUP_DAMAGED, backup=backup.name, verdict=verdict)
        before = self.create("pre-restore")
        source = self._connect(backup)
        live = self._source()
        try:
            source.backup(getattr(live, "driver_connection", live))
        except sqlite.DatabaseError as error:
            raise StorageError(BACKUP_NOT_RESTORED, error=error) from error
        finally:
            source.close()
            live.close()
        return before


def move_aside(db_path: Path) -> Path:
    """Move a damaged journal (and its -wal and -shm files) out of the way, never deleting
    it: journal.sqlite3 → journal.damaged-20261123-101500.sqlite3."""
    stamp = stamp_now()
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    if aside.exists():
        raise ValidationError(BACKUP_NAME_TAKEN, path=aside)
    for extra in ("-wal", "-shm"):
        side = Path(str(db_path) + extra)
        if side.exists():
            os.replace(side, Path(str(aside) + extra))
    os.replace(db_path, aside)
    return aside


def recover(db_path: Path, backup: Path, connect: Connect = plain_connect) -> Path:
    """Put `backup` in place of a damaged journal; the damaged file is moved aside (returned)."""
    verdict = verify_backup(backup, connect)
    if verdict != "ok":
        raise DatabaseCorruptError(BACKUP_DAMAGED_TOO, backup=backup.name, verdict=verdict)
    aside = move_aside(db_path)
    source = connect(backup)
    try:
        copy_database(source, db_path, connect)
    finally:
        source.close()
    return aside
