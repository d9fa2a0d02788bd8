"""Client → Brief…: one page in the window, per client or for all, since a date, saved as
PDF, Markdown or JSON; the coach's review window has the same brief of the review."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths
from journal_app.ui.review.brief_dialog import BriefDialog
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS
from ..conftest import in_modal

PASS = REVIEW_PASS


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def filled(journal: Journal) -> Journal:
    today = dt.date.today()
    for client, days in (("Acme", (3, 5)), ("Beta", (4,))):
        entry = journal.entries.add(
            EntryDraft(date=today - dt.timedelta(days=days[0]), title=client, clients=(client,))
        )
        for day in days:
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry,
                    client=client,
                    kind="after_hours",
                    occurred_at=dt.datetime.combine(today - dt.timedelta(days=day), dt.time(21)),
                )
            )
    return journal


def test_the_brief_shows_as_a_page_and_saves_in_three_formats(
    qtbot: QtBot,
    filled: Journal,
    make_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = make_window()
    client_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Clie&nt")
    assert window.reviews.brief_action in client_menu.actions()
    targets = iter([tmp_path / "b.pdf", tmp_path / "b.md", tmp_path / "b"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    seen: dict[str, str] = {}

    def use(dialog: BriefDialog) -> None:
        seen["all"] = dialog.view.toPlainText()
        dialog.client.setFocus()
        qtbot.keyClicks(dialog.client, "Beta")  # choose the client by typing its name
        seen["beta"] = dialog.view.toPlainText()
        later = dt.date.today() - dt.timedelta(days=1)
        dialog.since.setDate(QDate(later.year, later.month, later.day))
        seen["later"] = dialog.view.toPlainText()
        dialog.since.setDate(QDate(later.year, later.month, later.day).addDays(-29))
        for button in (dialog.pdf_button, dialog.md_button, dialog.json_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    done = in_modal(BriefDialog, use)
    window.reviews.brief_action.trigger()
    assert done == ["Brief"]
    assert seen["all"].startswith("Brief before the coaching session\nAll clients · ")
    assert "Incidents\t3\t0" in seen["all"].replace("\n", "\t")
    assert seen["beta"].split("\n")[1].startswith("Beta · ")
    assert "Incidents\t1\t0" in seen["beta"].replace("\n", "\t")
    assert "Incidents\t0\t" in seen["later"].replace("\n", "\t")
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert "| Incidents | 1 | 0 |" in (tmp_path / "b.md").read_text(encoding="utf-8")
    saved = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert (saved["client"], saved["incidents"]) == ("Beta", 1)


def test_the_coach_gets_the_brief_of_a_review(
    qtbot: QtBot, filled: Journal, tmp_path: Path, answers
) -> None:
    path = tmp_path / "r.bjreview"
    filled.reviews.share(ExportScope(pseudonymise=True), path, PASS)
    paths = AppPaths.resolve(tmp_path / "coach")
    with Journal.open(paths) as journal:
        coach = MainWindow(journal, paths)
        qtbot.addWidget(coach)
        coach.reviews.ask_passphrase = lambda _name: PASS
        opened = coach.reviews.open_review(path)
        assert opened is not None
        pane = opened.notes_pane
        pane.target.setCurrentIndex(pane.target.count() - 1)
        qtbot.keyClicks(pane.text, "Topic: evenings")
        qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
        seen: dict[str, object] = {}

        def look(dialog: BriefDialog) -> None:
            seen["text"] = dialog.view.toPlainText()
            seen["choices"] = dialog.client.isVisible() or dialog.since.isVisible()

        in_modal(BriefDialog, look)
        qtbot.waitExposed(opened)
        opened.activateWindow()
        qtbot.waitUntil(opened.isActiveWindow)
        opened.entries.setFocus()
        qtbot.keyClick(opened.entries, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        text = str(seen["text"])
        assert text.startswith("Brief of the review\nClient A, Client B · ")
        assert "Topic: evenings" in text and "Acme" not in text
        assert "Incidents\t3" in text.replace("\n", "\t")
        assert seen["choices"] is False
        opened.close()
        coach.close()


def test_a_brief_that_cannot_be_made_says_why_in_the_window_s_language(
    qtbot: QtBot, language
) -> None:
    from journal_app.core.errors import NotFoundError
    from journal_app.core.messages import NOTE_GONE

    def refuse(_client: object, _since: dt.date) -> object:
        raise NotFoundError(NOTE_GONE)

    language("ru")
    dialog = BriefDialog(refuse, "ru", None, clients=["Acme"], since=dt.date(2026, 1, 1))
    qtbot.addWidget(dialog)
    assert dialog.view.toPlainText() == "Этой заметки уже нет."
    assert not dialog.pdf_button.isEnabled()
