"""Encryption at rest: nothing readable on disk, a wrong passphrase called wrong, the
recovery key, passphrase changes without re-encrypting, and safe conversions both ways."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core import conversion, encryption, keys
from journal_app.core.db import is_encrypted
from journal_app.core.errors import (
    DatabaseCorruptError,
    EncryptedJournalError,
    StorageError,
    ValidationError,
)
from journal_app.core.journal import Journal, needs_passphrase
from journal_app.core.keys import KeyFileError, Keyring, WrongPassphraseError
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths

from ..conftest import FAST_SCRYPT, REVIEW_PASS

pytestmark = pytest.mark.usefixtures("cheap_kdf")

OWASP = dict(keys.SCRYPT_COST)
SECRET = "PLAINWORDX"
PASS = REVIEW_PASS


def every_file(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.is_file())


def grep(folder: Path, word: str) -> list[str]:
    return [p.name for p in every_file(folder) if word.encode() in p.read_bytes()]


def filled(paths: AppPaths) -> Journal:
    journal = Journal.open(paths)
    entry = journal.entries.add(EntryDraft(title=f"{SECRET} title", body=f"Клиент {SECRET}"))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="rudeness", note=SECRET)
    )
    assert journal.backups is not None
    journal.backups.daily()
    return journal


def test_nothing_readable_on_disk_while_open_and_after(paths: AppPaths) -> None:
    journal = filled(paths)
    assert grep(paths.data_dir, SECRET)  # the test can see plain text when it is there
    recovery = encryption.encrypt(journal, paths, PASS)
    assert journal.encrypted and is_encrypted(paths.db_path)
    entry = journal.entries.add(EntryDraft(title="new", body=f"written after {SECRET}"))
    journal.entries.update(entry, EntryDraft(body=f"edited {SECRET} again"))
    assert journal.search.search(SECRET)  # search works on an encrypted journal
    assert journal.backups is not None
    journal.backups.create("manual")
    assert Path(str(paths.db_path) + "-wal").exists()  # the WAL is there, and encrypted too
    assert grep(paths.data_dir, SECRET) == []
    journal.close()
    assert grep(paths.data_dir, SECRET) == []
    assert len(recovery.split("-")) == 8


def test_opening_needs_the_key_and_a_wrong_passphrase_is_called_wrong(paths: AppPaths) -> None:
    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    journal.close()
    with pytest.raises(EncryptedJournalError, match="passphrase is needed"):
        Journal.open(paths)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        encryption.unlock(paths, "not the passphrase")
    with Journal.open(paths, encryption.unlock(paths, PASS)) as reopened:
        assert reopened.entries.count() == 1
        assert [b.entries for b in reopened.backups.list()] == [1, 1]  # backups read too


def test_a_damaged_encrypted_journal_is_damaged_not_a_wrong_passphrase(paths: AppPaths) -> None:
    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    journal.close()
    data = bytearray(paths.db_path.read_bytes())
    data[5000:5200] = bytes(200)
    paths.db_path.write_bytes(bytes(data))
    key = encryption.unlock(paths, PASS)  # the passphrase is right…
    with pytest.raises(DatabaseCorruptError, match="damaged"):  # …the file is not
        Journal.open(paths, key)


def test_the_recovery_key_opens_it_and_the_passphrase_can_change(paths: AppPaths) -> None:
    journal = filled(paths)
    recovery = encryption.encrypt(journal, paths, PASS)
    journal.close()
    key = encryption.unlock(paths, recovery_key=recovery.lower().replace("-", " "))
    with pytest.raises(WrongPassphraseError, match="Wrong recovery key"):
        encryption.unlock(paths, recovery_key="AAAA-" * 7 + "AAAA")
    with Journal.open(paths, key) as reopened:
        encryption.change_passphrase(reopened, paths, "a brand new passphrase")
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(paths, PASS)
    assert encryption.unlock(paths, "a brand new passphrase") == key
    assert encryption.unlock(paths, recovery_key=recovery) == key


def test_decrypting_leaves_plain_journal_and_backups_and_no_key_file(paths: AppPaths) -> None:
    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    encryption.decrypt(journal, paths)
    assert not journal.encrypted and not paths.keys_path.exists()
    assert journal.entries.count() == 1
    journal.entries.add(EntryDraft(title="plain again"))
    journal.close()
    with Journal.open(paths) as reopened:
        assert reopened.entries.count() == 2
        assert reopened.backups is not None
        assert all(b.entries is not None for b in reopened.backups.list())
    assert not any(is_encrypted(p) for p in paths.backups_dir.iterdir())


def test_an_encrypted_backup_restores(paths: AppPaths) -> None:
    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    assert journal.backups is not None
    saved = journal.backups.create("manual")
    journal.entries.add(EntryDraft(title="later"))
    journal.backups.restore(saved)
    assert journal.entries.count() == 1
    assert is_encrypted(saved)
    journal.close()


def test_a_failed_conversion_changes_nothing(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = filled(paths)
    before = journal.entries.count()

    def broken(*_args: object) -> None:
        raise StorageError("The converted journal did not verify (simulated).")

    monkeypatch.setattr(conversion, "_verify", broken)
    with pytest.raises(StorageError, match="did not verify"):
        encryption.encrypt(journal, paths, PASS)
    assert not journal.encrypted and not paths.keys_path.exists()
    assert not is_encrypted(paths.db_path)
    assert journal.entries.count() == before
    assert not list(paths.data_dir.glob("*.converting"))


def test_short_passphrases_and_broken_key_files_are_refused(paths: AppPaths) -> None:
    journal = filled(paths)
    with pytest.raises(ValidationError, match="at least 8 characters"):
        encryption.encrypt(journal, paths, "short")
    encryption.encrypt(journal, paths, PASS)
    journal.close()
    (paths.backups_dir / "journal.keys").unlink()  # no copy to fall back on (see test_key_files)
    paths.keys_path.write_text("{ not json")
    with pytest.raises(KeyFileError, match="damaged"):
        encryption.unlock(paths, PASS)
    paths.keys_path.unlink()
    with pytest.raises(KeyFileError, match="key file journal.keys is missing"):
        encryption.unlock(paths, PASS)


def test_the_app_derives_keys_at_owasp_cost() -> None:
    assert OWASP == {"n": 2**17, "r": 8, "p": 1}
    ring, _key, _recovery = Keyring.create(PASS)  # the cost in force is the one stored
    assert {k: ring.passphrase_box[k] for k in ("n", "r", "p")} == FAST_SCRYPT


def test_a_plain_sqlite_reader_cannot_read_it(paths: AppPaths) -> None:
    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    journal.close()
    reader = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT * FROM entry')"
    done = subprocess.run(
        [sys.executable, "-c", reader, str(paths.db_path)], capture_output=True, text=True
    )
    assert done.returncode != 0 and "file is not a database" in done.stderr


def test_an_encrypted_journal_migrates_with_an_encrypted_backup(paths: AppPaths) -> None:
    from alembic import command

    from journal_app.core import db

    journal = filled(paths)
    encryption.encrypt(journal, paths, PASS)
    cfg = db._alembic_config()
    with journal.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")  # two steps back: 0004 and 0003
    journal.close()
    with Journal.open(paths, encryption.unlock(paths, PASS)) as upgraded:
        assert upgraded.entries.count() == 1
    (backup,) = paths.backups_dir.glob("pre-migration-0002-*.sqlite3")
    assert is_encrypted(backup)
    assert grep(paths.data_dir, SECRET) == []


def test_a_plain_copy_left_by_a_killed_decryption_goes_before_the_passphrase_is_asked(
    paths: AppPaths,
) -> None:
    journal = filled(paths)
    plain = next(paths.backups_dir.glob("daily-*")).read_bytes()  # a plain copy
    encryption.encrypt(journal, paths, PASS)
    journal.close()
    left = paths.data_dir / "journal.sqlite3.converting"
    left.write_bytes(plain)  # as a decryption killed half-way leaves it
    Path(str(left) + "-journal").write_bytes(b"")
    assert grep(paths.data_dir, SECRET) == [left.name]
    assert needs_passphrase(paths)  # asked next; the person may well quit there
    assert grep(paths.data_dir, SECRET) == []


def test_a_link_planted_at_the_conversion_name_is_never_followed(
    paths: AppPaths, tmp_path: Path
) -> None:
    journal = filled(paths)
    outside = tmp_path / "outside.txt"
    outside.write_text("not yours")
    (paths.data_dir / "journal.sqlite3.converting").symlink_to(outside)
    (daily,) = paths.backups_dir.glob("daily-*.sqlite3")
    (paths.backups_dir / f"{daily.name}.converting").symlink_to(outside)
    encryption.encrypt(journal, paths, PASS)
    assert outside.read_text() == "not yours"
    assert journal.entries.count() == 1 and grep(paths.data_dir, SECRET) == []
    journal.close()
