"""Core's errors reach the window in the reader's language, found by their code: the
window's list of core's messages is core's own, and every one has a Russian translation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.messages import ALL, placeholders
from journal_app.ui.clients.clients_dialog import ClientsDialog
from journal_app.ui.common.core_messages import said
from journal_app.ui.common.core_texts import TEXTS
from journal_app.ui.common.i18n import TRANSLATIONS
from journal_app.ui.transfer.import_dialog import ImportDialog

# Said the same in Russian: file names, places and JSON's own words put together.
SAME = {
    "{source}: {where}: {problem}.",
    "{source}: {where}: {problem}",
    "{source}: {where}: {error}",
    "{label}, {where}",
    "true/false",
    "null",
}


@pytest.fixture
def russian() -> Iterator[None]:
    TRANSLATIONS.apply("ru")
    yield
    TRANSLATIONS.apply("en")


def test_the_window_lists_exactly_the_messages_core_has() -> None:
    assert {m.code: m.template for m in ALL} == TEXTS


@pytest.mark.usefixtures("russian")
def test_every_message_core_can_raise_has_a_russian_translation() -> None:
    untranslated, wrong_parts = [], []
    for message in ALL:
        russian = QCoreApplication.translate("core", message.template)
        if not russian.strip() or (russian == message.template and russian not in SAME):
            untranslated.append(message.code)
        elif placeholders(russian) != message.placeholders:
            wrong_parts.append(message.code)
    assert (untranslated, wrong_parts) == ([], [])


@pytest.mark.usefixtures("russian")
def test_an_error_and_the_parts_that_are_words_are_said_in_russian(tmp_path, journal) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "boundary-journal", "schema_version": 1, "clients": [[]]}')
    with pytest.raises(JournalError) as error:
        journal.imports.read(broken)
    assert str(error.value) == "broken.json: client 1: expected an object, found a list."
    assert said(error.value) == "broken.json: клиент 1: ожидался объект, а найдено: список."
    assert said(ValueError("not one of core's")) == "not one of core's"


def test_a_name_taken_twice_is_refused_in_russian(
    qtbot: QtBot, journal: Journal, answers, monkeypatch, russian: None
) -> None:
    journal.clients.add("Acme")
    journal.clients.add("Beta")
    dialog = ClientsDialog(journal)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("acme", True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a new client “acme”
    dialog.select_name("Beta")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)  # Beta → “acme”
    assert answers.warnings == ["Клиент «Acme» уже есть."] * 2
    assert sorted(c.name for c in journal.clients.all()) == ["Acme", "Beta"]


def test_a_file_that_cannot_be_imported_says_why_in_russian(
    qtbot: QtBot, journal: Journal, tmp_path: Path, russian: None
) -> None:
    path = tmp_path / "broken.json"
    clients = [{"name": "Acme", "archived": 1}]  # a number where true or false belongs
    path.write_text(
        json.dumps({"format": "boundary-journal", "schema_version": 1, "clients": clients})
    )
    dialog = ImportDialog(journal, path)
    qtbot.addWidget(dialog)
    assert not dialog.read()
    assert dialog.summary.text() == (
        "Этот файл нельзя импортировать: broken.json: клиент 1: «archived» должно быть true "
        "или false, а не: число."
    )
