"""Safety as a person meets it: backups listed and restored from the window, a damaged
journal offered its backup at start, one window per journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui import app
from journal_app.ui.app import open_journal
from journal_app.ui.safety.backups_dialog import BackupsDialog
from journal_app.ui.window.main_window import MainWindow
from journal_app.ui.window.single_instance import SingleInstance

from ..conftest import Answers, in_modal, window_process


def titles(window: MainWindow) -> list[str]:
    return [window.model.entry_at(r).title for r in range(window.model.rowCount())]


def test_restore_a_backup_from_the_backups_dialog(
    qtbot: QtBot, journal: Journal, make_window, answers: Answers
) -> None:
    journal.entries.add(EntryDraft(title="Before the mistake"))
    window: MainWindow = make_window()
    window.safety.make_daily_backup()
    journal.entries.add(EntryDraft(title="Mistake"))
    window.apply_filters()
    assert titles(window) == ["Mistake", "Before the mistake"]
    seen: dict[str, object] = {}

    def restore(dialog: BackupsDialog) -> None:
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in (1, 3)] for r in range(table.rowCount())]
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["after"] = [table.item(r, 1).text() for r in range(table.rowCount())]
        dialog.accept()

    in_modal(BackupsDialog, restore)
    window.backups_action.trigger()
    assert seen["rows"] == [["Daily", "1"]]
    assert answers.asked[0].startswith("Replace the journal with the backup made ")
    assert seen["after"] == ["Before a restore", "Daily"]
    assert titles(window) == ["Before the mistake"]
    assert window.statusBar().currentMessage() == "Backup restored."


def test_declining_the_restore_changes_nothing(
    qtbot: QtBot, journal: Journal, answers: Answers
) -> None:
    assert journal.backups is not None
    journal.entries.add(EntryDraft(title="kept"))
    journal.backups.create("manual")
    journal.entries.add(EntryDraft(title="also kept"))
    answers.question = QMessageBox.StandardButton.No
    dialog = BackupsDialog(journal.backups)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert journal.entries.count() == 2
    assert dialog.table.rowCount() == 1


def test_a_damaged_journal_is_offered_its_latest_backup(
    qtbot: QtBot, paths: AppPaths, answers: Answers
) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="precious"))
        assert journal.backups is not None
        journal.backups.create("daily")
    (paths.backups_dir / "manual-29990101-000000.sqlite3").write_bytes(b"")  # newest, empty
    paths.db_path.write_bytes(b"not a database!!" + paths.db_path.read_bytes()[16:])
    asked: dict[str, str] = {}

    def choose_restore(box: QMessageBox) -> None:
        asked["text"] = box.text()
        asked["more"] = box.informativeText()
        button = next(b for b in box.buttons() if b.text() == "&Restore the Backup")
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    in_modal(QMessageBox, choose_restore)
    opened = open_journal(paths)
    assert opened is not None
    journal, with_recovery_key = opened
    assert not with_recovery_key
    try:
        assert [e.title for e in journal.entries.summaries()] == ["precious"]
    finally:
        journal.close()
    assert asked["text"] == "The journal file is damaged or is not a Boundary Journal database."
    assert "holds 1 entries. Restore it?" in asked["more"]
    assert answers.warnings[0].startswith("The backup is in place. The damaged file is kept as ")
    assert len(list(paths.data_dir.glob("journal.damaged-*"))) == 1


def test_quitting_instead_keeps_the_damaged_file_as_it_is(
    qtbot: QtBot, paths: AppPaths, answers: Answers
) -> None:
    with Journal.open(paths) as journal:
        assert journal.backups is not None
        journal.backups.create("daily")
    damaged = b"not a database!!" + paths.db_path.read_bytes()[16:]
    paths.db_path.write_bytes(damaged)

    def quit_(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == "&Quit")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    in_modal(QMessageBox, quit_)
    assert open_journal(paths) is None
    assert paths.db_path.read_bytes() == damaged


def test_a_second_launch_brings_the_first_window_forward(qtbot: QtBot, paths: AppPaths) -> None:
    paths.ensure()
    first, second = SingleInstance(paths), SingleInstance(paths)
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not second.acquire()
    finally:
        first.release()
    third = SingleInstance(paths)
    assert third.acquire()  # free again once the first has gone
    third.release()


def test_a_lock_left_by_a_crash_does_not_keep_the_app_closed(
    paths: AppPaths, tmp_path: Path
) -> None:
    paths.ensure()
    # A lock file naming a process that no longer exists (pid 2**22 + 1 is never in use here).
    (paths.data_dir / "app.lock").write_text(f"{2**22 + 1}\nboundary-journal\n{''}\n")
    instance = SingleInstance(paths)
    assert instance.acquire()
    instance.release()


STARTER = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from journal_app.paths import AppPaths
from journal_app.ui.app import run_gui
from journal_app.ui.preferences.welcome_dialog import WelcomeDialog

app = QApplication([])
paths = AppPaths.resolve(sys.argv[1])
asked, second = [], []

def while_running():
    second.append(run_gui(paths))  # a second launch, while the first is open
    app.quit()

def welcome(dialog):  # the first run's welcome (it offers encryption): start writing
    asked.append(dialog.windowTitle())
    asked.append(dialog.encrypt.text() if dialog.encrypt else "")
    QTimer.singleShot(0, while_running)
    return 1

WelcomeDialog.exec = welcome
QTimer.singleShot(30000, app.quit)  # never wait forever
first = run_gui(paths)
print(json.dumps({"first": first, "second": second, "asked": asked}))
"""


