"""Page breaks a reader expects, which QTextDocument's own pagination does not know: a
heading stays with what follows it (no "Boundary incidents" alone at the foot of a page,
its list on the next), and no page starts with an entry's separating rule."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
AT_TOP = 24.0  # a block starting this close to a page's top starts the page
MAX_PASSES = 400  # each pass moves one heading or drops one rule; a document has fewer


def page_of(y: float, height: float) -> int:
    return int(y // height)


def is_rule(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(RULE)


def starts_page(doc: QTextDocument, block: QTextBlock, height: float) -> bool:
    top = doc.documentLayout().blockBoundingRect(block).top()
    return top > 0 and top - page_of(top, height) * height < AT_TOP


def orphaned(doc: QTextDocument, block: QTextBlock, height: float) -> bool:
    """A heading at the foot of a page whose next block begins on the next page."""
    following = block.next()
    if block.blockFormat().headingLevel() == 0 or not following.isValid():
        return False
    if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    layout = doc.documentLayout()
    here = layout.blockBoundingRect(block)
    there = layout.blockBoundingRect(following)
    first_line = there.top() + min(there.height(), 2 * here.height())
    return page_of(here.top(), height) != page_of(first_line - 1, height)


def keep_together(doc: QTextDocument, height: float) -> None:
    """Move orphaned headings to the next page and drop rules that would start a page,
    one at a time (each change lays the rest out anew). Qt lays a changed document out
    again piece by piece and can leave its tail unplaced (blocks of no height, which are
    then not printed: the last entries were missing), so once nothing more needs moving the
    whole document is laid out again and looked at once more."""
    whole = False
    for _ in range(MAX_PASSES):
        if _one_change(doc, height):
            whole = False
        elif whole:
            return
        else:
            doc.markContentsDirty(0, doc.characterCount())
            whole = True


def _one_change(doc: QTextDocument, height: float) -> bool:
    block = doc.begin()
    while block.isValid():
        if is_rule(block) and starts_page(doc, block, height):
            _set(block, lambda f: f.clearProperty(RULE))
            return True
        if orphaned(doc, block, height):
            _set(
                block,
                lambda f: f.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore),
            )
            return True
        block = block.next()
    return False


def _set(block: QTextBlock, change) -> None:  # noqa: ANN001
    fmt = QTextBlockFormat(block.blockFormat())
    change(fmt)
    cursor = QTextCursor(block)
    cursor.setBlockFormat(fmt)
