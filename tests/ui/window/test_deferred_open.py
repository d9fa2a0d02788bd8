"""The window paints its first page from the quick path's plain SQLite and opens the journal
wholly just after (core/reads/deferred.py, issue #22): the same first page, then everything
works as on a journal opened the ordinary way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.reads.deferred import DeferredJournal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths
from journal_app.ui.app import finish_opening, open_window
from journal_app.ui.entries.sidebar import CountRole
from journal_app.ui.window.main_window import MainWindow

from ..conftest import window_process

WAIT = 5000


def _fill(paths: AppPaths) -> int:
    with Journal.open(paths) as journal:
        journal.entries.add(EntryDraft(date=dt.date(2026, 11, 2), title="Older", clients=("Acme",)))
        newest = journal.entries.add(
            EntryDraft(date=dt.date(2026, 11, 3), title="Late call", body="At nine.", tags=("x",))
        )
        journal.incidents.add(
            IncidentDraft(entry_id=newest, client="Acme", kind="after_hours", note="9 pm")
        )
        return newest


def _counts(window: MainWindow) -> dict[str, int]:
    model = window.sidebar.model()
    found = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        found[index.data()] = index.data(CountRole)
    return found


def test_the_first_page_is_painted_before_the_journal_opens_wholly(
    qtbot: QtBot, paths: AppPaths
) -> None:
    newest = _fill(paths)
    shown = open_window(paths)
    assert shown is not None
    window, journal, _ = shown
    qtbot.addWidget(window)
    assert isinstance(journal, DeferredJournal) and journal.opened is None
    # The first page, from the quick path: the list, the sidebar's counts, the newest entry
    # in the editor with its incident.
    assert [window.model.index(r, 0).data() for r in range(2)][0].startswith("Late call")
    assert window.editor_view.title.text() == "Late call"
    assert window.editor_view.incidents.model.rowCount() == 1
    assert _counts(window)["All entries"] == 2
    assert journal.opened is None
    window.show()
    qtbot.waitUntil(lambda: journal.opened is not None, timeout=WAIT)  # just after the paint
    qtbot.waitUntil(lambda: window.started, timeout=WAIT)
    # From here on the real journal: typing is saved.
    body = window.editor_view.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Said no.")
    qtbot.keyClick(body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with Journal.open(paths) as again:
        qtbot.waitUntil(lambda: again.entries.get(newest).body == "At nine. Said no.", timeout=WAIT)
    window.close()
    journal.close()


def test_an_entry_the_command_line_adds_meanwhile_shows_once_the_journal_opens(
    qtbot: QtBot, paths: AppPaths
) -> None:
    _fill(paths)
    shown = open_window(paths)
    assert shown is not None
    window, journal, _ = shown
    qtbot.addWidget(window)
    with Journal.open(paths) as other:  # between the first page and the real journal
        other.entries.add(EntryDraft(date=dt.date(2026, 11, 4), title="From the terminal"))
    assert window.model.rowCount() == 2
    assert finish_opening(journal, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    assert window.model.index(0, 0).data().startswith("From the terminal")
    window.close()
    journal.close()


def test_a_journal_that_needs_opening_is_opened_the_ordinary_way(
    qtbot: QtBot, paths: AppPaths
) -> None:
    _fill(paths)
    with sqlite3.connect(paths.db_path) as db:  # last version's journal: a migration to run
        for index in ("ix_incident_heat", "ix_incident_months", "ix_incident_clients"):
            db.execute(f"DROP INDEX {index}")
        db.execute("UPDATE alembic_version SET version_num = '0010'")
    shown = open_window(paths)
    assert shown is not None
    window, journal, _ = shown
    qtbot.addWidget(window)
    assert isinstance(journal, Journal)  # migrated, as before
    assert window.model.rowCount() == 2
    window.close()
    journal.close()


START = r"""
import json, os, subprocess, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from journal_app.cli import main
code = main(["--data-dir", sys.argv[1], "--profile-startup"])
import linecache
kept = sorted(  # files read whole; SQLAlchemy keeps small texts of its own (<generated …>)
    f for f in linecache.cache if os.path.isfile(f) and ("sqlalchemy" in f or "core" in f)
)
print(json.dumps({"code": code, "orm": "sqlalchemy" in sys.modules, "kept": kept}))
"""


@pytest.mark.parametrize("entries", [0, 3])
def test_the_window_paints_before_sqlalchemy_is_loaded(tmp_path: Path, entries: int) -> None:
    paths = AppPaths.resolve(tmp_path / "journal")
    with Journal.open(paths) as journal:
        for n in range(entries):
            journal.entries.add(EntryDraft(title=f"Entry {n}", clients=("Acme",)))
    report, err = window_process(START, str(paths.data_dir))
    assert report["code"] == 0
    line = next(x for x in err.splitlines() if x.startswith("startup_ms="))
    figures = dict(part.split("=") for part in line.split())
    assert figures["orm_at_paint"] == "0"
    # The journal opened wholly after the paint, and no module's text was kept on the way
    # (PySide reads each imported module's source: see ui/window/qt_source_reads).
    assert report["orm"] and report["kept"] == []
