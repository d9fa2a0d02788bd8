"""Property tests: any journal survives export → JSON → import unchanged, and no malformed
file — random bytes or a valid export with its values scrambled — gets past the importers
as anything but a clear ImportFormatError that leaves the journal as it was."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.exporters.json_export import bundle_dict
from journal_app.core.importers.batch import ImportFormatError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings

CLIENTS = ("Акме", "Northwind", "ООО Ромашка", "Globex")
KINDS = ("after_hours", "personal_favour", "pressure", "pushing_for_gain")
QUESTIONS = ("respect_client.respect", "self_respect.stop")
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\n "),
    max_size=60,
)
incident = st.fixed_dictionaries(
    {
        "client": st.sampled_from(CLIENTS),
        "kind": st.sampled_from(KINDS),
        "minute": st.integers(0, 60 * 24 * 30),
        "channel": st.sampled_from(("phone", "email", "messenger", "in_person", "other")),
        "severity": st.integers(1, 5),
        "response": st.sampled_from(("held", "gave_in", "negotiated", "escalated", "open")),
        "note": words,
    }
)
entry = st.fixed_dictionaries(
    {
        "day": st.integers(0, 400),
        "minute": st.integers(0, 24 * 60 - 1),
        "title": words,
        "body": words,
        "clients": st.lists(st.sampled_from(CLIENTS), max_size=2, unique=True),
        "tags": st.lists(st.sampled_from(("вечер", "urgent", "Q3")), max_size=2, unique=True),
        "incidents": st.lists(incident, max_size=2),
        "answer": st.none() | st.tuples(st.sampled_from(QUESTIONS), words.filter(str.strip)),
        "ratings": st.tuples(*(st.none() | st.integers(1, 5) for _ in range(3))),
    }
)


# Other names, each belonging to one client at most: (client, name, a person's).
OTHER_NAMES = ("Ромашка", "Иван Петров", "Jane Doe", "NW", "Глобекс Ёлка")
other_names = st.lists(
    st.tuples(st.sampled_from(CLIENTS), st.sampled_from(OTHER_NAMES), st.booleans()),
    max_size=4,
    unique_by=lambda t: t[1],
)


def build(
    entries: list[dict[str, Any]], others: list[tuple[str, str, bool]] | None = None
) -> Journal:
    journal = Journal.in_memory()
    start = dt.date(2025, 1, 1)
    for e in entries:
        day = start + dt.timedelta(days=e["day"])
        entry_id = journal.entries.add(
            EntryDraft(
                date=day,
                time=dt.time(e["minute"] // 60, e["minute"] % 60),
                title=e["title"],
                body=e["body"],
                clients=tuple(e["clients"]),
                tags=tuple(e["tags"]),
            )
        )
        for i in e["incidents"]:
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry_id,
                    client=i["client"],
                    kind=i["kind"],
                    occurred_at=dt.datetime.combine(day, dt.time())
                    + dt.timedelta(minutes=i["minute"]),
                    channel=i["channel"],
                    severity=i["severity"],
                    response=i["response"],
                    note=i["note"],
                )
            )
        if e["answer"]:
            journal.questions.set_answer(entry_id, *e["answer"])
        journal.entries.set_ratings(entry_id, Ratings(*e["ratings"]))
    for client, name, person in others or ():
        found = journal.clients.find(client)
        if found is not None:
            journal.clients.add_other_names(found.id, [name], person=person)
    return journal


def snapshot(journal: Journal) -> dict[str, Any]:
    data = bundle_dict(journal.exports.collect(ExportScope()))
    data.pop("generated_at")
    # Two entries with the same date and text are one entry to the importer (a duplicate).
    return data


def unique_texts(entries: list[dict[str, Any]]) -> bool:
    keys = [(e["day"], " ".join(f"{e['title']}\n{e['body']}".split()).casefold()) for e in entries]
    return len(keys) == len(set(keys))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entry, max_size=6).filter(unique_texts), other_names)
def test_any_journal_survives_a_json_round_trip(
    entries: list[dict[str, Any]], others: list[tuple[str, str, bool]]
) -> None:
    original = build(entries, others)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "journal.json"
        original.exports.export(ExportScope(), "json", target)
        copy = Journal.in_memory()
        if entries:
            result = copy.imports.apply(copy.imports.read(target))
            assert result.added == len(entries)
        assert snapshot(copy) == snapshot(original)


def valid_export() -> dict[str, Any]:
    journal = build(
        [
            {
                "day": 3,
                "minute": 600,
                "title": "Звонок",
                "body": "текст",
                "clients": ["Акме"],
                "tags": ["вечер"],
                "incidents": [
                    {
                        "client": "Акме",
                        "kind": "after_hours",
                        "minute": 1300,
                        "channel": "phone",
                        "severity": 4,
                        "response": "gave_in",
                        "note": "n",
                    }
                ],
                "answer": ("self_respect.stop", "да"),
                "ratings": (1, 2, 3),
            }
        ],
        [("Акме", "Akme", False), ("Акме", "Иван Петров", True)],
    )
    return bundle_dict(journal.exports.collect(ExportScope()))


VALID = valid_export()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**6) | st.floats(allow_nan=False) | words,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
    max_leaves=6,
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            found += paths(v, (*prefix, k))
    elif isinstance(data, list):
        for n, v in enumerate(data):
            found += paths(v, (*prefix, n))
    return found


PATHS = paths(VALID)[1:]


def scrambled(choice: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(VALID))
    node = data
    for key in choice[:-1]:
        node = node[key]
    node[choice[-1]] = value
    return data


def assert_rejected_cleanly_or_imported(payload: bytes, name: str) -> None:
    journal = Journal.in_memory()
    journal.entries.add(EntryDraft(title="already here"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(payload)
        before = snapshot(journal)
        try:
            batch = journal.imports.read(path)
            journal.imports.preview(batch)
            journal.imports.apply(batch)
        except ImportFormatError as error:
            assert name in str(error)
            assert snapshot(journal) == before


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PATHS), json_values)
def test_a_scrambled_export_is_refused_clearly(choice: tuple[Any, ...], value: Any) -> None:
    payload = json.dumps(scrambled(choice, value), ensure_ascii=False).encode()
    assert_rejected_cleanly_or_imported(payload, "scrambled.json")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | words.map(str.encode))
def test_random_bytes_are_refused_clearly(payload: bytes) -> None:
    assert_rejected_cleanly_or_imported(payload, "random.json")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["[2026-01-01 10:00] ", "[2026-02-31 10:00]", "[2026-", "@Acme", "\n", "x"])
        | words,
        max_size=12,
    )
)
def test_scrambled_jrnl_text_is_refused_clearly(parts: list[str]) -> None:
    assert_rejected_cleanly_or_imported("".join(parts).encode(), "journal.txt")


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["entries", "creationDate", "timeZone", "text", "tags", "photos", "starred"]),
    json_values,
)
def test_scrambled_dayone_is_refused_clearly(key: str, value: Any) -> None:
    entry = {"uuid": "X", "creationDate": "2026-01-01T10:00:00Z", "text": "Hi", key: value}
    data = (
        {"metadata": {}, "entries": [entry]} if key != "entries" else {"metadata": {}, key: value}
    )
    assert_rejected_cleanly_or_imported(json.dumps(data).encode(), "Journal.json")
