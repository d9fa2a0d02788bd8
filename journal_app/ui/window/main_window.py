"""The main window: sidebar and calendar | search and entry list | editor.

It composes the rooms: it builds their widgets and controllers, gives each controller what it
needs (the journal, the one `Settings`, callables) and connects their signals. Its own parts
are split by concern: `window_actions`, `window_menus`, `list_navigation`, `entry_commands`
and `window_state`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
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

from ...core.settings import Settings
from ...paths import AppPaths
from ..clients.plans_controller import PlansController
from ..common.errors import run_or_warn
from ..common.ui_state import UiState
from ..common.widgets import bring_forward
from ..editor.editor_controller import EditorController
from ..editor.editor_view import EditorView
from ..entries.calendar_panel import CalendarPanel
from ..entries.entry_delegate import EntryDelegate
from ..entries.entry_list_model import EntryListModel
from ..entries.entry_list_view import AfterFirstPaint, EntryListView
from ..entries.search_bar import SearchBar
from ..entries.sidebar import Sidebar
from ..preferences.settings_controller import SettingsController
from ..reflection.questions_panel import QuestionsPanel
from ..reflection.reflection_controller import ReflectionController
from ..review.notes_panel import CoachNotesPanel
from ..review.review_controller import ReviewController
from ..safety.safety_controller import SafetyController
from ..transfer.transfer_controller import TransferController
from .entry_commands import EntryCommands
from .journal_watch import JournalWatch
from .list_navigation import ListNavigation
from .window_actions import WindowActions
from .window_dialogs import WindowDialogs
from .window_fit import FRAME_GUESS, ScreenFit, WindowFit, fit_on_screen
from .window_menus import WindowMenus
from .window_state import WindowState
from .window_watch import WindowWatch

if TYPE_CHECKING:
    from ...core.journal import Journal


class MainWindow(
    WindowActions,
    WindowMenus,
    WindowDialogs,
    ListNavigation,
    EntryCommands,
    WindowState,
    WindowWatch,
    WindowFit,
    QMainWindow,
):
    def __init__(self, journal: Journal, paths: AppPaths, settings: Settings | None = None) -> None:
        super().__init__()
        self._journal = journal
        # One Settings object for the whole app: app.py loads it (tests may leave it to us).
        self.settings = settings if settings is not None else Settings.load(paths.settings_file)
        self._state = UiState(paths)
        self._fresh_entry: int | None = None  # created by Ctrl+N, dropped if left empty
        self._trashed: int | None = None  # for Undo
        self.trends_window: Any = None  # a TrendsWindow once opened
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Boundary Journal"))

        # Built from the top down, each widget in its place from the start: moving a built
        # widget into a splitter makes the style sheet style its whole tree again (at start
        # that was a third of the window's construction).
        self.pages = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self.splitter.setObjectName("mainSplitter")

        # -- left: sidebar over calendar ----------------------------------------------------
        self.left = QSplitter(Qt.Orientation.Vertical, self.splitter)
        self.left.setObjectName("leftSplitter")
        self.sidebar = Sidebar(journal, self.left)
        self.calendar_panel = CalendarPanel(journal, self.left)
        self.calendar_panel.hold()  # until the first paint, as the questions: _on_first_paint
        self.left.addWidget(self.sidebar)
        self.left.addWidget(self.calendar_panel)
        self.left.setStretchFactor(0, 1)

        # -- middle: search over the list ---------------------------------------------------
        middle = self.middle = QWidget(self.splitter)
        column = QVBoxLayout(middle)
        column.setContentsMargins(4, 8, 4, 0)
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
        # The hint colour from the palette itself, so it follows a switch to dark at once
        # (a style sheet's palette(placeholder-text) keeps the colour of when it was set).
        self.list_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list_empty.setContentsMargins(24, 24, 24, 24)
        column.addWidget(self.entry_list, 1)
        column.addWidget(self.list_empty, 1)

        # -- right: the editor ---------------------------------------------------------------
        # The editor and the questions beside it; on a narrow window, the questions under it.
        self.editor_column = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        self.editor_column.setObjectName("editorColumn")
        self.editor_column.setChildrenCollapsible(False)
        # The editor, with the coach's notes on the entry under it (read-only, when there are).
        right = QWidget(self.editor_column)
        self.editor_view = EditorView(right)
        self.editor = EditorController(journal, self.editor_view, self)
        self.questions_panel = QuestionsPanel(journal, self.editor_column)
        self.questions_panel.hold()  # until the first paint: see _on_first_paint
        self.started = False  # the first paint and what waits for it are done
        self.restart_requested = False  # closed to start again (a new language)
        self.reflection = ReflectionController(
            journal, self.editor, self.editor_view.incidents, self.questions_panel, self
        )
        # The command line (or anything else) writing meanwhile shows here within a second.
        self.watch = JournalWatch(journal, self)
        self.editor.own_write = self.questions_panel.own_write = self.watch.own

        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self.editor_view, 1)
        self.coach_notes = CoachNotesPanel(journal, right)
        right_column.addWidget(self.coach_notes)
        self.editor_column.addWidget(right)
        self.editor_column.addWidget(self.questions_panel)
        self.editor_column.setStretchFactor(0, 1)
        self.editor_column.setSizes([568, 224])
        self._left_stepped_aside = False  # hidden by a narrow window, back when it widens
        self._sidebar_wanted = True  # View → Show Sidebar
        self._sidebar_over_list = False  # shown in a narrow window, in the list's place
        # Esc puts the sidebar shown in the list's place away again.
        aside = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.left)
        aside.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        aside.activated.connect(self._sidebar_chosen)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.editor_column)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([192, 296, 792])  # at 1280 px the page keeps 60 characters
        flush = self.editor.flush
        self.transfer = TransferController(
            journal, self._state, self.settings, self, flush, self._selected_ids, self._view
        )
        self.safety = SafetyController(journal, paths, self.settings, self, flush)
        self.preferences = SettingsController(journal, paths, self.settings, self, flush)
        self.reviews = ReviewController(journal, self, flush, self.transfer.offered)
        self.transfer.import_notes = self.reviews.import_notes  # a .bjnotes in Import…
        self.plans = PlansController(journal, self)
        self.pages.addWidget(self.splitter)  # and the lock screen, when first locked
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
        self._place_actions(self.safety.actions())
        self._place_actions([self.transfer.export_action, self.transfer.import_action])
        self._place_actions([self.preferences.settings_action])
        self._place_actions(
            [self.preferences.remove_sample_action, self.preferences.add_sample_action]
        )
        # The controllers' actions, where the menus and tests look for them.
        self.backups_action = self.safety.backups_action
        self.encryption_action = self.safety.encryption_action
        self.lock_action = self.safety.lock_action
        self.export_action = self.transfer.export_action
        self.export_selected_action = self.transfer.export_selected_action
        self.export_view_action = self.transfer.export_view_action
        self.import_action = self.transfer.import_action
        self.settings_action = self.preferences.settings_action
        self.remove_sample_action = self.preferences.remove_sample_action
        self.add_sample_action = self.preferences.add_sample_action
        self._build_menus()
        self._connect()
        self.splitter.setMinimumWidth(self._narrowest())  # the rest moves aside: fit_layout
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        frame_w, frame_h = FRAME_GUESS
        if room is not None:
            self.resize(min(1400, room.width() - frame_w), min(820, room.height() - frame_h))
        else:
            self.resize(1400, 820)
        self._restore_state()
        self._first_paint = AfterFirstPaint(self.entry_list.viewport(), self._on_first_paint)
        self.safety.update_lock()

    def _connect(self) -> None:
        self.plans.changed.connect(lambda: self.trends_window and self.trends_window.refresh())
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
        self.editor.conflicted.connect(self._on_conflict)
        self.watch.changedElsewhere.connect(self._on_changed_elsewhere)
        self.reflection.changed.connect(self._on_incidents_changed)
        self.reflection.statusChanged.connect(self.save_status.setText)
        self.questions_panel.manageRequested.connect(self.open_questions)
        self.calendar_panel.dayClicked.connect(self.jump_to_date)
        chosen = (self.sidebar.clicked, self.sidebar.activated, self.calendar_panel.dayClicked)
        for picked in (*chosen, self.calendar_panel.entryActivated):
            picked.connect(lambda *_: self._sidebar_chosen())
        self.calendar_panel.entryActivated.connect(self.open_entry)
        self.entry_list.customContextMenuRequested.connect(self._list_menu)
        for controller in (self.safety, self.transfer, self.preferences):
            controller.message.connect(self.statusBar().showMessage)
            controller.journalReplaced.connect(self.reload_everything)
        self.entry_list.selectionModel().currentChanged.connect(
            lambda *_: self.coach_notes.show_entry(self.editor.entry_id)
        )
        self.reviews.message.connect(self.statusBar().showMessage)
        self.reviews.notesImported.connect(self._on_notes_imported)
        self.reviews.trendsRequested.connect(self._open_review_trends)
        self.reviews.reviewsChanged.connect(self.sidebar.reload)
        self.sidebar.reviewRequested.connect(self.reviews.reopen)
        self.safety.lockedChanged.connect(self._on_locked)
        self.preferences.settingsChanged.connect(self.safety.update_lock)
        self.preferences.pathsChanged.connect(self.use_paths)
        self.preferences.encryptionRequested.connect(lambda: self.safety.open_encryption())
        self.preferences.windowRequested.connect(self.bring_forward)
        self.preferences.restartRequested.connect(self._restart)
        self.preferences.startWritingRequested.connect(self.new_entry)  # the title focused

    # -- commands ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_bar.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.box.selectAll()

    def go_to_today(self) -> None:
        self.calendar_panel.calendar.showToday()
        self.jump_to_date(dt.date.today())

    # -- parts with controllers of their own -----------------------------------------------------
    def set_interactive(self, on: bool) -> None:
        """Menus, shortcuts and the status bar: off while the journal is locked."""
        self.menuBar().setEnabled(on)
        for action in self.all_actions():
            action.setEnabled(on)
        if on:
            self._update_actions()
        self.statusBar().setVisible(on)
        if on and self.started:
            self.watch.start()
        else:
            self.watch.stop()

    def _on_locked(self, locked: bool) -> None:
        """Locked: only the lock screen shows (the trends too are hidden); unlocked: the
        journal again, the list focused."""
        if locked and self.trends_window is not None:
            self.trends_window.hide()
        page = self.safety.lock_screen if locked else self.splitter
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.set_interactive(not locked)
        if not locked:
            self.entry_list.setFocus()

    def _restart(self) -> None:
        self.restart_requested = True
        if not self.close():  # the person kept the window (an unsaved change)
            self.restart_requested = False

    def _on_first_paint(self) -> None:
        """The list is on the screen: now the parts that can come a moment later."""
        self.calendar_panel.release()
        self.questions_panel.release()
        # What watches every event of the app, from now on (until the paint, each event
        # went through two Python calls: a tenth of the time from show to paint).
        app = QApplication.instance()
        if app is not None and not hasattr(app, "_screen_fit"):
            app._screen_fit = ScreenFit(app)  # type: ignore[attr-defined]
            app.installEventFilter(app._screen_fit)  # type: ignore[attr-defined]
        self.safety.watch_input()
        self.started = True
        if self.pages.currentWidget() is self.splitter:
            self.watch.start()

    def use_paths(self, paths: AppPaths) -> None:
        """Settings moved the backups: everything that makes or reads them looks there now."""
        self.safety.use_paths(paths)
        self._journal.use_backup_dir(paths.backups_dir)

    def bring_forward(self) -> None:
        """Another launch asked for this window (single instance)."""
        bring_forward(self)

    def _toggle_questions(self, on: bool) -> None:
        self.questions_panel.setVisible(on)
        self.fit_layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:  # the app's ScreenFit is watching only after the first paint
            fit_on_screen(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout(event.size().width())

    def _show_word_count(self, words: int) -> None:
        """-1: no entry open, nothing to count."""
        self.word_count.setText(self.tr("%n word(s)", "", words) if words >= 0 else "")

    def _toggle_calendar(self, on: bool) -> None:
        self.calendar_panel.setVisible(on)

    def _text_call(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _guard(self, change: Any) -> bool:
        return run_or_warn(self, self.tr("Boundary Journal"), change)

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
        self.watch.close()
        self._sidebar_chosen()  # the list back in its place before the splitters are saved
        self._save_state()
        event.accept()
