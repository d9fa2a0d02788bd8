"""The command line as a person or a script uses it: arguments in, text or JSON out."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.cli import main
from journal_app.paths import DATA_DIR_ENV

from .conftest import Cli


def test_add_prints_the_id_and_show_json_round_trips(cli: Cli) -> None:
    out = cli(
        "add",
        "--date",
        "2025-03-04",
        "--time",
        "21:05",
        "--title",
        "Поздний звонок",
        "--client",
        "Acme",
        "--client",
        "Бета",
        "--tag",
        "late",
        "--private",
        "--text",
        "He phoned at 9 pm.\n\nAgain.",
    )
    entry_id = int(out)
    shown = cli.json("show", str(entry_id))
    assert {
        k: shown[k] for k in ("id", "date", "time", "title", "body", "clients", "tags", "private")
    } == {
        "id": entry_id,
        "date": "2025-03-04",
        "time": "21:05",
        "title": "Поздний звонок",
        "body": "He phoned at 9 pm.\n\nAgain.",
        "clients": ["Acme", "Бета"],
        "tags": ["late"],
        "private": True,
    }
    assert len(shown["uuid"]) == 36


def test_body_from_a_pipe(cli: Cli) -> None:
    entry_id = cli("add", "--title", "piped", stdin="from stdin\n").strip()
    assert cli.json("show", entry_id)["body"] == "from stdin\n"


def test_list_filters_and_limit(cli: Cli) -> None:
    cli("add", "--date", "2025-01-01", "--client", "Acme", "--text", "a")
    cli("add", "--date", "2025-02-01", "--client", "Beta", "--tag", "x", "--text", "b")
    cli("add", "--date", "2025-03-01", "--client", "Acme", "--text", "c")
    assert [e["body"] for e in cli.json("list")] == ["c", "b", "a"]
    assert [e["body"] for e in cli.json("list", "--client", "acme")] == ["c", "a"]
    assert [e["body"] for e in cli.json("list", "--tag", "x")] == ["b"]
    assert [e["body"] for e in cli.json("list", "--from", "2025-02-01", "--to", "2025-02-28")] == [
        "b"
    ]
    assert [e["body"] for e in cli.json("list", "--limit", "1")] == ["c"]
    assert "2025-03-01" in cli("list").splitlines()[0]


def test_edit_changes_only_given_fields(cli: Cli) -> None:
    entry_id = cli("add", "--title", "t", "--client", "A", "--text", "body").strip()
    cli("edit", entry_id, "--title", "new title")
    shown = cli.json("show", entry_id)
    assert (shown["title"], shown["body"], shown["clients"]) == ("new title", "body", ["A"])
    cli("edit", entry_id, "--text", "-", stdin="new body")
    assert cli.json("show", entry_id)["body"] == "new body"


def test_delete_to_trash_and_restore(cli: Cli) -> None:
    entry_id = cli("add", "--text", "x").strip()
    assert "trash" in cli("delete", entry_id)
    assert cli.json("list") == []
    assert "#" + entry_id in cli("list", "--trash")
    cli("restore", entry_id)
    assert len(cli.json("list")) == 1


def test_search_json_has_marked_snippets(cli: Cli) -> None:
    cli("add", "--title", "Звонок", "--text", "Поговорила с клиентом вечером")
    cli("add", "--text", "nothing related")
    (hit,) = cli.json("search", "клиент")
    assert hit["snippet"] == "Поговорила с **клиентом** вечером"
    assert cli("search", 'AND "( -') == ""
    assert "No entries match" in cli.err


def test_search_speaks_the_query_language(cli: Cli) -> None:
    cli("add", "--date", "2026-01-10", "--text", "Клиенты звонили, два звонка", "--client", "Acme")
    cli("add", "--date", "2026-02-10", "--title", "Звонок", "--text", "ещё раз")
    hits = cli.json("search", "звонок")
    assert [h["matched_in"] for h in hits] == [["title"], ["body"]]  # the title ranks first
    assert [h["date"] for h in cli.json("search", "звонок", "--sort", "newest")] == [
        "2026-02-10",
        "2026-01-10",
    ]
    (hit,) = cli.json("search", "звонки client:acme from:2026-01-01")
    assert hit["snippet"] == "Клиенты звонили, два **звонка**"


def test_clients_commands(cli: Cli) -> None:
    cli("clients", "add", "Acme", "--organisation", "Acme Ltd", "--colour", "#112233")
    cli("add", "--client", "ACME ltd", "--text", "x")
    cli("add", "--client", "acme", "--text", "y")
    cli("clients", "merge", "ACME ltd", "Acme")
    cli("clients", "rename", "acme", "Acme Holdings")
    cli("clients", "archive", "Acme Holdings")
    (client,) = cli.json("clients")
    assert {k: client[k] for k in ("name", "entries", "archived")} == {
        "name": "Acme Holdings",
        "entries": 2,
        "archived": True,
    }
    assert set(client) >= {"id", "uuid", "name", "entries", "archived"}
    assert "Acme Holdings  — 2 entries  (archived)" in cli("clients")


def test_tags_with_counts(cli: Cli) -> None:
    cli("add", "--tag", "#late", "--tag", "call", "--text", "x")
    cli("add", "--tag", "LATE", "--text", "y")
    assert cli.json("tags") == [
        {"id": 2, "name": "call", "entries": 1},
        {"id": 1, "name": "late", "entries": 2},
    ]


def test_errors_are_one_line_with_status_1(cli: Cli) -> None:
    cli("show", "99", code=1)
    assert cli.err == "boundary-journal: There is no entry #99.\n"
    cli("list", "--client", "Nobody", code=1)
    assert cli.err.count("\n") == 1 and "Nobody" in cli.err
    cli("clients", "add", "A")
    cli("clients", "add", "a", code=1)
    assert "already a client" in cli.err


def test_usage_errors_exit_2(cli: Cli) -> None:
    cli("add", "--date", "2025-13-40", code=2)
    assert "not a date (YYYY-MM-DD)" in cli.err
    cli("show", "abc", code=2)
    cli("frobnicate", code=2)


def test_global_options_before_or_after_the_command(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["add", "--data-dir", str(tmp_path / "after"), "--text", "x"]) == 0
    assert (tmp_path / "after" / "journal.sqlite3").exists()
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert main(["add", "--text", "x"]) == 0
    assert (tmp_path / "env" / "journal.sqlite3").exists()


def test_the_installed_module_runs(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "journal_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == f"boundary-journal {__version__}"
    run = subprocess.run(
        [sys.executable, "-m", "journal_app", "--data-dir", str(tmp_path), "show", "5"],
        capture_output=True,
        text=True,
    )
    assert (run.returncode, run.stderr) == (1, "boundary-journal: There is no entry #5.\n")


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    from journal_app.core.journal import Journal
    from journal_app.core.records import EntryDraft
    from journal_app.paths import AppPaths

    with Journal.open(AppPaths.resolve(tmp_path)) as journal:
        for n in range(300):
            journal.entries.add(EntryDraft(title=f"entry {n}", body="x" * 500))
    writer = subprocess.Popen(
        [sys.executable, "-m", "journal_app", "--data-dir", str(tmp_path), "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.read(10)
    writer.stdout.close()  # like `| head -c 10`
    assert writer.wait(timeout=60) == 0
    with writer.stderr:
        assert writer.stderr.read() == b""


def test_the_collector_is_back_on_however_a_command_ends(cli: Cli) -> None:
    """Start-up runs with Python's garbage collector off (cli.main); a command, a usage error
    and --version all leave it on again."""
    cli("add", "--text", "collected")
    assert gc.isenabled()
    for argv in (["--version"], ["no-such-command"]):
        with pytest.raises(SystemExit):
            main(argv)
        assert gc.isenabled()


def test_clients_alias_adds_lists_and_removes_other_names(cli: Cli) -> None:
    cli("clients", "add", "ООО Ромашка")
    assert cli("clients", "alias", "ооо ромашка", "--add", "Ромашка", "--add", "Romashka") == (
        "Romashka\nРомашка\n"
    )
    shown = json.loads(
        cli("clients", "alias", "ООО Ромашка", "--add", "Иван Петров", "--person", "--json")
    )
    assert shown["other_names"][1] == {"name": "Иван Петров", "kind": "person"}
    cli("clients", "alias", "ООО Ромашка", "--add", "ромашка", code=1)
    assert cli.err.strip().endswith("“Ромашка” is already another name of “ООО Ромашка”.")
    cli("clients", "alias", "ООО Ромашка", "--remove", "nope", "--add", "Рома", code=1)
    assert "“nope” is not another name of “ООО Ромашка”." in cli.err
    cli("clients", "alias", "ООО Ромашка", "--remove", "romashka")
    (client,) = cli.json("clients")
    assert client["other_names"] == [
        {"name": "Иван Петров", "kind": "person"},
        {"name": "Ромашка", "kind": "other"},
    ]
    cli("clients", "rename", "ООО Ромашка", "Ромашка Групп")
    assert "ООО Ромашка\n" in cli("clients", "alias", "Ромашка Групп")
