"""The coach's review file: sealed, nothing readable without the passphrase, a changed byte
refused, private entries never in it; notes written on it come back beside their entries."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from journal_app.core import sealed
from journal_app.core.errors import JournalError, ValidationError
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.keys import WrongPassphraseError
from journal_app.core.leaks import LeakError
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings
from journal_app.core.review.document import read_review
from journal_app.core.review.passphrases import generate, strength
from journal_app.core.review.service import ReviewMismatchError
from journal_app.core.sealed import SealedFileError
from journal_app.paths import AppPaths

from ..conftest import REVIEW_PASS

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS


@pytest.fixture
def shared(journal: Journal) -> Journal:
    first = journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 3, 2),
            title="Evening call from Acme",
            body="Acme phoned again after nine; I answered and agreed to the extra slides.",
            clients=("Acme",),
            tags=("evening",),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=first,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 3, 2, 21, 0),
            response="gave_in",
            note="Acme rang twice, mail boss@acme.example",
        )
    )
    question = journal.questions.all()[0].id
    journal.questions.set_answer(first, question, "Dread, then relief when it ended")
    journal.entries.set_ratings(first, Ratings(3, 2, 4))
    journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 3, 5),
            title="Secret diary",
            body="PRIVATEWORD",
            clients=("Acme",),
            private=True,
        )
    )
    return journal


def words_of(journal: Journal) -> set[str]:
    found: set[str] = set()
    for summary in journal.entries.summaries(journal_filter()):
        entry = journal.entries.get(summary.id)
        found |= set(re.findall(r"\w{3,}", f"{entry.title} {entry.body}"))
        for incident in journal.incidents.for_entry(entry.id):
            found |= set(re.findall(r"\w{3,}", incident.note))
        for text in journal.questions.answers(entry.id).values():
            found |= set(re.findall(r"\w{3,}", text))
    return found


def journal_filter():  # type: ignore[no-untyped-def]
    from journal_app.core.records import EntryFilter

    return EntryFilter()


def share(journal: Journal, target: Path, **scope: object) -> Path:
    journal.reviews.share(ExportScope(pseudonymise=True, **scope), target, PASS)  # type: ignore[arg-type]
    return target


def test_the_sealed_file_holds_no_word_of_the_entries(shared: Journal, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    path = share(shared, tmp_path / "out" / "march.bjreview")
    data = path.read_bytes()
    words = words_of(shared)
    assert {"Evening", "slides", "Dread", "PRIVATEWORD"} <= words
    for word in words:
        for form in {word, word.lower(), word.upper()}:
            assert form.encode("utf-8") not in data, form
            assert form.encode("utf-16-le") not in data, form
    assert data[:8] == b"BJREVIEW"
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["march.bjreview"]  # no partial


def test_the_review_opens_with_its_passphrase_pseudonymised_and_without_private(
    shared: Journal, tmp_path: Path
) -> None:
    review = read_review(share(shared, tmp_path / "r.bjreview"), PASS)
    assert [e["title"] for e in review.entries] == ["Evening call from Client A"]
    entry = review.entries[0]
    assert entry["ratings"] == {"respect_client": 3, "self_respect": 2, "partnership": 4}
    assert entry["answers"][0]["text"] == "Dread, then relief when it ended"
    assert entry["incidents"][0]["response"] == "gave_in"
    assert "Acme" not in str(review.export)
    assert "PRIVATEWORD" not in str(review.export)
    assert review.period_from == dt.date(2026, 3, 2)
    assert review.export["schema_version"] == 1


def test_real_names_are_kept_when_asked(shared: Journal, tmp_path: Path) -> None:
    path = tmp_path / "r.bjreview"
    shared.reviews.share(ExportScope(pseudonymise=False), path, PASS)
    assert read_review(path, PASS).entries[0]["clients"] == ["Acme"]


def test_a_wrong_passphrase_says_so(shared: Journal, tmp_path: Path) -> None:
    path = share(shared, tmp_path / "r.bjreview")
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        read_review(path, "not the passphrase")


def test_any_changed_byte_makes_it_refuse_to_open(shared: Journal, tmp_path: Path) -> None:
    path = share(shared, tmp_path / "r.bjreview")
    data = path.read_bytes()
    for position in (9, 20, sealed.HEADER_SIZE - 1, sealed.HEADER_SIZE + 5, len(data) - 1):
        changed = bytearray(data)
        changed[position] ^= 0x01
        path.write_bytes(bytes(changed))
        with pytest.raises(SealedFileError, match="damaged or altered"):
            read_review(path, PASS)
    path.write_bytes(data[:-20])
    with pytest.raises(SealedFileError, match="damaged or altered"):
        read_review(path, PASS)
    path.write_bytes(b"hello")
    with pytest.raises(SealedFileError, match="not a file of this kind"):
        read_review(path, PASS)


def test_a_leak_stops_the_review_and_writes_nothing(
    shared: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.review import service

    real = service.review_json
    monkeypatch.setattr(service, "review_json", lambda *a: real(*a) + " Acme")
    with pytest.raises(LeakError):
        share(shared, tmp_path / "r.bjreview")
    assert not (tmp_path / "r.bjreview").exists()
    assert not list(tmp_path.glob(".r.bjreview*"))
    assert shared.reviews.reviews("shared") == []


def test_a_short_passphrase_is_refused(shared: Journal, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        shared.reviews.share(ExportScope(), tmp_path / "r.bjreview", "short")
    assert not (tmp_path / "r.bjreview").exists()


def test_notes_go_back_and_land_beside_their_entry_once(shared: Journal, tmp_path: Path) -> None:
    path = share(shared, tmp_path / "r.bjreview")
    with Journal.open(AppPaths.resolve(tmp_path / "coach")) as coach:
        review = read_review(path, PASS)
        entry = review.entries[0]
        incident = entry["incidents"][0]
        coach.reviews.add_note(review, "entry", entry["uuid"], "You noticed the pull. Good.")
        coach.reviews.add_note(review, "incident", incident["uuid"], "What would no sound like?")
        coach.reviews.add_note(review, "summary", "", "Next time: evening rules.")
        with pytest.raises(JournalError):
            coach.reviews.add_note(review, "entry", "no-such-uuid", "x")
        assert [r.notes for r in coach.reviews.reviews()] == [3]
        notes = tmp_path / "n.bjnotes"
        assert coach.reviews.send_notes(review, notes, PASS) == 3
        assert b"evening rules" not in notes.read_bytes()

    result = shared.reviews.import_notes(notes, PASS)
    assert (result.added, result.updated) == (3, 0)
    again = shared.reviews.import_notes(notes, PASS)
    assert (again.added, again.updated) == (0, 0)
    found = shared.reviews.for_targets([entry["uuid"], incident["uuid"]])
    assert [(n.on, n.text) for n in found] == [
        ("entry", "You noticed the pull. Good."),
        ("incident", "What would no sound like?"),
    ]
    # The entry's own text is never changed.
    first = shared.entries.summaries(journal_filter())[-1]
    assert "You noticed" not in shared.entries.get(first.id).body


def test_notes_for_another_review_are_refused(shared: Journal, tmp_path: Path) -> None:
    other = tmp_path / "other"
    with Journal.open(AppPaths.resolve(other)) as stranger:
        stranger.entries.add(EntryDraft(title="Elsewhere", clients=("Beta",)))
        path = share(stranger, tmp_path / "x.bjreview")
    with Journal.open(AppPaths.resolve(tmp_path / "coach")) as coach:
        review = read_review(path, PASS)
        coach.reviews.add_note(review, "summary", "", "Hello")
        coach.reviews.send_notes(review, tmp_path / "x.bjnotes", PASS)
    with pytest.raises(ReviewMismatchError, match="did not share"):
        shared.reviews.import_notes(tmp_path / "x.bjnotes", PASS)


def test_passphrase_strength_and_generated_words() -> None:
    assert strength("short").level == 0
    assert strength("password").level == 1
    assert strength("password password password").level == 1
    assert strength("x7#Qv!9zLp@2mW$k").level >= 3
    made = generate("en")
    assert len(made.split("-")) == 6
    assert strength(made).level >= 3
    assert generate("en") != made
    assert all(re.fullmatch(r"[а-яё]+", w) for w in generate("ru").split("-"))


def test_the_review_reads_as_a_journal_in_memory(shared: Journal, tmp_path: Path) -> None:
    from journal_app.core.records import EntryFilter
    from journal_app.core.review.reading import review_journal

    review = read_review(share(shared, tmp_path / "r.bjreview"), PASS)
    with review_journal(review) as inside:
        assert inside.path is None
        summaries = inside.entries.summaries(EntryFilter())
        assert [s.title for s in summaries] == ["Evening call from Client A"]
        entry = inside.entries.get(summaries[0].id)
        assert entry.uuid == review.entries[0]["uuid"]
        assert entry.ratings == Ratings(3, 2, 4)
        incidents = inside.incidents.for_entry(entry.id)
        assert incidents[0].uuid == review.entries[0]["incidents"][0]["uuid"]
        assert [h.entry.id for h in inside.search.search("slides")] == [entry.id]
    assert {p.name for p in tmp_path.iterdir()} == {"journal", "r.bjreview"}
