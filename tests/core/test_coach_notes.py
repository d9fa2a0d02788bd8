"""The coach's notes, second half (issue #20): search finds them once imported, the coach
edits and removes their own, the Reviews list remembers each review's file, and notes that
would carry a name from the coach's own journal never leave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal_app.core.errors import NotFoundError
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.leaks import LeakError
from journal_app.core.records import EntryDraft
from journal_app.core.review.document import OpenedReview, read_review
from journal_app.paths import AppPaths

from ..conftest import REVIEW_PASS, share_late_call

PASS = REVIEW_PASS


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def review_file(journal: Journal, tmp_path: Path) -> Path:
    journal.entries.add(EntryDraft(date=dt.date(2026, 10, 3), title="Quiet day", body="y"))
    return share_late_call(journal, tmp_path / "r.bjreview")


@pytest.fixture
def coach(tmp_path: Path) -> Journal:
    with Journal.open(AppPaths.resolve(tmp_path / "coach")) as opened:
        yield opened  # type: ignore[misc]


def _back(coach: Journal, journal: Journal, review: OpenedReview, folder: Path) -> None:
    """The coach's notes sent back, and imported by the account manager."""
    coach.reviews.send_notes(review, folder / "n.bjnotes", PASS)
    journal.reviews.import_notes(folder / "n.bjnotes", PASS)


def _evening(review: OpenedReview) -> dict[str, object]:
    return next(e for e in review.entries if e["title"] == "Late call")


def test_search_finds_the_coachs_notes_once_imported_and_forgets_them_when_changed(
    journal: Journal, coach: Journal, review_file: Path, tmp_path: Path
) -> None:
    review = read_review(review_file, PASS)
    entry = _evening(review)
    incident = entry["incidents"][0]["uuid"]  # type: ignore[index]
    coach.reviews.add_note(review, "entry", entry["uuid"], "Notice the tiredness")  # type: ignore[arg-type]
    coach.reviews.add_note(review, "incident", incident, "Практикуйте отказы")
    coach.reviews.add_note(review, "summary", "", "Topic: weekends")
    notes = tmp_path / "n.bjnotes"
    coach.reviews.send_notes(review, notes, PASS)
    assert journal.search.search("tiredness") == []

    journal.reviews.import_notes(notes, PASS)
    found = [h.entry.title for h in journal.search.search("tiredness")]
    assert found == ["Late call"]
    # In any form of the word, like everything else the index holds.
    assert [h.entry.title for h in journal.search.search("отказ")] == ["Late call"]
    assert journal.search.search("weekends") == []  # the summary is on no entry

    # The coach changes a note and sends them again: the old words are gone from search.
    (first, *_) = coach.reviews.notes(review.review_id)
    coach.reviews.edit_note(first.uuid, "Notice the fatigue")
    _back(coach, journal, review, tmp_path)
    assert journal.search.search("tiredness") == []
    assert [h.entry.title for h in journal.search.search("fatigue")] == ["Late call"]


def test_the_command_lines_read_path_finds_them_too(
    journal: Journal, coach: Journal, review_file: Path, tmp_path: Path
) -> None:
    from journal_app.core.reads import Reads

    review = read_review(review_file, PASS)
    coach.reviews.add_note(review, "entry", _evening(review)["uuid"], "Notice the tiredness")  # type: ignore[arg-type]
    _back(coach, journal, review, tmp_path)
    reads = Reads.open(AppPaths.resolve(journal.path.parent))  # type: ignore[union-attr]
    assert reads is not None
    with reads:
        assert [h.entry.title for h in reads.search("tiredness")] == ["Late call"]


