"""Encrypting, decrypting and changing the passphrase killed at every step: `os.replace`,
`os.fsync` and each file's conversion fail at step k, for every k (and everything after the
kill fails too, as it would in a dead process). The next open finishes or undoes the work:
the journal opens, every backup opens with the journal's key (or is plain with it), and no
file under the data folder is left in plain text beside an encrypted journal."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from journal_app.core import conversion, encryption, keys
from journal_app.core.backups import verify_backup
from journal_app.core.db import is_encrypted, keyed_connect
from journal_app.core.journal import Journal, needs_passphrase
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths

from ..conftest import REVIEW_PASS

pytestmark = pytest.mark.usefixtures("cheap_kdf")

SECRET = b"PLAINWORDX"
PASS = REVIEW_PASS
NEW_PASS = "a brand new passphrase"


class Killed(BaseException):
    """The process died here (not an error anything should catch)."""


class Crash:
    """Counts the steps of an operation; from step `at` on, every one of them fails."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int | None) -> None:
        self.steps, self.at, self.dead = 0, at, False
        for owner, name in (
            (os, "replace"),
            (os, "fsync"),
            (conversion, "convert_file"),
        ):
            monkeypatch.setattr(owner, name, self._step(getattr(owner, name)))
        monkeypatch.setattr(os, "unlink", self._after(os.unlink))

    def _step(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if self.dead or self.steps == self.at:
                self.dead = True
                raise Killed
            self.steps += 1
            return real(*args, **kwargs)

        return wrapper

    def _after(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if self.dead:
                raise Killed
            return real(*args, **kwargs)

        return wrapper


def every_file(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.is_file())


def template(root: Path, encrypted: bool) -> AppPaths:
    """A journal with an entry and three backups (daily, manual, and one more made later)."""
    paths = AppPaths.resolve(root)
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="known", body=f"Клиент {SECRET.decode()}"))
        assert journal.backups is not None
        journal.backups.daily()
        journal.backups.create("manual")
        if encrypted:
            encryption.encrypt(journal, paths, PASS)
            journal.backups.create("manual")
    if not encrypted:  # a backup cut short earlier: a plain copy that must not outlive it
        stale = paths.backups_dir / "daily-20260101-000000.sqlite3.partial"
        stale.write_bytes(paths.db_path.read_bytes())
    return paths


def copy_of(source: AppPaths, root: Path) -> AppPaths:
    shutil.copytree(source.data_dir, root)
    return AppPaths.resolve(root)


def reopen(paths: AppPaths, passphrases: tuple[str, ...] = (PASS,)) -> tuple[Journal, bytes | None]:
    key = None
    if needs_passphrase(paths):
        for passphrase in passphrases:
            try:
                key = encryption.unlock(paths, passphrase)
                break
            except keys.WrongPassphraseError:
                continue
        assert key is not None
    journal = Journal.open(paths, key)
    return journal, journal.keys.key  # None: opened (or left, once finished) in plain text


def assert_sound(paths: AppPaths, journal: Journal, key: bytes | None) -> None:
    assert journal.entries.count() == 1
    backups = sorted(paths.backups_dir.glob("*.sqlite3"))
    assert len(backups) >= 2
    for backup in backups:
        assert is_encrypted(backup) == (key is not None), backup.name
        assert verify_backup(backup, lambda p: keyed_connect(p, key)) == "ok", backup.name
    assert not conversion.state_path(paths).exists()
    leftovers = [p.name for p in every_file(paths.data_dir) if ".converting" in p.name]
    assert leftovers == []
    if key is None:
        assert not paths.keys_path.exists()
        assert not conversion.key_copy_path(paths).exists()
        return
    journal.close()  # the WAL folded in: every byte on disk is what stays there
    for path in every_file(paths.data_dir):
        data = path.read_bytes()
        assert b"SQLite format 3" not in data and SECRET not in data, path.name
    copy = conversion.key_copy_path(paths).read_text()
    assert copy == paths.keys_path.read_text()


def run(
    operation: Callable[[Journal, AppPaths], object],
    paths: AppPaths,
    at: int | None,
    monkeypatch: pytest.MonkeyPatch,
    key: bytes | None,
) -> int:
    journal = Journal.open(paths, key)
    with monkeypatch.context() as patched:
        crash = Crash(patched, at)
        try:
            operation(journal, paths)
        except Killed:
            assert at is not None
        else:
            assert at is None, f"no step {at}: the operation has {crash.steps}"
    journal.engine.dispose()
    return crash.steps


def every_step(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    encrypted: bool,
    operation: Callable[[Journal, AppPaths], object],
    check: Callable[[AppPaths], None],
) -> int:
    source = template(tmp_path / "template", encrypted)
    key = encryption.unlock(source, PASS) if encrypted else None
    steps = run(operation, copy_of(source, tmp_path / "dry"), None, monkeypatch, key)
    assert steps >= 4
    for k in range(steps):
        check(copy_of(source, tmp_path / f"killed-at-{k}"))
    return steps


def test_encrypt_killed_at_every_step_is_finished_or_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes = set()

    def encrypt(journal: Journal, paths: AppPaths) -> None:
        encryption.encrypt(journal, paths, PASS)

    def check(paths: AppPaths) -> None:
        k = int(paths.data_dir.name.rsplit("-", 1)[1])
        run(encrypt, paths, k, monkeypatch, None)
        journal, key = reopen(paths)
        assert_sound(paths, journal, key)
        journal.close()
        outcomes.add(key is not None)

    every_step(tmp_path, monkeypatch, False, encrypt, check)
    assert outcomes == {True, False}  # some kills came before the journal changed, some after


def test_decrypt_killed_at_every_step_is_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def check(paths: AppPaths) -> None:
        k = int(paths.data_dir.name.rsplit("-", 1)[1])
        run(encryption.decrypt, paths, k, monkeypatch, encryption.unlock(paths, PASS))
        journal, key = reopen(paths)
        if key is not None:  # killed before anything changed: still encrypted, and sound
            assert_sound(paths, journal, key)
            encryption.decrypt(journal, paths)
            journal.close()
            journal, key = reopen(paths)
        assert_sound(paths, journal, key)
        # a later encryption takes every backup along with its new key
        encryption.encrypt(journal, paths, NEW_PASS)
        journal.close()
        journal, key = reopen(paths, (NEW_PASS,))
        assert_sound(paths, journal, key)
        journal.close()

    every_step(tmp_path, monkeypatch, True, encryption.decrypt, check)


def test_a_passphrase_change_killed_at_every_step_keeps_the_copy_in_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change(journal: Journal, paths: AppPaths) -> None:
        encryption.change_passphrase(journal, paths, NEW_PASS)

    def check(paths: AppPaths) -> None:
        k = int(paths.data_dir.name.rsplit("-", 1)[1])
        run(change, paths, k, monkeypatch, encryption.unlock(paths, PASS))
        journal, key = reopen(paths, (NEW_PASS, PASS))
        assert_sound(paths, journal, key)

    every_step(tmp_path, monkeypatch, True, change, check)
