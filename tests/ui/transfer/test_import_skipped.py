"""The import preview says which entries it will skip, and why: already in the journal, or
in the file twice; distinct entries of one day are never among them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.transfer.import_dialog import ImportDialog

from ..conftest import Answers


def items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_preview_lists_the_skipped_entries(
    qtbot: QtBot, journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    journal.entries.add(EntryDraft(date=dt.date(2026, 1, 5), time=dt.time(9, 0), title="Call."))
    path = tmp_path / "journal.txt"
    path.write_text(
        "[2026-01-05 09:00] Call.\n\n"  # in the journal already
        "[2026-01-05 17:00] Call.\n\n"  # same day, another time: new
        "[2026-01-06 08:00]\n\n"  # an empty entry…
        "[2026-01-06 08:00]\n",  # …twice in the file
        encoding="utf-8",
    )
    dialog = ImportDialog(journal, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read()
    assert dialog.summary.text() == (
        "This jrnl file holds 4 entries. From 5 January 2026 to 6 January 2026. "
        "1 entry is already in this journal and will be skipped. "
        "1 entry is in the file twice and will be skipped."
    )
    assert dialog.skipped.isVisible()
    assert items(dialog.skipped) == [
        "2026-01-05 09:00 “Call.”: already in this journal",
        "2026-01-06 08:00 “(untitled)”: twice in the file",
    ]
    assert dialog.import_button.text() == "&Import (2)"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert answers.warnings == ["2 entries imported. 2 were already there, skipped."]
    assert journal.entries.count() == 3


def test_nothing_skipped_shows_no_list(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("[2026-01-05 09:00] Call.\n\n[2026-01-05 09:00] Call again.\n")
    dialog = ImportDialog(journal, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read()
    assert not dialog.skipped.isVisible() and dialog.import_button.text() == "&Import (2)"


def test_what_a_day_one_file_leaves_out_is_said_in_russian(
    qtbot: QtBot, journal: Journal, tmp_path: Path, language: Callable[[str], None]
) -> None:
    """Core said "2 photo(s) or attachment(s) not imported" in English to a Russian window."""
    language("ru")
    path = tmp_path / "Journal.json"
    entry = {
        "creationDate": "2026-01-05T09:00:00Z",
        "timeZone": "Mars/Olympus",
        "text": "Звонок",
        "photos": [{"identifier": "A"}, {"identifier": "B"}],
    }
    path.write_text(json.dumps({"entries": [entry]}), encoding="utf-8")
    dialog = ImportDialog(journal, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read()
    assert dialog.notes.isVisible()
    assert items(dialog.notes) == [
        "Journal.json: запись 1: неизвестный часовой пояс «Mars/Olympus»; время оставлено в UTC.",
        "Journal.json: запись 1 (2026-01-05): не импортировано фото и вложений: 2.",
    ]
