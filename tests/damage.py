"""Damaged journals and unwritable disks, as a tester makes them: bytes changed in the file,
a disk filled to the last byte, a folder mounted read-only."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core.db import keyed_connect
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths


def fill(paths: AppPaths, n: int = 6, backup: bool = True) -> None:
    """A journal of `n` entries "Entry 1"… about Acme, with a backup when `backup`."""
    with Journal.open(paths) as journal:
        for i in range(1, n + 1):
            journal.entries.add(
                EntryDraft(title=f"Entry {i}", body=f"Body {i} of the entry", clients=("Acme",))
            )
        if backup:
            assert journal.backups is not None
            journal.backups.create("daily")


def damage_header(paths: AppPaths) -> None:
    """The schema format number (offset 44) set to 9: SQLite refuses the whole file."""
    with open(paths.db_path, "r+b") as f:
        f.seek(44)
        f.write(b"\x00\x00\x00\x09")


def damage_value(paths: AppPaths, entry_id: int, column: str, raw_sql: str) -> None:
    """A value in the file that SQLite's checks pass but that cannot be read as what it is
    (a flipped bit in a timestamp, bytes that are not UTF-8)."""
    conn = keyed_connect(paths.db_path, None)  # the app's SQL functions (the index) too
    try:
        conn.execute(f"UPDATE entry SET {column} = {raw_sql} WHERE id = ?", (entry_id,))
        conn.commit()
    finally:
        conn.close()


def damage_bytes(paths: AppPaths, text: bytes, count: int = 40) -> None:
    """`count` bytes of the file overwritten with 0xFF where `text` is first stored."""
    data = bytearray(paths.db_path.read_bytes())
    at = data.index(text)
    data[at : at + count] = b"\xff" * count
    paths.db_path.write_bytes(bytes(data))


def damage_page(paths: AppPaths, text: bytes) -> None:
    """The first 100 bytes of the page holding `text` overwritten: SQLite calls the table
    malformed, and the rows on that page are lost."""
    data = bytearray(paths.db_path.read_bytes())
    page = data.index(text) // 4096
    data[page * 4096 : page * 4096 + 100] = bytes(range(100))
    paths.db_path.write_bytes(bytes(data))


class Disk:
    """A small tmpfs mounted for the test: filled to the last byte, or remounted read-only."""

    def __init__(self, where: Path) -> None:
        self.where = where

    def fill(self) -> None:
        with contextlib.suppress(OSError), open(self.where / "filler", "wb", buffering=0) as f:
            while True:
                f.write(b"\0" * 4096)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.where)], check=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if done.returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield Disk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
