"""The coach's notes in the review window: the list of their notes on the entry shown and on
the whole review, and the box to write one. A note of the list is edited with F2, Enter or a
double click (or Edit), and removed with Delete (or the button), after a question. Notes are
kept in the coach's own journal; the review's contents never are."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.review.document import OpenedReview
from ..common.errors import ask_yes_no, show_error

if TYPE_CHECKING:
    from ...core.journal import Journal
    from ...core.review.service import NoteRecord

ROLE_NOTE = Qt.ItemDataRole.UserRole


class ReviewNotes(QWidget):
    changed = Signal()  # a note was added, edited or removed

    def __init__(self, review: OpenedReview, own: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._review, self._own = review, own
        self._editing: str | None = None  # the uuid of the note being edited
        self._shown: Callable[[], tuple[str | None, list[str]]] = lambda: (None, [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("My notes:"), self), 1)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName("reviewEditNote")
        self.edit_button.setToolTip(self.tr("Edit the chosen note (F2)"))
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setObjectName("reviewDeleteNote")
        self.delete_button.setToolTip(self.tr("Delete the chosen note (Delete)"))
        heading.addWidget(self.edit_button)
        heading.addWidget(self.delete_button)
        layout.addLayout(heading)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewNotes")
        self.list.setAccessibleName(self.tr("My notes on this entry and on the review"))
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        on_label = QLabel(self.tr("N&ote on:"), self)
        row.addWidget(on_label)
        self.target = QComboBox(self)
        on_label.setBuddy(self.target)
        self.target.setObjectName("reviewNoteTarget")
        self.target.setAccessibleName(self.tr("What the note is about"))
        row.addWidget(self.target, 1)
        layout.addLayout(row)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reviewNoteText")
        self.text.setAccessibleName(self.tr("The note"))
        self.text.setPlaceholderText(
            self.tr("A note for the person; on the summary: topics for the next session")
        )
        self.text.setMaximumHeight(110)
        self.text.installEventFilter(self)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("reviewCancelEdit")
        self.cancel_button.hide()
        self.add_button = QPushButton(self.tr("&Add Note"), self)
        self.add_button.setObjectName("reviewAddNote")
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_or_save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.list.currentItemChanged.connect(lambda _now, _before: self._enable())
        self._enable()

    # -- what is shown --------------------------------------------------------------------
    def show_targets(self, entry: tuple[str, str] | None, incidents: list[tuple[str, str]]) -> None:
        """The note box's choices: (label, uuid) of the entry and its incidents, then the
        summary; and the notes on them."""
        self.cancel_edit()
        self.target.clear()
        if entry is not None:
            self.target.addItem(self.tr("This entry"), ("entry", entry[1]))
        for label, uuid in incidents:
            self.target.addItem(label, ("incident", uuid))
        self.target.addItem(self.tr("The whole review (summary)"), ("summary", ""))
        self.target.setCurrentIndex(0)
        entry_uuid = entry[1] if entry else None
        uuids = [uuid for _, uuid in incidents]
        self._shown = lambda: (entry_uuid, uuids)
        self.refresh()

    def refresh(self) -> None:
        entry_uuid, incident_uuids = self._shown()
        self.list.clear()
        for note in self._own.reviews.notes(self._review.review_id):
            where = self._where(note, entry_uuid, incident_uuids)
            if where is None:
                continue
            item = QListWidgetItem(f"{where} · {note.at.astimezone():%Y-%m-%d %H:%M}: {note.text}")
            item.setData(ROLE_NOTE, (note.uuid, note.text))
            self.list.addItem(item)
        self._enable()

    def _where(self, note: NoteRecord, entry: str | None, incidents: list[str]) -> str | None:
        if note.on == "summary":
            return self.tr("Summary")
        if note.target_uuid == entry:
            return self.tr("Entry")
        if note.target_uuid in incidents:
            return self.tr("Incident")
        return None

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- writing --------------------------------------------------------------------------
    def _on_add_or_save(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        try:
            if self._editing is not None:
                self._own.reviews.edit_note(self._editing, text)
            else:
                on, target = self.target.currentData()
                self._own.reviews.add_note(self._review, on, target, text)
        except JournalError as error:
            show_error(self, self.tr("Note"), error)
            return
        self.cancel_edit()
        self.text.clear()
        self.refresh()
        self.changed.emit()

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        uuid, text = item.data(ROLE_NOTE)
        self._editing = uuid
        self.text.setPlainText(text)
        self.target.setEnabled(False)
        self.add_button.setText(self.tr("&Save Note"))
        self.cancel_button.show()
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def cancel_edit(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self.text.clear()
        self.target.setEnabled(True)
        self.add_button.setText(self.tr("&Add Note"))
        self.cancel_button.hide()

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        uuid, text = item.data(ROLE_NOTE)
        shown = text if len(text) <= 60 else text[:59] + "…"
        if not ask_yes_no(
            self, self.tr("Delete Note"), self.tr("Delete your note “{0}”?").format(shown)
        ):
            return
        try:
            self._own.reviews.delete_note(uuid)
        except JournalError as error:
            show_error(self, self.tr("Delete Note"), error)
            return
        if self._editing == uuid:
            self.cancel_edit()
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.list:
                if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.edit_current()
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.delete_current()
                    return True
            elif watched is self.text:
                if key == Qt.Key.Key_Escape and self._editing is not None:
                    self.cancel_edit()
                    self.list.setFocus()
                    return True
                ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._on_add_or_save()
                    return True
        return super().eventFilter(watched, event)
