"""An entry's fields as the editor shows and writes them: made comparable with what was
read (to tell which fields changed here and which elsewhere), and put back on screen one by
one when the other side's change is merged in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTime

from ...core.records import EntryDraft, EntryRecord
from .editor_view import EditorView


def _names(names: Any) -> tuple[str, ...]:
    return tuple(sorted(n.casefold() for n in names or ()))


def fields(e: EntryRecord) -> dict[str, Any]:
    """What the editor writes, made comparable with `draft_fields`."""
    return {
        "date": e.date,
        "time": e.time.replace(second=0, microsecond=0),
        "title": e.title.strip(),
        "body": e.body,
        "private": e.private,
        "clients": _names(e.clients),
        "tags": _names(e.tags),
    }


def draft_fields(d: EntryDraft) -> dict[str, Any]:
    return {
        "date": d.date,
        "time": d.time.replace(second=0, microsecond=0) if d.time else None,
        "title": (d.title or "").strip(),
        "body": d.body,
        "private": d.private,
        "clients": _names(d.clients),
        "tags": _names(d.tags),
    }


def content(e: EntryRecord) -> tuple[Any, ...]:
    """What the editor shows and writes, links to clients aside (incidents add those)."""
    return (e.date, e.time, e.title, e.body, e.private, e.tags, e.deleted_at)


def show_fields(v: EditorView, e: EntryRecord, which: set[str]) -> None:
    """Put these fields of `e` on screen, the cursor kept where it was."""
    if "date" in which:
        v.date.setDate(QDate(e.date.year, e.date.month, e.date.day))
    if "time" in which:
        v.time.setTime(QTime(e.time.hour, e.time.minute))
    if "title" in which:
        at = v.title.cursorPosition()
        v.title.setText(e.title)
        v.title.setCursorPosition(min(at, len(e.title)))
    if "private" in which:
        v.private.setChecked(e.private)
    if "clients" in which:
        v.clients.set_tokens(list(e.clients))
    if "tags" in which:
        v.tags.set_tokens(list(e.tags))
    if "body" in which:
        at = v.body.textCursor().position()
        v.body.setPlainText(e.body)
        cursor = v.body.textCursor()
        cursor.setPosition(min(at, len(e.body)))
        v.body.setTextCursor(cursor)
