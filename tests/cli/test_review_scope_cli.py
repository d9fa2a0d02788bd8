"""`export --format review` takes the scope options every export takes (--client, --tag,
--kind, --entry, --search, --from, --to), and the sealed file holds only that."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import REVIEW_PASS
from .conftest import Cli

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARY_JOURNAL_REVIEW_PASSPHRASE", PASS)


def titles(cli: Cli, tmp_path: Path, *scope: str) -> list[str]:
    review = tmp_path / "r.bjreview"
    cli("export", "--format", "review", "--out", str(review), "--real-names", *scope)
    return [e["title"] for e in json.loads(cli("review", "show", str(review), "--json"))["entries"]]


def test_every_scope_option_narrows_the_review(cli: Cli, tmp_path: Path) -> None:
    late = cli("add", "--title", "Late call", "--client", "Acme", "--date", "2026-03-02",
               "--text", "x")  # fmt: skip
    cli("incident", "add", "--entry", late, "--client", "Acme", "--kind", "after_hours",
        "--at", "2026-03-02 21:00")  # fmt: skip
    hotel = cli("add", "--title", "Hotel booking", "--client", "Acme", "--tag", "travel",
                "--date", "2026-03-05", "--text", "rooms")  # fmt: skip
    cli("add", "--title", "Budget", "--client", "Beta", "--date", "2026-03-09", "--text", "y")
    cli("add", "--title", "Diary", "--client", "Acme", "--private", "--text", "PRIVATEWORD")
    assert titles(cli, tmp_path) == ["Late call", "Hotel booking", "Budget"]
    assert titles(cli, tmp_path, "--client", "Beta") == ["Budget"]
    assert titles(cli, tmp_path, "--tag", "travel") == ["Hotel booking"]
    assert titles(cli, tmp_path, "--kind", "after_hours") == ["Late call"]
    assert titles(cli, tmp_path, "--entry", hotel.strip(), "--entry", late.strip()) == [
        "Late call",
        "Hotel booking",
    ]
    assert titles(cli, tmp_path, "--search", "rooms") == ["Hotel booking"]
    assert titles(cli, tmp_path, "--from", "2026-03-04", "--to", "2026-03-06") == ["Hotel booking"]
