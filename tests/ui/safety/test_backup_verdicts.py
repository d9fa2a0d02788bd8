"""Why a backup cannot be restored is said in the reader's language: the verdict on the
backup (another database, a file gone) is a message of core's, not an English phrase."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.backups import plain_connect, verify_backup
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.common.i18n import TRANSLATIONS
from journal_app.ui.safety.backups_dialog import BackupsDialog

from ..conftest import Answers

FOREIGN = "manual-29990101-000000.sqlite3"  # the newest


@pytest.fixture
def russian() -> Iterator[None]:
    TRANSLATIONS.apply("ru")
    yield
    TRANSLATIONS.apply("en")


@pytest.fixture
def foreign(journal: Journal) -> Journal:
    """A journal with a good backup, and a newer file among its backups that is another
    program's database (it has an `entry` table, so its entries can be counted)."""
    journal.entries.add(EntryDraft(title="kept"))
    assert journal.backups is not None
    journal.backups.create("manual")
    other = sqlite3.connect(journal.backups.folder / FOREIGN)
    other.execute("CREATE TABLE entry (id INTEGER, deleted_at TEXT)")
    other.commit()
    other.close()
    return journal


def newest_chosen(qtbot: QtBot, journal: Journal) -> BackupsDialog:
    """The Backups dialog with its newest backup (the foreign file) chosen."""
    assert journal.backups is not None
    dialog = BackupsDialog(journal.backups)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    return dialog


def test_a_backup_that_is_not_ours_is_refused_in_russian(
    qtbot: QtBot, foreign: Journal, answers: Answers, russian: None
) -> None:
    dialog = newest_chosen(qtbot, foreign)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert answers.asked[0].startswith("Заменить дневник копией от ")
    assert answers.warnings == [
        f"Резервная копия {FOREIGN} повреждена (это не резервная копия Boundary Journal)."
    ]
    assert [e.title for e in foreign.entries.summaries()] == ["kept"]


def test_a_backup_gone_since_it_was_listed_is_said_in_russian(
    qtbot: QtBot, foreign: Journal, answers: Answers, russian: None
) -> None:
    dialog = newest_chosen(qtbot, foreign)
    assert foreign.backups is not None
    (foreign.backups.folder / FOREIGN).unlink()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert answers.warnings == [
        f"Резервная копия {FOREIGN} повреждена (файла больше нет на месте)."
    ]


def test_the_verdicts_keep_their_english_for_the_cli(foreign: Journal, tmp_path) -> None:
    assert foreign.backups is not None
    verdict = verify_backup(foreign.backups.folder / FOREIGN, plain_connect)
    assert str(verdict) == "not a Boundary Journal backup"
    (not_sqlite := tmp_path / "manual-29990101-000001.sqlite3").write_bytes(b"x" * 4096)
    verdict = verify_backup(not_sqlite, plain_connect)
    assert str(verdict) == "not a database, or encrypted with another key"
    assert str(verify_backup(tmp_path / "gone.sqlite3", plain_connect)) == (
        "the file is no longer there"
    )
