"""File → Import… offers every file the importers read (and a coach's notes), with an "All
files" choice; a coach's notes chosen there are imported as notes, and one file of jrnl's
YAML export brings its whole folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journal_app.core.importers import EXTENSIONS
from journal_app.ui.transfer.import_dialog import ImportDialog
from journal_app.ui.window.main_window import MainWindow

from ..conftest import Answers, in_modal

YAML_ENTRY = (
    "---\ntitle: {0}\ndate: 2024-03-0{1} 09:00\nstarred: False\ntags: \nbody: |\t\t\n\tText\n..."
)


def open_import(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_the_filter_lists_every_format_and_all_files(
    qtbot: QtBot, make_window, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    asked: list[str] = []

    def chooser(_parent, _title, _folder, filters, *_a, **_k):
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    open_import(qtbot, window)
    kinds = asked[0].split(";;")
    first = set(re.findall(r"\*\.(\w+)", kinds[0]))
    assert first == {"json", "txt", "md", "xml", "zip", "bjnotes"}
    assert set(EXTENSIONS) <= first  # whatever a reader takes is offered
    assert kinds[0].startswith("Journals (")
    assert "Day One: JSON or .zip (*.json *.zip)" in kinds
    assert "jrnl YAML export: any .md file of its folder (*.md)" in kinds
    assert "Coach notes (*.bjnotes)" in kinds
    assert kinds[-1] == "All files (*)"


def test_coach_notes_chosen_in_import_are_imported_as_notes(
    qtbot: QtBot, make_window, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    notes = tmp_path / "from-coach.bjnotes"
    notes.write_bytes(b"not really sealed")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    asked: list[str] = []
    window.reviews.ask_passphrase = lambda name: asked.append(name) or "some passphrase"
    open_import(qtbot, window)
    assert asked == ["from-coach.bjnotes"]  # the notes' passphrase, not the import dialog
    assert len(answers.warnings) == 1 and "from-coach.bjnotes" in answers.warnings[0]


def test_one_file_of_a_yaml_export_brings_its_folder(
    qtbot: QtBot, make_window, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "yaml"
    folder.mkdir()
    for day, title in ((2, "Meeting"), (3, "Call")):
        (folder / f"2024-03-0{day}_{title.lower()}.md").write_text(
            YAML_ENTRY.format(title, day), encoding="utf-8"
        )
    window: MainWindow = make_window()
    chosen = folder / "2024-03-02_meeting.md"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    seen: dict[str, str] = {}

    def look(dialog: ImportDialog) -> None:
        seen["summary"] = dialog.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    in_modal(ImportDialog, look)
    open_import(qtbot, window)
    assert seen["summary"].startswith("This jrnl file holds 2 entries.")
    assert answers.warnings == ["2 entries imported."]
