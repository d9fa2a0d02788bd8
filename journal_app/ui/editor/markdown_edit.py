"""Small Markdown edits on a QPlainTextEdit: wrap the selection, or prefix the selected lines."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...core.search_query import fold


def wrap_selection(edit: QPlainTextEdit, marker: str) -> None:
    """**bold** / *italic*: wrap the selection, or insert a pair with the cursor between."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    text = cursor.selectedText()
    if text:
        cursor.insertText(f"{marker}{text}{marker}")
    else:
        cursor.insertText(marker * 2)
        cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def prefix_lines(edit: QPlainTextEdit, prefix: str) -> None:
    """Toggle a line prefix ("# ", "- ", "> ") on every line the selection touches."""
    cursor = edit.textCursor()
    doc = edit.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    last = doc.findBlock(cursor.selectionEnd()).blockNumber()
    blocks = [doc.findBlockByNumber(n) for n in range(first, last + 1)]
    remove = all(block.text().startswith(prefix) for block in blocks)
    cursor.beginEditBlock()
    for block in blocks:
        at = QTextCursor(block)
        if remove:
            at.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
            )
            at.removeSelectedText()
        else:
            at.insertText(prefix)
    cursor.endEditBlock()


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def highlight_words(edit: QPlainTextEdit, words: list[str], colour: QColor) -> int:
    """Mark every word that starts with one of `words` (as search matches); returns how many."""
    selections: list[QTextEdit.ExtraSelection] = []
    if words:
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\w*", re.IGNORECASE
        )
        text = fold(edit.toPlainText())
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        doc: QTextDocument = edit.document()
        for match in pattern.finditer(text):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(_utf16(text, match.start()))
            cursor.setPosition(_utf16(text, match.end()), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
    edit.setExtraSelections(selections)
    return len(selections)


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ after emoji)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)
