"""The PDF for a coach: Qt's own writer, both scripts, charts, page numbers, and nothing
private or (when asked) identifying in its text."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.export_pdf import register_pdf


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # words come out tab-separated


@pytest.fixture
def coached(journal: Journal, qapp: QApplication) -> Journal:
    register_pdf()
    for n in range(12):
        entry = journal.entries.add(
            EntryDraft(
                date=dt.date(2026, 1, 1) + dt.timedelta(days=n * 9),
                title=f"Звонок от Акме {n}",
                body="Клиент из Акме опять звонил вечером. Acme wanted a favour. " * 20
                + "Write to boss@akme.example or call +7 912 345-67-89.",
                clients=("Акме",),
            )
        )
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Акме",
                kind="after_hours",
                occurred_at=dt.datetime(2026, 1, 1, 21, 0) + dt.timedelta(days=n * 9),
                response="gave_in" if n % 2 else "held",
            )
        )
    journal.entries.add(EntryDraft(title="Secret", body="PRIVATEWORD", private=True))
    return journal


def test_pdf_has_cover_both_scripts_and_page_numbers(coached: Journal, tmp_path: Path) -> None:
    target = tmp_path / "coach.pdf"
    coached.exports.export(ExportScope(lang="ru"), "pdf", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pages, text = pdf_text(target)
    assert pages >= 3
    assert "Дневник границ — записи для разбора" in text
    assert "Записи: 12" in text
    assert "Звонок от Акме 11" in text and "Acme wanted a favour" in text
    assert f"Страница 1 из {pages}" in text and f"Страница {pages} из {pages}" in text
    assert "Тенденции по этим записям" in text  # the charts' page
    assert "PRIVATEWORD" not in text


def test_pseudonymised_pdf_names_no_client(coached: Journal, tmp_path: Path) -> None:
    target = tmp_path / "coach.pdf"
    coached.exports.export(ExportScope(pseudonymise=True), "pdf", target)
    _, text = pdf_text(target)
    assert "Client A" in text
    assert "акме" not in text.casefold() and "akme" not in text
    assert "345-67-89" not in text and "[phone]" in text and "[e-mail]" in text
    assert "Page 1 of" in text


def test_pseudonymised_pdf_names_no_other_name_or_person(
    journal: Journal, qapp: QApplication, tmp_path: Path
) -> None:
    register_pdf()
    client = journal.clients.add("Nordwind Capital")
    journal.clients.add_other_names(client, ["NWC"])
    journal.clients.add_other_names(client, ["Иван Сидоров"], person=True)
    entry = journal.entries.add(
        EntryDraft(
            title="NWC: Иван Сидоров",
            body="Иван Сидоров called for NWC.",
            clients=("Nordwind Capital",),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Nordwind Capital",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 1, 1, 21, 0),
            note="NWC, Иван Сидоров",
        )
    )
    target = tmp_path / "coach.pdf"
    journal.exports.export(ExportScope(pseudonymise=True), "pdf", target)
    _, text = pdf_text(target)
    assert "Person 1" in text and "Client A" in text
    assert "nwc" not in text.casefold() and "сидоров" not in text.casefold()