def test_starting_the_app_backs_up_welcomes_and_stays_single(paths: AppPaths) -> None:
    """In a process of its own: run_gui owns the application's event loop."""
    report, stderr = window_process(STARTER, str(paths.data_dir), timeout=60)
    assert report["first"] == 0 and report["second"] == [0]
    assert "already open on this journal" in stderr
    assert [p.name.split("-")[0] for p in paths.backups_dir.iterdir()] == ["daily"]
    assert report["asked"] == ["Welcome to Boundary Journal", "&Protect with a Passphrase…"]


def test_a_large_journal_is_checked_after_it_opens_and_offered_its_backup(
    qtbot: QtBot, paths: AppPaths, answers: Answers, monkeypatch
) -> None:
    with Journal.open(paths) as journal:
        for n in range(30):
            journal.entries.add(EntryDraft(title=f"entry {n}"))
        assert journal.backups is not None
        journal.backups.create("daily")
        journal.entries.add(EntryDraft(title="written after the backup"))
    monkeypatch.setattr(app, "CHECK_AT_OPEN_MAX_BYTES", 1024)  # as a journal over 4 MB opens
    opened = app.open_journal(paths)
    assert opened is not None
    journal = opened[0]
    assert journal.full_check_pending  # only the schema was read: the window does not wait
    # The damage the background check finds (core's own test damages a real file).
    monkeypatch.setattr(journal, "full_check", lambda: "Page 7: btree page corrupted")
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.safety.checked, timeout=10000):
        window.safety.start_background_work()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert answers.asked[0].startswith("The journal file is damaged (Page 7: btree page")
    assert answers.warnings[0].startswith("The backup is in place. The damaged file is kept as ")
    assert window.model.rowCount() == 30  # the backup's entries, on screen
    assert len(list(paths.data_dir.glob("journal.damaged-*"))) == 1
    journal.close()


def test_an_empty_backup_is_listed_as_empty_and_cannot_be_restored(
    qtbot: QtBot, journal: Journal, answers: Answers
) -> None:
    journal.entries.add(EntryDraft(title="kept"))
    assert journal.backups is not None
    journal.backups.create("manual")
    (journal.backups.folder / "manual-29990101-000000.sqlite3").write_bytes(b"")
    dialog = BackupsDialog(journal.backups)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["empty", "1"]
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
