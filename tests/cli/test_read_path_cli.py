"""The read commands take the raw read path (core/reads.py, cli/quick.py): they load no
SQLAlchemy, and print byte for byte what the ordinary path prints."""

from __future__ import annotations

import datetime as dt
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
        (["show", "1"], "Call at nine"),
        (["stats", "--json"], "periods"),
        (["brief", "--json", "--lang", "ru"], "by_kind"),
        (["brief"], "Brief before"),
        (["add", "--client", "acme", "--text", "Called again"], "2"),
    ],
)
def test_read_commands_load_no_sqlalchemy(paths: AppPaths, command: list[str], shown: str) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="Call at nine", clients=("Acme",), tags=("x",)))
        journal.goals.add("count", 3)  # `stats` measures goals on the quick path too
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
    # At midnight on the 1st: outside the agreement's hours whatever the time of the run.
    first = dt.date.today().replace(day=1).isoformat()
    cli(
        "incident",
        "add",
        "--entry",
        "2",
        "--client",
        "Acme",
        "--kind",
        "after_hours",
        "--at",
        f"{first} 00:00",
    )
    cli("incident", "add", "--entry", "1", "--client", "Акме", "--kind", "pressure", "--note", "n")
    question = cli("questions").splitlines()[1].split()[0]
    cli("answer", "1", question, "Я сказал нет.")
    # Goals this month: `stats`' observations end with their lines (measured on the quick path).
    cli("goals", "add", "--metric", "count", "--target", "0", "--client", "Acme")
    cli("goals", "add", "--metric", "held_share", "--target", "50", "--period", "quarter")
    commands = [
        ["show", "1"],
        ["show", "2", "--json"],
        ["show", "1", "--lang", "ru", "--json"],
        ["show", "3"],
        ["stats"],
        ["stats", "--json", "--lang", "ru"],
        ["stats", "--by", "week", "--client", "Acme", "--kind", "after_hours"],
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
        ["brief"],
        ["brief", "--json"],
        ["brief", "--client", "acme", "--since", "2020-01-01", "--lang", "ru"],
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
    cli("brief", "--client", "Nobody", code=1)
    assert taken[-1] is False and "no client called" in cli.err
    monkeypatch.setattr(journal_app.cli, "QUICK", ())
    assert [(cli(*c), cli.err) for c in commands] == quick
    assert quick[0][0] and quick[-1][0]
    assert "goal at most 0 not met yet" in quick[4][0]  # `stats`, with its goals' lines


def test_add_on_the_quick_path_writes_what_the_services_write(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same adds, on the quick path and the ordinary one, leave the same journal (but
    for uuids and timestamps); a new client is the ordinary path's to make."""
    taken: list[bool] = []
    real = journal_app.cli.quick.run
    monkeypatch.setattr(
        journal_app.cli.quick, "run", lambda p, a: taken.append(real(p, a)) or taken[-1]
    )
    adds = [
        ["--title", "Звонок", "--client", "Акме", "--tag", "вечер", "--text", "звонки ночью"],
        ["--client", " акме ", "--tag", "#Вечер", "--tag", "new", "--private", "--text", "b"],
        ["--date", "2026-01-02", "--time", "07:05", "--title", "  t  ", "--text", "called"],
        ["--client", "Globex", "--tag", "вечер", "--text", "a new client"],
    ]
    seen = []
    for quick in (True, False):
        cli.data_dir = cli.data_dir.with_name(f"j-{quick}")
        if not quick:
            monkeypatch.setattr(journal_app.cli, "QUICK", ())
        cli("clients", "add", "Акме")
        taken.clear()
        ids = [cli("add", *a).strip() for a in adds]
        ids.append(json.loads(cli("add", "--text", "piped", "--json", stdin="x"))["id"])
        cli("add", "--client", "Nobody", "--client", "", code=1)
        assert "needs a name" in cli.err
        assert taken == ([True, True, True, False, True, False] if quick else [])
        listed = json.loads(cli("list", "--json"))
        for entry in listed:
            for key in ("uuid", "created_at", "updated_at"):
                entry.pop(key)
            if entry["title"] != "t":  # today: the minute the test ran
                entry.pop("date"), entry.pop("time")
        seen.append((ids, listed, cli("search", "звонок"), cli("tags"), cli("clients")))
    assert seen[0] == seen[1]
