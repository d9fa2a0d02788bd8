"""Converting a journal and its backups as one operation that survives a crash.

Encrypting or decrypting rewrites several files: the journal, every backup, the key file and
its copy in the backup folder. Before the first of them changes, a small state file
(`journal.conversion`, beside the journal, written atomically) says which operation is under
way; it goes last. When a journal opens and finds one, the operation is finished or undone
(`resume`), so no file stays in the old form:

- *encrypt* converts the journal first: until it is encrypted, undoing needs no key (the key
  file and its copy are removed); once it is, the journal asks for its passphrase and the
  backups still in plain text are encrypted with it.
- *decrypt* converts the backups first and the journal last: as long as anything is still
  encrypted the journal is too, so its passphrase is asked for and the rest is decrypted.

Each file is converted beside itself (`….converting`, owner-only), verified, and only then
takes its name; scratch files a crash leaves are removed at the next start.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite

from ..paths import AppPaths
from .backups import SUFFIX, create_private, remove_scratch, remove_stale
from .db import SQLITE_HEADER, is_encrypted, keyed_connect
from .errors import StorageError
from .files import write_text
from .keys import sqlcipher_key
from .messages import (
    CONVERSION_STATE_UNREADABLE,
    CONVERTED_MISSING_ROWS,
    CONVERTED_NOT_VERIFIED,
    NOT_CONVERTED,
)

STATE_FORMAT = "boundary-journal-conversion"
TABLES_TO_COUNT = ("entry", "client", "tag", "incident", "answer", "entry_client", "entry_tag")
KEY_COPY = "journal.keys"  # the key file's copy in the backup folder


def state_path(paths: AppPaths) -> Path:
    return paths.db_path.with_name("journal.conversion")


def key_copy_path(paths: AppPaths) -> Path:
    return paths.backups_dir / KEY_COPY


def write_state(paths: AppPaths, operation: str) -> None:
    state = {"format": STATE_FORMAT, "version": 1, "operation": operation}
    write_text(state_path(paths), json.dumps(state) + "\n")


def read_state(paths: AppPaths) -> str | None:
    """The operation under way ("encrypt", "decrypt"), or None."""
    try:
        data = json.loads(state_path(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise StorageError(CONVERSION_STATE_UNREADABLE, operation=error) from None
    operation = data.get("operation") if isinstance(data, dict) else None
    if operation not in ("encrypt", "decrypt"):
        raise StorageError(CONVERSION_STATE_UNREADABLE, operation=operation)
    return str(operation)


def clear_state(paths: AppPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(state_path(paths))


def looks_encrypted(path: Path) -> bool:
    """Encrypted by SQLCipher, rather than damaged: its first page looks random (most of
    the 256 byte values in its first kilobyte), and it is not an SQLite file whose first
    line alone is damaged (an SQLite header keeps 64, 32, 32 at offset 21)."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return False
    if len(head) < 1024 or head[:16] == SQLITE_HEADER or head[21:24] == b"\x40\x20\x20":
        return False
    return len(set(head)) > 200


def needs_key(paths: AppPaths) -> bool:
    """The journal is encrypted: it is not plain SQLite and there is a key file (or its copy
    in the backup folder); or, with neither, it looks encrypted and no backup says otherwise
    (a journal whose backups are all plain SQLite was never encrypted: it is damaged)."""
    if not is_encrypted(paths.db_path):
        return False
    if paths.keys_path.exists() or key_copy_path(paths).exists():
        return True
    if not looks_encrypted(paths.db_path):
        return False
    backups = [b for b in backup_files(paths) if b.stat().st_size]
    return not backups or any(is_encrypted(b) for b in backups)


def tidy(paths: AppPaths, backups: bool = False) -> None:
    """Remove what a conversion cut short left: scratch files, never needed again (one may be
    a plain-text copy of an encrypted journal). Conversions never run side by side (the CLI
    refuses while the window is open), so any found is stale. With `backups`, the scratch
    files of backups cut short go too (when a conversion starts or resumes: one may be in
    plain text; otherwise only at start, see BackupService.daily)."""
    for folder, pattern in (
        (paths.data_dir, "*.converting*"),
        (paths.data_dir, ".journal.*.partial"),  # the key or state file being written
        (paths.backups_dir, "*.converting*"),
        (paths.backups_dir, ".journal.keys.*.partial"),
    ):
        for path in folder.glob(pattern) if folder.is_dir() else ():
            with contextlib.suppress(OSError):  # gone, or read-only media: nothing to do
                os.unlink(path)
    if backups:
        remove_stale(paths.backups_dir)


