"""`backup`, `backups`, `restore`, `check` from the terminal, damaged journal included."""

from __future__ import annotations

import json

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
