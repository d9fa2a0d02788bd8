"""Encryption as a person meets it: turning it on (and saving the recovery key), unlocking
at start, locking with Ctrl+L and after idle time, the recovery key as the way back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core import encryption
from journal_app.core.db import is_encrypted
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.core.settings import Settings
from journal_app.paths import AppPaths
from journal_app.ui.app import open_journal
from journal_app.ui.safety.encryption_dialog import EncryptionDialog, RecoveryKeyDialog
from journal_app.ui.safety.unlock_dialog import UnlockDialog
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS
from ..conftest import Answers, in_modal, type_text

pytestmark = pytest.mark.usefixtures("cheap_kdf")

PASS = REVIEW_PASS


def encrypt_from_the_menu(qtbot: QtBot, window: MainWindow) -> str:
    seen: dict[str, str] = {}

    def save_key(dialog: RecoveryKeyDialog) -> None:
        seen["key"] = dialog.key_label.text()
        journal_file = window.safety._paths.db_path
        seen["encrypted_while_shown"] = str(is_encrypted(journal_file))
        seen["done_enabled_before"] = str(dialog.done_button.isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not lose an unsaved key
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.saved, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    def encrypt(dialog: EncryptionDialog) -> None:
        seen["status"] = dialog.status.text()
        qtbot.keyClicks(dialog.new, PASS)
        qtbot.keyClicks(dialog.repeat, PASS)
        in_modal(RecoveryKeyDialog, save_key)
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.status.text()
        dialog.reject()

    in_modal(EncryptionDialog, encrypt)
    window.encryption_action.trigger()
    assert seen["status"].startswith("This journal is stored unencrypted")
    assert seen["after"].startswith("This journal and its backups are encrypted.")
    assert seen["done_enabled_before"] == "False"
    assert seen["encrypted_while_shown"] == "False"  # the key is saved before anything needs it
    return seen["key"]


def test_encrypt_lock_and_unlock(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window, answers: Answers
) -> None:
    journal.entries.add(EntryDraft(title="Acme at 9 pm", body="What I really think"))
    window: MainWindow = make_window()
    assert not window.lock_action.isEnabled()
    recovery = encrypt_from_the_menu(qtbot, window)
    assert len(recovery.split("-")) == 8
    assert journal.encrypted and is_encrypted(paths.db_path)
    assert window.lock_action.isEnabled()

    window.activateWindow()  # back from the dialogs
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.safety.locked
    assert not window.splitter.isVisible() and not window.menuBar().isEnabled()
    form = window.safety.lock_screen.form
    qtbot.keyClicks(form.field, "not the passphrase")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert window.safety.locked and form.message.text() == "Wrong passphrase."
    form.field.clear()
    qtbot.keyClicks(form.field, PASS)
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert not window.safety.locked and window.splitter.isVisible()
    assert window.editor_view.title.text() == "Acme at 9 pm"


@pytest.fixture
def encrypted_window(
    journal: Journal, paths: AppPaths, make_window, answers: Answers
) -> MainWindow:
    """The window on an encrypted journal, which locks itself when left alone."""
    journal.entries.add(EntryDraft(title="x"))
    encryption.encrypt(journal, paths, PASS)
    window: MainWindow = make_window()
    return window


def test_the_window_locks_itself_when_left_alone(
    qtbot: QtBot, journal: Journal, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    assert window.safety.idle.active  # 10 minutes by default
    window.safety.idle.start(0.002)  # about a tenth of a second, for the test
    qtbot.waitUntil(lambda: window.safety.locked, timeout=3000)
    assert journal.keys.key is None  # the key is put away, not just hidden


def test_typing_keeps_the_window_from_locking(qtbot: QtBot, encrypted_window: MainWindow) -> None:
    """The idle watch sees the keys (it is put on the app just after the first paint)."""
    window = encrypted_window
    window.safety.idle.start(0.01)  # 0.6 s without a key
    for _ in range(6):
        qtbot.keyClicks(window.editor_view.body, "a")
        qtbot.wait(200)
    assert not window.safety.locked  # 1.2 s of typing
    assert window.safety.idle.quiet_ms() < 400
    qtbot.waitUntil(lambda: window.safety.locked, timeout=3000)  # and then left alone


def test_unlocking_at_start_and_with_the_recovery_key(
    qtbot: QtBot, paths: AppPaths, answers: Answers
) -> None:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="kept"))
        recovery = encryption.encrypt(journal, paths, PASS)

    def wrong_then_right(dialog: UnlockDialog) -> None:
        type_text(dialog.form.field, "wrong one")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.form.message.text() == "Wrong passphrase."
        dialog.form.field.clear()
        type_text(dialog.form.field, PASS)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    in_modal(UnlockDialog, wrong_then_right)
    opened = open_journal(paths)
    assert opened is not None
    journal, with_recovery = opened
    assert not with_recovery and journal.entries.count() == 1
    journal.close()

    def by_recovery_key(dialog: UnlockDialog) -> None:
        qtbot.mouseClick(dialog.form.switch, Qt.MouseButton.LeftButton)
        type_text(dialog.form.field, recovery)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    in_modal(UnlockDialog, by_recovery_key)
    opened = open_journal(paths)
    assert opened is not None and opened[1] is True
    opened[0].close()


def test_quitting_at_the_unlock_prompt_opens_nothing(qtbot: QtBot, paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        encryption.encrypt(journal, paths, PASS)
    in_modal(UnlockDialog, lambda dialog: dialog.reject())
    assert open_journal(paths) is None


def test_the_first_run_welcome_offers_encryption_once(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window, answers: Answers
) -> None:
    from journal_app.ui.preferences.welcome_dialog import WelcomeDialog

    window: MainWindow = make_window()
    opened = in_modal(EncryptionDialog, lambda dialog: dialog.reject())
    welcomed = in_modal(
        WelcomeDialog, lambda dialog: qtbot.mouseClick(dialog.encrypt, Qt.MouseButton.LeftButton)
    )
    window.preferences.welcome()
    assert welcomed == ["Welcome to Boundary Journal"]
    assert opened == ["Encryption"]
    window.preferences.welcome()  # once only
    saved = Settings.load(paths.settings_file)
    assert saved.welcomed and saved.offered_encryption
    assert not journal.encrypted  # the dialog was closed without encrypting


def test_auto_lock_time_is_a_setting(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window, answers: Answers, tmp_path: Path
) -> None:
    encryption.encrypt(journal, paths, PASS)
    window: MainWindow = make_window()

    def set_minutes(dialog: EncryptionDialog) -> None:
        dialog.auto_lock.setFocus()
        dialog.auto_lock.selectAll()
        qtbot.keyClicks(dialog.auto_lock, "25")
        dialog.reject()

    in_modal(EncryptionDialog, set_minutes)
    window.encryption_action.trigger()
    assert Settings.load(paths.settings_file).auto_lock_minutes == 25


def test_a_damaged_backup_stops_encryption_and_says_which(
    qtbot: QtBot,
    journal: Journal,
    paths: AppPaths,
    make_window,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.entries.add(EntryDraft(title="x"))
    assert journal.backups is not None
    bad = journal.backups.create("manual")
    bad.write_bytes(b"")
    window: MainWindow = make_window()
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda dialog: shown.append("key") or 0)

    def encrypt(dialog: EncryptionDialog) -> None:
        qtbot.keyClicks(dialog.new, PASS)
        qtbot.keyClicks(dialog.repeat, PASS)
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    in_modal(EncryptionDialog, encrypt)
    window.encryption_action.trigger()
    assert answers.warnings == [
        f"The backup {bad.name} cannot be converted (the file is empty): delete it or move it "
        "out of the backup folder, then try again. Nothing was changed."
    ]
    assert shown == [] and not journal.encrypted and not paths.keys_path.exists()


def test_a_missing_key_file_is_said_missing_at_the_unlock_prompt(
    qtbot: QtBot, paths: AppPaths
) -> None:
    with Journal.open(paths) as journal:
        encryption.encrypt(journal, paths, PASS)
    paths.keys_path.unlink()
    (paths.backups_dir / "journal.keys").unlink()
    said: list[str] = []

    def try_it(dialog: UnlockDialog) -> None:
        type_text(dialog.form.field, PASS)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        said.append(dialog.form.message.text())
        dialog.reject()

    in_modal(UnlockDialog, try_it)
    assert open_journal(paths) is None
    assert said == [
        "The journal is encrypted, but its key file journal.keys is missing (and the backup "
        "folder has no copy): put it back beside journal.sqlite3 to open the journal."
    ]


def test_an_encryption_cut_short_is_finished_when_the_window_opens(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import conversion

    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(title="kept"))
        assert journal.backups is not None
        journal.backups.create("manual")
        real = conversion.convert_backups

        def killed(*_args: object) -> None:
            raise KeyboardInterrupt  # the process stops once the journal itself is encrypted

        monkeypatch.setattr(conversion, "convert_backups", killed)
        with pytest.raises(KeyboardInterrupt):
            encryption.encrypt(journal, paths, PASS)
        monkeypatch.setattr(conversion, "convert_backups", real)
    assert not any(is_encrypted(b) for b in paths.backups_dir.glob("*.sqlite3"))

    def unlock(dialog: UnlockDialog) -> None:
        type_text(dialog.form.field, PASS)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    in_modal(UnlockDialog, unlock)
    opened = open_journal(paths)
    assert opened is not None
    opened[0].close()
    backups = list(paths.backups_dir.glob("*.sqlite3"))
    assert len(backups) == 2 and all(is_encrypted(b) for b in backups)
