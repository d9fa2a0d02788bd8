"""Turning encryption on and off, changing the passphrase, and unlocking.

A conversion never changes the journal in place: each file is exported (`sqlcipher_export`)
beside itself, checked (SQLite's and the search index's integrity checks, the same number of
rows in every table), and only then takes its name. The journal and its backups are converted
as one operation recorded in a state file, finished or undone after a crash (see
`core.conversion`). Before anything changes, every backup is checked: one that cannot be
converted stops the operation with nothing changed, rather than being left in the old form.

Encrypting is two steps, so that the recovery key is shown before anything depends on it:
`prepare_encrypt` makes the key (and checks the backups), the caller shows the recovery key,
then `carry_out` converts the files. `encrypt` does both, for scripts and tests.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..paths import AppPaths
from . import conversion
from .backups import stamp_now, verify_backup
from .db import is_encrypted, keyed_connect
from .errors import StorageError, ValidationError
from .journal import Journal
from .keys import KeyFileError, Keyring, WrongPassphraseError
from .messages import (
    ALREADY_ENCRYPTED,
    BACKUP_NOT_CONVERTED,
    BACKUP_OLD_KEY,
    BACKUPS_PENDING,
    KEY_FILE_FOREIGN,
    KEY_FILE_LOST,
    MEMORY_NOT_ENCRYPTABLE,
    NOT_ENCRYPTED,
    NOT_ENCRYPTED_NO_PASSPHRASE,
    Said,
)


def load_keyring(paths: AppPaths) -> Keyring:
    return Keyring.load(paths.keys_path)


# -- unlocking -----------------------------------------------------------------------------


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = keyed_connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - any failure means: not with this key
        return False
    return True


def key_fits(paths: AppPaths, key: bytes) -> bool:
    """The key opens the journal, or (the journal being damaged) one of its encrypted
    backups; with neither to try, it is given the benefit of the doubt."""
    if _opens(paths.db_path, key):
        return True
    encrypted = [b for b in conversion.backup_files(paths) if is_encrypted(b)]
    return not encrypted or any(_opens(b, key) for b in encrypted)


def _key_rings(paths: AppPaths) -> list[tuple[Keyring, bool]]:
    """The key file and, when it differs, its copy in the backup folder (True: the copy)."""
    rings: list[tuple[Keyring, bool]] = []
    problem: KeyFileError | None = None
    try:
        rings.append((Keyring.load(paths.keys_path), False))
    except KeyFileError as error:
        problem = error
    copy = conversion.key_copy_path(paths)
    if copy.exists():
        with contextlib.suppress(KeyFileError):
            ring = Keyring.load(copy)
            if not rings or ring != rings[0][0]:
                rings.append((ring, True))
    if not rings:
        if not paths.keys_path.exists():
            raise KeyFileError(
                KEY_FILE_LOST, key_file=paths.keys_path.name, journal=paths.db_path.name
            )
        assert problem is not None
        raise problem
    return rings


def unlock(
    paths: AppPaths, passphrase: str | None = None, recovery_key: str | None = None
) -> bytes:
    """The data key of an encrypted journal, from its passphrase or its recovery key.

    A key file that is missing, damaged or another journal's is replaced by the copy in the
    backup folder when that one opens the journal (the other is kept aside); a key file that
    opens neither the journal nor its backups is said to belong to another journal."""
    wrong: WrongPassphraseError | None = None
    foreign = False
    for ring, is_copy in _key_rings(paths):
        try:
            if recovery_key is not None:
                key = ring.unlock_with_recovery_key(recovery_key)
            else:
                key = ring.unlock(passphrase or "")
        except WrongPassphraseError as error:
            wrong = wrong or error
            continue
        if not key_fits(paths, key):
            foreign = True
            continue
        if is_copy:
            _put_back(paths, ring)
        return key
    if foreign:
        raise KeyFileError(KEY_FILE_FOREIGN, key_file=paths.keys_path.name)
    assert wrong is not None
    raise wrong


def _put_back(paths: AppPaths, ring: Keyring) -> None:
    """The copy in the backup folder becomes the key file again; a key file that was there
    (damaged, or another journal's) is kept aside, never deleted."""
    if paths.keys_path.exists():
        os.replace(paths.keys_path, paths.keys_path.with_name(f"journal.keys.old-{stamp_now()}"))
    ring.save(paths.keys_path)


# -- converting ----------------------------------------------------------------------------


def _release(journal: Journal) -> None:
    """Close every connection, so the file can be converted (WAL checkpointed into it)."""
    journal.engine.dispose()
    if journal.path is not None:
        conn = keyed_connect(journal.path, journal.keys.key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _check_backups(paths: AppPaths, key: bytes | None) -> None:
    """Every backup in the old form must convert: checked before anything changes."""
    for backup in conversion.backup_files(paths):
        if is_encrypted(backup) and key is None:
            verdict: Said | str = BACKUP_OLD_KEY()
        elif backup.stat().st_size and is_encrypted(backup) != (key is not None):
            continue  # already in the new form (left so by an older version)
        else:
            verdict = verify_backup(backup, lambda p: keyed_connect(p, key))
        if verdict != "ok":
            raise ValidationError(BACKUP_NOT_CONVERTED, backup=backup.name, verdict=verdict)


@dataclass(frozen=True)
class EncryptionPlan:
    """A new key, made and not yet used: show `recovery_key`, then `carry_out(plan)`."""

    journal: Journal
    paths: AppPaths
    ring: Keyring
    data_key: bytes
    recovery_key: str


def prepare_encrypt(
    journal: Journal, paths: AppPaths, passphrase: str, cost: dict[str, int] | None = None
) -> EncryptionPlan:
    """Check that the journal can be encrypted and make its key; nothing is written."""
    if journal.encrypted:
        raise ValidationError(ALREADY_ENCRYPTED)
    if journal.path is None:
        raise ValidationError(MEMORY_NOT_ENCRYPTABLE)
    ring, data_key, recovery_key = Keyring.create(passphrase, cost)
    _check_backups(paths, None)
    return EncryptionPlan(journal, paths, ring, data_key, recovery_key)


def carry_out(plan: EncryptionPlan) -> None:
    """Encrypt the journal, then its backups (see `core.conversion`)."""
    journal, paths, key = plan.journal, plan.paths, plan.data_key
    assert journal.path is not None
    journal.backup_before("encrypt")
    _release(journal)
    conversion.tidy(paths, backups=True)  # a plain copy cut short must not stay behind
    if paths.keys_path.exists():  # an earlier encryption's: kept aside, never overwritten
        os.replace(paths.keys_path, paths.keys_path.with_name(f"journal.keys.old-{stamp_now()}"))
    conversion.write_state(paths, "encrypt")
    try:
        plan.ring.save(paths.keys_path)
        plan.ring.save(conversion.key_copy_path(paths))
        conversion.convert_file(journal.path, None, key)
    except Exception:
        if is_encrypted(journal.path):  # it failed after the swap: finished at the next open
            journal.keys.key = key
            raise
        conversion.remove_keys(paths)  # nothing was encrypted: undone
        conversion.clear_state(paths)
        raise
    journal.keys.key = key
    _finish(paths, "encrypt", None, key)


def _finish(paths: AppPaths, operation: str, old: bytes | None, new: bytes | None) -> None:
    try:
        conversion.convert_backups(paths, old, new)
    except StorageError as error:
        raise StorageError(BACKUPS_PENDING, error=error) from error
    if operation == "decrypt":
        conversion.remove_keys(paths)
    conversion.clear_state(paths)


def encrypt(
    journal: Journal, paths: AppPaths, passphrase: str, cost: dict[str, int] | None = None
) -> str:
    """Encrypt the journal and its backups; returns the recovery key to show once."""
    plan = prepare_encrypt(journal, paths, passphrase, cost)
    carry_out(plan)
    return plan.recovery_key


def decrypt(journal: Journal, paths: AppPaths) -> None:
    """Store the backups, then the journal, in plain text again; the key file goes last."""
    if not journal.encrypted or journal.path is None:
        raise ValidationError(NOT_ENCRYPTED)
    key = journal.keys.key
    _check_backups(paths, key)
    journal.backup_before("decrypt")
    _release(journal)
    conversion.tidy(paths, backups=True)
    conversion.write_state(paths, "decrypt")
    conversion.convert_backups(paths, key, None)  # a failure: finished at the next open
    conversion.convert_file(journal.path, key, None)
    journal.keys.key = None
    _finish(paths, "decrypt", key, None)


def change_passphrase(journal: Journal, paths: AppPaths, new_passphrase: str) -> None:
    """Wrap the same data key for a new passphrase; the journal is not re-encrypted. The
    copy in the backup folder follows (or does at the next open, after a crash)."""
    if not journal.encrypted or journal.keys.key is None:
        raise ValidationError(NOT_ENCRYPTED_NO_PASSPHRASE)
    ring = load_keyring(paths)
    ring.with_passphrase(journal.keys.key, new_passphrase).save(paths.keys_path)
    conversion.sync_key_copy(paths)
