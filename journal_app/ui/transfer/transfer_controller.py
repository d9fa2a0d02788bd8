"""The window's export and import: what to offer as the scope (the list, the selection),
where files were last put, and refreshing the window after an import.

It owns the Export… and Import… actions and is given what it asks of the list through
callables: `selection()` (the selected entries' ids) and `view()` (the list's filter and
query when it shows part of the journal, else None). Its `import_notes(path)`, set by the
window, takes a coach's notes (.bjnotes) chosen in Import…, as `import FILE.bjnotes` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.records import EntryFilter
from ...core.settings import Settings
from ..common.folders import documents_folder
from ..common.labels import ui_language
from ..common.ui_state import UiState
from ..common.widgets import make_action

if TYPE_CHECKING:
    from ...core.journal import Journal


class TransferController(QObject):
    message = Signal(str, int)  # for the status bar: the text, and for how many ms
    journalReplaced = Signal()  # an import added entries: show the journal anew

    def __init__(
        self,
        journal: Journal,
        state: UiState,
        settings: Settings,
        parent: QWidget,
        flush: Callable[[], bool],
        selection: Callable[[], tuple[int, ...]],
        view: Callable[[], tuple[EntryFilter, str] | None],
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._state = state
        self._settings = settings
        self._parent = parent  # what its dialogs open over
        self._flush = flush
        self._selection = selection
        self._view = view
        self.import_notes: Callable[[Path], object] | None = None  # the window sets it
        self.export_action = self._action(
            self.tr("&Export…"), lambda: self.open_export(), "export", "Ctrl+Shift+E"
        )
        self.export_selected_action = self._action(
            self.tr("Export &Selected Entries…"),
            lambda: self.open_export("selected"),
            "exportSelected",
        )
        self.export_view_action = self._action(
            self.tr("Export the Entries in the &List…"),
            lambda: self.open_export("view"),
            "exportView",
        )
        self.import_action = self._action(
            self.tr("&Import…"), self.open_import, "import", "Ctrl+Shift+O"
        )

    def _action(self, text: str, slot: Callable[[], object], name: str, *keys: str) -> QAction:
        return make_action(self._parent, text, slot, name, *keys)

    def selected_ids(self) -> tuple[int, ...]:
        return self._selection()

    def narrowed(self) -> bool:
        """The list shows part of the journal: a search, a filter chip or a sidebar choice."""
        return self._view() is not None

    def list_actions(self) -> list[QAction]:
        """What the entry list's context menu offers to export, its text fitting the
        selection."""
        selected = len(self.selected_ids())
        self.export_selected_action.setText(self.tr("Export %n Selected Entries…", "", selected))
        self.export_selected_action.setEnabled(selected > 0)
        if self.narrowed():
            return [self.export_selected_action, self.export_view_action]
        return [self.export_selected_action]

    def offered(self, start_with: str = "all") -> tuple[tuple[int, ...] | None, tuple[int, ...]]:
        """What an export (or a review) offers as its scope besides all entries: the entries
        the list shows when it shows part of the journal (else None), and the selected ones
        when more than one is selected (or the person asked for the selection)."""
        shown = self._view()
        view = self._journal.exports.ids_in_view(*shown) if shown is not None else None
        selected = self.selected_ids()
        return view, selected if len(selected) > 1 or start_with == "selected" else ()

    def open_export(self, start_with: str = "all") -> None:
        if not self._flush():
            return
        view, selected = self.offered(start_with)
        from .export_dialog import ExportDialog  # the PDF writer and Markdown: when needed

        # The folder chosen in Settings; else the last one used; else Documents.
        folder = (
            self._settings.export_folder
            or str(self._state.value("exportFolder", "") or "")
            or documents_folder()
        )
        dialog = ExportDialog(
            self._journal,
            self._parent,
            view_ids=view,
            selected_ids=selected,
            start_with=start_with,
            lang=ui_language(),
            folder=Path(folder) if folder and Path(folder).is_dir() else None,
        )
        dialog.exec()
        if dialog.written is not None:
            self._state.set("exportFolder", str(dialog.written.parent))
            self.message.emit(self.tr("Exported to {0}").format(dialog.written), 5000)

    def open_import(self) -> None:
        if not self._flush():
            return
        from .import_dialog import file_filter

        folder = str(self._state.value("importFolder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a Journal"),
            folder,
            file_filter(notes=self.import_notes is not None),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from .import_dialog import ImportDialog

        self._state.set("importFolder", str(path.parent))
        if path.suffix.lower() == ".bjnotes" and self.import_notes is not None:
            self.import_notes(path)  # a coach's notes, as `import FILE.bjnotes` takes them
            return
        dialog = ImportDialog(self._journal, path, self._parent)
        dialog.read()
        if dialog.exec() and dialog.result_ is not None and dialog.result_.added:
            self.journalReplaced.emit()