def test_the_coach_edits_and_removes_their_own_notes_only(
    journal: Journal, coach: Journal, review_file: Path, tmp_path: Path
) -> None:
    review = read_review(review_file, PASS)
    coach.reviews.add_note(review, "summary", "", "First")
    second = coach.reviews.add_note(review, "summary", "", "Second")
    coach.reviews.edit_note(second, "  Second, better  ")
    assert [n.text for n in coach.reviews.notes(review.review_id)] == ["First", "Second, better"]
    coach.reviews.delete_note(second)
    assert [n.text for n in coach.reviews.notes(review.review_id)] == ["First"]
    with pytest.raises(NotFoundError):
        coach.reviews.delete_note(second)

    # Notes that came back are the coach's: the account manager cannot change them.
    _back(coach, journal, review, tmp_path)
    (back,) = journal.reviews.notes(review.review_id)
    with pytest.raises(NotFoundError):
        journal.reviews.edit_note(back.uuid, "changed")
    assert [n.text for n in journal.reviews.notes(review.review_id)] == ["First"]


def test_the_reviews_list_remembers_where_each_review_was(
    coach: Journal, review_file: Path, tmp_path: Path
) -> None:
    review = read_review(review_file, PASS)
    coach.reviews.remember(review, review_file)
    (listed,) = coach.reviews.reviews()
    assert (listed.path, listed.notes) == (str(review_file), 0)
    moved = tmp_path / "moved.bjreview"
    review_file.rename(moved)
    coach.reviews.remember(review, moved)
    assert [r.path for r in coach.reviews.reviews()] == [str(moved)]


def _send(coach: Journal, review: OpenedReview, text: str, target: Path) -> None:
    coach.reviews.add_note(review, "summary", "", text)
    coach.reviews.send_notes(review, target, PASS)


@pytest.mark.parametrize(
    ("own", "note"),
    [
        (("client", "Globex"), "As with Globex, say no earlier."),
        (("client", "Северсталь"), "Как с «Северсталью»: раньше говорить «нет»."),
        (("organisation", "Initech Holdings"), "Like at Initech Holdings."),
        (("other", "Bob Porter"), "Bob Porter would say the same."),
        (("review", "Umbrella Corp"), "Umbrella Corp had the same pattern."),
        (("client", "Globex"), "Write to me at coach@example.org"),
    ],
)
def test_notes_naming_the_coachs_own_clients_are_stopped_and_nothing_is_written(
    coach: Journal,
    review_file: Path,
    tmp_path: Path,
    journal: Journal,
    own: tuple[str, str],
    note: str,
) -> None:
    kind, name = own
    if kind == "client":
        coach.clients.add(name)
    elif kind == "organisation":
        coach.clients.add("Peter G.", organisation=name)
    elif kind == "other":
        client = coach.clients.add("Initrode")
        coach.clients.add_other_names(client, [name], person=True)
    else:  # another coachee shared a review with real names, which the coach opened
        with Journal.open(AppPaths.resolve(tmp_path / "coachee2")) as another:
            another.entries.add(EntryDraft(title="own", body="z", clients=(name,)))
            other = tmp_path / "other.bjreview"
            another.reviews.share(ExportScope(pseudonymise=False), other, PASS)
        coach.reviews.remember(read_review(other, PASS), other)
    review = read_review(review_file, PASS)
    target = tmp_path / "n.bjnotes"
    with pytest.raises(LeakError, match="not written"):
        _send(coach, review, note, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def test_the_reviews_own_names_and_aliases_may_be_in_the_notes(
    journal: Journal, coach: Journal, tmp_path: Path
) -> None:
    journal.entries.add(EntryDraft(title="With Acme", body="x", clients=("Acme",)))
    real = tmp_path / "real.bjreview"
    journal.reviews.share(ExportScope(pseudonymise=False), real, PASS)
    coach.clients.add("Globex")
    target = tmp_path / "n.bjnotes"
    _send(coach, read_review(real, PASS), "Acme pushes; Client B too. Globe trotting.", target)
    assert target.exists()


def test_the_snippet_shows_the_coachs_words(
    journal: Journal, coach: Journal, review_file: Path, tmp_path: Path
) -> None:
    review = read_review(review_file, PASS)
    coach.reviews.add_note(review, "entry", _evening(review)["uuid"], "Notice the tiredness")  # type: ignore[arg-type]
    _back(coach, journal, review, tmp_path)
    (hit,) = journal.search.search("tiredness")
    assert hit.matched_in == ("coach_note",)
    assert "\x02tiredness\x03" in hit.snippet
