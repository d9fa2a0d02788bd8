from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui.window.main_window import MainWindow


def test_main_window_opens_offscreen_on_the_latest_entry(
    qtbot: QtBot, journal: Journal, paths: AppPaths
) -> None:
    journal.entries.add(EntryDraft(title="Older reflection", body="one two"))
    latest = journal.entries.add(EntryDraft(title="First reflection", body="three words here"))
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The list shows both entries, the newest first, and the editor has opened it.
    assert window.model.rowCount() == 2
    assert window.entry_list.isVisible() and not window.list_empty.isVisible()
    assert window.entry_list.currentIndex().row() == 0
    assert window.editor.entry_id == latest
    assert window.editor_view.title.text() == "First reflection"
    assert window.word_count.text().startswith("3 ")
    # Nothing is locked on a plain journal: the journal itself is on the screen.
    assert window.pages.currentWidget() is window.splitter
    assert not window.safety.lock_action.isEnabled()


def test_an_empty_journal_says_how_to_begin(
    qtbot: QtBot, journal: Journal, paths: AppPaths
) -> None:
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 0
    assert window.list_empty.isVisible() and not window.entry_list.isVisible()
    assert "Ctrl+N" in window.list_empty.text()
    assert window.editor.entry_id is None
