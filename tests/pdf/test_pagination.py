"""A heading stays with what follows it across a page break, and no page starts with a rule."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from journal_app.pdf.pagination import is_rule, keep_together, orphaned, starts_page

PAGE = QSizeF(500, 400)


def document(fillers: int) -> QTextDocument:
    doc = QTextDocument()
    doc.setPageSize(PAGE)
    filler = "".join(f"<p>Line {n} of what happened that day.</p>" for n in range(fillers))
    doc.setHtml(
        f"<h2>Monday</h2>{filler}<h3>Boundary incidents</h3><ul><li>Called at 23:00</li>"
        "<li>Asked for a favour</li></ul><hr><h2>Tuesday</h2><p>Quiet.</p><hr>"
        "<h2>Wednesday</h2><p>Quiet again.</p>"
    )
    return doc


def blocks(doc: QTextDocument) -> list:
    found, block = [], doc.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_headings_keep_with_their_text_and_rules_never_start_a_page(qapp: QApplication) -> None:
    orphans = rules = 0
    for fillers in range(1, 40):
        doc = document(fillers)
        h = PAGE.height()
        orphans += any(orphaned(doc, b, h) for b in blocks(doc))
        rules += any(is_rule(b) and starts_page(doc, b, h) for b in blocks(doc))
        keep_together(doc, h)
        assert not any(orphaned(doc, b, h) for b in blocks(doc)), fillers
        assert not any(is_rule(b) and starts_page(doc, b, h) for b in blocks(doc)), fillers
        assert "Called at 23:00" in doc.toPlainText()  # nothing lost on the way
    assert orphans and rules  # the layouts tried include both faults before the fix
