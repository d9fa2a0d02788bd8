"""The parser knows no core (issue #22): building it loads no storage, and the choices it
offers without asking the registries are theirs."""

from __future__ import annotations

import json
import subprocess
import sys

from journal_app.cli import transfer
from journal_app.core.exporters import FORMATS as EXPORT_FORMATS
from journal_app.core.importers import FORMATS as IMPORT_FORMATS


def loaded_by_the_parser(which: str) -> list[str]:
    """The modules building the parser loads that `which` (an expression over `m`) picks."""
    script = (
        "import sys, json; from journal_app.cli.parser import build_parser; build_parser(); "
        f"print(json.dumps(sorted(m for m in sys.modules if {which})))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def test_building_the_parser_loads_no_storage() -> None:
    assert (
        loaded_by_the_parser(
            "m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', "
            "'cryptography', 'pymorphy3') "
            "or m in ('journal_app.core.models', 'journal_app.core.journal')"
        )
        == []
    )


def test_help_loads_what_the_floor_does() -> None:
    """`--help` within 2× of `python -c "import sqlite3, json"`: `typing` and `dataclasses`
    (with `inspect`) were a fifth of its imports, for type hints and two small classes; and
    `core.errors` loaded every message there is."""
    assert (
        loaded_by_the_parser(
            "m in ('typing', 'dataclasses', 'inspect', 'journal_app.core.messages')"
        )
        == []
    )


def test_the_parsers_formats_are_the_registries() -> None:
    assert transfer.EXPORT_FORMATS == EXPORT_FORMATS
    assert transfer.IMPORT_FORMATS == IMPORT_FORMATS


def test_the_parsers_groups_and_languages_are_cores() -> None:
    from journal_app.cli import parser_reflection
    from journal_app.core import catalogue, locale

    assert parser_reflection.GROUPS == catalogue.GROUPS
    assert parser_reflection.LANGUAGES == locale.LANGUAGES


def test_the_window_alone_is_opened_without_building_the_parser() -> None:
    """`boundary-journal [--data-dir DIR] [--profile-startup]` opens the window as the parser
    would, without building it (a fiftieth of a second of the window's start, #22); anything
    else goes to the parser, which also says what is wrong."""
    from journal_app.cli import _window_only

    assert _window_only([]) == (None, False)
    assert _window_only(["--data-dir", "j"]) == ("j", False)
    assert _window_only(["--data-dir=j", "--profile-startup"]) == ("j", True)
    assert _window_only(["--profile-startup", "--data-dir", "j"]) == ("j", True)
    for other in (
        ["list"],
        ["--data-dir"],  # the parser says DIR is missing
        ["--data-dir", "--profile-startup"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--data", "j"],  # argparse's abbreviation: the parser's to read
        ["--passphrase-file", "p"],
        ["--help"],
    ):
        assert _window_only(other) is None, other
    script = (
        "import sys, json; import journal_app.ui.app as app; "
        "app.run_gui = lambda paths, profile=False, review=None: "
        "print(json.dumps([str(paths.data_dir), profile, review])) or 0; "
        "from journal_app.cli import main; code = main(['--data-dir', sys.argv[1], "
        "'--profile-startup']); "
        "print(json.dumps([code, 'journal_app.cli.parser' in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "/tmp/some journal"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    opened, ended = (json.loads(line) for line in done.stdout.splitlines())
    assert opened == ["/tmp/some journal", True, None]
    assert ended == [0, False]
