"""The leak check: a pseudonymised export that would still hold a known name, e-mail
address or phone number is refused before its file appears, and says what and where."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from journal_app.core import files
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.leaks import LeakCheck, LeakError
from journal_app.core.pseudonyms import Pseudonymiser
from journal_app.core.records import EntryDraft, IncidentDraft

FORMATS = ("json", "md", "md-folder", "html", "csv", "jrnl")


@pytest.fixture
def careless(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> Journal:
    """A journal whose masker misses every text, as if a field were forgotten."""
    journal.clients.add("Ромашка")
    journal.entries.add(
        EntryDraft(date=dt.date(2026, 3, 4), title="Звонок от Ромашки", clients=("Ромашка",))
    )
    entry = journal.entries.summaries()[0].id
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Ромашка", kind="after_hours", note="Ромашка опять")
    )
    monkeypatch.setattr(Pseudonymiser, "text", lambda self, text: text)
    return journal


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_the_masker_did_not_clean_is_refused_and_not_written(
    careless: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("coach" if fmt == "md-folder" else f"coach.{fmt}")
    with pytest.raises(LeakError) as refused:
        careless.exports.export(ExportScope(pseudonymise=True), fmt, target)
    message = str(refused.value).casefold()
    assert "“ромашки”" in message or "“ромашка”" in message
    assert "coach" in message and ("line" in message or "file name" in message)
    assert not target.exists()
    assert list(out.iterdir()) == []  # no partial file either


def test_a_refused_export_leaves_the_earlier_file_as_it_was(
    careless: Journal, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "coach.md"
    target.write_text("last week's export")
    with pytest.raises(LeakError, match=r"coach\.md, line \d+"):
        careless.exports.export(ExportScope(pseudonymise=True), "md", target)
    assert target.read_text() == "last week's export"
    assert [p.name for p in target.parent.iterdir()] == ["coach.md"]


def test_an_export_without_pseudonyms_is_not_checked(careless: Journal, tmp_path: Path) -> None:
    careless.exports.export(ExportScope(), "md", tmp_path / "mine.md")
    assert "Ромашки" in (tmp_path / "mine.md").read_text(encoding="utf-8")


def test_the_check_runs_on_the_written_file_before_the_rename(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    seen: list[str] = []

    def check(partial: Path) -> None:
        seen.append(partial.read_text())
        assert target.read_text() == "old"
        raise LeakError("stop")

    with pytest.raises(LeakError):
        files.write_text(target, "new", check=check)
    assert seen == ["new"] and target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]

    def check_folder(partial: Path) -> None:
        seen.append(",".join(p.name for p in partial.iterdir()))
        raise LeakError("stop")

    with pytest.raises(LeakError), files.atomic_folder(tmp_path / "vault", check_folder) as f:
        (f / "a.md").write_text("x")
    assert seen[-1] == "a.md"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_the_check_finds_names_mails_and_phones_but_not_dates_ids_or_amounts() -> None:
    check = LeakCheck(Pseudonymiser({"Nordwind Capital": "Client A"}, "en"))
    clean = (
        '"uuid": "12345678-1234-5678-1234-567812345678", "at": "2026-03-04 21:00",\n'
        '"created_at": "2026-03-04T10:00:00+00:00", "budget": "1 500 000", "on": "04.03.2026"\n'
        "severity 4/5, the capital of the sky media, Client A called, [phone], [e-mail]\n"
    )
    check.text(clean, "x.json")
    for leak, what in (
        ("line one\nwe met @Nordwind_Capital", "Nordwind_Capital"),
        ("line one\nnordwind's offer", "nordwind"),
        ("line one\nwrite to a.b@nordwind.example", "a.b@nordwind.example"),
        ("line one\ncall +7 495 123–45–67 today", "+7 495 123–45–67"),
    ):
        with pytest.raises(
            LeakError, match=re.escape(f"“{what}” would have stayed in x.json, line 2")
        ):
            check.text(leak, "x.json")


def test_a_client_named_like_a_heading_does_not_stop_the_export(
    journal: Journal, tmp_path: Path
) -> None:
    from journal_app.core.records import Ratings

    journal.clients.add("Partnership")
    entry = journal.entries.add(
        EntryDraft(title="Partnership called", body="Partnership's CFO", clients=("Partnership",))
    )
    journal.entries.set_ratings(entry, Ratings(3, 3, 4))
    target = tmp_path / "coach.md"
    journal.exports.export(ExportScope(pseudonymise=True), "md", target)
    text = target.read_text(encoding="utf-8")
    assert "Client A called" in text and "Client A's CFO" in text
    assert "Partnership: 4/5" in text  # the export's own heading stays
