"""The read commands take the raw read path (core/reads.py, cli/quick.py): they load no
SQLAlchemy, and print byte for byte what the ordinary path prints."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import journal_app.cli
import journal_app.cli.quick
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths

from .conftest import Cli


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["search", "call"], "Call at nine"),
        (["list", "--json"], "Call at nine"),
        (["tags"], "#x"),
        (["clients", "--json"], "Acme"),
    ],
)
def test_read_commands_load_no_sqlalchemy(paths: AppPaths, command: list[str], shown: str) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="Call at nine", clients=("Acme",), tags=("x",)))
    script = (
        "import sys, json; from journal_app.cli import main; code = main(sys.argv[1:]); "
        "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith("
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic')))]), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(paths.data_dir), *command],
        capture_output=True,
        text=True,
        check=False,
    )
    code, loaded = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0 and shown in done.stdout
    assert loaded == []


def test_the_read_path_prints_what_the_ordinary_path_prints(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "--title", "Звонок клиента", "--client", "Акме", "--tag", "вечер", "--text", "b")
    cli("add", "--title", "Call at nine", "--client", "Acme", "--private", "--text", "called me")
    cli("add", "--title", "Gone", "--text", "called")
    cli("delete", "3")
    cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    cli("clients", "alias", "Акме", "--add", "Иван Петров", "--person")
    cli("clients", "archive", "Acme")
    commands = [
        ["list"],
        ["list", "--json"],
        ["list", "--trash", "--json"],
        ["list", "--limit", "1"],
        ["list", "--client", "акме", "--tag", "Вечер", "--json"],
        ["search", "b", "--client", "Acme"],
        ["list", "--from", "2020-01-01", "--json"],
        ["search", "call", "--json"],
        ["search", "клиенты"],
        ["search", "is:private", "--sort", "newest", "--json"],
        ["search", "nothing-like-it"],
        ["tags"],
        ["tags", "--json"],
        ["clients"],
        ["clients", "--json"],
    ]
    taken: list[bool] = []
    real = journal_app.cli.quick.run
    monkeypatch.setattr(
        journal_app.cli.quick, "run", lambda p, a: taken.append(real(p, a)) or taken[-1]
    )
    quick = [(cli(*c), cli.err) for c in commands]
    assert taken == [True] * len(commands)  # every one took the read path
    cli("list", "--client", "Nobody", code=1)  # the ordinary path says there is none
    assert taken[-1] is False and "no client called" in cli.err
    monkeypatch.setattr(journal_app.cli, "QUICK", ())
    assert [(cli(*c), cli.err) for c in commands] == quick
    assert quick[0][0] and quick[-1][0]
