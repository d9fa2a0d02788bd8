from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.clients.clients_dialog import ClientsDialog
from journal_app.ui.entries.sidebar import CountRole


def test_merge_two_clients_moves_the_entries(
    qtbot: QtBot, journal: Journal, answers, monkeypatch
) -> None:
    a = journal.entries.add(EntryDraft(title="a", clients=("ACME Ltd",)))
    b = journal.entries.add(EntryDraft(title="b", clients=("Acme",)))
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.select_name("ACME Ltd")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kw: ("Acme", True))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["Move 1 entries from “ACME Ltd” to “Acme” and remove “ACME Ltd”?"]
    assert journal.entries.get(a).clients == ("Acme",)
    assert journal.entries.get(b).clients == ("Acme",)
    assert [c.name for c in journal.clients.all()] == ["Acme"]
    assert dialog.model.rowCount() == 1


def test_rename_shows_everywhere_at_once(
    qtbot: QtBot, journal: Journal, make_window, monkeypatch
) -> None:
    journal.entries.add(EntryDraft(title="call", clients=("Acme",)))
    window = make_window()
    dialog = ClientsDialog(journal, window)
    dialog.clientsChanged.connect(window._on_clients_changed)
    dialog.select_name("Acme")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Acme Holdings", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert window.editor_view.clients.tokens() == ["Acme Holdings"]
    assert window.model.entry_at(0).client_refs[0].name == "Acme Holdings"
    model = window.sidebar.model()
    clients = model.index(2, 0)
    renamed = model.index(0, 0, clients)
    assert (renamed.data(), renamed.data(CountRole)) == ("Acme Holdings", 1)


def test_duplicate_name_is_refused_with_a_message(
    qtbot: QtBot, journal: Journal, answers, monkeypatch
) -> None:
    journal.clients.add("Acme")
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("acme", True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert answers.warnings == ["There is already a client called “Acme”."]
    assert len(journal.clients.all()) == 1


def test_archive_and_unarchive(qtbot: QtBot, journal: Journal) -> None:
    journal.clients.add("Old")
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.select_name("Old")
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert journal.clients.by_name("Old").archived
    assert dialog.archive_button.text() == "Unarc&hive"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert not journal.clients.by_name("Old").archived


def test_other_names_are_added_marked_and_removed_with_clicks(
    qtbot: QtBot, journal: Journal, answers, monkeypatch
) -> None:
    journal.clients.add("ООО Ромашка")
    journal.clients.add("Beta")
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    panel = dialog.other_names
    assert not panel.add_button.isEnabled()  # no client chosen yet
    dialog.select_name("ООО Ромашка")
    assert "ООО Ромашки" in panel.forms.text()
    typed = iter([("Ромашка", True), ("Иван Петров", True), ("beta", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: next(typed))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    labels = [panel.list.item(n).text() for n in range(panel.list.count())]
    assert labels == ["Иван Петров", "Ромашка"]
    assert panel.list.currentItem().text() == "Иван Петров"  # the one just added
    assert "Ивана Петрова" in panel.forms.text()
    qtbot.mouseClick(panel.person_check, Qt.MouseButton.LeftButton)
    assert panel.list.item(0).text() == "Иван Петров — a person"
    assert journal.clients.by_name("ООО Ромашка").other_names[0].person
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # "beta": a client's name
    assert answers.warnings == ["“beta” is already the name of the client “Beta”."]
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in journal.clients.by_name("ООО Ромашка").other_names] == ["Иван Петров"]
    dialog.select_name("Beta")
    assert panel.list.count() == 0 and not panel.remove_button.isEnabled()


def test_renaming_shows_the_old_name_among_the_other_names(
    qtbot: QtBot, journal: Journal, monkeypatch
) -> None:
    journal.clients.add("Acme")
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.select_name("Acme")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Acme Holdings", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.selected().name == "Acme Holdings"
    assert dialog.other_names.list.item(0).text() == "Acme"


def test_names_are_whole_at_the_dialogs_size_and_the_agreement_takes_the_rest(
    qtbot: QtBot, journal: Journal
) -> None:
    from journal_app.core.agreements import Agreement
    from journal_app.ui.clients.clients_dialog import ClientTableModel
    from journal_app.ui.common.theme import apply_theme

    apply_theme("light")
    long_names = ("Northwind Traders International (sample)", "ООО «Ромашка и партнёры»")
    for name in long_names:
        client_id = journal.clients.add(name)
        journal.clients.set_agreement(
            client_id,
            Agreement(
                days=frozenset(range(5)),
                start=9 * 60,
                end=18 * 60,
                channels=frozenset({"phone", "email", "in_person"}),
            ),
        )
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    name = ClientTableModel.NAME
    assert table.columnWidth(name) >= table.sizeHintForColumn(name)  # nothing elided
    for n in range(table.model().rowCount()):
        rect = table.visualRect(table.model().index(n, name))
        text = table.model().index(n, name).data()
        assert rect.width() > table.fontMetrics().horizontalAdvance(text) + 16, text
    # The agreement column fills what is left: no empty band after the last column.
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()
