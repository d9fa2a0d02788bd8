"""Imports: an exact round trip of our JSON, jrnl and Day One files read as people write
them, duplicates skipped, and a bad file changes nothing and says where it is wrong."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from journal_app.core.agreements import Agreement
from journal_app.core.errors import ValidationError
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.exporters.json_export import bundle_dict
from journal_app.core.importers import read_file
from journal_app.core.importers.batch import ImportFormatError
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings


def snapshot(journal: Journal) -> dict[str, object]:
    data = bundle_dict(journal.exports.collect(ExportScope()))
    data.pop("generated_at")
    return data


def import_file(journal: Journal, path: Path, **tags: str) -> tuple[int, int]:
    batch = journal.imports.read(path)
    result = journal.imports.apply(batch, tags or None)
    return result.added, result.duplicates


def test_json_round_trip_is_exact(journal: Journal, tmp_path: Path) -> None:
    acme = journal.clients.add("Акме", organisation="ООО Акме", notes="key account")
    journal.clients.set_agreement(
        acme, Agreement(days=frozenset(range(5)), start=9 * 60, end=18 * 60)
    )
    kind = journal.kinds.add("Late invoices", "client")
    own = journal.questions.add("self_respect", "Did I say what I needed?")
    entry = journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 2, 3),
            time=dt.time(8, 15),
            title="Звонок",
            body="# Итог\n\nКлиент звонил **дважды**.",
            clients=("Акме",),
            tags=("вечер", "urgent"),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Акме",
            kind=kind,
            occurred_at=dt.datetime(2026, 2, 3, 21, 30),
            channel="messenger",
            severity=5,
            response="held",
            note="после работы",
        )
    )
    journal.questions.set_answer(entry, own, "Yes, finally.")
    journal.questions.set_answer(entry, journal.questions.all()[0].id, "Не всегда.")
    journal.entries.set_ratings(entry, Ratings(4, None, 2))
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)

    fresh = Journal.in_memory()
    assert import_file(fresh, target) == (1, 0)
    assert snapshot(fresh) == snapshot(journal)
    client = fresh.clients.by_name("Акме")
    assert client.notes == "key account" and client.organisation == "ООО Акме"
    assert client.agreement.has_hours
    assert fresh.incidents.find()[0].outside_hours  # re-flagged from the agreement
    assert import_file(fresh, target) == (0, 1)  # twice: nothing more


def test_jrnl_json_with_tags_mapped_to_clients(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(
        json.dumps(
            {
                "tags": {"@Acme": 2, "@work": 1},
                "entries": [
                    {
                        "title": "Called @Acme at 9 pm.",
                        "body": "They were not pleased. @work",
                        "date": "2026-01-05",
                        "time": "21:10",
                        "tags": ["@Acme", "@work"],
                        "starred": True,
                    },
                    {
                        "title": "Follow-up.",
                        "body": "",
                        "date": "2026-01-06",
                        "time": "09:00",
                        "tags": ["@Acme"],
                        "starred": False,
                    },
                ],
            }
        )
    )
    preview = journal.imports.preview(journal.imports.read(path))
    assert preview.total == 2 and preview.batch.format == "jrnl"
    assert (preview.first_date, preview.last_date) == (dt.date(2026, 1, 5), dt.date(2026, 1, 6))
    suggested = {c.tag: c.client for c in preview.tags}
    assert suggested["@Acme"] == "Acme"
    assert import_file(journal, path, **{"@Acme": "Acme"}) == (2, 0)
    first = journal.entries.get(journal.entries.summaries()[-1].id)
    assert first.title == "Called @Acme at 9 pm."
    assert first.clients == ("Acme",)
    assert first.tags == ("starred", "work")
    assert first.time == dt.time(21, 10)


def test_jrnl_text_journal(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(
        "[2026-01-05 21:10] Звонок от @Акме. Уже в девять вечера.\n"
        "Снова просили о личном.\n"
        "\n"
        "Второй абзац.\n"
        "\n"
        "[2026-01-07 09:00] Spoke with Beta *\n"
        "All good.\n",
        encoding="utf-8",
    )
    assert import_file(journal, path, **{"@Акме": "Акме"}) == (2, 0)
    older, newer = (journal.entries.get(s.id) for s in reversed(journal.entries.summaries()))
    assert older.title == "Звонок от @Акме. Уже в девять вечера."  # jrnl's: the first line
    assert older.body == "Снова просили о личном.\n\nВторой абзац."
    assert older.clients == ("Акме",)
    assert newer.title == "Spoke with Beta" and newer.tags == ("starred",)
    # The search index holds each imported entry whole: text, client and tags.
    assert [h.entry.id for h in journal.search.search("Акме девять")] == [older.id]
    assert [h.entry.id for h in journal.search.search("starred")] == [newer.id]
    assert journal.check() == []
    assert import_file(journal, path) == (0, 2)
    # The import indexed its entries in one go; what is written after it is indexed as usual.
    later = journal.entries.add(EntryDraft(title="после импорта", clients=("Акме",)))
    assert [h.entry.id for h in journal.search.search("импорта Акме")] == [later]


def dayone_data() -> dict[str, object]:
    return {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90",
                "creationDate": "2026-03-01T18:30:00Z",
                "timeZone": "Europe/Moscow",
                "text": "# Hotel for the client\\!\n\nBooked it again\\. Why do I do this\\?\n"
                "\\- not a list\n![](dayone-moment://ABCDEF)",
                "tags": ["Acme", "favours"],
                "starred": True,
                "photos": [{"identifier": "ABCDEF", "md5": "0" * 32}],
            },
            {
                "uuid": "B1B2C3D4E5F60718293A4B5C6D7E8F90",
                "creationDate": "2026-03-02T07:05:00Z",
                "timeZone": "America/New_York",
                "text": "Short note",
            },
        ],
    }


def test_dayone_json_and_zip(journal: Journal, tmp_path: Path) -> None:
    journal.clients.add("Acme")
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(dayone_data()))
    batch = journal.imports.read(path)
    assert batch.format == "dayone"
    assert any("photos or attachments not imported: 1." in str(note) for note in batch.notes)
    preview = journal.imports.preview(batch)
    assert {c.tag: c.client for c in preview.tags}["Acme"] == "Acme"  # a known client
    assert import_file(journal, path, Acme="Acme") == (2, 0)
    first, second = (journal.entries.get(s.id) for s in reversed(journal.entries.summaries()))
    assert (first.date, first.time) == (dt.date(2026, 3, 1), dt.time(21, 30))  # Moscow time
    assert first.title == "Hotel for the client!"
    assert first.body == "Booked it again. Why do I do this?\n- not a list"  # as typed
    assert first.clients == ("Acme",) and first.tags == ("favours", "starred")
    assert (second.date, second.time) == (dt.date(2026, 3, 2), dt.time(2, 5))  # New York
    assert second.title == "" and second.body == "Short note"

    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Journal.json", json.dumps(dayone_data()))
        z.writestr("photos/abcdef.jpeg", b"\xff\xd8")
    assert import_file(journal, archive) == (0, 2)  # same uuids: already there
    fresh = Journal.in_memory()
    assert import_file(fresh, archive) == (2, 0)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", '{"entries": [', "bad.json, line 1, column 14: not valid JSON"),
        (
            "jrnl.json",
            json.dumps(
                {
                    "tags": {},
                    "entries": [
                        {"title": "ok", "body": "", "date": "2026-01-01", "time": "10:00"},
                        {"title": "ok", "body": "", "date": "2026-13-01", "time": "10:00"},
                    ],
                }
            ),
            "jrnl.json: entry 2: “date” is not a date",
        ),
        ("j.txt", "[2026-01-01 10:00] fine\n[2026-02-30 10:00] no such day\n", "j.txt, line 2"),
        ("j.txt", "Dear diary\n[2026-01-01 10:00] x\n", "j.txt, line 1: expected an entry"),
        ("empty.json", "", "empty.json: the file is empty"),
        ("other.json", '{"hello": 1}', "not a journal this app can import"),
        ("x.zip", "PK\x03\x04garbage", "x.zip: not a readable .zip"),
        (  # found by the fuzz test: an empty date was let through to an assertion
            "Journal.json",
            json.dumps({"entries": [{"uuid": "C1", "creationDate": "", "text": "x"}]}),
            "Journal.json: entry 1: “creationDate” is empty",
        ),
    ],
)
def test_a_bad_file_names_the_place_and_changes_nothing(
    journal: Journal, tmp_path: Path, name: str, content: str, message: str
) -> None:
    journal.entries.add(EntryDraft(title="mine"))
    before = snapshot(journal)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_file(journal, path)
    assert message in str(caught.value)
    assert snapshot(journal) == before


def test_all_or_nothing_when_a_later_entry_fails(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(EntryDraft(title="export me"))
    target = tmp_path / "x.json"
    journal.exports.export(ExportScope(), "json", target)
    data = json.loads(target.read_text())
    good = dict(data["entries"][0], uuid="11111111-2222-3333-4444-555555555555", title="new one")
    bad = dict(good, uuid="22222222-2222-3333-4444-555555555555", title="another")
    bad["incidents"] = [
        {"client": "Acme", "kind": "no_such_kind", "direction": "client", "at": "2026-01-01 10:00"}
    ]
    data["entries"] = [good, bad]
    target.write_text(json.dumps(data))
    fresh = Journal.in_memory()
    with pytest.raises(ImportFormatError, match="entry 2, incident 1: the incident kind"):
        import_file(fresh, target)
    assert fresh.entries.count() == 0
    assert fresh.clients.all() == []
    # Rolled back whole, the search index's triggers included: new entries are still found.
    later = fresh.entries.add(EntryDraft(title="written afterwards", clients=("Gamma",)))
    assert [h.entry.id for h in fresh.search.search("afterwards Gamma")] == [later]


def test_unknown_tag_in_mapping_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2026-01-01 10:00] Hello @Acme.\n")
    batch = journal.imports.read(path)
    with pytest.raises(ValidationError, match="No entry in j.txt has the tag “@Beta”"):
        journal.imports.apply(batch, {"@Beta": "Beta"})
    assert journal.entries.count() == 0


def test_newer_schema_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format": "boundary-journal", "schema_version": 99, "entries": []}))
    with pytest.raises(ImportFormatError, match="newer Boundary Journal"):
        read_file(path)


def test_import_makes_a_backup_first(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2026-01-01 10:00] Hello.\n")
    result = journal.imports.apply(journal.imports.read(path))
    assert result.backup is not None and result.backup.exists()
