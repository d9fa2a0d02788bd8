"""Turning encryption on and off, changing the passphrase, and unlocking.

A conversion never changes the journal in place: the journal is exported (`sqlcipher_export`)
to a new file beside it, the new file is checked (SQLite's and the search index's integrity
checks, the same number of rows in every table), and only then does it take the journal's
name. The backups are converted the same way, so none is left in plain text, and none is
left unreadable. The key file is written before an encrypted journal takes its place and
removed only after a decrypted one has; a plain-text journal always opens as plain text, so a
crash between the two steps loses nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite

from ..paths import AppPaths
from .backups import SUFFIX
from .db import is_encrypted, keyed_connect
from .errors import StorageError, ValidationError
from .journal import Journal
from .keys import Keyring, sqlcipher_key

TABLES_TO_COUNT = ("entry", "client", "tag", "incident", "answer", "entry_client", "entry_tag")


def load_keyring(paths: AppPaths) -> Keyring:
    return Keyring.load(paths.keys_path)


def unlock(
    paths: AppPaths, passphrase: str | None = None, recovery_key: str | None = None
) -> bytes:
    """The data key of an encrypted journal, from its passphrase or its recovery key."""
    ring = load_keyring(paths)
    if recovery_key is not None:
        return ring.unlock_with_recovery_key(recovery_key)
    return ring.unlock(passphrase or "")


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
            raise StorageError(f"The converted journal did not verify ({verdict}).")
        if "entry_fts" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
            conn.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
            conn.rollback()
        if _counts(conn) != expected:
            raise StorageError("The converted journal is missing rows; nothing was changed.")
    except sqlite.DatabaseError as error:
        raise StorageError(f"The converted journal did not verify ({error}).") from error
    finally:
        conn.close()


def convert_file(source: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Re-write `source` with `new_key` (None: plain text): export beside it, verify, swap."""
    partial = source.with_name(source.name + ".converting")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    conn = keyed_connect(source, old_key)
    try:
        expected = _counts(conn)
        target_key = sqlcipher_key(new_key) if new_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(partial),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")
    except sqlite.DatabaseError as error:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise StorageError(f"{source.name} could not be converted ({error}).") from error
    finally:
        conn.close()
    try:
        os.chmod(partial, 0o600)
        _verify(partial, new_key, expected)
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, source)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    for extra in ("-wal", "-shm"):  # the old file's, now stale (and possibly plain text)
        with contextlib.suppress(FileNotFoundError):
            Path(str(source) + extra).unlink()


def _convert_backups(paths: AppPaths, old_key: bytes | None, new_key: bytes | None) -> None:
    if not paths.backups_dir.is_dir():
        return
    for backup in sorted(paths.backups_dir.glob(f"*{SUFFIX}")):
        if is_encrypted(backup) == (old_key is not None):
            convert_file(backup, old_key, new_key)


def _release(journal: Journal) -> None:
    """Close every connection, so the file can be converted (WAL checkpointed into it)."""
    journal.engine.dispose()
    if journal.path is not None:
        conn = keyed_connect(journal.path, journal.keys.key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def encrypt(
    journal: Journal, paths: AppPaths, passphrase: str, cost: dict[str, int] | None = None
) -> str:
    """Encrypt the journal and its backups; returns the recovery key to show once."""
    if journal.encrypted:
        raise ValidationError("This journal is already encrypted.")
    if journal.path is None:
        raise ValidationError("A journal in memory cannot be encrypted.")
    ring, data_key, recovery_key = Keyring.create(passphrase, cost)
    journal.backup_before("encrypt")
    _release(journal)
    ring.save(paths.keys_path)  # first: a plain journal still opens as plain text
    try:
        convert_file(journal.path, None, data_key)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            paths.keys_path.unlink()
        raise
    journal.keys.key = data_key
    _convert_backups(paths, None, data_key)
    return recovery_key


def decrypt(journal: Journal, paths: AppPaths) -> None:
    """Store the journal and its backups in plain text again; the key file goes last."""
    if not journal.encrypted or journal.path is None:
        raise ValidationError("This journal is not encrypted.")
    key = journal.keys.key
    journal.backup_before("decrypt")
    _release(journal)
    convert_file(journal.path, key, None)
    journal.keys.key = None
    _convert_backups(paths, key, None)
    with contextlib.suppress(FileNotFoundError):
        paths.keys_path.unlink()


def change_passphrase(journal: Journal, paths: AppPaths, new_passphrase: str) -> None:
    """Wrap the same data key for a new passphrase; the journal is not re-encrypted."""
    if not journal.encrypted or journal.keys.key is None:
        raise ValidationError("This journal is not encrypted; encrypt it to set a passphrase.")
    ring = load_keyring(paths)
    ring.with_passphrase(journal.keys.key, new_passphrase).save(paths.keys_path)
