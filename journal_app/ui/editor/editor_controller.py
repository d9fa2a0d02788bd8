"""Loads an entry into the editor and saves it as the person types: no Save button to forget.

Edits are written after a short pause in typing and never later than a second after the
first unsaved change (`SaveTimer`), when another entry is opened, and when the window closes
(`flush`).

A save never overwrites a change made elsewhere (the command line, another program): it is
conditional on the entry being as it was read. When it is not, and the two changed different
fields, both changes go into the entry; when they changed the same one, both versions are
kept — the other one stays in the entry, the person's goes into a new entry, which stays
open — and the status bar says so (`conflicted`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, QTime, Signal
from PySide6.QtGui import QColor

from ...core.errors import EntryChangedError, JournalError, NotFoundError
from ...core.records import EntryDraft, EntryRecord
from ..common.core_messages import said
from ..common.errors import ask_yes_no
from ..common.save_timer import SaveTimer
from . import markdown_edit
from .editor_view import EditorView
from .entry_fields import content, draft_fields, fields, show_fields

if TYPE_CHECKING:
    from ...core.journal import Journal

HIGHLIGHT = QColor(255, 213, 79, 150)


def own_write_direct(write: Callable[[], Any]) -> Any:
    return write()


class EditorController(QObject):
    saved = Signal(int, bool)  # entry id, whether its clients or tags changed
    statusChanged = Signal(str)
    wordCountChanged = Signal(int)
    restoreRequested = Signal(int)
    purgeRequested = Signal(int)
    loaded = Signal(int, bool)  # entry id (-1: none), read-only (in the Trash)
    # The entry changed elsewhere while the person was editing it: (the entry, the new
    # entry holding the person's version, what to tell them).
    conflicted = Signal(int, int, str)

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
        # Runs each save: the window wraps it to tell its own writes from others'.
        self.own_write: Callable[[Callable[[], Any]], Any] = own_write_direct
        self.saver = SaveTimer(self)
        self.saver.due.connect(self.flush)

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
            v.title.setCursorPosition(0)  # a long title shows its beginning, not its end
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
        self.saver.stop()
        if not all([flush() for flush in self.flushers]):
            return False
        if not self._dirty or self._entry is None:
            return True
        self.statusChanged.emit(self.tr("Saving…"))
        for attempt in (1, 2):
            draft, before = self._draft(), self._entry
            try:
                self.own_write(
                    lambda d=draft, b=before: self._journal.entries.update(
                        b.id, d, expected_updated_at=b.updated_at
                    )
                )
                self._entry = self._journal.entries.get(before.id)
                break
            except EntryChangedError:
                # Changed elsewhere since it was read: theirs and these edits together, if
                # they touch different fields (then saved over the new version), else both.
                if attempt == 2 or not self._merge_theirs(draft):
                    return self._keep_both(draft)
            except NotFoundError:
                return self._keep_both(draft)
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
        self.note_own_change()
        self._loading = True
        try:
            self.view.clients.set_tokens(list(self._entry.clients))
        finally:
            self._loading = False

    def note_own_change(self) -> None:
        """The window itself changed the open entry beside the editor (a rating, an
        incident's client): take its new stamp, so the next save is not taken for a clash.
        If its text changed too, someone else was at work: the stamp stays, and the next
        save finds the clash."""
        if self._entry is None:
            return
        try:
            fresh = self._journal.entries.get(self._entry.id)
        except NotFoundError:
            return
        if content(fresh) == content(self._entry):
            self._entry = fresh
        else:
            self._entry = dataclasses.replace(
                self._entry, client_refs=fresh.client_refs, ratings=fresh.ratings
            )

    def check_external(self) -> None:
        """The journal was written elsewhere: if the open entry changed, show its new
        version, or, with unsaved edits, keep both (see the module's docstring)."""
        entry = self._entry
        if entry is None:
            return
        try:
            fresh: EntryRecord | None = self._journal.entries.get(entry.id)
        except NotFoundError:
            fresh = None
        except JournalError:
            return  # unreadable just now: the next look will tell
        if fresh is not None and (fresh.updated_at, fresh.deleted_at) == (
            entry.updated_at,
            entry.deleted_at,
        ):
            return
        if self._dirty:
            if not self._merge_theirs(self._draft()):
                self._keep_both(self._draft())
            return
        if fresh is None:
            self.load(None)
            return
        v = self.view
        title_at, body_at = v.title.cursorPosition(), v.body.textCursor().position()
        self.load(entry.id)
        v.title.setCursorPosition(min(title_at, len(v.title.text())))
        cursor = v.body.textCursor()
        cursor.setPosition(min(body_at, len(v.body.toPlainText())))
        v.body.setTextCursor(cursor)
        self.statusChanged.emit(self.tr("Changed elsewhere: showing the new version"))

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
    def _draft(self) -> EntryDraft:
        v = self.view
        return EntryDraft(
            date=v.date.date().toPython(),  # type: ignore[arg-type]
            time=v.time.time().toPython(),  # type: ignore[arg-type]
            title=v.title.text(),
            body=v.body.toPlainText(),
            private=v.private.isChecked(),
            clients=tuple(v.clients.tokens()),
            tags=tuple(v.tags.tokens()),
        )

    def _merge_theirs(self, draft: EntryDraft) -> bool:
        """The entry changed elsewhere under unsaved edits. If the two changed different
        fields (a tag added on the command line, the body typed here), show theirs beside
        the edits, which are saved over the new version soon. False when they overlap."""
        assert self._entry is not None
        try:
            fresh = self._journal.entries.get(self._entry.id)
        except JournalError:
            return False
        if fresh.deleted_at != self._entry.deleted_at:
            return False
        base, theirs, mine = fields(self._entry), fields(fresh), draft_fields(draft)
        changed_here = {k for k in base if mine[k] != base[k]}
        changed_there = {k for k in base if theirs[k] != base[k]}
        if changed_here & changed_there:
            return False
        self._loading = True
        try:
            show_fields(self.view, fresh, changed_there)
        finally:
            self._loading = False
        self._entry = fresh
        self.saver.changed()
        self.statusChanged.emit(self.tr("Changed elsewhere too: both changes are kept"))
        return True

    def _keep_both(self, draft: EntryDraft) -> bool:
        """The entry changed (or went) elsewhere under unsaved edits: they go into a new
        entry, which stays open; the entry keeps the other version."""
        assert self._entry is not None
        original = self._entry
        name = draft.title.strip() if draft.title else ""
        title = self.tr("{0} (your version)").format(name or self.tr("Untitled"))
        copy = dataclasses.replace(draft, title=title)
        try:
            copy_id = self.own_write(lambda: self._journal.entries.add(copy))
            self._entry = self._journal.entries.get(copy_id)
        except JournalError as error:
            self.statusChanged.emit(self.tr("Not saved: {0}").format(said(error)))
            return False
        self._dirty = False
        self._loading = True
        try:
            self.view.title.setText(self._entry.title)
        finally:
            self._loading = False
        message = self.tr(
            "This entry was changed elsewhere while you were writing. Both versions are "
            "kept: yours is now “{0}”."
        ).format(title)
        self.statusChanged.emit(self.tr("Saved as a new entry"))
        self.loaded.emit(copy_id, False)
        self.conflicted.emit(original.id, copy_id, message)
        return True

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self._entry is None or self._entry.deleted_at is not None:
            return
        self._dirty = True
        self.statusChanged.emit(self.tr("Saving…"))
        self.saver.changed()

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
