"""The main window driven like a person would: keys, clicks and shortcuts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, EntryFilter
from journal_app.ui.entries.sidebar import TRASH
from journal_app.ui.window.main_window import MainWindow

from ..conftest import in_modal, type_text

WAIT = 3000


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.entry_list
    rect = view.visualRect(window.model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def titles(window: MainWindow) -> list[str]:
    return [window.model.entry_at(r).title for r in range(window.model.rowCount())]


def test_writing_a_reflection_is_saved_without_a_save_button(
    qtbot: QtBot, window: MainWindow, journal: Journal, answers
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.editor_view.title
    qtbot.keyClicks(window.editor_view.title, "Late call")
    qtbot.keyClick(window.editor_view.title, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Acme")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert answers.asked == ["“Acme” is not a client yet. Create it?"]
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "He phoned at 9 pm.")
    entry_id = window.editor.entry_id
    qtbot.waitUntil(
        lambda: journal.entries.get(entry_id).body == "He phoned at 9 pm.", timeout=WAIT
    )
    saved = journal.entries.get(entry_id)
    assert (saved.title, saved.clients) == ("Late call", ("Acme",))
    assert window.save_status.text() == "Saved"
    assert window.word_count.text().startswith("5 ")
    assert titles(window) == ["Late call"]


def test_switching_entries_saves_at_once(qtbot: QtBot, journal: Journal, make_window) -> None:
    first = journal.entries.add(EntryDraft(title="first", date=dt.date(2025, 1, 2)))
    journal.entries.add(EntryDraft(title="second", date=dt.date(2025, 1, 1)))
    window = make_window()
    assert window.editor.entry_id == first
    qtbot.keyClicks(window.editor_view.body, "typed quickly")
    click_row(qtbot, window, 1)  # before the autosave timer fires
    assert journal.entries.get(first).body == "typed quickly"
    assert window.editor_view.title.text() == "second"


def test_closing_the_window_saves(qtbot: QtBot, journal: Journal, make_window) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    qtbot.keyClicks(window.editor_view.body, "last words")
    window.close()
    assert journal.entries.get(entry_id).body == "last words"


def test_text_undo_and_redo(qtbot: QtBot, journal: Journal, make_window) -> None:
    journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    body: QPlainTextEdit = window.editor_view.body
    body.setFocus()
    qtbot.keyClicks(body, "abc")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == ""
    qtbot.keyClick(
        body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert body.toPlainText() == "abc"


def test_search_as_you_type_and_open_a_result(qtbot: QtBot, journal: Journal, make_window) -> None:
    journal.entries.add(EntryDraft(title="Hotel booking", body="Booked a hotel for him again"))
    journal.entries.add(EntryDraft(title="Quiet week", body="Nothing happened"))
    journal.entries.add(EntryDraft(title="Звонок", body="Поговорила с клиентом"))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_bar.box
    type_text(window.search_bar.box, "клиент")
    qtbot.waitUntil(lambda: titles(window) == ["Звонок"], timeout=WAIT)
    qtbot.keyClick(window.search_bar.box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(titles(window)) == 3, timeout=WAIT)
    qtbot.keyClicks(window.search_bar.box, "hotel")
    qtbot.waitUntil(lambda: titles(window) == ["Hotel booking"], timeout=WAIT)
    click_row(qtbot, window, 0)
    assert window.editor_view.title.text() == "Hotel booking"
    assert len(window.editor_view.body.extraSelections()) == 1  # "hotel" marked in the text


def test_delete_moves_to_trash_and_undo_brings_it_back(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    keep = journal.entries.add(EntryDraft(title="keep", date=dt.date(2025, 1, 1)))
    gone = journal.entries.add(EntryDraft(title="gone", date=dt.date(2025, 1, 2)))
    window = make_window()
    window.entry_list.setFocus()
    assert window.editor.entry_id == gone
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    assert journal.entries.get(gone).deleted_at is not None
    assert titles(window) == ["keep"]
    assert window.editor.entry_id == keep
    assert "Moved “gone” to the Trash" in window.statusBar().currentMessage()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert journal.entries.get(gone).deleted_at is None
    assert titles(window) == ["gone", "keep"]
    assert window.undo_button.isHidden()


def test_delete_key_in_the_text_deletes_text_not_the_entry(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t", body="abc"))
    window = make_window()
    body = window.editor_view.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.Start)
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert body.toPlainText() == "bc"
    assert journal.entries.get(entry_id).deleted_at is None


def test_trash_restore_and_empty_with_confirmation(
    qtbot: QtBot, journal: Journal, make_window, answers
) -> None:
    a = journal.entries.add(EntryDraft(title="a"))
    b = journal.entries.add(EntryDraft(title="b"))
    journal.entries.trash(a)
    journal.entries.trash(b)
    window = make_window()
    window.sidebar.select_key(TRASH)
    assert sorted(titles(window)) == ["a", "b"]
    assert window.editor_view.trash_banner.isVisible()
    assert window.editor_view.body.isReadOnly()
    qtbot.mouseClick(window.editor_view.restore_button, Qt.MouseButton.LeftButton)
    assert len(titles(window)) == 1
    answers.question = answers.question.No
    window.empty_trash_action.trigger()
    assert journal.entries.count(EntryFilter(trashed=True)) == 1  # "No" keeps them
    answers.question = answers.question.Yes
    window.empty_trash_action.trigger()
    assert journal.entries.count(EntryFilter(trashed=True)) == 0
    assert journal.entries.count() == 1
    assert "forever" in answers.asked[-1]


def test_a_new_entry_left_empty_is_not_kept(qtbot: QtBot, journal: Journal, make_window) -> None:
    journal.entries.add(EntryDraft(title="real"))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert journal.entries.count() == 2
    click_row(qtbot, window, 1)
    assert journal.entries.count() == 1
    assert titles(window) == ["real"]


def test_new_entry_in_a_client_view_belongs_to_that_client(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    journal.entries.add(EntryDraft(title="x", clients=("Acme",)))
    window = make_window()
    window.sidebar.select_key(("client", journal.clients.by_name("Acme").id))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_view.clients.tokens() == ["Acme"]


def test_sidebar_filters_by_client_and_tag(qtbot: QtBot, journal: Journal, make_window) -> None:
    journal.entries.add(EntryDraft(title="acme", clients=("Acme",), tags=("late",)))
    journal.entries.add(EntryDraft(title="beta", clients=("Beta",)))
    window = make_window()
    window.sidebar.select_key(("client", journal.clients.by_name("Beta").id))
    assert titles(window) == ["beta"]
    window.sidebar.select_key(("tag", journal.tags.by_name("late")))
    assert titles(window) == ["acme"]


def test_calendar_click_jumps_to_the_day(qtbot: QtBot, journal: Journal, make_window) -> None:
    for day in (1, 5, 9):
        journal.entries.add(EntryDraft(title=f"day {day}", date=dt.date(2025, 3, day)))
    window = make_window()
    window.calendar_panel.calendar.setSelectedDate(dt.date(2025, 3, 5))
    window.calendar_panel.calendar.clicked.emit(window.calendar_panel.calendar.selectedDate())
    assert window.editor_view.title.text() == "day 5"


def test_on_this_day_opens_the_older_entry(qtbot: QtBot, journal: Journal, make_window) -> None:
    today = dt.date.today()
    old = journal.entries.add(
        EntryDraft(title="a year ago", date=today.replace(year=today.year - 1))
    )
    journal.entries.add(EntryDraft(title="today"))
    window = make_window()
    items = window.calendar_panel.on_this_day
    assert items.count() == 1
    rect = items.visualItemRect(items.item(0))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.entry_id == old


def test_private_toggle_is_saved(qtbot: QtBot, journal: Journal, make_window) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    qtbot.mouseClick(
        window.editor_view.private,
        Qt.MouseButton.LeftButton,
        pos=QPoint(5, window.editor_view.private.height() // 2),
    )
    qtbot.waitUntil(lambda: journal.entries.get(entry_id).private, timeout=WAIT)


def test_window_layout_and_last_entry_are_remembered(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    journal.entries.add(EntryDraft(title="older", date=dt.date(2025, 1, 1)))
    journal.entries.add(EntryDraft(title="newer", date=dt.date(2025, 1, 2)))
    window = make_window()
    window.resize(780, 560)  # fits the offscreen screen, which Qt clamps restored windows to
    click_row(qtbot, window, 1)
    window.splitter.setSizes([200, 250, 330])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.editor_view.title.text() == "older"
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_shortcuts_are_listed_in_help(window: MainWindow) -> None:
    from journal_app.ui.window.shortcuts_dialog import shortcut_rows

    rows = dict(shortcut_rows(window.all_actions()))
    assert rows["New Entry"] == "Ctrl+N"
    assert rows["Find"] == "Ctrl+F"
    assert rows["Bold"] == "Ctrl+B"
    assert rows["Move to Trash"] == "Ctrl+Backspace"
    assert rows["Move to Trash (in the entry list)"] in ("Del", "Delete")
    assert rows["Settings"].endswith("Ctrl+,")  # Edit → Settings… too, no empty key before
    assert not rows["Settings"].startswith(",")


def test_main_parts_have_stable_names_and_accessible_names(window: MainWindow) -> None:
    for name in (
        "entryList",
        "entryEditor",
        "entryTitle",
        "entryBody",
        "entryDate",
        "clientPicker",
        "tagPicker",
        "privateToggle",
        "searchBox",
        "sidebar",
        "calendarPanel",
    ):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    unnamed = []
    for widget in window.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.accessibleName()
            and not isinstance(widget.parent(), QLineEdit)
        ):
            inner = widget.parent()
            named_parent = inner is not None and bool(
                getattr(inner, "accessibleName", lambda: "")()
            )
            if not named_parent:
                unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert unnamed == []


def test_a_failed_save_keeps_the_edits_on_screen(
    qtbot: QtBot, journal: Journal, make_window, answers, monkeypatch
) -> None:
    from journal_app.core.errors import StorageError

    first = journal.entries.add(EntryDraft(title="first", date=dt.date(2025, 1, 2)))
    journal.entries.add(EntryDraft(title="second", date=dt.date(2025, 1, 1)))
    window = make_window()

    def disk_full(*_args, **_kwargs):
        raise StorageError("The disk is full: nothing was saved.")

    monkeypatch.setattr(journal.entries, "update", disk_full)
    qtbot.keyClicks(window.editor_view.body, "precious words")
    click_row(qtbot, window, 1)
    assert window.editor.entry_id == first  # did not move on
    assert window.editor_view.body.toPlainText() == "precious words"
    assert window.entry_list.currentIndex().row() == 0
    assert "could not be saved" in answers.warnings[-1]
    assert "disk is full" in window.save_status.text()
    monkeypatch.undo()  # space freed: the next attempt saves
    click_row(qtbot, window, 1)
    assert journal.entries.get(first).body == "precious words"
    assert window.editor_view.title.text() == "second"


def test_a_failed_trash_leaves_the_entry_where_it_was(
    qtbot: QtBot, journal: Journal, make_window, answers, monkeypatch
) -> None:
    from journal_app.core.errors import DatabaseLockedError

    entry_id = journal.entries.add(EntryDraft(title="stays"))
    window = make_window()

    def locked(*_args, **_kwargs):
        raise DatabaseLockedError("The journal is in use by another program.")

    monkeypatch.setattr(journal.entries, "trash", locked)
    window.entry_list.setFocus()
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    assert answers.warnings == ["The journal is in use by another program."]
    assert titles(window) == ["stays"]
    assert window.editor.entry_id == entry_id
    assert window.undo_button.isHidden()


def test_a_failed_restore_leaves_the_entry_in_the_trash(
    qtbot: QtBot, journal: Journal, make_window, answers, monkeypatch
) -> None:
    from journal_app.core.errors import StorageError

    entry_id = journal.entries.add(EntryDraft(title="binned"))
    journal.entries.trash(entry_id)
    window = make_window()
    window.sidebar.select_key(TRASH)

    def read_only(*_args, **_kwargs):
        raise StorageError("The journal cannot be written.")

    monkeypatch.setattr(journal.entries, "restore", read_only)
    qtbot.mouseClick(window.editor_view.restore_button, Qt.MouseButton.LeftButton)
    assert answers.warnings == ["The journal cannot be written."]
    assert titles(window) == ["binned"]
    assert window.editor.entry_id == entry_id


def test_search_box_speaks_the_query_language(qtbot: QtBot, journal: Journal, make_window) -> None:
    journal.entries.add(
        EntryDraft(
            title="Звонок", body="Клиенты звонили", date=dt.date(2026, 1, 5), tags=("#звонок",)
        )
    )
    journal.entries.add(EntryDraft(title="Отчёт", body="про звонки", date=dt.date(2026, 2, 5)))
    window = make_window()
    box = window.search_bar.box
    box.setFocus()
    type_text(box, "звонки ta")
    popup = window.search_bar.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert window.search_bar.completer.currentCompletion() == "tag:"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.text() == "звонки tag:"
    type_text(box, "звонок")
    qtbot.waitUntil(lambda: titles(window) == ["Звонок"], timeout=WAIT)
    box.clear()
    type_text(box, "звонки ")
    qtbot.waitUntil(lambda: titles(window) == ["Звонок", "Отчёт"], timeout=WAIT)
    qtbot.mouseClick(window.search_bar.newest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(window) == ["Отчёт", "Звонок"], timeout=WAIT)


def test_a_narrow_window_keeps_the_questions_under_the_editor(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    """Half of a 1920 screen: 900 px wide, the questions panel still shows, under the editor;
    wide again, beside it, with the sidebar back."""
    journal.entries.add(EntryDraft(title="An entry"))
    window = make_window()
    assert window.minimumSizeHint().width() <= 760
    window.resize(900, 560)
    qtbot.waitUntil(lambda: window.width() == 900)
    panel, editor = window.questions_panel, window.editor_view
    assert panel.isVisible() and editor.isVisible()
    assert window.editor_column.orientation() == Qt.Orientation.Vertical
    assert panel.mapTo(window, QPoint(0, 0)).y() > editor.mapTo(window, QPoint(0, 0)).y()
    for part in (window.middle, editor, panel):  # nothing squeezed below what it needs
        assert part.width() >= part.minimumSizeHint().width()
        right = part.mapTo(window, QPoint(part.width(), 0)).x()
        assert right <= window.width()
    window.resize(1700, 700)
    qtbot.waitUntil(lambda: window.width() == 1700 or window.width() < 1700)
    if window.width() >= 1300:  # the offscreen screen may be smaller than that
        assert window.editor_column.orientation() == Qt.Orientation.Horizontal
        assert window.left.isVisible()
        assert window.left.width() >= 192  # back with room, not squeezed to nothing


def test_windows_and_dialogs_open_inside_the_screen(qtbot: QtBot, make_window) -> None:
    from PySide6.QtWidgets import QDialog

    from journal_app.ui.window.window_fit import on_screen

    window = make_window()
    room = window.screen().availableGeometry()
    assert window.frameGeometry().height() <= room.height()  # the status bar on screen
    window.open_trends()
    trends = window.trends_window
    qtbot.waitExposed(trends)
    assert trends.frameGeometry().height() <= room.height()
    assert trends.frameGeometry().width() <= room.width()
    big = QDialog(window)
    big.resize(room.width() + 600, room.height() + 400)
    qtbot.addWidget(big)
    big.show()
    qtbot.waitExposed(big)
    assert big.width() <= room.width() and big.height() <= room.height()
    assert on_screen(big) or big.frameGeometry().width() <= room.width()


def test_one_meaning_per_shortcut_across_the_windows(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+I is italic (quick capture is Ctrl+Shift+I), a chart's picture is not Ctrl+Shift+E
    (the journal's export), and Help → Keyboard Shortcuts lists the Trends' keys too."""
    from PySide6.QtGui import QAction, QKeySequence

    from journal_app.ui.window.shortcuts_dialog import ShortcutsDialog

    window.open_trends()
    trends = window.trends_window
    meaning: dict[str, str] = {}
    actions = window.findChildren(QAction) + trends.findChildren(QAction)
    local = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for action in actions:
        if action.shortcutContext() in local:  # Del in a list: remove what is selected there
            continue
        for key in action.shortcuts():
            text = key.toString()
            label = action.text().replace("&", "") or action.objectName()
            assert meaning.setdefault(text, label) == label, (text, meaning[text], label)
    assert meaning["Ctrl+I"] == "Italic"
    assert meaning["Ctrl+Shift+I"] == "Log Incident…"
    assert meaning["Ctrl+Shift+E"] == "Export…"
    assert QKeySequence("Ctrl+Shift+S") in trends.export_action.shortcuts()

    shown: list[str] = []

    def read(dialog: ShortcutsDialog) -> None:
        shown.extend(f"{label} = {keys}" for label, keys in dialog.shown_rows())

    in_modal(ShortcutsDialog, read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "Trends: close the window = Esc, Ctrl+W" in shown
    assert "Trends: save the chart as a picture = Ctrl+Shift+S" in shown
    assert "Log Incident = Ctrl+Shift+I" in shown and "Italic = Ctrl+I" in shown
