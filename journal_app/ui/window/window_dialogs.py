"""The other windows and dialogs the main window opens over itself: clients, incident kinds,
your questions, the Trends (the journal's, and a coach's review), keyboard shortcuts, About.
A part of `MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ... import __version__
from ..trends.trends_keys import trends_shortcut_rows

if TYPE_CHECKING:
    from ...core.journal import Journal
    from ..review.review_window import ReviewWindow


class WindowDialogs:
    """Mixed into MainWindow (see there for the members used)."""

    _journal: Journal
    editor: Any
    trends_window: Any

    def open_clients(self) -> None:
        from ..clients.clients_dialog import ClientsDialog  # loaded when first opened

        self.editor.flush()
        dialog = ClientsDialog(self._journal, self)
        dialog.clientsChanged.connect(self._on_clients_changed)
        dialog.plansChanged.connect(self.plans.changed)
        dialog.exec()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog  # loaded when first opened

        ShortcutsDialog(self.all_actions(), self, trends_shortcut_rows()).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Boundary Journal"),
            self.tr(
                "<h3>Boundary Journal {0}</h3><p>A private journal about professional "
                "boundaries with clients. Everything stays on this computer.</p>"
                "<p>Built on the ideas of Boris Shpirt's book «Отчаянные "
                "аккаунт-менеджеры» (“Desperate Account Managers”).</p>"
                "<p>MIT licence.</p>"
            ).format(__version__),
        )

    def open_trends(self) -> None:
        if not self.editor.flush():
            return
        if self.trends_window is None:
            from ..trends.trends_window import TrendsWindow  # QtCharts: loaded when first needed

            self.trends_window = TrendsWindow(self._journal, self)
            self.trends_window.entryRequested.connect(self._open_from_trends)
        else:
            self.trends_window.refresh()
        self.trends_window.show()
        self.trends_window.raise_()
        self.trends_window.activateWindow()

    def _on_notes_imported(self) -> None:
        self.sidebar.reload()  # the "Coach notes" item
        self.coach_notes.show_entry(self.editor.entry_id)

    def _open_review_trends(self, journal: Journal, over: ReviewWindow) -> None:
        """The Trends views over a review the coach opened (its in-memory journal), over its
        window: an entry picked in the drill-down opens there."""
        from ..trends.trends_window import TrendsWindow

        window = TrendsWindow(journal, over)
        window.entryRequested.connect(over.show_entry)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.refresh()
        window.show()

    def _open_from_trends(self, entry_id: int) -> None:
        self.open_entry(entry_id)
        self.raise_()
        self.activateWindow()

    def open_kinds(self) -> None:
        from ..reflection.kinds_dialog import KindsDialog  # loaded when first opened

        dialog = KindsDialog(self._journal, self)
        dialog.kindsChanged.connect(self._on_reflection_settings_changed)
        dialog.exec()

    def open_questions(self) -> None:
        from ..reflection.questions_dialog import QuestionsDialog  # loaded when first opened

        if not self.editor.flush():
            return
        dialog = QuestionsDialog(self._journal, self)
        dialog.questionsChanged.connect(self._on_reflection_settings_changed)
        dialog.exec()

    def _on_reflection_settings_changed(self) -> None:
        self.editor.load(self.editor.entry_id)  # kind names and questions show anew
