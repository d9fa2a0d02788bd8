"""The coach's notes beside the entry shown (the account manager's side): read-only,
marked as the coach's, dated. Hidden when the entry has none."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.errors import JournalError

if TYPE_CHECKING:
    from ...core.journal import Journal


class CoachNotesPanel(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("coachNotesPanel")
        self.text = QLabel(self)
        self.text.setObjectName("coachNotes")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("The coach's notes, read only"))
        self.text.setStyleSheet(
            "background: palette(alternate-base); border-left: 3px solid palette(highlight);"
            " padding: 6px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.text)
        self.hide()

    def show_entry(self, entry_id: int | None) -> None:
        if entry_id is None:
            self.hide()
            return
        try:
            entry = self._journal.entries.get(entry_id)
            incidents = self._journal.incidents.for_entry(entry_id)
            notes = self._journal.reviews.for_targets([entry.uuid, *(i.uuid for i in incidents)])
        except JournalError:
            self.hide()
            return
        if not notes:
            self.hide()
            return
        heading = self.tr("Coach’s notes (read only)")
        lines = [f"<b>{html.escape(heading)}</b>"]
        for note in notes:
            on = self.tr("on the entry") if note.on == "entry" else self.tr("on an incident")
            when = note.at.astimezone().strftime("%Y-%m-%d")
            lines.append(
                f"<i>{html.escape(when)}, {html.escape(on)}:</i> "
                + html.escape(note.text).replace("\n", "<br>")
            )
        self.text.setText("<br>".join(lines))
        self.show()