# -- one file ------------------------------------------------------------------------------


def _counts(conn: sqlite.Connection) -> dict[str, int]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in TABLES_TO_COUNT
        if t in names
    }


def _verify(path: Path, key: bytes | None, expected: dict[str, int]) -> None:
    conn = keyed_connect(path, key)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise StorageError(CONVERTED_NOT_VERIFIED, verdict=verdict)
        if "entry_fts" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
            conn.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
            conn.rollback()
        if _counts(conn) != expected:
            raise StorageError(CONVERTED_MISSING_ROWS)
    except sqlite.DatabaseError as error:
        raise StorageError(CONVERTED_NOT_VERIFIED, verdict=error) from error
    finally:
        conn.close()


def convert_file(source: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Re-write `source` with `new_key` (None: plain text): export beside it, verify, swap."""
    partial = source.with_name(source.name + ".converting")
    try:
        create_private(partial)
    except OSError as error:
        raise StorageError(NOT_CONVERTED, source=source.name, error=error) from error
    try:
        conn = keyed_connect(source, old_key)
        try:
            expected = _counts(conn)
            target_key = sqlcipher_key(new_key) if new_key is not None else "''"
            conn.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(partial),))
            # No sync nor rollback journal while it is written (fifty times faster): the copy
            # is nothing until it is verified, flushed to disk and renamed below.
            conn.execute("PRAGMA converted.synchronous = OFF")
            conn.execute("PRAGMA converted.journal_mode = OFF")
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute("DETACH DATABASE converted")
        finally:
            conn.close()
        _verify(partial, new_key, expected)
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, source)
    except sqlite.DatabaseError as error:
        raise StorageError(NOT_CONVERTED, source=source.name, error=error) from error
    finally:
        remove_scratch(partial)
    for extra in ("-wal", "-shm"):  # the old file's, now stale (and possibly plain text)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(source) + extra)


def backup_files(paths: AppPaths) -> list[Path]:
    folder = paths.backups_dir
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def convert_backups(paths: AppPaths, old_key: bytes | None, new_key: bytes | None) -> None:
    """Every backup still in the old form (plain text when encrypting, encrypted when
    decrypting) is converted; one already converted is left as it is."""
    for backup in backup_files(paths):
        if backup.stat().st_size and is_encrypted(backup) == (old_key is not None):
            convert_file(backup, old_key, new_key)


def remove_keys(paths: AppPaths) -> None:
    for path in (paths.keys_path, key_copy_path(paths)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def sync_key_copy(paths: AppPaths) -> None:
    """The backup folder's copy of the key file follows it (a passphrase change cut short
    between the two leaves the copy behind)."""
    try:
        text = paths.keys_path.read_text(encoding="utf-8")
    except OSError:
        return
    copy = key_copy_path(paths)
    with contextlib.suppress(OSError):
        if copy.read_text(encoding="utf-8") == text:
            return
    if paths.backups_dir.is_dir():
        write_text(copy, text)


# -- after a crash -------------------------------------------------------------------------


def resume(paths: AppPaths, key: bytes | None) -> None:
    """Finish or undo a conversion cut short (see the module's docstring). `key`: the data
    key, when the journal is encrypted and its passphrase was given. What cannot be finished
    now (a full disk) is tried again at the next open: the journal opens either way."""
    try:
        _resume(paths, key)
    except StorageError:
        return


def _resume(paths: AppPaths, key: bytes | None) -> None:
    tidy(paths)
    operation = read_state(paths)
    encrypted = is_encrypted(paths.db_path)
    if operation is not None:
        tidy(paths, backups=True)
    if operation is None:
        if encrypted and key is not None:
            convert_backups(paths, None, key)  # plain ones an older version left behind
            sync_key_copy(paths)
        return
    if operation == "encrypt" and not encrypted:
        remove_keys(paths)  # the journal never changed: undone
    elif operation == "encrypt":
        if key is None:
            return  # the journal asks for its passphrase, then this finishes
        convert_backups(paths, None, key)
        sync_key_copy(paths)
    else:
        if encrypted:
            if key is None:
                return
            convert_backups(paths, key, None)
            convert_file(paths.db_path, key, None)
        if not any(is_encrypted(b) for b in backup_files(paths)):
            remove_keys(paths)
    clear_state(paths)
