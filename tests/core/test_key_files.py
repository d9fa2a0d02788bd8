"""The key file: a copy of it in the backup folder, and a missing, damaged or foreign key
file said to be what it is (never a damaged journal, never a plain wrong passphrase)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal_app.core import conversion, encryption
from journal_app.core.db import is_encrypted
from journal_app.core.errors import ValidationError
from journal_app.core.journal import Journal, needs_passphrase
from journal_app.core.keys import KeyFileError, WrongPassphraseError
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths

from ..conftest import REVIEW_PASS

pytestmark = pytest.mark.usefixtures("cheap_kdf")

PASS = REVIEW_PASS


def encrypted(paths: AppPaths, passphrase: str = PASS) -> AppPaths:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="mine"))
        encryption.encrypt(journal, paths, passphrase)
    return paths


def test_the_backup_folder_keeps_a_copy_that_follows_the_passphrase(paths: AppPaths) -> None:
    encrypted(paths)
    copy = paths.backups_dir / "journal.keys"
    assert copy.read_text() == paths.keys_path.read_text()
    with Journal.open(paths, encryption.unlock(paths, PASS)) as journal:
        encryption.change_passphrase(journal, paths, "another long passphrase")
        assert copy.read_text() == paths.keys_path.read_text()
        encryption.decrypt(journal, paths)
    assert not copy.exists() and not paths.keys_path.exists()


def test_a_missing_key_file_is_put_back_from_the_copy(paths: AppPaths) -> None:
    encrypted(paths)
    saved = paths.keys_path.read_text()
    paths.keys_path.unlink()
    assert needs_passphrase(paths)
    key = encryption.unlock(paths, PASS)
    assert paths.keys_path.read_text() == saved
    with Journal.open(paths, key) as journal:
        assert journal.entries.count() == 1


def test_a_missing_key_file_without_a_copy_is_said_missing_not_damaged(paths: AppPaths) -> None:
    encrypted(paths)
    paths.keys_path.unlink()
    (paths.backups_dir / "journal.keys").unlink()
    assert needs_passphrase(paths)  # the file is plainly encrypted: not taken as damaged
    with pytest.raises(KeyFileError) as raised:
        encryption.unlock(paths, PASS)
    assert str(raised.value) == (
        "The journal is encrypted, but its key file journal.keys is missing (and the backup "
        "folder has no copy): put it back beside journal.sqlite3 to open the journal."
    )


def test_a_damaged_sqlite_header_is_damage_not_encryption(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="mine"))
    data = paths.db_path.read_bytes()
    paths.db_path.write_bytes(b"not a database!!" + data[16:])
    assert not needs_passphrase(paths)


def test_another_journals_key_file_is_said_to_be_another_journals(
    paths: AppPaths, tmp_path: Path
) -> None:
    encrypted(paths)
    other = encrypted(AppPaths.resolve(tmp_path / "other"))
    shutil.copy(other.keys_path, paths.keys_path)  # the same passphrase, another key
    (paths.backups_dir / "journal.keys").unlink()
    with pytest.raises(KeyFileError, match="does not belong to this journal: its key opens"):
        encryption.unlock(paths, PASS)


def test_another_journals_key_file_gives_way_to_the_copy(paths: AppPaths, tmp_path: Path) -> None:
    encrypted(paths)
    other = encrypted(AppPaths.resolve(tmp_path / "other"), "someone else's phrase")
    shutil.copy(other.keys_path, paths.keys_path)
    key = encryption.unlock(paths, PASS)  # not "wrong passphrase": the copy fits
    with Journal.open(paths, key) as journal:
        assert journal.entries.count() == 1
    (aside,) = paths.data_dir.glob("journal.keys.old-*")
    assert aside.read_text() == other.keys_path.read_text()  # kept, never deleted
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(paths, "someone else's phrase")


def test_a_damaged_backup_stops_encryption_before_anything_changes(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="mine"))
        assert journal.backups is not None
        bad = journal.backups.create("manual")
        bad.write_bytes(bad.read_bytes()[:5000])
        before = sorted(p.name for p in paths.data_dir.rglob("*"))
        with pytest.raises(ValidationError) as raised:
            encryption.prepare_encrypt(journal, paths, PASS)
        assert str(raised.value).startswith(f"The backup {bad.name} cannot be converted (")
        assert str(raised.value).endswith("Nothing was changed.")
        with pytest.raises(ValidationError, match="cannot be converted"):
            encryption.encrypt(journal, paths, PASS)
        assert sorted(p.name for p in paths.data_dir.rglob("*")) == before
        assert not journal.encrypted and not is_encrypted(paths.db_path)
        bad.unlink()  # as the message says
        encryption.encrypt(journal, paths, PASS)
        assert journal.encrypted


def test_the_recovery_key_is_made_before_any_file_changes(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="mine"))
        before = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
        plan = encryption.prepare_encrypt(journal, paths, PASS)
        assert len(plan.recovery_key.split("-")) == 8
        after = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
        assert after == before and not journal.encrypted
        encryption.carry_out(plan)
        assert encryption.unlock(paths, recovery_key=plan.recovery_key) == journal.keys.key


def test_backups_left_encrypted_by_an_old_decryption_keep_their_key_file(
    paths: AppPaths,
) -> None:
    """An older version's decryption, cut short, left the backups encrypted: a new
    encryption must not write a new key over the one they need."""
    encrypted(paths)
    conversion.convert_file(paths.db_path, encryption.unlock(paths, PASS), None)  # alone
    saved = paths.keys_path.read_text()
    with Journal.open(paths) as journal:
        assert not journal.encrypted
        with pytest.raises(ValidationError, match="encrypted with a key this journal no longer"):
            encryption.encrypt(journal, paths, "a brand new passphrase")
    assert paths.keys_path.read_text() == saved


def test_random_bytes_over_a_plain_journal_are_damage_not_encryption(paths: AppPaths) -> None:
    import os

    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="mine"))
        assert journal.backups is not None
        journal.backups.create("manual")  # plain: the journal was never encrypted
    paths.db_path.write_bytes(os.urandom(8192))
    assert not needs_passphrase(paths)
    (paths.backups_dir / next(paths.backups_dir.glob("*.sqlite3")).name).unlink()
    assert needs_passphrase(paths)  # nothing says otherwise: an encrypted file, key missing
