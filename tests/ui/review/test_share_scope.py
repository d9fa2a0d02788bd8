"""Share for Review… offers what File → Export… offers (the list's entries, the selected ones,
clients, tags, incident kinds, dates, the unknown names), and the sealed file holds exactly
what was chosen: opened with the core's reader, as the coach's window opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.core.review.document import read_review
from journal_app.ui.review.share_dialog import ShareReviewDialog
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS
from ..conftest import Answers, in_modal

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS
WAIT = 3000


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    """Four entries about Acme and Beta (one with an after-hours call, two tagged travel),
    and a private one that never leaves."""
    rows = (
        (1, "Late call from Acme", "Acme", (), "Acme phoned at ten; Ivan Sidorov again."),
        (3, "Budget talk", "Beta", (), "Calm."),
        (5, "Hotel booking for Acme", "Acme", ("travel",), "Calm."),
        (7, "Beta wants a discount", "Beta", ("travel",), "Calm."),
    )
    ids = [
        journal.entries.add(
            EntryDraft(dt.date(2026, 10, day), title=title, body=body, clients=(who,), tags=tags)
        )
        for day, title, who, tags, body in rows
    ]
    at = dt.datetime(2026, 10, 1, 22, 0)
    journal.incidents.add(IncidentDraft(ids[0], "Acme", "after_hours", occurred_at=at))
    diary = EntryDraft(dt.date(2026, 10, 8), title="Acme diary", body="PRIVATEWORD", private=True)
    journal.entries.add(diary)
    return journal


@pytest.fixture
def sealed_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the file chooser puts the review."""
    path = tmp_path / "review.bjreview"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    return path


def items(widget) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def tick(qtbot: QtBot, box: QListWidget, text: str) -> None:
    """Tick an item as a person does with the keyboard: move to it, press Space."""
    box.setFocus()
    box.setCurrentRow(items(box).index(text))
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.currentItem().checkState() == Qt.CheckState.Checked


def seal(qtbot: QtBot, dialog: ShareReviewDialog) -> None:
    qtbot.keyClicks(dialog.passphrase.edit, PASS)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)


def titles_in(path: Path) -> list[str]:
    return [e["title"] for e in read_review(path, PASS).entries]


def test_the_search_and_a_tag_narrow_what_the_coach_gets(
    qtbot: QtBot,
    seeded: Journal,
    make_window,
    answers: Answers,
    sealed_path: Path,
) -> None:
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_bar.box, "acme")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)  # the diary too
    seen: dict[str, object] = {}

    def share(dialog: ShareReviewDialog) -> None:
        choices, preview = dialog.choices, dialog.preview
        seen["scopes"] = [choices.scope_box.itemText(n) for n in range(choices.scope_box.count())]
        seen["tabs"] = [choices.filters.tabText(n) for n in range(choices.filters.count())]
        qtbot.mouseClick(choices.from_check, Qt.MouseButton.LeftButton)  # from the start
        choices.scope_box.setFocus()
        qtbot.keyClick(choices.scope_box, Qt.Key.Key_Down)  # "The entries in the list (3)"
        qtbot.waitUntil(lambda: preview.titles.count() == 2, timeout=WAIT)
        seen["listed"] = items(preview.titles)
        seen["summary"] = preview.summary.text()
        seen["unknown"] = items(preview.unknown)
        choices.filters.setCurrentIndex(1)
        tick(qtbot, choices.tag_list, "travel")
        qtbot.waitUntil(lambda: preview.titles.count() == 1, timeout=WAIT)
        seal(qtbot, dialog)

    assert in_modal(ShareReviewDialog, share) == []
    window.reviews.share_action.trigger()
    assert seen["scopes"] == ["All entries", "The entries in the list (3)"]
    assert seen["tabs"] == ["Clients", "Tags", "Incident kinds"]
    assert seen["listed"] == [
        "2026-10-01 · Late call from Client A",
        "2026-10-05 · Hotel booking for Client A",
    ]
    assert "1 private entry left out" in str(seen["summary"])
    assert "Ivan Sidorov (1)" in seen["unknown"]  # a pseudonymised review lists them too
    assert titles_in(sealed_path) == ["Hotel booking for Client A"]
    assert b"Acme" not in sealed_path.read_bytes()


