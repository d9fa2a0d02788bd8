"""The brief before a meeting, as a page in the person's language, and the coach's brief of
a review (its period, the coach's own topics)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings
from journal_app.core.review.brief import make_brief, review_brief
from journal_app.core.review.brief_page import brief_date, brief_html, brief_markdown, brief_page
from journal_app.core.review.document import read_review
from journal_app.core.review.reading import review_journal
from journal_app.paths import AppPaths

from ..conftest import REVIEW_PASS

PASS = REVIEW_PASS


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def filled(journal: Journal) -> Journal:
    entry = journal.entries.add(
        EntryDraft(date=dt.date(2026, 11, 20), title="Late", body="x", clients=("Acme",))
    )
    journal.entries.set_ratings(entry, Ratings(4, 2, 3))
    late_calls(journal, entry, {20: "gave_in", 22: "open"})
    return journal


def late_calls(journal: Journal, entry: int, days: dict[int, str]) -> None:
    """Acme's calls at 21:00 on these days of November 2026, each answered as given."""
    for day, response in days.items():
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind="after_hours",
                occurred_at=dt.datetime(2026, 11, day, 21, 0),
                response=response,
            )
        )


def test_the_period_before_is_as_long_as_the_brief(journal: Journal) -> None:
    """20–22 November (three days, both counted) against 17–19: the 17th was left out."""
    entry = journal.entries.add(
        EntryDraft(date=dt.date(2026, 11, 17), title="x", clients=("Acme",))
    )
    late_calls(journal, entry, dict.fromkeys((16, 17, 21), "open"))
    brief = make_brief(journal, since=dt.date(2026, 11, 20), today=dt.date(2026, 11, 22))
    assert (brief.incidents, brief.previous_incidents) == (1, 1)


def test_a_russian_brief_is_russian(filled: Journal) -> None:
    brief = make_brief(filled, since=dt.date(2026, 11, 15), today=dt.date(2026, 11, 30), lang="ru")
    text = brief_markdown(brief_page(brief, "ru"))
    assert text.startswith("# Сводка перед встречей с коучем\n\nВсе клиенты · 15 ноября 2026")
    assert "| Нарушения | 2 | 0 |" in text
    assert "| Уважение к клиенту | 4,0 | — |" in text
    assert "- Уступил(а): 1" in text
    assert "## Пока не решено" in text
    english = brief_markdown(brief_page(brief, "en"))
    assert "| Incidents | 2 | 0 |" in english and "- Gave in: 1" in english
    assert "| Respect for the client | 4.0 | — |" in english
    # The same page drawn for the window and the PDF.
    assert "<td>Нарушения</td>" in brief_html(brief_page(brief, "ru"))


def test_the_coachs_brief_of_a_review_has_their_topics(filled: Journal, tmp_path: Path) -> None:
    path = tmp_path / "r.bjreview"
    filled.reviews.share(ExportScope(pseudonymise=True), path, PASS)
    review = read_review(path, PASS)
    with Journal.open(AppPaths.resolve(tmp_path / "coach")) as coach:
        coach.reviews.add_note(review, "summary", "", "Evenings: a rule")
        with review_journal(review) as inside:
            brief = review_brief(review, inside, coach, "en")
    # The entry's day, and every incident the review holds (one dated two days after it).
    assert (brief.since, brief.until) == (dt.date(2026, 11, 20), dt.date(2026, 11, 22))
    assert brief.incidents == 2
    page = brief_page(brief, "en", of_review=True)
    assert page.title == "Brief of the review"
    assert ("The coach’s topics from the last notes", ["Evenings: a rule"]) in page.sections


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_brief_s_dates_are_cldr_s_long_dates(lang: str) -> None:
    """English is written out (the command line loads no Babel for it): Babel's words still."""
    from babel.dates import format_date

    for day in (dt.date(2026, m, d) for m in range(1, 13) for d in (1, 9, 28)):
        assert brief_date(day, lang) == format_date(day, "long", locale=lang)
