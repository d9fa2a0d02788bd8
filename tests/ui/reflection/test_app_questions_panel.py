"""An entry with an incident of one of the kinds the book names without asking about them
shows the app's own questions for it first, plainly (not as the book's quotes) and marked ✦,
with the note that the marked ones are the app's own and not from the book; an entry without
them is not told so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.window.main_window import MainWindow


def test_the_kinds_questions_are_shown_first_and_as_the_apps(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    entry = journal.entries.add(EntryDraft(title="They want 70 %"))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="discount_pressure", response="gave_in")
    )
    window = make_window()
    window.resize(1280, 800)
    panel = window.questions_panel
    qtbot.waitUntil(lambda: window.editor_column.orientation() == Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: "discount_pressure.worth" in panel.cards)
    visible = [
        card for card in panel.cards.values() if card.isVisibleTo(panel) and card.question.app
    ]
    assert [c.question.id for c in visible][:1] == ["discount_pressure.worth"]
    label = panel.cards["discount_pressure.worth"].label.text()
    assert label == (
        "What is your work worth to this client, and what would this discount say it is worth? ✦"
    )
    assert not label.startswith("“")  # not a quote of the book
    tip = panel.cards["discount_pressure.worth"].label.toolTip()
    assert tip == "The app's own question, not from the book."
    assert panel.cards["self_respect.respect"].label.text() == "“Do you respect yourself?”"
    # Beside them only the book's quotes: nothing is said to be drawn from the book.
    assert panel.attribution.text() == (
        "Questions from Boris Shpirt, “Desperate Account Managers”. "
        "Questions marked ✦ are the app's own, not from the book."
    )
    qtbot.mouseClick(panel.show_all, Qt.MouseButton.LeftButton)  # with prompts drawn from it
    qtbot.waitUntil(lambda: "partnership.trust" in panel.cards)
    assert "drawn from the same book; those marked ✦ are the app's own" in (
        panel.attribution.text()
    )


def test_without_the_apps_questions_the_book_alone_is_named(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    entry = journal.entries.add(EntryDraft(title="A quiet day"))
    window = make_window()
    panel = window.questions_panel
    window.open_entry(entry)
    qtbot.waitUntil(lambda: "partnership.trust" in panel.cards)
    assert not any(card.question.app for card in panel.cards.values())
    assert not any("✦" in card.label.text() for card in panel.cards.values())
    text = panel.attribution.text()
    assert text.startswith("Questions from Boris Shpirt")
    assert "drawn from the same book" in text and "app's own" not in text
