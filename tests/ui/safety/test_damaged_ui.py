"""A damaged journal in the window (issue #23): a dialog, never a traceback; the backup or a
rescue of everything readable, chosen with a click; a full disk opens read-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.paths import AppPaths
from journal_app.ui.app import open_journal, open_window
from tests.damage import Disk, damage_header, damage_value, disk, fill

from ..conftest import Answers, in_modal

__all__ = ["disk"]


def click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("damage", ["header", "empty"])
def test_rescue_then_restore_from_the_damaged_journal_dialog(
    qtbot: QtBot,
    paths: AppPaths,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    fill(paths)
    if damage == "header":
        damage_header(paths)
    else:
        paths.db_path.write_bytes(b"")
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "JSON (*.json)")
    )
    seen: list[str] = []

    def then_restore(box: QMessageBox) -> None:
        click(qtbot, box, "&Restore the Backup")

    def rescue_first(box: QMessageBox) -> None:
        seen.append(box.text())
        click(qtbot, box, "Re&scue What Can Be Read…")
        in_modal(QMessageBox, then_restore)  # the same choice comes back, for the backup

    in_modal(QMessageBox, rescue_first)
    opened = open_journal(paths)
    assert opened is not None
    journal, _ = opened
    try:
        assert journal.entries.count() == 6
    finally:
        journal.close()
    if damage == "header":
        assert seen == ["The journal file is damaged (unsupported file format)."]
        assert answers.warnings[0] == (
            f"6 entries were saved to {target}. Import the file into a new journal."
        )
        assert len(json.loads(target.read_text())["entries"]) == 6
    else:
        assert seen[0].startswith("The journal file is empty (0 bytes)")
        assert answers.warnings[0].startswith("0 entries were saved")
    assert answers.warnings[-1].startswith("The backup is in place.")


def test_without_a_backup_the_rescue_is_still_offered(
    qtbot: QtBot, paths: AppPaths, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    fill(paths, backup=False)
    damage_header(paths)
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    asked: list[str] = []

    def rescue(box: QMessageBox) -> None:
        asked.append(box.informativeText())
        assert sorted(b.text() for b in box.buttons()) == ["&Quit", "Re&scue What Can Be Read…"]
        click(qtbot, box, "Re&scue What Can Be Read…")
        in_modal(QMessageBox, lambda b: click(qtbot, b, "&Quit"))

    in_modal(QMessageBox, rescue)
    assert open_journal(paths) is None
    assert asked[0].startswith("There is no backup to restore from.")
    assert len(json.loads(target.read_text())["entries"]) == 6
    assert paths.db_path.exists()  # the damaged file stays where it was


def test_a_journal_with_a_damaged_row_gets_the_dialog_not_a_traceback(
    qtbot: QtBot, paths: AppPaths, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    fill(paths)
    damage_value(paths, 5, "title", "CAST(X'41FF42' AS TEXT)")
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    seen: list[str] = []

    def rescue(box: QMessageBox) -> None:
        seen.append(box.text())
        click(qtbot, box, "Re&scue What Can Be Read…")
        in_modal(QMessageBox, lambda b: click(qtbot, b, "&Quit"))

    in_modal(QMessageBox, rescue)
    assert open_window(paths) is None
    assert seen == [
        "Part of the journal cannot be read: the file is damaged there (text that is not "
        "UTF-8 in “title”)."
    ]
    assert answers.warnings[0] == (
        f"6 entries were saved to {target}. Import the file into a new journal. 1 entries had "
        "a damaged date, time or text and are kept as far as readable."
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The disk is full, so the journal is open read-only"),
        ("ru", "Диск заполнен, поэтому дневник открыт только для чтения"),
    ],
)
def test_a_full_disk_opens_the_window_read_only_and_says_so(
    qtbot: QtBot, answers: Answers, disk: Disk, language, lang: str, said: str
) -> None:
    language(lang)
    paths = AppPaths.resolve(disk.where / "journal")
    fill(paths, backup=False)
    disk.fill()
    shown = open_window(paths)
    assert shown is not None
    window, journal, _ = shown
    qtbot.addWidget(window)
    try:
        assert window.model.rowCount() == 6
    finally:
        window.close()
        journal.close()
    assert answers.warnings[0].startswith(said)


def test_read_only_media_open_the_window_read_only_and_say_why_in_russian(
    qtbot: QtBot, answers: Answers, disk: Disk, language
) -> None:
    language("ru")
    paths = AppPaths.resolve(disk.where / "journal")
    fill(paths, backup=False)
    disk.read_only()
    shown = open_window(paths)
    assert shown is not None
    window, journal, _ = shown
    qtbot.addWidget(window)
    window.close()
    journal.close()
    assert answers.warnings[0].startswith("В папку дневника нельзя записывать")


def test_a_row_found_damaged_while_the_window_runs_offers_the_rescue(
    qtbot: QtBot, paths: AppPaths, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    from journal_app.core.errors import DamagedRowError
    from journal_app.core.journal import Journal
    from journal_app.ui.app import damage_hook

    fill(paths)
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    passed_on: list[BaseException] = []
    seen: list[str] = []

    def rescue(box: QMessageBox) -> None:
        seen.append(box.text())
        click(qtbot, box, "Re&scue What Can Be Read…")

    with Journal.open(paths) as journal:
        hook = damage_hook(paths, journal, lambda _k, error, _t: passed_on.append(error))
        in_modal(QMessageBox, rescue)
        hook(DamagedRowError, DamagedRowError("Part of the journal cannot be read: x."), None)
        other = RuntimeError("a bug")
        hook(RuntimeError, other, None)
    assert seen == ["Part of the journal cannot be read: x."]
    assert answers.warnings == [
        f"6 entries were saved to {target}. Import the file into a new journal."
    ]
    assert passed_on == [other]  # anything else goes where it went before
