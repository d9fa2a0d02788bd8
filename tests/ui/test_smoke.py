from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui.main_window import MainWindow


def test_main_window_opens_offscreen_with_entries(
    qtbot: QtBot, journal: Journal, paths: AppPaths
) -> None:
    journal.entries.add(EntryDraft(title="First reflection"))
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(object, "entryList") is not None
