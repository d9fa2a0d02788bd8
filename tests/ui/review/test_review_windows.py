"""The coach review as people use it: the account manager shares a sealed review from the
File menu, the coach opens it in a read-only window of its own, searches it, opens the
trends, writes notes and sends them back, and the notes show beside the entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths
from journal_app.ui.review.review_window import ReviewWindow
from journal_app.ui.review.share_dialog import ShareReviewDialog
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS
from ..conftest import Answers, in_modal

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS
WAIT = 3000


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    first = journal.entries.add(
        EntryDraft(
            date=dt.date(2026, 10, 1),
            title="Late call from Acme",
            body="Acme phoned at ten; I picked up.",
            clients=("Acme",),
        )
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=first,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 10, 1, 22, 0),
            note="Picked up anyway",
        )
    )
    journal.entries.add(
        EntryDraft(date=dt.date(2026, 10, 3), title="Budget talk", body="Calm.", clients=("Beta",))
    )
    journal.entries.add(
        EntryDraft(date=dt.date(2026, 10, 4), title="Diary", body="PRIVATEWORD", private=True)
    )
    return journal


def items(widget) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def test_share_read_answer_and_see_the_notes(
    qtbot: QtBot,
    seeded: Journal,
    make_window,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window: MainWindow = make_window()
    review_path = tmp_path / "october.bjreview"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(review_path), ""))
    seen: dict[str, object] = {}

    def share(dialog: ShareReviewDialog) -> None:
        assert dialog.choices.pseudonymise_check.isChecked()  # by default
        qtbot.mouseClick(dialog.choices.from_check, Qt.MouseButton.LeftButton)  # from the start
        qtbot.waitUntil(lambda: dialog.preview.titles.count() == 2, timeout=WAIT)
        seen["names"] = items(dialog.preview.names)
        seen["summary"] = dialog.preview.summary.text()
        qtbot.keyClicks(dialog.passphrase.edit, "short")
        seen["weak"] = dialog.passphrase.strength.text()
        seen["enabled_when_weak"] = dialog.share_button.isEnabled()
        qtbot.mouseClick(dialog.passphrase.generate_button, Qt.MouseButton.LeftButton)
        seen["generated"] = dialog.passphrase.text()
        qtbot.mouseClick(dialog.passphrase.copy_button, Qt.MouseButton.LeftButton)
        dialog.passphrase.edit.clear()
        qtbot.keyClicks(dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)

    done = in_modal(ShareReviewDialog, share)
    window.menuBar().setFocus()
    window.reviews.share_action.trigger()
    assert done == ["Share for Review"]
    assert seen["names"] == ["Acme → Client A", "Beta → Client B"]
    assert "1 private entry left out" in str(seen["summary"])
    assert str(seen["weak"]).startswith("Strength: Too short")
    assert seen["enabled_when_weak"] is False
    assert len(str(seen["generated"]).split("-")) == 6
    assert QApplication.clipboard().text() == seen["generated"]
    assert b"Acme" not in review_path.read_bytes() and b"picked" not in review_path.read_bytes()
    assert answers.warnings[-1].startswith("Sealed 2 entries into")

    # -- the coach, in a journal of their own ----------------------------------------------
    coach_paths = AppPaths.resolve(tmp_path / "coach")
    with Journal.open(coach_paths) as coach_journal:
        coach = MainWindow(coach_journal, coach_paths)
        qtbot.addWidget(coach)
        asked: list[str] = []
        phrases = iter(["wrong passphrase", PASS])

        def ask(name: str) -> str:
            asked.append(name)
            return next(phrases)

        coach.reviews.ask_passphrase = ask
        opened = coach.reviews.open_review(review_path)
        assert isinstance(opened, ReviewWindow)
        assert asked == ["october.bjreview", "october.bjreview"]
        assert answers.warnings[-1] == "Wrong passphrase for october.bjreview."
        qtbot.waitExposed(opened)
        assert items(opened.entries) == [
            "2026-10-03 · Budget talk",
            "2026-10-01 · Late call from Client A",
        ]
        qtbot.keyClicks(opened.search, "phoned")
        assert items(opened.entries) == ["2026-10-01 · Late call from Client A"]
        shown = opened.view.toPlainText()
        assert "Picked up anyway" in shown and "Acme" not in shown
        assert opened.notes_pane.target.itemText(1).startswith("Incident: ")

        qtbot.keyClicks(opened.notes_pane.text, "You noticed it. Good.")
        qtbot.mouseClick(opened.notes_pane.add_button, Qt.MouseButton.LeftButton)
        opened.notes_pane.target.setCurrentIndex(1)  # the incident
        qtbot.keyClicks(opened.notes_pane.text, "What would no sound like?")
        qtbot.mouseClick(opened.notes_pane.add_button, Qt.MouseButton.LeftButton)
        opened.notes_pane.target.setCurrentIndex(
            opened.notes_pane.target.count() - 1
        )  # the summary
        qtbot.keyClicks(opened.notes_pane.text, "Next: evening rules")
        qtbot.mouseClick(opened.notes_pane.add_button, Qt.MouseButton.LeftButton)
        assert len(items(opened.notes_pane.list)) == 3
        assert "Incident" in items(opened.notes_pane.list)[1]

        opened.trends_action.trigger()
        trends = [w for w in QApplication.topLevelWidgets() if w.objectName() == "trendsWindow"]
        assert trends and any(w.isVisible() for w in trends)

        notes_path = tmp_path / "back.bjnotes"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(notes_path), ""))
        opened.send_action.trigger()
        assert answers.warnings[-1].startswith("3 notes sealed into")
        opened.close()
        assert [r.notes for r in coach_journal.reviews.reviews()] == [3]
        coach.editor.flush()
        coach.close()

    # -- back at the account manager's ------------------------------------------------------
    window.reviews.ask_passphrase = lambda _name: PASS
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes_path), ""))
    window.reviews.import_notes_action.trigger()
    assert answers.warnings[-1].startswith("The coach's notes: 3 new, 0 updated")
    window.reviews.import_notes_action.trigger()
    assert answers.warnings[-1].startswith("The coach's notes: 0 new, 0 updated")
    row = next(
        n for n in range(window.model.rowCount()) if "Late call" in window.model.entry_at(n).title
    )
    rect = window.entry_list.visualRect(window.model.index(row))
    qtbot.mouseClick(window.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(window.coach_notes.isVisible, timeout=WAIT)
    text = window.coach_notes.text.text()
    assert "You noticed it. Good." in text and "What would no sound like?" in text
    assert "Coach’s notes (read only)" in text
    assert "evening rules" not in text  # the summary is not an entry's note
    assert "You noticed" not in window.editor_view.body.toPlainText()
    # The sidebar's "Coach notes" lists the entries with notes.
    sidebar = window.sidebar
    window.resize(1280, 800)  # a narrow window puts the sidebar aside (ui/window/window_fit)
    qtbot.waitUntil(sidebar.isVisible, timeout=WAIT)
    found = sidebar.model().match(
        sidebar.model().index(0, 0), Qt.ItemDataRole.DisplayRole, "Coach notes", 1,
        Qt.MatchFlag.MatchStartsWith,
    )  # fmt: skip
    assert found
    qtbot.waitUntil(lambda: sidebar.visualRect(found[0]).height() > 0, timeout=WAIT)
    rect = sidebar.visualRect(found[0])
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    assert window.model.entry_at(0).title == "Late call from Acme"
