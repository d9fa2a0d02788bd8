"""The agreement dialog shows the agreement's history and adds a version from a chosen day,
in a chosen time zone; incidents before it keep their flags."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.clients.agreement_dialog import AgreementDialog


def test_the_dialog_shows_the_history_and_adds_a_version(qtbot: QtBot, journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    dialog = AgreementDialog(journal.clients.get(acme), None, journal.clients.history(acme))
    qtbot.addWidget(dialog)
    assert not dialog.since.isEnabled()  # a first agreement holds from the start
    assert dialog.since_date() is None and dialog.zone_name() == ""
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    entry = journal.entries.add(EntryDraft())
    old = journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 11, 14, 10, 0),  # a Saturday
        )
    )
    assert journal.incidents.get(old).outside_hours

    dialog = AgreementDialog(journal.clients.get(acme), None, journal.clients.history(acme))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.history.count() == 1
    assert dialog.history.item(0).text().startswith("from the start")
    assert dialog.since.isEnabled()
    qtbot.mouseClick(dialog.days[5], Qt.MouseButton.LeftButton)  # Saturdays too
    dialog.since.setDate(QDate(2026, 11, 20))
    dialog.zone.setEditText("Europe/Moscow")
    agreement = dialog.agreement()
    assert agreement.days == parse_days("mon-sat") and agreement.tz == "Europe/Moscow"
    journal.clients.set_agreement(acme, agreement, since=dialog.since_date())
    assert journal.incidents.get(old).outside_hours  # judged by the terms of its day

    dialog = AgreementDialog(journal.clients.get(acme), None, journal.clients.history(acme))
    qtbot.addWidget(dialog)
    assert dialog.history.count() == 2
    assert "(Europe/Moscow)" in dialog.history.item(0).text()


def test_a_letter_is_drafted_from_the_agreement_edited_and_copied(
    qtbot: QtBot, journal: Journal
) -> None:
    from PySide6.QtGui import QGuiApplication

    from journal_app.ui.clients.letter_dialog import LetterDialog

    agreement = Agreement(
        days=parse_days("mon-fri"), start=10 * 60, end=19 * 60, channels=frozenset({"email"})
    )
    dialog = LetterDialog(agreement, "Acme")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    text = dialog.text.toPlainText()
    assert text.startswith("Hello, Acme!")
    assert "Monday–Friday, 10:00–19:00" in text and "by email" in text
    assert "urgent" in text
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    russian = dialog.text.toPlainText()
    assert "Здравствуйте, Acme!" in russian and "понедельник–пятница" in russian
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "My own words")
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "My own words"
