"""The coach review on the command line: share, read, note, send back, import (issue #20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import REVIEW_PASS
from .conftest import Cli

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS


@pytest.fixture
def phrase(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


@pytest.fixture
def coach(tmp_path: Path, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "coach", capsys, mp)


@pytest.fixture
def mp(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return monkeypatch


def fill(cli: Cli) -> int:
    entry = int(cli("add", "--title", "Late call from Acme", "--client", "Acme", "--text", "x"))
    cli(
        "incident", "add", "--entry", str(entry), "--client", "Acme", "--kind", "after_hours",
        "--at", "2026-03-02 21:00", "--note", "Acme again",
    )  # fmt: skip
    cli("add", "--title", "Diary", "--client", "Acme", "--private", "--text", "PRIVATEWORD")
    return entry


def test_a_review_round_trip(cli: Cli, coach: Cli, phrase: Path, tmp_path: Path) -> None:
    entry = fill(cli)
    review = tmp_path / "r.bjreview"
    out = cli(
        "export", "--format", "review", "--out", str(review), "--passphrase-file", str(phrase)
    )
    assert "Shared 1 entry" in out and "1 private left out" in out
    assert b"Acme" not in review.read_bytes()

    shown = json.loads(
        coach("review", "show", str(review), "--passphrase-file", str(phrase), "--json")
    )
    assert set(shown) >= {"schema_version", "generated_at", "period", "entries", "notes"}
    assert [e["title"] for e in shown["entries"]] == ["Late call from Client A"]
    first = shown["entries"][0]
    incident = first["incidents"][0]["uuid"]
    args = ("--passphrase-file", str(phrase))
    coach("review", "note", str(review), "--entry", first["uuid"], "--text", "Good catch", *args)
    coach("review", "note", str(review), "--incident", incident, "--text", "Say no", *args)
    coach("review", "note", str(review), "--summary", "--text", "Topic: evenings", *args)
    shown = json.loads(coach("review", "show", str(review), "--json", *args))
    assert [(n["on"], n["text"]) for n in shown["notes"]] == [
        ("entry", "Good catch"),
        ("incident", "Say no"),
        ("summary", "Topic: evenings"),
    ]
    notes = tmp_path / "n.bjnotes"
    assert "3 notes" in coach("review", "notes", str(review), "--out", str(notes), *args)

    assert "3 new" in cli("import", str(notes), *args)
    assert "0 new, 0 updated" in cli("import", str(notes), *args)
    got = json.loads(cli("show", str(entry), "--json"))["coach_notes"]
    assert [(n["on"], n["text"]) for n in got] == [("entry", "Good catch"), ("incident", "Say no")]
    assert all(n["at"] for n in got)
    assert "Good catch" in cli("show", str(entry))


def test_the_passphrase_can_come_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(cli)
    monkeypatch.setenv("BOUNDARY_JOURNAL_REVIEW_PASSPHRASE", PASS)
    review = tmp_path / "r.bjreview"
    cli("export", "--format", "review", "--out", str(review), "--real-names")
    assert json.loads(cli("review", "show", str(review), "--json"))["entries"][0]["clients"] == [
        "Acme"
    ]


def test_wrong_passphrase_damage_and_strangers_get_one_line(
    cli: Cli, coach: Cli, phrase: Path, tmp_path: Path
) -> None:
    fill(cli)
    review = tmp_path / "R.bjreview"
    args = ("--passphrase-file", str(phrase))
    cli("export", "--format", "review", "--out", str(review), *args)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("another passphrase", encoding="utf-8")
    coach("review", "show", str(review), "--passphrase-file", str(wrong), code=1)
    assert coach.err.strip() == "boundary-journal: wrong passphrase for R.bjreview"
    data = bytearray(review.read_bytes())
    data[-3] ^= 0xFF
    review.write_bytes(bytes(data))
    coach("review", "show", str(review), *args, code=1)
    assert "damaged or altered" in coach.err and len(coach.err.strip().splitlines()) == 1

    # Notes on a review made by another journal are refused, and nothing changes.
    coach("add", "--title", "Coach's own", "--client", "Beta", "--text", "y")
    other = tmp_path / "o.bjreview"
    coach("export", "--format", "review", "--out", str(other), *args)
    third = Cli(tmp_path / "third", coach._capsys, coach._monkeypatch)
    third("review", "note", str(other), "--summary", "--text", "hi", *args)
    notes = tmp_path / "o.bjnotes"
    third("review", "notes", str(other), "--out", str(notes), *args)
    cli("import", str(notes), *args, code=1)
    assert "did not share" in cli.err


def test_no_passphrase_and_no_terminal_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    fill(cli)
    cli("export", "--format", "review", "--out", str(tmp_path / "r.bjreview"), code=1)
    assert "--passphrase-file" in cli.err
    assert not (tmp_path / "r.bjreview").exists()


def test_a_review_file_alone_opens_the_window_on_it() -> None:
    from journal_app.cli.parser_review import review_to_open

    assert review_to_open(["--data-dir", "x", "R.bjreview"]) == (
        ["--data-dir", "x"],
        Path("R.bjreview"),
    )
    assert review_to_open(["review", "show", "R.bjreview"])[1] is None


def test_an_encrypted_journal_keeps_its_own_passphrase(
    cli: Cli, phrase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import keys

    monkeypatch.setattr(keys, "SCRYPT_COST", {"n": 2**12, "r": 8, "p": 1})
    fill(cli)
    (journal_pass := tmp_path / "journal-pass").write_text("the journal's own passphrase")
    cli("encrypt", "--new-passphrase-file", str(journal_pass))
    review = tmp_path / "r.bjreview"
    args = ("export", "--format", "review", "--out", str(review), "--passphrase-file", str(phrase))
    cli(*args, code=1)  # --passphrase-file is the review's: the journal's is not given
    assert "encrypted" in cli.err and not review.exists()
    monkeypatch.setenv("BOUNDARY_JOURNAL_PASSPHRASE", "the journal's own passphrase")
    cli(*args)
    monkeypatch.delenv("BOUNDARY_JOURNAL_PASSPHRASE")
    shown = json.loads(
        cli.__class__(tmp_path / "coach", cli._capsys, monkeypatch)(
            "review", "show", str(review), "--passphrase-file", str(phrase), "--json"
        )
    )
    assert len(shown["entries"]) == 1


def test_a_brief_counts_the_period_against_the_one_before(cli: Cli, tmp_path: Path) -> None:
    entry = int(cli("add", "--title", "x", "--client", "Acme", "--text", "x"))
    for at in ("2026-11-20 21:00", "2026-11-25 22:00", "2026-10-25 22:00"):
        cli(
            "incident", "add", "--entry", str(entry), "--client", "Acme", "--kind",
            "after_hours", "--at", at,
        )  # fmt: skip
    cli("clients", "add", "Beta")
    brief = json.loads(cli("brief", "--since", "2026-11-15", "--json"))
    assert brief["since"] == "2026-11-15"
    assert (brief["incidents"], brief["by_response"]) == (2, {"open": 2})
    assert len(brief["open_incidents"]) == 2
    assert (
        json.loads(cli("brief", "--since", "2026-11-15", "--client", "Beta", "--json"))["incidents"]
        == 0
    )
    out = tmp_path / "brief.md"
    cli("brief", "--since", "2026-11-15", "--format", "md", "--out", str(out))
    assert "| Incidents | 2 | " in out.read_text(encoding="utf-8")


def test_a_brief_as_pdf_and_in_russian(cli: Cli, tmp_path: Path, qapp: object) -> None:
    # `qapp`: the tests' QApplication, made first (the PDF would make a QGuiApplication).
    entry = int(cli("add", "--title", "x", "--client", "Acme", "--text", "x"))
    cli(
        "incident", "add", "--entry", str(entry), "--client", "Acme", "--kind", "after_hours",
        "--at", "2026-11-20 21:00",
    )  # fmt: skip
    pdf = tmp_path / "brief.pdf"
    assert "Brief written to" in cli(
        "brief", "--since", "2026-11-15", "--format", "pdf", "--out", str(pdf)
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []
    shown = cli("brief", "--since", "2026-11-15", "--lang", "ru")
    assert shown.startswith("# Сводка перед встречей с коучем")
    assert "| Нарушения | 1 | 0 |" in shown
    assert "Brief" not in shown and "Incidents" not in shown
    cli("brief", "--format", "pdf", code=1)
    assert "needs --out FILE" in cli.err


def test_the_coach_gets_the_brief_of_a_review(
    cli: Cli, coach: Cli, phrase: Path, tmp_path: Path
) -> None:
    fill(cli)
    review = tmp_path / "r.bjreview"
    cli("export", "--format", "review", "--out", str(review), "--passphrase-file", str(phrase))
    args = ("--passphrase-file", str(phrase))
    coach("review", "note", str(review), "--summary", "--text", "Evenings: say no", *args)
    brief = json.loads(coach("review", "brief", str(review), "--json", *args))
    assert brief["incidents"] == 1 and brief["by_kind"]
    assert brief["topics"] == ["Evenings: say no"]
    assert brief["client"] == "Client A"  # the review's names, never the journal's
    page = coach("review", "brief", str(review), "--lang", "ru", *args)
    assert page.startswith("# Сводка") and "Evenings: say no" in page
    assert "Acme" not in page and "PRIVATEWORD" not in page
    out = tmp_path / "brief.md"
    coach("review", "brief", str(review), "--format", "md", "--out", str(out), *args)
    assert "Evenings: say no" in out.read_text(encoding="utf-8")
