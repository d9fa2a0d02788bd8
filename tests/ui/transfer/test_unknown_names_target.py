"""The export preview's unknown names: each is offered, at first, as another name of the
client whose entries mention it most, not the first client of the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.transfer.export_dialog import ExportDialog

from ..conftest import Answers

WAIT = 3000


def items(widget) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def test_a_name_goes_to_the_client_whose_entries_mention_it_most(
    qtbot: QtBot, journal: Journal, answers: Answers
) -> None:
    journal.clients.add("Acme")  # first in the list
    for day, client, body in (
        (1, "Acme", "A call from Ivan Sidorov, then from Olga Petrova; again Olga Petrova."),
        (2, "Beta", "Asked by Ivan Sidorov for a discount."),
        (3, "Beta", "Once more, Ivan Sidorov."),
        (4, "Beta", "At night, a mail from Ivan Sidorov."),
    ):
        journal.entries.add(
            EntryDraft(date=dt.date(2026, 10, day), title="Talk", body=body, clients=(client,))
        )
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.preview
    qtbot.mouseClick(dialog.choices.pseudonymise_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ivan Sidorov (4)" in items(preview.unknown), timeout=WAIT)
    assert items(preview.unknown)[:2] == ["Ivan Sidorov (4)", "Olga Petrova (2)"]
    assert preview.unknown.currentItem().text() == "Ivan Sidorov (4)"
    assert preview.unknown_target.currentText() == "as another name of “Beta”"

    # Another name: its own client; the kind of name the person chose stays.
    preview.unknown_target.setFocus()
    qtbot.keyClicks(preview.unknown_target, "as a p")  # "as a person at “Acme”"
    row = items(preview.unknown).index("Olga Petrova (2)")
    rect = preview.unknown.visualItemRect(preview.unknown.item(row))
    qtbot.mouseClick(preview.unknown.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert preview.unknown_target.currentText() == "as a person at “Acme”"
    preview.unknown.setFocus()
    qtbot.keyClick(preview.unknown, Qt.Key.Key_Up)  # back to Ivan Sidorov
    assert preview.unknown_target.currentText() == "as a person at “Beta”"

    # One double-click adds it where it was offered.
    rect = preview.unknown.visualItemRect(preview.unknown.item(0))
    viewport = preview.unknown.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Ivan Sidorov (4)" not in items(preview.unknown), timeout=WAIT)
    beta = journal.clients.by_name("Beta")
    assert [(o.name, o.person) for o in beta.other_names] == [("Ivan Sidorov", True)]
    assert journal.clients.by_name("Acme").other_names == ()
