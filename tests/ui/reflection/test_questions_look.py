"""The questions panel invites rather than lists: folding groups with their count of answers,
a few questions at a time, and ratings as one segmented control."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.reflection.questions_panel import SHOWN
from journal_app.ui.window.main_window import MainWindow

WAIT = 3000


def shown_cards(window: MainWindow, group: str) -> list[str]:
    panel = window.questions_panel
    return [
        qid
        for qid, card in panel.cards.items()
        if card.question.group == group and card.isVisibleTo(panel)
    ]


def test_only_the_fitting_group_is_open_and_shows_a_few_questions(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    journal.entries.add(EntryDraft(title="calm day"))
    window = make_window()
    window.resize(1280, 800)  # the questions beside the editor (a narrow window puts them under)
    panel = window.questions_panel
    qtbot.waitUntil(lambda: window.editor_column.orientation() == Qt.Orientation.Horizontal)
    qtbot.mouseClick(panel.show_all, Qt.MouseButton.LeftButton)  # every group, folded or not
    assert set(panel.headers) == {"respect_client", "self_respect", "partnership"}
    opened = [g for g, header in panel.headers.items() if header.isChecked()]
    assert opened == ["partnership"]
    assert shown_cards(window, "self_respect") == []
    assert len(shown_cards(window, "partnership")) == SHOWN
    assert panel.headers["partnership"].text().endswith("0/6")

    more = panel._groups["partnership"][2]  # noqa: SLF001
    assert more.isVisibleTo(panel) and "3" in more.text()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(shown_cards(window, "partnership")) == 6 and not more.isVisibleTo(panel)

    qtbot.mouseClick(panel.headers["self_respect"], Qt.MouseButton.LeftButton)
    assert len(shown_cards(window, "self_respect")) == SHOWN
    qtbot.mouseClick(panel.headers["partnership"], Qt.MouseButton.LeftButton)
    assert shown_cards(window, "partnership") == []


def test_answering_counts_in_the_group_and_is_saved(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    entry = journal.entries.add(EntryDraft(title="calm day"))
    window = make_window()
    panel = window.questions_panel
    first = shown_cards(window, "partnership")[0]
    card = panel.cards[first]
    card.answer.setFocus()
    qtbot.keyClicks(card.answer, "Closer than last month.")
    assert panel.headers["partnership"].text().endswith("1/6")
    qtbot.waitUntil(
        lambda: journal.questions.answers(entry) == {first: "Closer than last month."},
        timeout=WAIT,
    )


def test_ratings_are_one_segmented_control_that_can_be_cleared(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    entry = journal.entries.add(EntryDraft(title="rated"))
    window = make_window()
    rating = window.questions_panel.ratings["self_respect"]
    assert [rating.group.id(b) for b in rating.buttons] == [1, 2, 3, 4, 5]
    qtbot.mouseClick(rating.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating.buttons[2], Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in rating.buttons] == [False, False, True, False, False]
    assert journal.entries.get(entry).ratings.self_respect == 3
    qtbot.mouseClick(rating.buttons[2], Qt.MouseButton.LeftButton)  # the chosen one again
    assert not any(b.isChecked() for b in rating.buttons)
    assert journal.entries.get(entry).ratings.self_respect is None


def every_group_beside(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> MainWindow:
    """A window wide enough for the questions beside the editor, every group listed."""
    journal.entries.add(EntryDraft(title="calm day"))
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.questions_panel.show_all, Qt.MouseButton.LeftButton)
    return window


def test_groups_fold_and_unfold_from_the_keyboard(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    """Tab reaches a group's header; Space or Enter folds it, ← folds and → unfolds."""
    window = every_group_beside(qtbot, journal, make_window)
    panel = window.questions_panel
    header = panel.headers["partnership"]
    header.setFocus(Qt.FocusReason.TabFocusReason)
    assert header.hasFocus() and header.isChecked()
    qtbot.keyClick(header, Qt.Key.Key_Left)
    assert not header.isChecked() and shown_cards(window, "partnership") == []
    assert header.text().startswith("▸")
    qtbot.keyClick(header, Qt.Key.Key_Right)
    assert len(shown_cards(window, "partnership")) == SHOWN
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert shown_cards(window, "partnership") == []
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert len(shown_cards(window, "partnership")) == SHOWN
    # Tab from the header goes to its first answer: the questions read top to bottom.
    qtbot.keyClick(header, Qt.Key.Key_Tab)
    first = panel.cards[shown_cards(window, "partnership")[0]]
    assert first.answer.hasFocus()


def test_a_long_group_name_is_cut_not_the_panel(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    """A "▾ Respect for the client 0/6" in a 224 px panel: the name ends in "…" (whole on
    hover) and nothing of the panel is pushed out of sight."""
    window = every_group_beside(qtbot, journal, make_window)
    panel = window.questions_panel
    qtbot.waitUntil(lambda: panel.widget().width() <= panel.viewport().width())
    for header in panel.headers.values():
        assert header.geometry().right() <= panel.viewport().width()
        assert re.search(r" \d+/\d+$", header.text()), header.text()
        if header.text() != header.full_text():
            assert "…" in header.text() and header.toolTip() == header.name
