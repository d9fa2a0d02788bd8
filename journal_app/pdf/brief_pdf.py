"""The brief as a PDF: its one page (core.review.brief_page's HTML) laid out by Qt and written
with QPdfWriter, atomically. No widgets, so the command line can write it too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from ..core.files import atomic_path
from ..core.review.brief_page import BriefPage, brief_html
from .export_pdf import DPI, _font, a4_writer, ensure_gui


def write_brief_pdf(page: BriefPage, target: Path) -> None:
    ensure_gui()
    with atomic_path(Path(target)) as partial:
        writer = a4_writer(partial, page.title)
        doc = QTextDocument()
        doc.setDefaultFont(_font(10))
        doc.documentLayout().setPaintDevice(writer)
        rect = writer.pageLayout().paintRectPixels(DPI)
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        doc.setHtml(brief_html(page))
        doc.print_(writer)
