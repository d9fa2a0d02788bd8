"""Damaged journals, full disks and awkward input from the terminal (issue #23): one clear
line and a non-zero exit, never a traceback; what can be read is read."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from tests.damage import Disk, damage_header, damage_page, damage_value, disk, fill

from .conftest import Cli

__all__ = ["disk"]


@pytest.fixture
def paths(cli: Cli) -> AppPaths:
    return AppPaths.resolve(cli.data_dir)


def test_a_damaged_header_gets_a_line_and_restore_and_check_work(cli: Cli, paths: AppPaths) -> None:
    fill(paths)
    damage_header(paths)
    cli("list", code=1)
    assert cli.err.startswith(
        "boundary-journal: The journal file is damaged (unsupported file format).\n"
    )
    assert "Traceback" not in cli.err
    cli("check", code=1)
    assert "unsupported file format" in cli.err
    out = cli("restore", "--latest")
    assert out.startswith("Restored daily-")
    assert "Entry 6" in cli("list")


def test_rescue_saves_a_journal_that_cannot_be_opened(
    cli: Cli, paths: AppPaths, tmp_path: Path
) -> None:
    fill(paths)
    damage_header(paths)
    out = cli("export", "--rescue", "--out", str(tmp_path / "rescued.json"))
    assert out == f"Rescued 6 entries to {tmp_path / 'rescued.json'}.\n"
    fresh = Cli(tmp_path / "new", cli._capsys, cli._monkeypatch)
    assert "Imported 6 entries" in fresh("import", str(tmp_path / "rescued.json"))


def test_an_empty_journal_file_is_offered_its_backup(cli: Cli, paths: AppPaths) -> None:
    fill(paths)
    paths.db_path.write_bytes(b"")
    cli("list", code=1)
    assert "The journal file is empty (0 bytes)" in cli.err
    assert "restore daily-" in cli.err
    cli("restore", "--latest")
    assert "Entry 1" in cli("list")


def test_damaged_rows_are_shown_as_far_as_they_can_be_read(
    cli: Cli, paths: AppPaths, tmp_path: Path
) -> None:
    fill(paths)
    damage_value(paths, 3, "created_at", "'2026-12-02 14:3=:33.979702'")
    damage_value(paths, 5, "title", "CAST(X'41FF42' AS TEXT)")
    out = cli("show", "3", code=1)
    assert out.startswith("#3 ")
    assert "Body 3 of the entry" in out
    assert "Entry #3 is damaged: it is shown with what could be read." in cli.err
    listed = json.loads(cli("list", "--json", code=1))
    assert sorted(e["id"] for e in listed) == [1, 2, 3, 4, 5, 6]
    assert "2 are shown with what could be read" in cli.err
    assert "Traceback" not in cli.err
    assert len(cli("list", code=1).splitlines()) == 6
    cli("export", "--format", "json", "--out", str(tmp_path / "x.json"), code=1)
    assert "Part of the journal cannot be read" in cli.err
    assert "export --rescue --out FILE" in cli.err
    cli("check", code=1)
    assert "2 entries cannot be read whole" in cli.err
    out = cli("export", "--rescue", "--out", str(tmp_path / "r.json"), code=1)
    assert "Rescued 6 entries" in out
    assert "2 with a damaged date, time or text" in out


def test_a_damaged_page_is_named_and_the_rest_rescued(
    cli: Cli, paths: AppPaths, tmp_path: Path
) -> None:
    fill(paths, n=0)
    with Journal.open(paths) as journal:
        for i in range(300):
            journal.entries.add(EntryDraft(title=f"Entry {i}", body=f"word{i} " * 100))
    damage_page(paths, b"word150 word150")
    cli("list", code=1)
    assert "boundary-journal: The journal file is damaged" in cli.err
    assert "export --rescue --out FILE" in cli.err
    out = cli("export", "--rescue", "--out", str(tmp_path / "r.json"), code=1)
    assert re.fullmatch(
        r"Rescued 29\d entries to .*; \d entries could not be read and are missing\.\n", out
    )


def test_a_full_disk_reads_and_refuses_writes_in_one_line(
    cli: Cli, disk: Disk, tmp_path: Path
) -> None:
    cli.data_dir = disk.where / "j"
    fill(AppPaths.resolve(cli.data_dir), backup=False)
    disk.fill()
    assert len(cli("list").splitlines()) == 6
    assert cli.err == "boundary-journal: the journal is open read-only: the disk is full.\n"
    assert cli("check") == "The journal is in good order.\n"
    assert "Exported 6 entries" in cli("export", "--format", "json", "--out", str(tmp_path / "o"))
    cli("add", "--title", "x", "--text", "y", code=1)
    assert cli.err.endswith(
        "boundary-journal: The disk is full: nothing was saved. Free some space and try again.\n"
    )


def test_read_only_media_read_fine(cli: Cli, disk: Disk) -> None:
    cli.data_dir = disk.where / "j"
    fill(AppPaths.resolve(cli.data_dir), backup=False)
    disk.read_only()
    assert "Entry 6" in cli("search", "Entry")
    cli("delete", "1", code=1)
    assert "Nothing was saved: its folder cannot be written" in cli.err


def test_search_takes_words_starting_with_a_dash(cli: Cli) -> None:
    cli("add", "--title", "Call", "--text", "a call at 9 pm")
    cli("add", "--title", "Mail", "--text", "an email at noon")
    cli("search", "-call")  # a query, not an unknown option (what it finds is search's)
    assert "unrecognized" not in cli.err
    assert "Mail" in cli("search", "at", "-call")
    assert "Call" not in cli("search", "at", "-call")
    assert "Mail" in cli("search", "--", "at", "-call")
    assert "Mail" in cli("search", "email", "-call", "--limit", "5")
    assert "Call" in cli("search", "--json", "call", "-email")


def test_bytes_that_are_not_utf8_are_refused_and_nothing_is_written(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = b"Acme \xff".decode("utf-8", "surrogateescape")  # as Python passes such argv
    cli("add", "--title", bad, "--text", "x", code=2)
    assert cli.err == "boundary-journal: --title is not UTF-8 text; nothing was written.\n"
    cli("search", bad, code=2)
    assert "the query is not UTF-8" in cli.err

    class Stdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(b"ok \xff\xfe"), encoding="utf-8"))
    from journal_app.cli import main

    assert main(["--data-dir", str(cli.data_dir), "add", "--title", "piped"]) == 1
    assert cli("list") == ""
