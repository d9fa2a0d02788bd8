"""The app's own questions for the kinds the book's chapter names without asking about them
(discount pressure, impossible deadlines, dismissing the workload, threats to leave,
indifference, over-promising): marked as the app's, never as quotes, shown first for an entry
with such an incident, in the group that fits it."""

from __future__ import annotations

import json

import pytest

from journal_app.core import catalogue
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import resources_dir

NEW_KINDS = (
    "discount_pressure",
    "impossible_deadline",
    "dismissing_workload",
    "threat_to_leave",
    "indifference",
    "over_promising",
)


def log(journal: Journal, kind: str, response: str = "gave_in") -> int:
    entry = journal.entries.add(EntryDraft(title="Call"))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind=kind, response=response)
    )
    return entry


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_each_new_kind_has_the_apps_own_questions(kind: str) -> None:
    book = catalogue.load()
    directions = {
        k["key"]: k["direction"]
        for k in json.loads((resources_dir() / "incident_kinds.json").read_text())["kinds"]
    }
    own = [q for q in book.questions if q.kind == kind]
    assert len(own) >= 3
    for q in own:
        assert q.app and not q.quoted and not q.based_on  # not the book's words
        assert q.text["en"].endswith("?") and q.text["ru"].endswith("?")
        assert q.group == ("respect_client" if directions[kind] == "me" else "self_respect")
    assert not any(q.app for q in book.questions if q.quoted or q.based_on)


def test_an_entrys_kind_brings_its_questions_first(journal: Journal) -> None:
    gave_in = log(journal, "discount_pressure")
    groups, shown = journal.questions.for_entry(gave_in, "en")
    assert groups == ["self_respect"]
    assert [q.kind for q in shown[:3]] == ["discount_pressure"] * 3
    assert all(q.group == "self_respect" and q.app for q in shown[:3])
    assert "Is the discount good for both sides, or only for one?" in [q.text for q in shown]
    # Held: the questions of partnership fit, and the kind's come first among them.
    held = log(journal, "threat_to_leave", response="held")
    groups, shown = journal.questions.for_entry(held, "ru")
    assert groups == ["partnership"]
    assert [(q.kind, q.group) for q in shown[:3]] == [("threat_to_leave", "partnership")] * 3
    assert (
        shown[0].text
        == "Чего на\u00a0самом деле хочет клиент, когда говорит, что уйдёт к\u00a0конкурентам?"
    )
    # Another kind's entry does not get them.
    _, shown = journal.questions.for_entry(log(journal, "rudeness"), "en")
    assert not any(q.kind for q in shown)


def test_they_can_be_hidden_and_an_answer_stays(journal: Journal) -> None:
    entry = log(journal, "over_promising")
    _, shown = journal.questions.for_entry(entry, "en")
    first = shown[0]
    assert first.kind == "over_promising" and first.group == "respect_client"
    journal.questions.set_answer(entry, first.id, "I said yes to the Friday release.")
    (incident,) = journal.incidents.find()
    journal.incidents.delete(incident.id)
    _, shown = journal.questions.for_entry(entry, "en")
    assert first.id in [q.id for q in shown]  # answered: kept beside the entry
    other = log(journal, "over_promising")
    journal.questions.set_hidden("over_promising.why", True)
    _, shown = journal.questions.for_entry(other, "en")
    assert "over_promising.why" not in [q.id for q in shown]
    assert "over_promising.why" in [q.id for q in journal.questions.all(include_hidden=True)]


def test_a_persons_own_questions_are_untouched(journal: Journal) -> None:
    own = journal.questions.add("self_respect", "Did I say what I needed?")
    found = journal.questions.all("en")
    mine = [q for q in found if q.custom]
    assert [(q.id, q.text, q.app) for q in mine] == [(own, "Did I say what I needed?", False)]
    assert {q.kind for q in found if q.app} == set(NEW_KINDS)
