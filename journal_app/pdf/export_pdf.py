"""The PDF exporter: Qt lays out the same document as the HTML export (QTextDocument) and
writes it with QPdfWriter, with a cover page, the scope's trend charts and page numbers.
No browser. It lives outside core because it draws with Qt; `register_pdf()` adds it to
core's registry of exporters."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..core.exporters import REGISTRY, Exporter, register
from ..core.exporters.html_export import document_html
from ..core.exporters.summary import ExportSummary, summarise
from ..core.exporters.words import word
from ..core.files import atomic_path
from ..core.leaks import checker
from .pagination import keep_together

if TYPE_CHECKING:
    from ..core.exporters.bundle import ExportBundle

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "sans-serif"]
DPI = 300
FOOTER = DPI * 0.35  # the page number's strip at the foot of a page
CHART_GAP = 12  # px between charts: a paragraph's margin (Qt's <p>)
CLIENT_COLOUR, ME_COLOUR = QColor("#d9534f"), QColor("#3b82f6")
RESPONSE_COLOURS = {
    "held": "#10b981",
    "negotiated": "#84cc16",
    "gave_in": "#ef4444",
    "escalated": "#f59e0b",
    "open": "#9ca3af",
}


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def ensure_gui() -> None:
    """QTextDocument and QPdfWriter need a QGuiApplication; the CLI has none, and no screen."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui.app = QGuiApplication([])  # type: ignore[attr-defined]


class _Chart:
    """A small bar chart painted on an image: readable in print, no QtCharts scene needed."""

    W, H = 2000, 900
    PAD = 60

    def __init__(self, title: str, height: int = H, drawn: list[str] | None = None) -> None:
        self.H = height
        self.drawn = drawn if drawn is not None else []
        self.image = QImage(self.W, self.H, QImage.Format.Format_RGB32)
        self.image.fill(QColor("white"))
        self.p = QPainter(self.image)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setFont(_font(30, bold=True))
        self.text(QRectF(0, 0, self.W, 80), Qt.AlignmentFlag.AlignCenter, title)
        self.p.setFont(_font(22))

    def text(self, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        """Draw `text`, and keep it for the leak check: the chart's words are in the PDF."""
        self.drawn.append(text)
        self.p.drawText(rect, flags, text)

    def done(self) -> QImage:
        self.p.end()
        return self.image

    def legend(self, items: list[tuple[str, QColor]]) -> None:
        x = self.PAD
        for text, colour in items:
            self.p.fillRect(QRectF(x, self.H - 60, 30, 30), colour)
            width = self.p.fontMetrics().horizontalAdvance(text)
            self.p.setPen(QColor("#1f2328"))
            self.text(
                QRectF(x + 40, self.H - 65, width + 10, 40), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += width + 100


def months_chart(summary: ExportSummary, lang: str, drawn: list[str] | None = None) -> QImage:
    chart = _Chart(word("incidents", lang), drawn=drawn)
    p = chart.p
    top, bottom = 110.0, chart.H - 150.0
    left, right = 120.0, chart.W - chart.PAD
    highest = max((a + b for _, a, b in summary.months), default=1) or 1
    p.setPen(QColor("#d0d7de"))
    p.drawLine(int(left), int(bottom), int(right), int(bottom))
    slot = (right - left) / max(1, len(summary.months))
    bar = min(120.0, slot * 0.7)
    label_every = max(1, len(summary.months) // 12)
    for n, (month, crossed_mine, crossed_theirs) in enumerate(summary.months):
        x = left + slot * n + (slot - bar) / 2
        y = bottom
        for count, colour in ((crossed_mine, CLIENT_COLOUR), (crossed_theirs, ME_COLOUR)):
            h = (bottom - top) * count / highest
            p.fillRect(QRectF(x, y - h, bar, h), colour)
            y -= h
        p.setPen(QColor("#1f2328"))
        total = crossed_mine + crossed_theirs
        if total:
            chart.text(
                QRectF(x - 20, y - 40, bar + 40, 36), Qt.AlignmentFlag.AlignCenter, str(total)
            )
        if n % label_every == 0:
            chart.text(
                QRectF(x - slot / 2, bottom + 8, bar + slot, 36),
                Qt.AlignmentFlag.AlignCenter,
                month,
            )
    chart.legend([(word("client", lang), CLIENT_COLOUR), (word("me", lang), ME_COLOUR)])
    return chart.done()


def clients_chart(summary: ExportSummary, lang: str, drawn: list[str] | None = None) -> QImage:
    rows = summary.by_client[:12]
    chart = _Chart(word("clients", lang), height=160 + 70 * len(rows), drawn=drawn)
    p = chart.p
    top, label_w = 110.0, 520.0
    row_h = min(70.0, (chart.H - top - 40) / max(1, len(rows)))
    highest = max((n for _, n in rows), default=1)
    for n, (name, count) in enumerate(rows):
        y = top + n * row_h
        p.setPen(QColor("#1f2328"))
        shown = p.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 20))
        chart.drawn.append(name)  # whole: an elided name may still name someone
        chart.text(
            QRectF(chart.PAD, y, label_w - 20, row_h * 0.8),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            shown,
        )
        width = (chart.W - chart.PAD * 2 - label_w - 80) * count / highest
        p.fillRect(QRectF(chart.PAD + label_w, y + row_h * 0.1, width, row_h * 0.6), ME_COLOUR)
        chart.text(
            QRectF(chart.PAD + label_w + width + 10, y, 80, row_h * 0.8),
            Qt.AlignmentFlag.AlignVCenter,
            str(count),
        )
    return chart.done()


def responses_chart(summary: ExportSummary, lang: str, drawn: list[str] | None = None) -> QImage:
    chart = _Chart(word("responses", lang), height=340, drawn=drawn)
    p = chart.p
    total = sum(n for _, n in summary.responses) or 1
    x, y, width, height = chart.PAD, 110.0, chart.W - chart.PAD * 2, 140.0
    for key, count in summary.responses:
        w = width * count / total
        if w <= 0:
            continue
        p.fillRect(QRectF(x, y, w, height), QColor(RESPONSE_COLOURS[key]))
        if w > 90:
            p.setPen(QColor("white"))
            chart.text(
                QRectF(x, y, w, height),
                Qt.AlignmentFlag.AlignCenter,
                f"{round(100 * count / total)}%",
            )
        x += w
    chart.legend(
        [(f"{word(k, lang)} ({n})", QColor(RESPONSE_COLOURS[k])) for k, n in summary.responses if n]
    )
    return chart.done()


def trimmed(image: QImage) -> QImage:
    """The chart without the blank rows above and below what is drawn: the space between
    charts is the document's to give (a paragraph's), not the pictures' margins."""
    white = QColor("white").rgb()

    def blank(y: int) -> bool:
        return all(image.pixel(x, y) == white for x in range(0, image.width(), 4))

    top, bottom = 0, image.height() - 1
    while top < bottom and blank(top):
        top += 1
    while bottom > top and blank(bottom):
        bottom -= 1
    return image.copy(0, top, image.width(), bottom - top + 1)


def layout_document(
    bundle: ExportBundle, writer: QPdfWriter, drawn: list[tuple[str, str]]
) -> tuple[QTextDocument, float]:
    """The document laid out on the writer's pages: the cover, the scope's charts, the
    entries; returns it with the height of a page's text (the footer below it)."""
    lang = bundle.scope.lang
    page = writer.pageLayout().paintRectPixels(DPI)
    doc = QTextDocument()
    doc.setDefaultFont(_font(10))
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(page.width(), page.height() - FOOTER))

    summary = summarise(bundle)
    charts = ""
    if not summary.empty:
        labels: list[str] = []
        images = {
            "chart:months": months_chart(summary, lang, labels),
            "chart:clients": clients_chart(summary, lang, labels),
            "chart:responses": responses_chart(summary, lang, labels),
        }
        images = {url: trimmed(image) for url, image in images.items()}
        drawn += [("charts", label) for label in labels]
        # Image sizes in a QTextDocument are in 96-dpi pixels, whatever the device.
        width = int(page.width() * 96 / DPI)
        for url, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        # One line as tall as the picture (the body's 145 % leading would add half a chart
        # of white below each), and a paragraph's gap between them.
        charts = (
            f"<h2 style='page-break-before: always'>{html.escape(word('trends', lang))}</h2>"
            + "".join(
                f"<p class='chart' style='line-height: 100%; margin: 0 0 {CHART_GAP}px 0'>"
                f"<img src='{url}' width='{width}' "
                f"height='{width * image.height() // image.width()}'></p>"
                for url, image in images.items()
            )
        )
    doc.setHtml(document_html(bundle, extra=charts, page_breaks=True))
    height = page.height() - FOOTER
    keep_together(doc, height)  # headings with their text, no rule on top
    return doc, height


