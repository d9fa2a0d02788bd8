"""The window's own actions (new entry, undo, find, the Trash, panels, help…) with their
shortcuts, and the list of every action the shortcuts dialog shows and a lock turns off.
The rooms' controllers make their own actions; the window only places them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

# Ctrl+I is italic, as in every editor; quick capture sits beside it, from anywhere.
QUICK_CAPTURE = "Ctrl+Shift+I"


class WindowActions:
    """Mixed into MainWindow (see there for the members used)."""

    def _action(
        self,
        text: str,
        slot: Any,
        *keys: QKeySequence | str,
        name: str = "",
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _place_actions(self, actions: list[QAction]) -> None:
        """Actions a controller made: their shortcuts work anywhere in the window."""
        for action in actions:
            self.addAction(action)

    def _build_actions(self) -> None:
        A = self._action  # noqa: N806
        std = QKeySequence.StandardKey
        self.new_action = A(self.tr("&New Entry"), self.new_entry, "Ctrl+N", name="newEntry")
        self.empty_trash_action = A(self.tr("Empty &Trash…"), self.empty_trash, name="emptyTrash")
        self.quit_action = A(self.tr("&Quit"), self.close, "Ctrl+Q", name="quit")
        self.undo_action = A(
            self.tr("&Undo"), lambda: self._text_call("undo"), std.Undo, name="undo"
        )
        self.redo_action = A(
            self.tr("&Redo"), lambda: self._text_call("redo"), "Ctrl+Shift+Z", "Ctrl+Y", name="redo"
        )
        self.find_action = A(self.tr("&Find…"), self.focus_search, "Ctrl+F", name="find")
        self.trash_action = A(
            self.tr("Move to &Trash"), self.trash_current, "Ctrl+Backspace", name="moveToTrash"
        )
        self.restore_action = A(
            self.tr("Rest&ore from Trash"),
            self.restore_current,
            "Ctrl+Shift+R",
            name="restoreEntry",
        )
        self.clients_action = A(
            self.tr("Manage &Clients…"), self.open_clients, "Ctrl+Shift+M", name="manageClients"
        )
        self.today_action = A(self.tr("Go to &Today"), self.go_to_today, "Ctrl+T", name="today")
        self.calendar_action = A(
            self.tr("Show &Calendar"), self._toggle_calendar, "Ctrl+Shift+K", name="toggleCalendar"
        )
        self.calendar_action.setCheckable(True)
        self.calendar_action.setChecked(True)
        # F9, as GNOME's Files and Text Editor show and hide their side panes.
        self.sidebar_action = A(
            self.tr("Show &Sidebar"), self._toggle_sidebar, "F9", name="toggleSidebar"
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.shortcuts_action = A(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1", "Ctrl+/", name="shortcuts"
        )
        self.about_action = A(self.tr("&About Boundary Journal"), self.show_about, name="about")
        self.capture_action = A(
            self.tr("&Log Incident…"),
            self.reflection.quick_capture,
            QUICK_CAPTURE,
            name="quickCapture",
            context=Qt.ShortcutContext.ApplicationShortcut,
        )
        self.kinds_action = A(self.tr("Incident &Kinds…"), self.open_kinds, name="incidentKinds")
        self.questions_action = A(
            self.tr("Your &Questions…"), self.open_questions, name="manageQuestions"
        )
        self.questions_panel_action = A(
            self.tr("Show &Questions"),
            self._toggle_questions,
            "Ctrl+Shift+Q",
            name="toggleQuestions",
        )
        self.trends_action = A(
            self.tr("&Trends…"), self.open_trends, "Ctrl+Shift+T", name="openTrends"
        )
        self.questions_panel_action.setCheckable(True)
        self.questions_panel_action.setChecked(True)
        # Del moves to the Trash only from the list: in a text field it deletes text.
        self.delete_key_action = QAction(self.tr("Move to Trash (in the entry list)"), self)
        self.delete_key_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_key_action.triggered.connect(self.trash_current)
        self.entry_list.addAction(self.delete_key_action)

    def all_actions(self) -> list[QAction]:
        v = self.editor_view
        return [
            self.new_action,
            self.find_action,
            self.trash_action,
            self.delete_key_action,
            self.restore_action,
            self.undo_action,
            self.redo_action,
            self.clients_action,
            self.capture_action,
            v.incidents.add_action,
            self.today_action,
            self.sidebar_action,
            self.calendar_action,
            self.questions_panel_action,
            self.trends_action,
            self.transfer.export_action,
            self.transfer.import_action,
            self.safety.lock_action,
            self.settings_action,
            v.preview_toggle,
            v.bold,
            v.italic,
            v.heading,
            v.bullets,
            v.quote,
            self.shortcuts_action,
            self.quit_action,
        ]
