"""`backup`, `backups`, `restore`, `check` from the terminal, damaged journal included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli


def test_backup_list_restore_and_check(cli: Cli) -> None:
    cli("add", "--title", "first", "--text", "x")
    made = cli("backup").strip()
    assert "/backups/manual-" in made
    cli("add", "--title", "second", "--text", "y")
    (listed,) = json.loads(cli("backups", "--json"))
    assert listed["kind"] == "manual" and listed["entries"] == 1
    out = cli("restore", listed["name"])
    assert out.startswith(f"Restored {listed['name']} (1 entry). The state before: pre-restore-")
    assert [e["title"] for e in cli.json("list")] == ["first"]
    assert cli("check").strip() == "The journal is in good order."
    cli("delete", "1")
    assert cli("restore", "1").strip() == "Entry #1 restored."  # entries still restore by id


def test_a_damaged_journal_points_to_its_backup_and_restores(cli: Cli) -> None:
    cli("add", "--title", "precious", "--text", "x")
    backup = cli("backup").strip().rsplit("/", 1)[1]
    db = cli.data_dir / "journal.sqlite3"
    db.write_bytes(b"not a database!!" + db.read_bytes()[16:])
    cli("list", code=1)
    first, hint = cli.err.strip().splitlines()
    assert (
        first
        == "boundary-journal: The journal file is damaged or is not a Boundary Journal database."
    )
    assert hint.startswith(f"boundary-journal: The latest good backup is {backup} (")
    assert f"`boundary-journal restore {backup}` puts it in place" in hint
    cli("check", code=1)
    assert "The journal is damaged" in cli.err
    out = cli("restore", "--latest")
    assert f"Restored {backup} (1 entry)." in out and "The damaged file is kept as" in out
    assert [e["title"] for e in cli.json("list")] == ["precious"]
    assert len(list(cli.data_dir.glob("journal.damaged-*.sqlite3"))) == 1


def test_restoring_a_backup_that_does_not_exist(cli: Cli) -> None:
    cli("add", "--title", "x", "--text", "x")
    cli("restore", "nothing-20260101-000000.sqlite3", code=1)
    assert "There is no backup called" in cli.err


def test_restore_latest_skips_an_empty_backup_and_says_it_is_empty(cli: Cli) -> None:
    cli("add", "--title", "precious", "--text", "x")
    good = cli("backup").strip().rsplit("/", 1)[1]
    cli("add", "--title", "later", "--text", "y")
    empty = cli.data_dir / "backups" / "manual-29990101-000000.sqlite3"  # the newest
    empty.write_bytes(b"")
    out = cli("restore", "--latest")
    assert out.startswith(f"Restored {good} (1 entry).")
    assert [e["title"] for e in cli.json("list")] == ["precious"]
    cli("restore", empty.name, code=1)
    assert f"The backup {empty.name} is damaged (the file is empty)." in cli.err
    assert cli("backups").splitlines()[0].endswith("0 bytes  empty: never restored")


def test_another_database_is_no_backup(cli: Cli) -> None:
    import sqlite3

    cli("add", "--title", "precious", "--text", "x")
    good = cli("backup").strip().rsplit("/", 1)[1]
    other = cli.data_dir / "backups" / "manual-29990101-000000.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert f"Restored {good}" in cli("restore", "--latest")
    cli("restore", other.name, code=1)
    assert "not a Boundary Journal backup" in cli.err


def test_a_damaged_encrypted_journal_restores_from_its_encrypted_backup(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import keys

    monkeypatch.setattr(keys, "SCRYPT_COST", {"n": 2**10, "r": 8, "p": 1})
    cli("add", "--title", "precious", "--text", "x")
    (pw := tmp_path / "pass").write_text("my long passphrase")
    cli("encrypt", "--new-passphrase-file", str(pw))
    db = cli.data_dir / "journal.sqlite3"
    data = bytearray(db.read_bytes())
    data[100:4096] = bytes(3996)  # the first page: SQLCipher cannot read the file at all
    db.write_bytes(bytes(data))
    cli("list", "--passphrase-file", str(pw), code=1)
    assert "The latest good backup is pre-encrypt-" in cli.err  # encrypted, and it opens
    listed = json.loads(cli("backups", "--json", "--passphrase-file", str(pw)))
    assert [b["entries"] for b in listed] == [1]
    out = cli("restore", "--latest", "--passphrase-file", str(pw))
    assert out.startswith("Restored pre-encrypt-") and "(1 entry)." in out
    assert [e["title"] for e in cli.json("list", "--passphrase-file", str(pw))] == ["precious"]
