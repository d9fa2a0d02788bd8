"""The window's export and import: what to offer as the scope (the list, the selection),
where files were last put, and refreshing the window after an import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QFileDialog, QMenu

from ..core.journal import Journal
from .labels import ui_language
from .settings_dialog import documents_folder
from .sidebar import ALL
from .ui_state import UiState

if TYPE_CHECKING:
    from .main_window import MainWindow


class TransferController(QObject):
    def __init__(self, journal: Journal, window: MainWindow, state: UiState) -> None:
        super().__init__(window)
        self._journal = journal
        self._window = window
        self._state = state

    def selected_ids(self) -> tuple[int, ...]:
        w = self._window
        rows = sorted(i.row() for i in w.entry_list.selectionModel().selectedIndexes())
        return tuple(e.id for e in (w.model.entry_at(r) for r in rows) if e is not None)

    def narrowed(self) -> bool:
        """The list shows part of the journal: a search, a filter chip or a sidebar choice."""
        w = self._window
        return w.model.searching or w.search_bar.has_filters() or w.sidebar.current_key != ALL

    def open_export(self, start_with: str = "all") -> None:
        w = self._window
        if not w.editor.flush():
            return
        view = (
            self._journal.exports.ids_in_view(w.model.entry_filter, w.model.query)
            if self.narrowed()
            else None
        )
        from .export_dialog import ExportDialog  # the PDF writer and Markdown: when needed

        selected = self.selected_ids()
        # The folder chosen in Settings; else the last one used; else Documents.
        folder = (
            w.safety.settings.export_folder
            or str(self._state.value("exportFolder", "") or "")
            or documents_folder()
        )
        dialog = ExportDialog(
            self._journal,
            w,
            view_ids=view,
            selected_ids=selected if len(selected) > 1 or start_with == "selected" else (),
            start_with=start_with,
            lang=ui_language(),
            folder=Path(folder) if folder and Path(folder).is_dir() else None,
        )
        dialog.exec()
        if dialog.written is not None:
            self._state.set("exportFolder", str(dialog.written.parent))
            w.statusBar().showMessage(self.tr("Exported to {0}").format(dialog.written), 5000)

    def open_import(self) -> None:
        if not self._window.editor.flush():
            return
        folder = str(self._state.value("importFolder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import a Journal"),
            folder,
            self.tr("Journals (*.json *.txt *.zip);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from .import_dialog import ImportDialog

        self._state.set("importFolder", str(path.parent))
        dialog = ImportDialog(self._journal, path, self._window)
        dialog.read()
        if dialog.exec() and dialog.result_ is not None and dialog.result_.added:
            self._window.reload_everything()

    def list_menu(self, at: QPoint) -> None:
        w = self._window
        menu = QMenu(w)
        selected = len(self.selected_ids())
        w.export_selected_action.setText(self.tr("Export %n Selected Entries…", "", selected))
        w.export_selected_action.setEnabled(selected > 0)
        menu.addAction(w.export_selected_action)
        if self.narrowed():
            menu.addAction(w.export_view_action)
        menu.addSeparator()
        menu.addAction(w.trash_action)
        menu.exec(w.entry_list.viewport().mapToGlobal(at))
