"""The main window: sidebar and calendar | search and entry list | editor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.journal import Journal
from ..core.records import EntryDraft
from ..core.search_query import query_words
from ..paths import AppPaths
from .calendar_panel import CalendarPanel
from .clients_dialog import ClientsDialog
from .editor_controller import EditorController
from .editor_view import EditorView
from .entry_delegate import EntryDelegate
from .entry_list_model import EntryListModel
from .entry_list_view import AfterFirstPaint, EntryListView
from .errors import run_or_warn
from .kinds_dialog import KindsDialog
from .questions_dialog import QuestionsDialog
from .questions_panel import QuestionsPanel
from .reflection_controller import ReflectionController
from .safety_controller import SafetyController
from .search_bar import SearchBar
from .settings_controller import SettingsController
from .shortcuts_dialog import ShortcutsDialog
from .sidebar import ALL, TRASH, Key, Sidebar, key_to_filter
from .transfer_controller import TransferController
from .ui_state import UiState

UNDO_SECONDS = 10


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, paths: AppPaths) -> None:
        super().__init__()
        self._journal = journal
        self._state = UiState(paths)
        self._fresh_entry: int | None = None  # created by Ctrl+N, dropped if left empty
        self._trashed: int | None = None  # for Undo
        self.trends_window: Any = None  # a TrendsWindow once opened
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Boundary Journal"))

        # -- left: sidebar over calendar ----------------------------------------------------
        self.sidebar = Sidebar(journal, self)
        self.calendar_panel = CalendarPanel(journal, self)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("leftSplitter")
        self.left.addWidget(self.sidebar)
        self.left.addWidget(self.calendar_panel)
        self.left.setStretchFactor(0, 1)

        # -- middle: search over the list ---------------------------------------------------
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(4, 4, 4, 0)
        self.search_bar = SearchBar(journal, middle)
        column.addWidget(self.search_bar)
        self.model = EntryListModel(journal, self)
        self.entry_list = EntryListView(middle)
        self.entry_list.setObjectName("entryList")
        self.entry_list.setAccessibleName(self.tr("Entries"))
        self.entry_list.setModel(self.model)
        self.entry_list.setItemDelegate(EntryDelegate(self.entry_list))
        # Several entries can be selected (Shift/Ctrl+click) to export them; the current one
        # is the one shown in the editor.
        self.entry_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entry_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_empty = QLabel(middle)
        self.list_empty.setObjectName("listEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        column.addWidget(self.entry_list, 1)
        column.addWidget(self.list_empty, 1)

        # -- right: the editor ---------------------------------------------------------------
        self.editor_view = EditorView(self)
        self.editor = EditorController(journal, self.editor_view, self)
        self.questions_panel = QuestionsPanel(journal, self)
        self.questions_panel.hold()  # until the first paint: see _on_first_paint
        self.started = False  # the first paint and what waits for it are done
        self.restart_requested = False  # closed to start again (a new language)
        self.reflection = ReflectionController(
            journal, self.editor, self.editor_view.incidents, self.questions_panel, self
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.editor_view)
        self.splitter.addWidget(self.questions_panel)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([210, 320, 560, 320])
        self.transfer = TransferController(journal, self, self._state)
        self.safety = SafetyController(journal, paths, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.safety.lock_screen)
        self.setCentralWidget(self.pages)

        # -- status bar ----------------------------------------------------------------------
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.word_count = QLabel(self)
        self.word_count.setObjectName("wordCount")
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("undoTrashButton")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_trash)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.save_status)
        self.statusBar().addPermanentWidget(self.word_count)

        self._build_actions()
        self._connect()
        self.preferences = SettingsController(journal, paths, self)
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        if room is not None:
            self.resize(min(1400, room.width()), min(820, room.height()))
        else:
            self.resize(1400, 820)
        self._restore_state()
        self._first_paint = AfterFirstPaint(self.entry_list.viewport(), self._on_first_paint)
        self.safety.update_lock()

    # -- actions -------------------------------------------------------------------------------
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

    def _build_actions(self) -> None:
        A = self._action  # noqa: N806
        std = QKeySequence.StandardKey
        self.new_action = A(self.tr("&New Entry"), self.new_entry, "Ctrl+N", name="newEntry")
        self.empty_trash_action = A(self.tr("Empty &Trash…"), self.empty_trash, name="emptyTrash")
        self.export_action = A(
            self.tr("&Export…"), lambda: self.transfer.open_export(), "Ctrl+Shift+E", name="export"
        )
        self.export_selected_action = A(
            self.tr("Export &Selected Entries…"),
            lambda: self.transfer.open_export("selected"),
            name="exportSelected",
        )
        self.export_view_action = A(
            self.tr("Export the Entries in the &List…"),
            lambda: self.transfer.open_export("view"),
            name="exportView",
        )
        self.import_action = A(
            self.tr("&Import…"), self.transfer.open_import, "Ctrl+Shift+O", name="import"
        )
        self.backups_action = A(self.tr("&Backups…"), self.safety.open_backups, name="backups")
        self.encryption_action = A(
            self.tr("En&cryption…"), lambda: self.safety.open_encryption(), name="encryption"
        )
        self.lock_action = A(self.tr("&Lock"), self.safety.lock, "Ctrl+L", name="lock")
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
        self.shortcuts_action = A(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1", "Ctrl+/", name="shortcuts"
        )
        self.about_action = A(self.tr("&About Boundary Journal"), self.show_about, name="about")
        self.settings_action = A(
            self.tr("&Settings…"),
            lambda: self.preferences.open_settings(),
            std.Preferences,
            "Ctrl+,",
            name="settings",
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.remove_sample_action = A(
            self.tr("Remove the &Sample Entries…"),
            lambda: self.preferences.remove_sample(),
            name="removeSample",
        )
        self.capture_action = A(
            self.tr("&Log Incident…"),
            self.reflection.quick_capture,
            "Ctrl+I",
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

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backups_action, self.encryption_action, self.lock_action])
        file_menu.addSeparator()
        file_menu.addActions([self.empty_trash_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.trash_action, self.restore_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.clients_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [
                self.today_action,
                self.calendar_action,
                self.questions_panel_action,
                self.editor_view.preview_toggle,
            ]
        )
        incidents_menu = bar.addMenu(self.tr("&Incidents"))
        incidents_menu.addActions([self.capture_action, self.editor_view.incidents.add_action])
        incidents_menu.addSeparator()
        incidents_menu.addAction(self.trends_action)
        incidents_menu.addSeparator()
        incidents_menu.addActions([self.kinds_action, self.questions_action])
        format_menu = bar.addMenu(self.tr("F&ormat"))
        v = self.editor_view
        format_menu.addActions([v.bold, v.italic, v.heading, v.bullets, v.quote])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.remove_sample_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

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
            self.editor_view.incidents.add_action,
            self.today_action,
            self.calendar_action,
            self.questions_panel_action,
            self.trends_action,
            self.export_action,
            self.import_action,
            self.lock_action,
            v.preview_toggle,
            v.bold,
            v.italic,
            v.heading,
            v.bullets,
            v.quote,
            self.shortcuts_action,
            self.quit_action,
        ]

    def _connect(self) -> None:
        self.sidebar.keyChanged.connect(lambda _key: self.apply_filters())
        self.search_bar.changed.connect(self.apply_filters)
        self.entry_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.editor.saved.connect(self._on_saved)
        self.editor.statusChanged.connect(self.save_status.setText)
        self.editor.wordCountChanged.connect(self._show_word_count)
        self.editor.restoreRequested.connect(lambda _id: self.restore_current())
        self.editor.purgeRequested.connect(self._purge)
        self.reflection.changed.connect(self._on_incidents_changed)
        self.reflection.statusChanged.connect(self.save_status.setText)
        self.questions_panel.manageRequested.connect(self.open_questions)
        self.calendar_panel.dayClicked.connect(self.jump_to_date)
        self.calendar_panel.entryActivated.connect(self.open_entry)
        self.entry_list.customContextMenuRequested.connect(self.transfer.list_menu)

    # -- filtering and opening -----------------------------------------------------------------
    def apply_filters(self, keep: int | None = None) -> None:
        """Show what the sidebar and search bar ask for; keep `keep` (or the open entry)."""
        self.editor.flush()
        keep = keep if keep is not None else self.editor.entry_id
        flt = self.search_bar.apply_to(key_to_filter(self.sidebar.current_key))
        self.model.sort = self.search_bar.sort
        self.model.set_filter(flt, self.search_bar.query)
        self.editor.set_highlight(query_words(self.search_bar.query))
        row = self.model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0)

    def open_entry(self, entry_id: int) -> None:
        """Show an entry wherever it is: widen the filters if it is not in the list."""
        row = self.model.row_of(entry_id)
        if row is None:
            self.search_bar.clear_filters()
            trashed = self._journal.entries.get(entry_id).deleted_at is not None
            self.sidebar.select_key(TRASH if trashed else ALL, emit=False)
            self.model.set_filter(key_to_filter(self.sidebar.current_key))
            row = self.model.load_until(lambda e: e.id == entry_id)
        if row is not None:
            self._select_row(row)

    def jump_to_date(self, day: dt.date) -> None:
        if self.model.searching:
            self.search_bar.clear_query()
            self.apply_filters()
        row = self.model.load_until(lambda e: e.date <= day)
        if row is not None:
            self._select_row(row)
            self.entry_list.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.entry_list.selectionModel().clear()
            self._open(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row)
        self.entry_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.entry_list.scrollTo(index)
        entry = self.model.entry_at(row)
        if entry is not None and entry.id != self.editor.entry_id:
            self._open(entry.id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is not None and entry.id != self.editor.entry_id:
            self._open(entry.id)

    def _open(self, entry_id: int | None) -> bool:
        leaving = self.editor.entry_id
        if not self.editor.load(entry_id):
            # The entry being left could not be saved: stay on it, edits and all.
            row = self.model.row_of(leaving) if leaving is not None else None
            if row is not None:
                self.entry_list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            QMessageBox.warning(
                self,
                self.tr("Boundary Journal"),
                self.tr("This entry could not be saved, so it stays open. {0}").format(
                    self.save_status.text()
                ),
            )
            return False
        if leaving is not None and leaving == self._fresh_entry and leaving != entry_id:
            self._drop_if_empty(leaving)
        self._update_actions()
        return True

    def _drop_if_empty(self, entry_id: int) -> None:
        self._fresh_entry = None
        if self._journal.entries.purge_if_blank(entry_id):
            self.model.remove_entry(entry_id)
            self._refresh_counts()

    # -- commands ------------------------------------------------------------------------------
    def new_entry(self) -> None:
        if not self.editor.flush():
            return
        kind, ident = self.sidebar.current_key
        clients = (
            tuple(c.name for c in self._journal.clients.all() if c.id == ident)
            if kind == "client"
            else ()
        )
        tags = (
            tuple(t.name for t in self._journal.tags.all() if t.id == ident)
            if kind == "tag"
            else ()
        )
        if kind == "trash":
            self.sidebar.select_key(ALL, emit=False)
        created: list[int] = []
        if not self._guard(
            lambda: created.append(
                self._journal.entries.add(EntryDraft(clients=clients, tags=tags))
            )
        ):
            return
        entry_id = created[0]
        self.search_bar.clear_query()
        self._fresh_entry = None  # the previous fresh entry is handled by _open
        self.apply_filters(keep=entry_id)
        if self.editor.entry_id != entry_id:  # outside the chips' range: show everything
            self.open_entry(entry_id)
        self._fresh_entry = entry_id
        self._refresh_counts()
        self.editor.focus_title()

    def trash_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or self.sidebar.current_key == TRASH or not self.editor.flush():
            return
        entry = self._journal.entries.get(entry_id)
        if not self._take_out_of_view(entry_id, self._journal.entries.trash):
            return
        self._fresh_entry = None
        self._trashed = entry_id
        title = entry.title or entry.body.strip()[:40] or self.tr("Untitled")
        self.statusBar().showMessage(
            self.tr("Moved “{0}” to the Trash.").format(title), UNDO_SECONDS * 1000
        )
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _undo_trash(self) -> None:
        entry_id = self._trashed
        self._forget_undo()
        if entry_id is None:
            return
        if self._guard(lambda: self._journal.entries.restore(entry_id)):
            self.statusBar().showMessage(self.tr("Entry restored."), 3000)
        self._refresh_counts()
        self.apply_filters(keep=entry_id)

    def _forget_undo(self) -> None:
        self._trashed = None
        self.undo_button.hide()

    def restore_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or self.sidebar.current_key != TRASH:
            return
        if self._take_out_of_view(entry_id, self._journal.entries.restore):
            self.statusBar().showMessage(self.tr("Entry restored."), 3000)

    def _purge(self, entry_id: int) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete forever"),
            self.tr("Delete this entry forever? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._take_out_of_view(entry_id, self._journal.entries.purge)

    def _take_out_of_view(self, entry_id: int, change: Any) -> bool:
        """Apply `change(entry_id)` (trash, restore, purge); on success the entry leaves the
        list and its neighbour opens. On failure nothing moves and a dialog says why."""
        if not self._guard(lambda: change(entry_id)):
            return False
        row = self.model.row_of(entry_id) or 0
        self.editor.load(None)
        self.model.remove_entry(entry_id)
        self._select_row(row)
        self._refresh_counts()
        return True

    def empty_trash(self) -> None:
        count = self._journal.entries.count(key_to_filter(TRASH))
        if count == 0:
            QMessageBox.information(self, self.tr("Empty Trash"), self.tr("The Trash is empty."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            self.tr("Delete %n entries in the Trash forever? This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.sidebar.current_key == TRASH:
            self.editor.load(None)
        self._guard(self._journal.entries.empty_trash)
        self._forget_undo()
        self._refresh_counts()
        self.apply_filters()

    def open_clients(self) -> None:
        self.editor.flush()
        dialog = ClientsDialog(self._journal, self)
        dialog.clientsChanged.connect(self._on_clients_changed)
        dialog.exec()

    def focus_search(self) -> None:
        self.search_bar.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.box.selectAll()

    def go_to_today(self) -> None:
        self.calendar_panel.calendar.showToday()
        self.jump_to_date(dt.date.today())

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.all_actions(), self).exec()

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

    # -- reacting ------------------------------------------------------------------------------
    def _on_saved(self, entry_id: int, links_changed: bool) -> None:
        self.model.refresh_entry(entry_id)
        row = self.model.row_of(entry_id)
        if row is not None and self.entry_list.currentIndex().row() != row:
            self.entry_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.calendar_panel.refresh()
        if links_changed:
            self.sidebar.reload()
            self.editor.refresh_choices()

    def _on_clients_changed(self) -> None:
        self.sidebar.reload()
        self.editor.refresh_choices()
        keep = self.editor.entry_id
        self.editor.load(keep)  # a renamed client shows in the open entry at once
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0)

    def _on_incidents_changed(self, entry_id: int) -> None:
        """An incident was logged, changed or removed in `entry_id` (perhaps a new entry)."""
        keep = self.editor.entry_id
        if self.model.row_of(entry_id) is not None:
            self.model.refresh_entry(entry_id)
        else:
            self.model.reload()
            row = self.model.row_of(keep) if keep is not None else None
            self._select_row(row if row is not None else 0)
        self._refresh_counts()
        self.editor.refresh_choices()

    def open_trends(self) -> None:
        if not self.editor.flush():
            return
        if self.trends_window is None:
            from .trends_window import TrendsWindow  # QtCharts: loaded when first needed

            self.trends_window = TrendsWindow(self._journal, self)
            self.trends_window.entryRequested.connect(self._open_from_trends)
        else:
            self.trends_window.refresh()
        self.trends_window.show()
        self.trends_window.raise_()
        self.trends_window.activateWindow()

    # -- parts with controllers of their own -----------------------------------------------------
    def reload_everything(self) -> None:
        """The journal changed under the window (an import, a restore): show it as it is."""
        self._fresh_entry = None
        self.editor.load(None)
        self.sidebar.reload()
        self.editor.refresh_choices()
        self.apply_filters()
        self._refresh_counts()

    def set_interactive(self, on: bool) -> None:
        """Menus, shortcuts and the status bar: off while the journal is locked."""
        self.menuBar().setEnabled(on)
        for action in self.all_actions():
            action.setEnabled(on)
        if on:
            self._update_actions()
        self.statusBar().setVisible(on)

    def _on_first_paint(self) -> None:
        """The list is on the screen: now the parts that can come a moment later."""
        self.questions_panel.release()
        self.started = True

    def use_paths(self, paths: AppPaths) -> None:
        """Settings moved the backups: everything that makes or reads them looks there now."""
        self.safety.use_paths(paths)
        self._journal.use_backup_dir(paths.backups_dir)

    def bring_forward(self) -> None:
        """Another launch asked for this window (single instance)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _open_from_trends(self, entry_id: int) -> None:
        self.open_entry(entry_id)
        self.raise_()
        self.activateWindow()

    def open_kinds(self) -> None:
        dialog = KindsDialog(self._journal, self)
        dialog.kindsChanged.connect(self._on_reflection_settings_changed)
        dialog.exec()

    def open_questions(self) -> None:
        if not self.editor.flush():
            return
        dialog = QuestionsDialog(self._journal, self)
        dialog.questionsChanged.connect(self._on_reflection_settings_changed)
        dialog.exec()

    def _on_reflection_settings_changed(self) -> None:
        self.editor.load(self.editor.entry_id)  # kind names and questions show anew

    def _toggle_questions(self, on: bool) -> None:
        self.questions_panel.setVisible(on)

    def _show_word_count(self, words: int) -> None:
        """-1: no entry open, nothing to count."""
        self.word_count.setText(self.tr("%n word(s)", "", words) if words >= 0 else "")

    def _refresh_counts(self) -> None:
        self.sidebar.reload()
        self.calendar_panel.refresh()

    def _update_empty_state(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        if self.model.searching or self.search_bar.has_filters():
            text = self.tr("No entries match. Try fewer words or remove a filter.")
        elif self.sidebar.current_key == TRASH:
            text = self.tr("The Trash is empty.")
        else:
            text = self.tr("No entries yet.\n\nPress Ctrl+N to write your first reflection.")
        self.list_empty.setText(text)
        self.list_empty.setVisible(empty)
        self.entry_list.setVisible(not empty)

    def _update_actions(self) -> None:
        in_trash = self.sidebar.current_key == TRASH
        has_entry = self.editor.entry_id is not None
        self.trash_action.setEnabled(has_entry and not in_trash)
        self.restore_action.setEnabled(has_entry and in_trash)

    def _toggle_calendar(self, on: bool) -> None:
        self.calendar_panel.setVisible(on)

    def _text_call(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _guard(self, change: Any) -> bool:
        return run_or_warn(self, self.tr("Boundary Journal"), change)

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self._state
        for key, apply in (
            ("geometry", self.restoreGeometry),
            ("windowState", self.restoreState),
            ("mainSplitter", self.splitter.restoreState),
            ("leftSplitter", self.left.restoreState),
        ):
            value = s.bytes(key)
            if value is not None:
                apply(value)
        self.calendar_action.setChecked(s.value("calendarVisible", "true") != "false")
        self.calendar_panel.setVisible(self.calendar_action.isChecked())
        self.questions_panel_action.setChecked(s.value("questionsVisible", "true") != "false")
        self.questions_panel.setVisible(self.questions_panel_action.isChecked())
        kind, ident = s.value("sidebarKind", "all"), s.value("sidebarId", "")
        key: Key = (str(kind), int(ident) if str(ident).isdigit() else None)
        self.sidebar.select_key(key, emit=False)
        last = s.value("entryId", "")
        self.model.set_filter(key_to_filter(self.sidebar.current_key))
        row = None
        if str(last).isdigit():
            row = self.model.row_of(int(last))
        self._select_row(row or 0)
        self._update_empty_state()

    def _save_state(self) -> None:
        s = self._state
        s.set("geometry", self.saveGeometry())
        s.set("windowState", self.saveState())
        s.set("mainSplitter", self.splitter.saveState())
        s.set("leftSplitter", self.left.saveState())
        s.set("calendarVisible", "true" if self.calendar_action.isChecked() else "false")
        shown = self.questions_panel_action.isChecked()
        s.set("questionsVisible", "true" if shown else "false")
        kind, ident = self.sidebar.current_key
        s.set("sidebarKind", kind)
        s.set("sidebarId", "" if ident is None else str(ident))
        s.set("entryId", "" if self.editor.entry_id is None else str(self.editor.entry_id))
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.flush():
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "Your last changes could not be saved ({0}). Quit anyway and lose them?"
                ).format(self.save_status.text()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self._fresh_entry is not None and self._fresh_entry == self.editor.entry_id:
            self._drop_if_empty(self._fresh_entry)
        self._save_state()
        event.accept()
