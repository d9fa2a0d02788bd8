"""The CLI as a person runs it, in-process: `cli("add", "--title", "x")` returns what it printed."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from journal_app.cli import main


class Cli:
    def __init__(
        self, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.data_dir, self._capsys, self._monkeypatch = data_dir, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "", code: int = 0) -> str:
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            status = main(["--data-dir", str(self.data_dir), *args])
        except SystemExit as stop:  # argparse's usage errors and --help
            status = stop.code  # type: ignore[assignment]
        out, self.err = self._capsys.readouterr()
        assert status == code, self.err
        return out

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json"))


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "j", capsys, monkeypatch)
