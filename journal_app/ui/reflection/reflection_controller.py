"""Incidents and questions around the open entry, and quick capture from anywhere (Ctrl+Shift+I).

Keeps the incidents panel and the questions panel in step with the editor, and tells the
window (`changed`) when an entry gained or lost incidents so its list and counts follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..common.errors import ask_yes_no, run_or_warn
from ..common.labels import ui_language
from .questions_panel import QuestionsPanel

if TYPE_CHECKING:
    from ...core.journal import Journal
    from .incident_dialog import IncidentDialog


class OpenEntry(Protocol):
    """The editor's controller, as far as reflection needs it (it lives in another room)."""

    entry_id: int | None
    flushers: list[Callable[[], bool]]
    loaded: Any  # Signal(int, bool): an entry (-1: none) opened, read-only or not

    def flush(self) -> bool: ...
    def reload_links(self) -> None: ...


class IncidentList(Protocol):
    """The incidents panel under the editor: shows them, asks to add, edit or remove one."""

    addRequested: Any
    editRequested: Any
    removeRequested: Any

    def set_incidents(self, incidents: list[Any], read_only: bool) -> None: ...


class ReflectionController(QObject):
    changed = Signal(int)  # the entry whose incidents changed
    statusChanged = Signal(str)

    def __init__(
        self,
        journal: Journal,
        editor: OpenEntry,
        incidents: IncidentList,
        questions: QuestionsPanel,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._journal = journal
        self._editor = editor
        self._incidents = incidents
        self._questions = questions
        self._window = window
        self._read_only = True
        editor.flushers.append(questions.flush)
        editor.loaded.connect(self._on_loaded)
        incidents.addRequested.connect(self.add_to_open_entry)
        incidents.editRequested.connect(self.edit)
        incidents.removeRequested.connect(self.remove)
        questions.statusChanged.connect(self.statusChanged)
        questions.ratingsSaved.connect(lambda _id: editor.note_own_change())
        if editor.entry_id is None:
            self._on_loaded(-1, True)

    # -- public ----------------------------------------------------------------------------
    def quick_capture(self) -> int | None:
        """Log an incident in today's entry about its client: the open one if it is today's
        and about that client (or about no one yet), else today's latest about that client,
        else a new one (core finds it). An entry about someone else never gains a client it
        was not about. Returns the entry it went into."""
        from ...core.clients import name_key

        if not self._editor.flush():
            return None
        today = self._open_entry_if_today()
        clients = self._journal.entries.get(today).clients if today is not None else ()

        def target(client: str) -> int | None:
            keys = {name_key(c) for c in clients}
            return today if today is not None and (not keys or name_key(client) in keys) else None

        return self._log(
            target,
            title=self.tr("Log an Incident — filed in today's entry"),
            client=clients[0] if clients else "",
        )

    def add_to_open_entry(self) -> None:
        entry_id = self._editor.entry_id
        if entry_id is not None and not self._read_only and self._editor.flush():
            entry = self._journal.entries.get(entry_id)
            clients = entry.clients
            # An older entry's incident happened on its day (at its time), not now.
            when = (
                None
                if entry.date == dt.date.today()
                else dt.datetime.combine(entry.date, entry.time.replace(second=0, microsecond=0))
            )
            self._log(
                lambda _client: entry_id,
                title=None,
                client=clients[0] if clients else "",
                when=when,
            )

    def edit(self, incident_id: int) -> None:
        incident = self._journal.incidents.get(incident_id, ui_language())
        dialog = self._dialog(incident)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        draft = dialog.draft()
        if self._run(lambda: self._journal.incidents.update(incident_id, draft)):
            self._after_change(incident.entry_id)

    def remove(self, incident_id: int) -> None:
        incident = self._journal.incidents.get(incident_id, ui_language())
        answer = ask_yes_no(
            self._window,
            self.tr("Remove Incident"),
            self.tr("Remove the incident “{0}” with {1}?").format(
                incident.kind.name, incident.client.name
            ),
        )
        if answer and self._run(lambda: self._journal.incidents.delete(incident_id)):
            self._after_change(incident.entry_id)

    def refresh_incidents(self) -> None:
        """The journal changed elsewhere: the open entry's incidents as they are now."""
        entry_id = self._editor.entry_id
        if entry_id is not None:
            self._show_incidents(entry_id)

    # -- private ---------------------------------------------------------------------------
    def _open_entry_if_today(self) -> int | None:
        entry_id = self._editor.entry_id
        if entry_id is None or self._read_only:
            return None
        entry = self._journal.entries.get(entry_id)
        return entry_id if entry.date == dt.date.today() else None

    def _log(
        self,
        entry_for: Callable[[str], int | None],
        title: str | None,
        client: str,
        when: dt.datetime | None = None,
    ) -> int | None:
        """The form, then the incident in the entry `entry_for` picks for the client chosen."""
        dialog = self._dialog(None)
        if when is not None:
            dialog.when.setDateTime(QDateTime(when))
        if title:
            dialog.setWindowTitle(title)
        if client:
            dialog.prefill_client(client)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.draft().client or ""
        draft = dialog.draft(entry_for(chosen))
        added: list[int] = []
        if not self._run(lambda: added.append(self._journal.incidents.add(draft))):
            return None
        target = self._journal.incidents.get(added[0]).entry_id
        self._after_change(target)
        self.statusChanged.emit(self.tr("Incident logged."))
        return target

    def _dialog(self, incident: Any) -> IncidentDialog:
        from .incident_dialog import IncidentDialog  # when an incident is first opened

        lang = ui_language()
        return IncidentDialog(
            self._journal.clients.all(),
            self._journal.kinds.all(lang),
            incident,
            self._window,
            terms=self._journal.clients.terms,
        )

    def _after_change(self, entry_id: int) -> None:
        if entry_id == self._editor.entry_id:
            self._editor.reload_links()
            self._show_incidents(entry_id)
            self._questions.refresh()
        self.changed.emit(entry_id)

    def _on_loaded(self, entry_id: int, read_only: bool) -> None:
        self._read_only = read_only
        if entry_id < 0:
            self._incidents.set_incidents([], read_only=True)
            self._questions.load(None)
            return
        self._show_incidents(entry_id)
        self._questions.load(entry_id, read_only)

    def _show_incidents(self, entry_id: int) -> None:
        found = self._journal.incidents.for_entry(entry_id, ui_language())
        self._incidents.set_incidents(found, self._read_only)

    def _run(self, change: Any) -> bool:
        return run_or_warn(self._window, self.tr("Boundary Journal"), change)
