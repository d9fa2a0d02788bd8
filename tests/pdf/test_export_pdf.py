"""The PDF for a coach: Qt's own writer, both scripts, charts, page numbers, and nothing
private or (when asked) identifying in its text."""

from __future__ import annotations

import datetime as dt
import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.pdf.export_pdf import register_pdf


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


@pytest.fixture
def named(journal: Journal, qapp: QApplication) -> Journal:
    register_pdf()
    journal.clients.add("Ромашка")
    journal.clients.add("Nordwind Capital")
    kind = journal.kinds.add("Звонки Ромашки", "client")
    for n, form in enumerate(("Ромашки", "Ромашкой", "@Nordwind_Capital", "#Ромашка2024")):
        entry = journal.entries.add(
            EntryDraft(
                date=dt.date(2026, 2, 1) + dt.timedelta(days=n),
                title=f"Звонок от {form}",
                body=f"Опять {form}; Nordwind's man called from 8 (495) 123 - 45 - 67.",
                clients=("Ромашка",),
                tags=("Ромашка",),
            )
        )
        journal.incidents.add(
            IncidentDraft(entry_id=entry, client="Ромашка", kind=kind, note=f"{form} звонила")
        )
    return journal


def test_pseudonymised_pdf_cover_charts_and_metadata_name_no_one(
    named: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "coach.pdf"
    named.exports.export(ExportScope(pseudonymise=True, lang="ru"), "pdf", target)
    _, text = pdf_text(target)
    folded = text.casefold()
    for secret in ("ромашк", "nordwind", "звонки_ромашки", "45 - 67"):
        assert secret not in folded, secret
    assert "Звонок от Клиента Б" in text and "телефон]" in text  # "[ телефон]" when read back
    metadata = PdfReader(target).metadata
    assert metadata is not None and "ромашк" not in str(dict(metadata)).casefold()


def test_a_pdf_the_masker_missed_is_refused_and_not_written(
    named: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.leaks import LeakError
    from journal_app.core.pseudonyms import Pseudonymiser

    target = tmp_path / "coach.pdf"
    target.write_bytes(b"%PDF last week's")
    monkeypatch.setattr(Pseudonymiser, "text", lambda self, text: text)
    with pytest.raises(LeakError, match=r"coach\.pdf \(text\), line \d+"):
        named.exports.export(ExportScope(pseudonymise=True), "pdf", target)
    assert target.read_bytes() == b"%PDF last week's"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ""] == ["coach.pdf"]


def test_a_chart_label_that_names_a_client_stops_the_pdf(
    named: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.leaks import LeakError
    from journal_app.pdf import export_pdf

    real = export_pdf.summarise

    def leaky(bundle):  # type: ignore[no-untyped-def]
        summary = real(bundle)
        return type(summary)(summary.months, (("Ромашка", 4),), summary.responses)

    monkeypatch.setattr(export_pdf, "summarise", leaky)
    target = tmp_path / "coach.pdf"
    with pytest.raises(LeakError, match=r"“Ромашка” would have stayed in coach\.pdf \(charts\)"):
        named.exports.export(ExportScope(pseudonymise=True), "pdf", target)
    assert not target.exists()


def test_a_refused_export_is_told_in_the_window_s_language(
    named: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale

    from journal_app.core.leaks import LeakError
    from journal_app.core.pseudonyms import Pseudonymiser
    from journal_app.ui.common.core_messages import said
    from journal_app.ui.common.i18n import TRANSLATIONS

    monkeypatch.setattr(Pseudonymiser, "text", lambda self, text: text)
    with pytest.raises(LeakError) as refused:
        named.exports.export(ExportScope(pseudonymise=True), "md", tmp_path / "coach.md")
    before = QLocale()
    TRANSLATIONS.apply("ru")
    try:
        shown = said(refused.value)
    finally:
        TRANSLATIONS.apply("en")
        QLocale.setDefault(before)
    assert re.fullmatch(
        r"Экспорт остановлен: «Ромашк\w*» остался бы в coach\.md, строка \d+\. "
        r"Ничего не записано\.",
        shown,
    ), shown


def test_charts_are_as_far_apart_as_paragraphs(
    coached: Journal, tmp_path: Path, qapp: QApplication
) -> None:
    """Issue #17: the white between two charts (their blank edges and the gap between their
    paragraphs) is no more than between two paragraphs of an entry."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QPdfWriter, QTextDocument

    from journal_app.pdf.export_pdf import DPI, layout_document

    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(DPI)
    bundle = coached.exports.collect(ExportScope(lang="en"))
    doc, _height = layout_document(bundle, writer, [])
    layout = doc.documentLayout()
    blocks = []
    block = doc.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    # Every block placed (Qt's piecewise layout once left the last entries unprinted).
    assert all(layout.blockBoundingRect(b).height() > 0 for b in blocks if b.text())
    charts = [b for b in blocks if b.text() == "\ufffc"]
    assert len(charts) == 3

    def blank_edges(block) -> float:  # noqa: ANN001
        """The white rows at the foot of a chart's picture and at the head of the next."""
        fmt = block.begin().fragment().charFormat().toImageFormat()
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(fmt.name()))
        white = QColor("white").rgb()
        rows = [
            y
            for y in range(image.height())
            if any(image.pixel(x, y) != white for x in range(0, image.width(), 8))
        ]
        scale = layout.blockBoundingRect(block).height() / image.height()
        return (rows[0] + image.height() - 1 - rows[-1]) * scale

    def gap(first, second) -> float:  # noqa: ANN001
        above = layout.blockBoundingRect(first)
        return layout.blockBoundingRect(second).top() - above.bottom()

    body = [b for b in blocks if "Клиент из Акме опять звонил" in b.text()]
    paragraph = min(gap(b, b.next()) for b in body if b.next().isValid())
    for first, second in zip(charts, charts[1:], strict=False):
        white = gap(first, second) + blank_edges(first) + blank_edges(second)
        assert white <= paragraph + 1, (white, paragraph)


def test_pdf_says_which_agreement_judged_an_incident(
    journal: Journal, qapp: QApplication, tmp_path: Path
) -> None:
    from journal_app.core.agreements import Agreement, parse_days

    register_pdf()
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    journal.clients.set_agreement(
        acme, Agreement(days=parse_days("mon-thu"), end=18 * 60), since=dt.date(2026, 3, 2)
    )
    entry = journal.entries.add(EntryDraft(title="A Friday call", clients=("Acme",)))
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 3, 6, 12, 0),
        )
    )
    target = tmp_path / "coach.pdf"
    journal.exports.export(ExportScope(pseudonymise=True), "pdf", target)
    _, text = pdf_text(target)
    assert "judged by the agreement in force from 2026-03-02" in text
    assert "Acme" not in text
