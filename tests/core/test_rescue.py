"""Damaged journals a person can survive (issue #23): the damage is named, the rest is read,
and a rescue saves everything readable in a file that imports into a new journal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from journal_app.core.db import DISK_FULL, NOT_WRITABLE
from journal_app.core.errors import DamagedRowError, DatabaseCorruptError, StorageError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.core.rescue import rescue_export
from journal_app.paths import AppPaths
from tests.damage import (
    Disk,
    damage_bytes,
    damage_header,
    damage_page,
    damage_value,
    disk,
    fill,
)

__all__ = ["disk"]  # the fixture, used by name


def imported_titles(rescued: Path, tmp_path: Path) -> list[str]:
    with Journal.open(AppPaths.resolve(tmp_path / "new")) as fresh:
        fresh.imports.apply(fresh.imports.read(rescued, "auto"), {})
        return sorted(e.title for e in fresh.entries.summaries(limit=10_000))


def test_a_damaged_header_is_named_and_everything_is_rescued(
    paths: AppPaths, tmp_path: Path
) -> None:
    fill(paths)
    damage_header(paths)
    with pytest.raises(DatabaseCorruptError, match=r"unsupported file format"):
        Journal.open(paths)
    report = rescue_export(paths.db_path, tmp_path / "rescued.json")
    assert (report.entries, report.skipped, report.damaged) == (6, 0, 0)
    assert imported_titles(tmp_path / "rescued.json", tmp_path) == [
        f"Entry {i}" for i in range(1, 7)
    ]
    assert not list(paths.data_dir.glob("*.rescue"))  # the repaired copy is gone


def test_an_empty_journal_file_with_backups_is_damaged_not_new(paths: AppPaths) -> None:
    fill(paths)
    paths.db_path.write_bytes(b"")
    with pytest.raises(DatabaseCorruptError, match=r"empty \(0 bytes\)"):
        Journal.open(paths)
    assert paths.db_path.stat().st_size == 0  # nothing was made over it


def test_an_empty_journal_file_without_history_is_simply_new(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_path.write_bytes(b"")
    with Journal.open(paths) as journal:
        assert journal.entries.count() == 0


@pytest.mark.parametrize(
    ("column", "raw"),
    [
        ("created_at", "'2026-12-02 14:3=:33.979702'"),  # one flipped bit in a digit
        ("entry_date", "'2026-1=-02'"),
        ("title", "CAST(X'41FF42' AS TEXT)"),  # not UTF-8
    ],
)
def test_a_damaged_value_is_reported_and_the_row_rescued(
    paths: AppPaths, tmp_path: Path, column: str, raw: str
) -> None:
    fill(paths)
    damage_value(paths, 3, column, raw)
    with Journal.open(paths) as journal:
        with pytest.raises(DamagedRowError, match="Part of the journal cannot be read"):
            journal.entries.get(3)
        assert journal.entries.get(2).title == "Entry 2"  # the other rows read as ever
        assert any("cannot be read whole" in p for p in journal.check())
    report = rescue_export(paths.db_path, tmp_path / "rescued.json")
    assert (report.entries, report.skipped, report.damaged) == (6, 0, 1)
    saved = json.loads((tmp_path / "rescued.json").read_text())
    third = next(e for e in saved["entries"] if e["id"] == 3)
    assert third["body"] == "Body 3 of the entry"
    assert third["date"] == saved["entries"][0]["date"]  # a bad date comes from created_at
    assert len(imported_titles(tmp_path / "rescued.json", tmp_path)) == 6


def test_forty_damaged_bytes_in_text_lose_at_most_their_rows(
    paths: AppPaths, tmp_path: Path
) -> None:
    fill(paths, n=30)
    damage_bytes(paths, b"Body 17 of the entry", 40)
    report = rescue_export(paths.db_path, tmp_path / "rescued.json")
    assert report.entries + report.skipped == 30
    assert report.entries >= 29
    assert "Entry 1" in imported_titles(tmp_path / "rescued.json", tmp_path)


def test_a_damaged_page_costs_only_the_rows_on_it(paths: AppPaths, tmp_path: Path) -> None:
    with Journal.open(paths) as journal:
        for i in range(300):
            journal.entries.add(EntryDraft(title=f"Entry {i}", body=f"word{i} " * 100))
    damage_page(paths, b"word150 word150")
    report = rescue_export(paths.db_path, tmp_path / "rescued.json")
    assert report.skipped > 0
    assert report.entries + report.skipped == 300
    assert report.entries >= 290
    titles = imported_titles(tmp_path / "rescued.json", tmp_path)
    assert len(titles) == report.entries
    assert "Entry 150" not in titles


def test_a_full_disk_opens_the_journal_read_only(paths: AppPaths, disk: Disk) -> None:
    paths = AppPaths.resolve(disk.where / "journal")
    fill(paths, backup=False)
    disk.fill()
    with Journal.open(paths) as journal:
        assert journal.read_only == DISK_FULL
        assert [e.title for e in journal.entries.summaries()][:1] == ["Entry 6"]
        assert journal.check() == []
        with pytest.raises(StorageError, match="cannot be written"):
            journal.entries.add(EntryDraft(title="lost?"))
    (disk.where / "filler").unlink()
    with Journal.open(paths) as journal:  # with room again, it writes as ever
        assert journal.read_only is None
        journal.entries.add(EntryDraft(title="saved"))
        assert journal.entries.count() == 7


def test_read_only_media_open_the_journal_read_only(paths: AppPaths, disk: Disk) -> None:
    paths = AppPaths.resolve(disk.where / "journal")
    fill(paths, backup=False)
    disk.read_only()
    with Journal.open(paths) as journal:
        assert journal.read_only == NOT_WRITABLE
        assert journal.entries.count() == 6
    assert not (paths.data_dir / "journal.sqlite3-shm").exists()


def test_a_disk_full_at_a_write_says_so(paths: AppPaths, disk: Disk) -> None:
    paths = AppPaths.resolve(disk.where / "journal")
    fill(paths, backup=False)
    with Journal.open(paths) as journal:
        journal.entries.count()
        disk.fill()
        with pytest.raises(StorageError, match="The disk is full"):
            journal.entries.add(EntryDraft(title="x" * 1000, body="y" * 2_000_000))


def test_a_copy_of_a_journal_on_a_full_disk_is_read_as_it_stands(
    paths: AppPaths, disk: Disk, tmp_path: Path
) -> None:
    fill(paths, backup=False)
    target = disk.where / "journal"
    shutil.copytree(paths.data_dir, target)
    disk.fill()
    report = rescue_export(target / "journal.sqlite3", tmp_path / "rescued.json")
    assert report.entries == 6