def a4_writer(target: Path, title: str) -> QPdfWriter:
    """A4 pages at DPI with the exports' margins, titled."""
    writer = QPdfWriter(str(target))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Boundary Journal")
    return writer


def render_pdf(
    bundle: ExportBundle, target: Path, drawn: list[tuple[str, str]] | None = None
) -> int:
    """Write the bundle as a PDF at `target`; returns the number of pages. Every text the
    PDF holds is added to `drawn` as (where, text): its metadata, charts, pages, footers."""
    ensure_gui()
    drawn = drawn if drawn is not None else []
    lang = bundle.scope.lang
    writer = a4_writer(target, word("title", lang))
    drawn.append(("metadata", "\n".join([word("title", lang), "Boundary Journal"])))
    page = writer.pageLayout().paintRectPixels(DPI)
    doc, height = layout_document(bundle, writer, drawn)
    drawn.append(("text", doc.toPlainText()))

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {target}")
    try:
        pages = doc.pageCount()
        layout = doc.documentLayout()
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, n * height, page.width(), height)
            painter.setClipRect(context.clip)
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(_font(8))
            painter.setPen(QColor("#59636e"))
            number = word("page", lang).format(n + 1, pages)
            drawn.append(("footer", number))
            painter.drawText(
                QRectF(0, height, page.width(), FOOTER),
                Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom,
                number,
            )
    finally:
        painter.end()
    return pages


class PdfExporter(Exporter):
    name = "pdf"
    extension = "pdf"
    label = "PDF (to read with a coach)"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        """The leak check reads the texts exactly as they were drawn (not the PDF read back:
        a text extractor may split a word that the PDF holds whole)."""
        check = checker(bundle)
        with atomic_path(target) as partial:
            drawn: list[tuple[str, str]] = []
            render_pdf(bundle, partial, drawn)
            if check is not None:
                check.texts((f"{Path(target).name} ({where})", text) for where, text in drawn)


def register_pdf() -> None:
    if "pdf" not in REGISTRY:
        register(PdfExporter)
