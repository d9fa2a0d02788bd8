"""The coach's side, as a coach uses it: notes edited with F2/Enter or a double click and
removed with Delete; the Reviews list reopens a review from where it was (and finds it again
when it has moved); a second launch with a review while the app runs opens it there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.paths import AppPaths
from journal_app.ui.review.review_window import ReviewWindow
from journal_app.ui.review.reviews_dialog import ReviewsDialog
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS, share_late_call
from ..conftest import Answers, in_modal

PASS = REVIEW_PASS
WAIT = 3000


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def review_file(journal: Journal, tmp_path: Path) -> Path:
    return share_late_call(journal, tmp_path / "october.bjreview")


@pytest.fixture
def coach(qtbot: QtBot, tmp_path: Path, answers: Answers) -> Iterator[MainWindow]:
    paths = AppPaths.resolve(tmp_path / "coach")
    with Journal.open(paths) as journal:
        window = MainWindow(journal, paths)
        qtbot.addWidget(window)
        window.reviews.ask_passphrase = lambda _name: PASS
        yield window
        for opened in list(window.reviews.windows):
            opened.close()
        window.editor.flush()
        window.close()


def texts(widget) -> list[str]:
    return [widget.item(n).text().split(": ", 1)[1] for n in range(widget.count())]


def open_review(qtbot: QtBot, coach: MainWindow, path: Path) -> ReviewWindow:
    opened = coach.reviews.open_review(path)
    assert isinstance(opened, ReviewWindow)
    qtbot.waitExposed(opened)
    return opened


def write(qtbot: QtBot, opened: ReviewWindow, text: str) -> None:
    qtbot.keyClicks(opened.notes_pane.text, text)
    qtbot.mouseClick(opened.notes_pane.add_button, Qt.MouseButton.LeftButton)


def test_the_coach_edits_and_deletes_notes_with_keys_and_clicks(
    qtbot: QtBot, coach: MainWindow, review_file: Path, answers: Answers
) -> None:
    opened = open_review(qtbot, coach, review_file)
    pane = opened.notes_pane
    write(qtbot, opened, "You noticed it")
    pane.target.setCurrentIndex(pane.target.count() - 1)  # the summary
    write(qtbot, opened, "Next: evenings")
    assert texts(pane.list) == ["You noticed it", "Next: evenings"]

    # F2 on a note puts it in the box; Ctrl+Enter saves it.
    pane.list.setFocus()
    pane.list.setCurrentRow(0)
    qtbot.keyClick(pane.list, Qt.Key.Key_F2)
    assert pane.text.toPlainText() == "You noticed it"
    assert pane.add_button.text() == "&Save Note" and not pane.target.isEnabled()
    qtbot.keyClicks(pane.text, ", well done")
    qtbot.keyClick(pane.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert texts(pane.list) == ["You noticed it, well done", "Next: evenings"]
    assert pane.add_button.text() == "&Add Note" and pane.text.toPlainText() == ""

    # Enter edits too, and Escape leaves the note as it was.
    pane.list.setFocus()
    pane.list.setCurrentRow(1)
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.text, " and weekends")
    qtbot.keyClick(pane.text, Qt.Key.Key_Escape)
    assert texts(pane.list)[1] == "Next: evenings" and pane.text.toPlainText() == ""

    # A double click and the Save button.
    rect = pane.list.visualItemRect(pane.list.item(1))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane.text.clear()
    qtbot.keyClicks(pane.text, "Next: weekends")
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert texts(pane.list) == ["You noticed it, well done", "Next: weekends"]

    # Delete asks first; "No" keeps the note, "Yes" removes it.
    pane.list.setFocus()
    pane.list.setCurrentRow(0)
    answers.question = answers.question.No
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert answers.asked[-1] == "Delete your note “You noticed it, well done”?"
    assert len(texts(pane.list)) == 2
    answers.question = answers.question.Yes
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert texts(pane.list) == ["Next: weekends"]
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert texts(pane.list) == [] and not pane.delete_button.isEnabled()
    assert coach.reviews._journal.reviews.notes(opened.review.review_id) == []


def test_the_reviews_list_reopens_a_review_and_finds_a_moved_one(
    qtbot: QtBot,
    coach: MainWindow,
    review_file: Path,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write(qtbot, open_review(qtbot, coach, review_file), "A first note")
    for opened in list(coach.reviews.windows):
        opened.close()

    def choose_first(dialog: ReviewsDialog) -> None:
        assert dialog.list.count() == 1 and "notes: 1" in dialog.list.item(0).text()
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    done = in_modal(ReviewsDialog, choose_first)
    coach.reviews.reviews_action.trigger()
    assert done == ["Reviews"]
    (opened,) = coach.reviews.windows
    assert texts(opened.notes_pane.list) == ["A first note"]
    opened.close()

    # The file moved: the list says where it was and offers to locate it.
    moved = tmp_path / "elsewhere" / "october.bjreview"
    moved.parent.mkdir()
    review_file.rename(moved)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))

    def reopen(dialog: ReviewsDialog) -> None:
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)

    in_modal(ReviewsDialog, reopen)
    coach.reviews.reviews_action.trigger()
    assert answers.asked[-1] == (
        f"The file of this review is no longer at {review_file}. "
        "Locate the file to open the review?"
    )
    (opened,) = coach.reviews.windows
    assert opened.path == moved
    assert [r.path for r in coach.reviews._journal.reviews.reviews()] == [str(moved)]


def test_the_sidebar_lists_each_review_and_a_click_opens_it_again(
    qtbot: QtBot,
    coach: MainWindow,
    review_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coach.resize(1280, 800)
    coach.show()
    qtbot.waitExposed(coach)
    sidebar = coach.sidebar
    groups = [sidebar.model().index(n, 0).data() for n in range(sidebar.model().rowCount())]
    assert "Reviews" not in groups  # none opened yet

    write(qtbot, open_review(qtbot, coach, review_file), "A first note")
    for opened in list(coach.reviews.windows):
        opened.close()
    model = sidebar.model()
    group = next(model.index(n, 0) for n in range(model.rowCount())
                 if model.index(n, 0).data() == "Reviews")  # fmt: skip
    assert model.rowCount(group) == 1
    item = model.index(0, 0, group)
    assert item.data().endswith("· Client A")
    listed = coach.model.rowCount()

    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualRect(item).center()
    )
    (opened,) = coach.reviews.windows
    assert texts(opened.notes_pane.list) == ["A first note"]
    assert sidebar.current_key == ("all", None) and coach.model.rowCount() == listed
    opened.close()

    # Enter on it opens it too; a moved file is located as in the Reviews list.
    moved = tmp_path / "moved.bjreview"
    review_file.rename(moved)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    model = sidebar.model()  # a fresh one: the sidebar reloads as a review opens and closes
    group = next(model.index(n, 0) for n in range(model.rowCount())
                 if model.index(n, 0).data() == "Reviews")  # fmt: skip
    assert (
        model.index(0, 0, group)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Client A: entries: 1, my notes: 1")
    )
    sidebar.setFocus()
    sidebar.setCurrentIndex(model.index(0, 0, group))
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    (opened,) = coach.reviews.windows
    assert opened.path == moved


def test_a_located_file_must_be_the_review_chosen(
    qtbot: QtBot,
    coach: MainWindow,
    review_file: Path,
    journal: Journal,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_review(qtbot, coach, review_file).close()
    other = tmp_path / "other.bjreview"
    journal.reviews.share(ExportScope(pseudonymise=True), other, PASS)
    review_file.unlink()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    in_modal(ReviewsDialog, lambda d: qtbot.mouseClick(d.reopen_button, Qt.MouseButton.LeftButton))
    coach.reviews.reviews_action.trigger()
    assert answers.warnings[-1] == (
        "other.bjreview holds another review, not the one chosen in the list; nothing was opened."
    )
    assert coach.reviews.windows == []


def test_a_second_launch_with_a_review_opens_it_in_the_running_window(
    qtbot: QtBot, coach: MainWindow, review_file: Path, tmp_path: Path
) -> None:
    from journal_app.ui.app import follow_second_launches
    from journal_app.ui.window.single_instance import SingleInstance

    paths = AppPaths.resolve(tmp_path / "coach")
    first, second = SingleInstance(paths), SingleInstance(paths)
    try:
        assert first.acquire()
        follow_second_launches(first, coach)
        with qtbot.waitSignal(first.openRequested, timeout=WAIT) as asked:
            assert not second.acquire(review_file)
        assert asked.args == [review_file]
        qtbot.waitUntil(lambda: len(coach.reviews.windows) == 1, timeout=WAIT)
        (opened,) = coach.reviews.windows
        assert opened.path == review_file and opened.isVisible()
        # The same file again brings its window forward instead of a second one.
        with qtbot.waitSignal(first.openRequested, timeout=WAIT):
            assert not SingleInstance(paths).acquire(review_file)
        QApplication.processEvents()  # the zero-delay timer that opens it
        assert coach.reviews.windows == [opened]
    finally:
        first.release()
