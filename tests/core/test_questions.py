import json
from pathlib import Path

import pytest

from journal_app.core import catalogue
from journal_app.core.errors import NotFoundError, ValidationError
from journal_app.core.journal import Journal
from journal_app.core.questions import fitting_groups
from journal_app.core.records import EntryDraft, IncidentDraft

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.mark.parametrize(
    ("incidents", "groups"),
    [
        ([], ["partnership"]),
        ([("client", "gave_in")], ["self_respect"]),
        ([("client", "open")], ["self_respect"]),
        ([("client", "held")], ["partnership"]),
        ([("client", "negotiated"), ("client", "escalated")], ["partnership"]),
        ([("me", "open")], ["respect_client"]),
        ([("client", "gave_in"), ("me", "held")], ["self_respect", "respect_client"]),
    ],
)
def test_question_selection_rules(incidents: list[tuple[str, str]], groups: list[str]) -> None:
    assert fitting_groups(incidents) == groups


def test_the_book_questions_are_complete_and_attributed() -> None:
    book = catalogue.load()
    groups = {q.group for q in book.questions}
    assert groups == set(catalogue.GROUPS)
    assert len({q.id for q in book.questions}) == len(book.questions)
    assert book.attribution("ru") == "Борис Шпирт, «Отчаянные аккаунт-менеджеры»"
    assert book.attribution("en") == "Boris Shpirt, “Desperate Account Managers”"
    for q in book.questions:
        assert q.text["en"] and q.text["ru"]
        assert q.quoted or q.based_on or q.app  # the app's own rest on no sentence


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the book excerpts live outside the repository")
def test_quotes_are_the_books_exact_words() -> None:
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    data = json.loads((catalogue.resources_dir() / "questions.json").read_text(encoding="utf-8"))
    for q in data["questions"]:
        if q.get("source") == "app":
            assert not q["quoted"], q["id"]  # the app's own words are never shown as a quote
            assert q["ru"] not in seeds, q["id"]
            continue
        assert (q["ru"] if q["quoted"] else q["based_on"]) in seeds, q["id"]


def test_questions_follow_the_entrys_incidents(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(title="Booked her hotel again"))
    groups, shown = journal.questions.for_entry(entry, "en")
    assert groups == ["partnership"] and {q.group for q in shown} == {"partnership"}

    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="personal_favour", response="gave_in")
    )
    groups, shown = journal.questions.for_entry(entry, "ru")
    assert groups == ["self_respect"]
    assert shown[0].text == shown[0].original == "Уважаете\u00a0ли вы\u00a0себя?"


def test_answers_are_kept_per_entry_and_stay_visible(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft())
    other = journal.entries.add(EntryDraft())
    journal.questions.set_answer(entry, "partnership.trust", "Not yet.")
    journal.questions.set_answer(entry, "self_respect.like", "No.")  # not a fitting group
    assert journal.questions.answers(entry) == {
        "partnership.trust": "Not yet.",
        "self_respect.like": "No.",
    }
    assert journal.questions.answers(other) == {}
    _, shown = journal.questions.for_entry(entry)
    assert shown[-1].id == "self_respect.like"  # answered, so shown, after the fitting ones
    journal.questions.set_answer(entry, "self_respect.like", "  ")
    assert "self_respect.like" not in journal.questions.answers(entry)
    with pytest.raises(NotFoundError):
        journal.questions.set_answer(entry, "no.such", "x")


def test_own_questions_and_hiding(journal: Journal) -> None:
    own = journal.questions.add("partnership", "  What would a partner do   here? ")
    visible = {q.id: q for q in journal.questions.all("en")}
    assert visible[own].text == "What would a partner do here?" and visible[own].custom
    journal.questions.set_hidden("partnership.aim", True)
    journal.questions.set_hidden(own, True)
    ids = {q.id for q in journal.questions.all("en")}
    assert "partnership.aim" not in ids and own not in ids
    assert {"partnership.aim", own} <= {q.id for q in journal.questions.all(include_hidden=True)}
    journal.questions.edit(own, "What would a partner do?")
    with pytest.raises(ValidationError):
        journal.questions.edit("partnership.aim", "Rewrite the book")
    with pytest.raises(ValidationError):
        journal.questions.add("friendship", "Is this wrong group?")
    with pytest.raises(NotFoundError):
        journal.questions.set_hidden("no.such", True)


def test_ratings(journal: Journal) -> None:
    from journal_app.core.records import Ratings

    entry = journal.entries.add(EntryDraft())
    assert journal.entries.get(entry).ratings == Ratings()
    journal.entries.set_ratings(entry, Ratings(respect_client=4, self_respect=2))
    assert journal.entries.get(entry).ratings == Ratings(4, 2, None)
    with pytest.raises(ValidationError):
        journal.entries.set_ratings(entry, Ratings(partnership=0))


def test_an_entry_with_only_an_answer_or_a_rating_is_not_blank(journal: Journal) -> None:
    from journal_app.core.records import Ratings

    answered, rated, untouched = (journal.entries.add(EntryDraft()) for _ in range(3))
    journal.questions.set_answer(answered, "partnership.aim", "Partnership.")
    journal.entries.set_ratings(rated, Ratings(self_respect=3))
    assert not journal.entries.purge_if_blank(answered)
    assert not journal.entries.purge_if_blank(rated)
    assert journal.entries.purge_if_blank(untouched)
    assert journal.entries.count() == 2
