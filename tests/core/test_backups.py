"""Backups and recovery: daily and before changes, rotated, verified; a restore that can be
undone; a damaged journal reported as damaged, moved aside and replaced from a backup."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from journal_app.core.backups import BackupService, check_file, plain_connect, recover
from journal_app.core.errors import DatabaseCorruptError, StorageError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_one_daily_backup_a_day_verified_and_owner_only(journal: Journal) -> None:
    journal.entries.add(EntryDraft(title="kept safe"))
    assert journal.backups is not None
    first = journal.backups.daily()
    assert first is not None and first.name.startswith("daily-")
    assert journal.backups.daily() is None  # at most one a day
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert check_file(first, plain_connect) == "ok"
    (info,) = journal.backups.list()
    assert (info.kind, info.entries) == ("daily", 1)


def fake(folder: Path, kind: str, when: dt.datetime) -> Path:
    path = folder / f"{kind}-{when:%Y%m%d-%H%M%S}.sqlite3"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_seven_daily_four_weekly_ten_events_and_every_manual(
    tmp_path: Path,
) -> None:
    service = BackupService(tmp_path, lambda: None)
    start = dt.datetime(2026, 11, 23, 9, 0)
    for day in range(60):  # a backup every day for two months, twice on some days
        fake(tmp_path, "daily", start - dt.timedelta(days=day))
        if day % 10 == 0:
            fake(tmp_path, "daily", start - dt.timedelta(days=day, hours=2))
    for n in range(15):
        fake(tmp_path, "pre-import", start - dt.timedelta(hours=n))
    manual = fake(tmp_path, "manual", start - dt.timedelta(days=400))
    service.rotate()
    daily = sorted(
        (b.created for b in service.list(count=False) if b.kind == "daily"), reverse=True
    )
    assert [d.date() for d in daily[:7]] == [
        (start - dt.timedelta(days=n)).date() for n in range(7)
    ]
    weekly = daily[7:]
    assert len(weekly) == 4
    weeks = {d.isocalendar()[:2] for d in weekly}
    assert len(weeks) == 4 and not weeks & {d.isocalendar()[:2] for d in daily[:7]}
    assert sum(1 for b in service.list(count=False) if b.kind == "pre-import") == 10
    assert manual.exists()


def test_restore_backs_up_first_and_can_be_undone(journal: Journal) -> None:
    assert journal.backups is not None
    journal.entries.add(EntryDraft(title="before"))
    saved = journal.backups.create("manual")
    journal.entries.add(EntryDraft(title="after"))
    before = journal.backups.restore(saved)
    assert [e.title for e in journal.entries.summaries()] == ["before"]
    assert before.name.startswith("pre-restore-")
    journal.backups.restore(before)
    assert sorted(e.title for e in journal.entries.summaries()) == ["after", "before"]
    assert journal.search.search("after")  # the search index came back with it


def test_merging_clients_and_importing_back_up_first(journal: Journal, tmp_path: Path) -> None:
    assert journal.backups is not None
    a, b = journal.clients.add("Acme"), journal.clients.add("ACME Ltd")
    journal.clients.merge(b, a)
    (path := tmp_path / "j.txt").write_text("[2026-01-01 10:00] Hello.\n")
    journal.imports.apply(journal.imports.read(path))
    kinds = [info.kind for info in journal.backups.list(count=False)]
    assert sorted(kinds) == ["pre-import", "pre-merge"]


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        data = data[: len(data) // 3 + 100]
    elif how == "header":
        data[0:16] = b"not a database!!"
    elif how == "page":
        for page in range(1, len(data) // 4096):
            data[page * 4096 : page * 4096 + 8] = b"\x00" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncate", "header", "page"])
def test_a_damaged_journal_is_reported_and_recovered_from_a_backup(
    paths: AppPaths, how: str
) -> None:
    with Journal.open(paths) as journal:
        for n in range(30):
            journal.entries.add(EntryDraft(title=f"entry {n}", body="запись " * 200))
        assert journal.backups is not None
        good = journal.backups.create("daily")
    damage(paths.db_path, how)
    damaged_bytes = paths.db_path.read_bytes()
    with pytest.raises(DatabaseCorruptError, match="damaged"):
        Journal.open(paths)
    assert paths.db_path.read_bytes() == damaged_bytes  # nothing was written to it
    service = BackupService(paths.backups_dir, lambda: None)
    latest = service.latest_good()
    assert latest is not None and latest.path == good and latest.entries == 30
    aside = recover(paths.db_path, good)
    assert aside.read_bytes() == damaged_bytes  # kept, never overwritten
    assert aside.name.startswith("journal.damaged-")
    with Journal.open(paths) as journal:
        assert journal.entries.count() == 30
    assert stat.S_IMODE(os.stat(paths.db_path).st_mode) == 0o600


def test_a_damaged_backup_is_not_offered(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        assert journal.backups is not None
        journal.entries.add(EntryDraft(title="x"))
        older = journal.backups.create("daily")
        newer = journal.backups.create("manual")
    damage(newer, "header")
    found = BackupService(paths.backups_dir, lambda: None).latest_good()
    assert found is not None and found.path == older


def test_a_large_journal_opens_quickly_and_its_full_check_finds_damage(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        for n in range(30):
            journal.entries.add(EntryDraft(title=f"entry {n}", body="запись " * 200))
    assert Journal.open(paths).full_check_pending is False  # small: checked at open
    data = bytearray(paths.db_path.read_bytes())
    last = len(data) // 4096 - 1
    data[last * 4096 : last * 4096 + 8] = bytes(8)  # a page the schema does not need
    paths.db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        Journal.open(paths)
    quick = Journal.open(paths, full_check=False)  # only the schema is read at open
    try:
        assert quick.full_check_pending
        assert quick.full_check() != "ok"
    finally:
        quick.close()


def test_a_link_planted_at_a_scratch_name_is_never_followed(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import backups

    journal.entries.add(EntryDraft(title="kept safe"))
    assert journal.backups is not None
    monkeypatch.setattr(backups, "stamp_now", lambda: "20260101-000000")
    outside = tmp_path / "outside.txt"
    outside.write_text("not yours")
    scratch = journal.backups.folder / "manual-20260101-000000.sqlite3.partial"
    for extra in ("", "-wal", "-shm", "-journal"):
        os.symlink(outside, str(scratch) + extra)
    modes: list[int] = []
    real = journal.backups.connect

    def watching(path: Path) -> object:
        modes.append(stat.S_IMODE(os.lstat(path).st_mode))
        assert not path.is_symlink()
        return real(path)

    monkeypatch.setattr(journal.backups, "_connect", watching)
    made = journal.backups.create("manual")
    assert outside.read_text() == "not yours"
    assert modes[0] == 0o600  # owner-only while it is written, not only once it is done
    assert check_file(made, plain_connect) == "ok"
    assert not list(journal.backups.folder.glob("*.partial*"))


def test_scratch_files_left_by_a_crash_are_removed_at_start(journal: Journal) -> None:
    assert journal.backups is not None
    folder = journal.backups.folder
    left = [folder / "daily-20260101-000000.sqlite3.partial", folder / "x.sqlite3.converting"]
    for path in left:
        for extra in ("", "-wal", "-shm"):
            Path(str(path) + extra).write_bytes(b"SQLite format 3\x00 half a backup")
    journal.backups.daily()
    assert [p.name for p in folder.iterdir() if not p.name.startswith("daily-2")] == []
    assert not any(".partial" in p.name or ".converting" in p.name for p in folder.iterdir())


def test_an_empty_or_foreign_backup_never_verifies(journal: Journal) -> None:
    import sqlite3

    from journal_app.core.backups import verify_backup

    assert journal.backups is not None
    good = journal.backups.create("manual")
    folder = journal.backups.folder
    (empty := folder / "manual-29990101-000000.sqlite3").write_bytes(b"")
    other = folder / "manual-29990101-000001.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert str(verify_backup(empty, plain_connect)) == "the file is empty"
    assert str(verify_backup(other, plain_connect)) == "not a Boundary Journal backup"
    found = journal.backups.latest_good()
    assert found is not None and found.path == good
    with pytest.raises(StorageError, match=r"is damaged \(the file is empty\)"):
        journal.backups.restore(empty)


def test_a_backup_on_read_only_media_is_a_clear_error(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup on a read-only mount: nothing can be made or removed there. It says
    so (the window shows it in the status bar), never an OSError from its own tidying."""
    import errno

    import journal_app.core.backups as backups

    def read_only(path: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system", path)

    journal.entries.add(EntryDraft(title="Kept"))
    assert journal.backups is not None
    monkeypatch.setattr(backups.os, "unlink", read_only)
    with pytest.raises(StorageError, match="could not be written"):
        journal.backups.daily()
