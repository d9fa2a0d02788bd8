"""Loads an entry into the editor and saves it as the person types: no Save button to forget.

Edits are written within a second of the last keystroke (a debounce), when another entry is
opened, and when the window closes (`flush`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QColor

from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.records import EntryDraft, EntryRecord
from . import markdown_edit
from .core_messages import said
from .editor_view import EditorView
from .errors import ask_yes_no

AUTOSAVE_MS = 600
HIGHLIGHT = QColor(255, 213, 79, 150)


class EditorController(QObject):
    saved = Signal(int, bool)  # entry id, whether its clients or tags changed
    statusChanged = Signal(str)
    wordCountChanged = Signal(int)
    restoreRequested = Signal(int)
    purgeRequested = Signal(int)
    loaded = Signal(int, bool)  # entry id (-1: none), read-only (in the Trash)

    def __init__(self, journal: Journal, view: EditorView, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.view = view
        self._entry: EntryRecord | None = None
        self._loading = False
        self._dirty = False
        self._highlight: list[str] = []
        # Panels beside the editor with edits of their own to save before the entry changes.
        self.flushers: list[Callable[[], bool]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        view.clients.confirm_new = self._confirm_new_client
        for signal in (
            view.title.textEdited,
            view.body.textChanged,
            view.date.dateChanged,
            view.time.timeChanged,
            view.private.toggled,
            view.clients.changed,
            view.tags.changed,
        ):
            signal.connect(self._on_edited)
        view.body.textChanged.connect(self._on_body_changed)
        view.bold.triggered.connect(lambda: markdown_edit.wrap_selection(view.body, "**"))
        view.italic.triggered.connect(lambda: markdown_edit.wrap_selection(view.body, "*"))
        view.heading.triggered.connect(lambda: markdown_edit.prefix_lines(view.body, "## "))
        view.bullets.triggered.connect(lambda: markdown_edit.prefix_lines(view.body, "- "))
        view.quote.triggered.connect(lambda: markdown_edit.prefix_lines(view.body, "> "))
        view.preview_toggle.toggled.connect(self._on_preview_toggled)
        view.restore_button.clicked.connect(self._on_restore)
        view.purge_button.clicked.connect(self._on_purge)
        self.refresh_choices()
        self.load(None)

    # -- public --------------------------------------------------------------------------------
    @property
    def entry_id(self) -> int | None:
        return self._entry.id if self._entry else None

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, entry_id: int | None) -> bool:
        """Show an entry (saving the one being left first); None shows the empty page.

        False, and nothing changes, when the entry being left could not be saved: its edits
        stay on screen rather than being thrown away.
        """
        if not self.flush():
            return False
        self._entry = self._journal.entries.get(entry_id) if entry_id is not None else None
        v = self.view
        if self._entry is None:
            v.setCurrentIndex(0)
            self.wordCountChanged.emit(-1)
            self.loaded.emit(-1, True)
            return True
        e = self._entry
        self._loading = True
        try:
            v.date.setDate(QDate(e.date.year, e.date.month, e.date.day))
            v.time.setTime(QTime(e.time.hour, e.time.minute))
            v.title.setText(e.title)
            v.private.setChecked(e.private)
            v.clients.set_tokens(list(e.clients))
            v.tags.set_tokens(list(e.tags))
            v.body.setPlainText(e.body)
            v.body.document().clearUndoRedoStacks()
            v.preview.setMarkdown(e.body)
        finally:
            self._loading = False
        read_only = e.deleted_at is not None
        v.trash_banner.setVisible(read_only)
        for widget in (v.title, v.body):
            widget.setReadOnly(read_only)
        for widget in (v.date, v.time, v.private, v.toolbar):
            widget.setEnabled(not read_only)
        v.clients.setReadOnly(read_only)
        v.tags.setReadOnly(read_only)
        v.setCurrentIndex(1)
        self._dirty = False
        self._apply_highlight()
        self.wordCountChanged.emit(markdown_edit.word_count(e.body))
        self.loaded.emit(e.id, read_only)
        return True

    def flush(self) -> bool:
        """Save now if anything changed. False when the save failed (the edits are kept)."""
        self._timer.stop()
        if not all([flush() for flush in self.flushers]):
            return False
        if not self._dirty or self._entry is None:
            return True
        self.statusChanged.emit(self.tr("Saving…"))
        v = self.view
        draft = EntryDraft(
            date=v.date.date().toPython(),  # type: ignore[arg-type]
            time=v.time.time().toPython(),  # type: ignore[arg-type]
            title=v.title.text(),
            body=v.body.toPlainText(),
            private=v.private.isChecked(),
            clients=tuple(v.clients.tokens()),
            tags=tuple(v.tags.tokens()),
        )
        before = self._entry
        try:
            self._journal.entries.update(before.id, draft)
            self._entry = self._journal.entries.get(before.id)
        except JournalError as error:
            self.statusChanged.emit(self.tr("Not saved: {0}").format(said(error)))
            return False
        self._dirty = False
        links = (before.clients, before.tags) != (self._entry.clients, self._entry.tags)
        self.statusChanged.emit(self.tr("Saved"))
        self.saved.emit(before.id, links)
        return True

    def reload_links(self) -> None:
        """Something else (an incident) linked a client to the open entry: show it, unsaved
        edits untouched."""
        if self._entry is None:
            return
        self._entry = self._journal.entries.get(self._entry.id)
        self._loading = True
        try:
            self.view.clients.set_tokens(list(self._entry.clients))
        finally:
            self._loading = False

    def focus_title(self) -> None:
        self.view.title.setFocus()
        self.view.title.selectAll()

    def set_highlight(self, words: list[str]) -> None:
        self._highlight = words
        self._apply_highlight()

    def refresh_choices(self) -> None:
        clients = self._journal.clients.names()
        self.view.clients.set_choices(
            [name for name, _colour, archived in clients if not archived],
            {name: colour for name, colour, _archived in clients},
        )
        self.view.tags.set_choices(self._journal.tags.names())

    # -- private -------------------------------------------------------------------------------
    def _on_edited(self, *_args: object) -> None:
        if self._loading or self._entry is None or self._entry.deleted_at is not None:
            return
        self._dirty = True
        self.statusChanged.emit(self.tr("Saving…"))
        self._timer.start()

    def _on_body_changed(self) -> None:
        if not self._loading:
            self.wordCountChanged.emit(markdown_edit.word_count(self.view.body.toPlainText()))
            self._apply_highlight()

    def _on_preview_toggled(self, on: bool) -> None:
        if on:
            self.view.preview.setMarkdown(self.view.body.toPlainText())
        self.view.body_stack.setCurrentIndex(1 if on else 0)

    def _apply_highlight(self) -> None:
        markdown_edit.highlight_words(self.view.body, self._highlight, HIGHLIGHT)

    def _confirm_new_client(self, name: str) -> bool:
        answer = ask_yes_no(
            self.view,
            self.tr("New client"),
            self.tr("“{0}” is not a client yet. Create it?").format(name),
            default_yes=True,
        )
        return answer

    def _on_restore(self) -> None:
        if self._entry is not None:
            self.restoreRequested.emit(self._entry.id)

    def _on_purge(self) -> None:
        if self._entry is not None:
            self.purgeRequested.emit(self._entry.id)
