"""`sample add|remove`: the sample journal again, from the terminal."""

from __future__ import annotations

import json

from journal_app.core.settings import Settings
from journal_app.paths import AppPaths

from .conftest import Cli


def test_the_sample_journal_comes_and_goes(cli: Cli) -> None:
    cli("add", "--title", "My own")
    out = cli("sample", "add", "--lang", "en")
    assert out.startswith("Sample entries added: ")
    listed = cli.json("list")
    assert isinstance(listed, list) and len(listed) > 1
    settings_file = AppPaths.resolve(cli.data_dir).settings_file
    settings = Settings.load(settings_file)
    assert len(settings.sample_entries) == len(listed) - 1  # the window can remove them too
    cli("sample", "add", code=1)
    assert "already here" in cli.err
    assert cli("sample", "remove").startswith("Sample entries removed: ")
    (mine,) = cli.json("list")  # type: ignore[misc]
    assert mine["title"] == "My own"
    assert json.loads(settings_file.read_text())["sample_entries"] == []
    cli("sample", "remove", code=1)
    assert "no sample journal" in cli.err
    cli("sample", "nonsense", code=2)