def test_the_selected_entries_and_a_kind_with_real_names(
    qtbot: QtBot,
    seeded: Journal,
    make_window,
    answers: Answers,
    sealed_path: Path,
) -> None:
    window: MainWindow = make_window()
    view = window.entry_list
    # Newest first: Acme diary (private), Beta wants…, Hotel booking, Budget talk, Late call.
    for row, keys in ((0, Qt.KeyboardModifier.NoModifier), (2, Qt.KeyboardModifier.ControlModifier),
                      (4, Qt.KeyboardModifier.ControlModifier)):  # fmt: skip
        rect = view.visualRect(window.model.index(row))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, keys, rect.center())
    seen: dict[str, object] = {}

    def share(dialog: ShareReviewDialog) -> None:
        choices, preview = dialog.choices, dialog.preview
        assert choices.pseudonymise_check.isChecked()  # by default
        assert choices.pseudonymise_check.isVisible()
        qtbot.mouseClick(choices.from_check, Qt.MouseButton.LeftButton)
        choices.scope_box.setFocus()
        qtbot.keyClicks(choices.scope_box, "Sel")  # type-ahead: "Selected entries (3)"
        seen["scope"] = choices.scope_box.currentText()
        qtbot.waitUntil(lambda: preview.titles.count() == 2, timeout=WAIT)
        seen["before"] = items(preview.titles)
        choices.filters.setCurrentIndex(2)
        kinds = choices.kind_list
        kind = next(
            kinds.item(n).text()
            for n in range(kinds.count())
            if kinds.item(n).data(Qt.ItemDataRole.UserRole) == "after_hours"
        )
        tick(qtbot, kinds, kind)
        qtbot.mouseClick(choices.pseudonymise_check, Qt.MouseButton.LeftButton)  # real names
        qtbot.waitUntil(lambda: preview.titles.count() == 1, timeout=WAIT)
        seen["summary"] = preview.summary.text()
        seen["unknown shown"] = preview.unknown.isVisible()
        seal(qtbot, dialog)

    in_modal(ShareReviewDialog, share)
    window.reviews.share_action.trigger()
    assert seen["scope"] == "Selected entries (3)"
    assert seen["before"] == [
        "2026-10-01 · Late call from Client A",
        "2026-10-05 · Hotel booking for Client A",
    ]
    assert "The clients' real names will be in the file." in str(seen["summary"])
    assert seen["unknown shown"] is False  # real names: nothing to hide
    assert titles_in(sealed_path) == ["Late call from Acme"]
    opened = read_review(sealed_path, PASS)
    assert opened.entries[0]["clients"] == ["Acme"]
    assert b"PRIVATEWORD" not in sealed_path.read_bytes()
    assert answers.warnings[-1].startswith("Sealed 1 entry into")


def test_a_client_filter_in_russian(
    qtbot: QtBot, seeded: Journal, answers: Answers, sealed_path: Path
) -> None:
    dialog = ShareReviewDialog(seeded, lang="ru")
    qtbot.addWidget(dialog)
    dialog.show()
    choices, preview = dialog.choices, dialog.preview
    qtbot.mouseClick(choices.from_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.titles.count() == 4, timeout=WAIT)
    tick(qtbot, choices.client_list, "Beta")
    qtbot.waitUntil(lambda: preview.titles.count() == 2, timeout=WAIT)
    seal(qtbot, dialog)
    review = read_review(sealed_path, PASS)
    assert [e["title"] for e in review.entries][0] == "Budget talk"
    assert [e["clients"] for e in review.entries] == [
        ["Клиент Б"],
        ["Клиент Б"],
    ]  # aliases stay as ever
