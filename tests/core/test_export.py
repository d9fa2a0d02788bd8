"""Exports: private entries never leave, the scope is exact, pseudonymisation leaves no name,
e-mail or phone behind in any format, and files are written whole or not at all."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
from pathlib import Path

import pytest

from journal_app.core import files
from journal_app.core.errors import StorageError, ValidationError
from journal_app.core.exporters import exporter_for
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings

TEXT_FORMATS = ("json", "md", "html", "csv")


def read_all(path: Path) -> str:
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(path.iterdir()))
    return path.read_text(encoding="utf-8-sig")


def write_every_format(journal: Journal, scope: ExportScope, folder: Path) -> dict[str, str]:
    out = {}
    for fmt in (*TEXT_FORMATS, "md-folder"):
        target = folder / (f"export.{fmt}" if fmt != "md-folder" else "export-folder")
        journal.exports.export(scope, fmt, target)
        out[fmt] = read_all(target)
    return out


@pytest.fixture
def filled(journal: Journal) -> Journal:
    first = journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 3, 2),
            time=dt.time(21, 5),
            title="Звонок от Акме",
            body="С Акмой опять спорили; АКМЕ звонит после 21:00. "
            "Пишите anna.k@acme-corp.ru или звоните +7 (912) 345-67-89. Бюджет 1 500 000.",
            clients=("Акме",),
            tags=("вечер",),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=first,
            client="Акме",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 3, 2, 21, 0),
            channel="phone",
            severity=4,
            response="gave_in",
            note="Акме again, from 8 912 345 67 89",
        )
    )
    question = journal.questions.all()[0].id
    journal.questions.set_answer(first, question, "No: I let Acme's CFO decide for me.")
    journal.entries.set_ratings(first, Ratings(3, 2, None))
    journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 4, 10),
            title="Northwind Traders lunch",
            body="Northwind's buyer wanted a favour; I said no to Northwind.",
            clients=("Northwind Traders", "Acme"),
            tags=("lunch",),
        )
    )
    journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 4, 11),
            title="Secret diary",
            body="PRIVATEWORD about Акме",
            clients=("Акме",),
            private=True,
        )
    )
    trashed = journal.entries.add(
        EntryDraft(date=dt.date(2026, 4, 12), title="TRASHEDWORD", clients=("Акме",))
    )
    journal.entries.trash(trashed)
    return journal


def test_private_and_trashed_entries_never_leave_in_any_format(
    filled: Journal, tmp_path: Path
) -> None:
    for scope in (
        ExportScope(),
        ExportScope(client_ids=(filled.clients.by_name("Акме").id,)),
        ExportScope(query="PRIVATEWORD"),
        ExportScope(entry_ids=tuple(e.id for e in filled.entries.summaries())),
    ):
        folder = tmp_path / str(abs(hash(scope)))
        folder.mkdir()
        for fmt, text in write_every_format(filled, scope, folder).items():
            assert "PRIVATEWORD" not in text, fmt
            assert "TRASHEDWORD" not in text, fmt
    preview = filled.exports.preview(ExportScope())
    assert preview.count == 2
    assert preview.bundle.private_left_out == 1


def test_scope_by_date_client_tag_kind_selection_and_search(filled: Journal) -> None:
    def titles(scope: ExportScope) -> list[str]:
        return [e.title for e in filled.exports.collect(scope).entries]

    acme, northwind = filled.clients.by_name("Акме"), filled.clients.by_name("Northwind Traders")
    assert titles(ExportScope()) == ["Звонок от Акме", "Northwind Traders lunch"]  # oldest first
    assert titles(ExportScope(date_from=dt.date(2026, 4, 1))) == ["Northwind Traders lunch"]
    assert titles(ExportScope(date_to=dt.date(2026, 3, 31))) == ["Звонок от Акме"]
    assert titles(ExportScope(client_ids=(acme.id, northwind.id))) == [
        "Звонок от Акме",
        "Northwind Traders lunch",
    ]
    assert titles(ExportScope(tag_ids=(filled.tags.by_name("lunch"),))) == [
        "Northwind Traders lunch"
    ]
    assert titles(ExportScope(kind_keys=("after_hours",))) == ["Звонок от Акме"]
    assert titles(ExportScope(kind_keys=("pressure",))) == []
    assert titles(ExportScope(query="favour")) == ["Northwind Traders lunch"]
    first = filled.exports.collect(ExportScope()).entries[0]
    assert first.incidents[0].response == "gave_in"
    assert first.answers and first.ratings == Ratings(3, 2, None)
    without = filled.exports.collect(ExportScope(include_reflection=False)).entries[0]
    assert without.answers == () and without.ratings == Ratings()
    assert without.incidents  # incidents are not part of the reflection switch
    with pytest.raises(ValidationError, match="start date is after"):
        filled.exports.collect(
            ExportScope(date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 1, 1))
        )


SECRETS = (
    "акме",
    "акмой",
    "acme",
    "northwind",
    "traders",
    "anna.k",
    "acme-corp",
    "912",
    "345-67-89",
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FRACTION = re.compile(r"(?<=:\d\d)\.\d+")  # a moment's microseconds: "21:19:51.545912"


def test_pseudonymised_exports_hold_no_name_email_or_phone(filled: Journal, tmp_path: Path) -> None:
    everyone = tuple(c.id for c in filled.clients.all())
    scope = ExportScope(pseudonymise=True, client_ids=everyone, query="Акме OR Northwind")
    outputs = write_every_format(filled, scope, tmp_path)
    for fmt, text in outputs.items():
        # A random id, or the microseconds of when a row was made, may hold "912".
        folded = FRACTION.sub("", UUID.sub("<uuid>", text.casefold()))
        for secret in SECRETS:
            assert secret not in folded, (fmt, secret)
        assert "Client C" in text, fmt  # Акме, in every format
    names = set(filled.exports.preview(ExportScope(pseudonymise=True)).names)
    assert names == {("Acme", "Client A"), ("Northwind Traders", "Client B"), ("Акме", "Client C")}
    assert "1 500 000" in outputs["md"]  # an amount is not a phone number
    assert "[phone]" in outputs["md"] and "[e-mail]" in outputs["md"]
    assert "- Chosen: clients: Client A, Client B, Client C; a search result" in outputs["md"]


def test_aliases_are_stable_and_localised(filled: Journal) -> None:
    first = filled.exports.preview(ExportScope(pseudonymise=True)).names
    filled.clients.add("Aardvark Ltd")  # a new client does not reshuffle the old aliases
    again = filled.exports.preview(ExportScope(pseudonymise=True)).names
    assert again == first
    ru = dict(filled.exports.preview(ExportScope(pseudonymise=True, lang="ru")).names)
    assert ru["Акме"] == "Клиент В"


def test_json_export_is_versioned_and_keeps_everything(filled: Journal, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    filled.exports.export(ExportScope(), "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["format"] == "boundary-journal"
    entry = data["entries"][0]
    assert entry["incidents"][0]["kind"] == "after_hours"
    assert entry["incidents"][0]["at"] == "2026-03-02 21:00"
    assert entry["answers"][0]["text"].startswith("No:")
    assert entry["ratings"] == {"respect_client": 3, "self_respect": 2, "partnership": None}
    assert {c["name"] for c in data["clients"]} == {"Acme", "Northwind Traders", "Акме"}


def test_csv_has_one_row_per_incident_and_no_formulas(journal: Journal, tmp_path: Path) -> None:
    entry = journal.entries.add(EntryDraft(title="x"))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="=HYPERLINK(1)", kind="rudeness", note="-2+3")
    )
    target = tmp_path / "incidents.csv"
    journal.exports.export(ExportScope(), "csv", target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2
    assert "'=HYPERLINK(1)" in lines[1] and "'-2+3" in lines[1]


def test_exported_files_are_owner_only(filled: Journal, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    write_every_format(filled, ExportScope(), out)
    for path in [*out.iterdir(), *(out / "export-folder").iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path


def test_a_failed_write_leaves_the_old_file_and_no_partial(
    filled: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "coach.md"
    target.write_text("the previous export")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        filled.exports.export(ExportScope(), "md", target)
    assert target.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "journal") == ["coach.md"]


def test_an_error_while_writing_removes_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    with pytest.raises(RuntimeError), files.atomic_path(target) as partial:
        partial.write_text("half")
        raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []


def test_folder_export_refuses_a_folder_with_files(filled: Journal, tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.md").write_text("keep me")
    with pytest.raises(ValidationError, match="not empty"):
        filled.exports.export(ExportScope(), "md-folder", tmp_path / "notes")
    assert (tmp_path / "notes" / "mine.md").read_text() == "keep me"
    filled.exports.export(ExportScope(), "md-folder", tmp_path / "new")
    names = sorted(p.name for p in (tmp_path / "new").iterdir())
    assert names[0] == "2026-03-02-2105-звонок-от-акме.md"
    assert names[1].startswith("2026-04-10-") and names[1].endswith("-northwind-traders-lunch.md")


def test_markdown_folder_files_have_front_matter(filled: Journal, tmp_path: Path) -> None:
    filled.exports.export(ExportScope(), "md-folder", tmp_path / "vault")
    first = sorted((tmp_path / "vault").iterdir())[0].read_text(encoding="utf-8")
    head = first.split("---")[1]
    assert "date: 2026-03-02" in head
    assert 'title: "Звонок от Акме"' in head
    assert 'clients: ["Акме"]' in head
    assert '"kind": "after_hours"' in head


def test_html_is_self_contained_and_escapes_raw_html(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(EntryDraft(title="<b>x</b>", body="**bold** <script>alert(1)</script>"))
    target = tmp_path / "out.html"
    journal.exports.export(ExportScope(), "html", target)
    text = target.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<strong>bold</strong>" in text
    assert "http" not in text.split("<body>")[0]  # nothing fetched


def test_unknown_format_is_a_clear_error(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="Unknown export format"):
        exporter_for("docx")


OTHER_SECRETS = ("nwc", "нордвинд", "nordwind", "сидоров", "jane", "doe")


@pytest.fixture
def with_other_names(journal: Journal) -> Journal:
    client = journal.clients.add("Nordwind Capital")
    journal.clients.add_other_names(client, ["NWC", "Нордвинд"])
    journal.clients.add_other_names(client, ["Иван Сидоров", "Jane Doe"], person=True)
    entry = journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 5, 4),
            title="Нордвинд: Jane Doe again",
            body="NWC called twice. Иван Сидоров asked for a favour; Jane Doe’s e-mail followed.",
            clients=("Nordwind Capital",),
            tags=("нордвинд",),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Nordwind Capital",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 5, 4, 22, 0),
            note="Иван Сидоров again, for NWC",
        )
    )
    question = journal.questions.all()[0].id
    journal.questions.set_answer(entry, question, "I let Jane Doe and Нордвинд decide.")
    return journal


def test_pseudonymised_exports_hold_no_other_name_or_persons_name(
    with_other_names: Journal, tmp_path: Path
) -> None:
    outputs = write_every_format(with_other_names, ExportScope(pseudonymise=True), tmp_path)
    for fmt, text in outputs.items():
        folded = text.casefold()
        for secret in OTHER_SECRETS:
            assert secret not in folded, (fmt, secret)
        assert "Person 1" in text and "Person 2" in text, fmt
    (client,) = json.loads(outputs["json"])["clients"]
    assert "other_names" not in client


def test_a_plain_json_export_keeps_the_other_names(
    with_other_names: Journal, tmp_path: Path
) -> None:
    with_other_names.exports.export(ExportScope(), "json", tmp_path / "all.json")
    (client,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["clients"]
    assert client["other_names"] == [
        {"name": "Jane Doe", "kind": "person"},
        {"name": "NWC", "kind": "other"},
        {"name": "Иван Сидоров", "kind": "person"},
        {"name": "Нордвинд", "kind": "other"},
    ]
