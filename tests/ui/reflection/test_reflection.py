"""Incidents, quick capture and the questions panel, driven with keys and clicks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.clients.agreement_dialog import AgreementDialog
from journal_app.ui.editor.incidents_panel import IncidentListModel
from journal_app.ui.reflection.incident_dialog import IncidentDialog
from journal_app.ui.reflection.kinds_dialog import KindsDialog
from journal_app.ui.window.main_window import MainWindow

from ..conftest import in_modal, type_text

WAIT = 3000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def in_dialog(qtbot: QtBot, act: Callable[[IncidentDialog], None]) -> list[str]:
    """Run `act` on the incident dialog as soon as it is open (it blocks in exec())."""
    return in_modal(IncidentDialog, act)


def test_quick_capture_from_anywhere_files_into_a_new_entry_for_today(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    def log(dialog: IncidentDialog) -> None:
        assert QApplication.focusWidget() is dialog.client
        type_text(dialog.client.lineEdit(), "Северсталь")
        assert "new client" in dialog.client_hint.text()
        qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # → personal favour
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # My response
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # → gave in
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    window.search_bar.setFocus()
    seen = in_dialog(qtbot, log)
    qtbot.keyClick(window.search_bar, Qt.Key.Key_I, CTRL_SHIFT)
    assert seen, "Ctrl+Shift+I did not open the quick-capture dialog"
    (incident,) = journal.incidents.find()
    assert (incident.client.name, incident.kind.key, incident.response, incident.direction) == (
        "Северсталь",
        "personal_favour",
        "gave_in",
        "client",
    )
    entry = journal.entries.get(incident.entry_id)
    assert entry.date == dt.date.today() and entry.clients == ("Северсталь",)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    assert window.model.entry_at(0).incidents == 1
    assert window.save_status.text() == "Incident logged."


def test_quick_capture_goes_into_the_open_entry_of_today_and_turns_the_questions(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    journal.entries.add(EntryDraft(title="Yesterday", date=dt.date.today() - dt.timedelta(1)))
    today = journal.entries.add(EntryDraft(title="Hotel again"))
    window = make_window()
    assert window.editor.entry_id == today
    questions = window.questions_panel
    assert {q.question.group for q in questions.cards.values()} == {"partnership"}

    def log(dialog: IncidentDialog) -> None:
        type_text(dialog.client.lineEdit(), "Acme")
        qtbot.keyClick(dialog.note, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(dialog.note, "Booked her hotel")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    in_dialog(qtbot, log)
    qtbot.keyClick(window.editor_view.body, Qt.Key.Key_I, CTRL_SHIFT)
    (incident,) = journal.incidents.find()
    assert incident.entry_id == today and incident.note == "Booked her hotel"
    assert window.editor_view.clients.tokens() == ["Acme"]
    panel = window.editor_view.incidents
    assert panel.model.rowCount() == 1 and panel.list.isVisible()
    # A client crossed my boundary and it is not addressed: the self-respect questions.
    assert {q.question.group for q in questions.cards.values()} == {"self_respect"}
    assert "self-respect" in questions.why.text()


def test_answering_a_question_inline_is_kept_with_the_entry(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    first = journal.entries.add(EntryDraft(title="first", date=dt.date(2026, 1, 2)))
    journal.entries.add(EntryDraft(title="second", date=dt.date(2026, 1, 1)))
    window = make_window()
    card = window.questions_panel.cards["partnership.trust"]
    card.answer.setFocus()
    qtbot.keyClicks(card.answer, "Not yet, but closer.")
    qtbot.waitUntil(
        lambda: journal.questions.answers(first) == {"partnership.trust": "Not yet, but closer."},
        timeout=WAIT,
    )
    rating = window.questions_panel.ratings["partnership"].buttons[3]
    qtbot.mouseClick(rating, Qt.MouseButton.LeftButton)
    assert journal.entries.get(first).ratings.partnership == 4

    window.open_entry(journal.entries.summaries()[1].id)
    assert window.questions_panel.cards["partnership.trust"].answer.toPlainText() == ""
    window.open_entry(first)
    card = window.questions_panel.cards["partnership.trust"]
    assert card.answer.toPlainText() == "Not yet, but closer."
    assert window.questions_panel.ratings["partnership"].value() == 4
    assert "Boris Shpirt" in window.questions_panel.attribution.text()


def test_an_answer_typed_just_before_switching_is_not_lost(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    first = journal.entries.add(EntryDraft(title="first", date=dt.date(2026, 1, 2)))
    second = journal.entries.add(EntryDraft(title="second", date=dt.date(2026, 1, 1)))
    window = make_window()
    card = window.questions_panel.cards["partnership.aim"]
    qtbot.keyClicks(card.answer, "Partnership")
    window.open_entry(second)  # before the save timer fires
    assert journal.questions.answers(first) == {"partnership.aim": "Partnership"}


def test_editing_and_removing_an_incident_from_the_editor(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow], answers
) -> None:
    entry = journal.entries.add(EntryDraft(title="Pressure"))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind="pressure"))
    window = make_window()
    panel = window.editor_view.incidents
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))

    def edit(dialog: IncidentDialog) -> None:
        assert dialog.windowTitle() == "Edit Incident"
        dialog.severity.setFocus()
        qtbot.keyClick(dialog.severity, Qt.Key.Key_End)  # 5 — serious
        qtbot.keyClick(dialog.severity, Qt.Key.Key_Return)

    in_dialog(qtbot, edit)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert journal.incidents.find()[0].severity == 5

    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    answers.question = QMessageBox.StandardButton.No
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(journal.incidents.find()) == 1  # declined: kept
    assert answers.asked == ["Remove the incident “Pressure or ultimatum” with Acme?"]
    answers.question = QMessageBox.StandardButton.Yes
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(answers.asked) == 2
    assert journal.incidents.find() == []
    assert panel.empty.isVisible() and not panel.list.isVisible()


def test_incidents_of_an_entry_in_the_trash_cannot_be_changed(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    entry = journal.entries.add(EntryDraft(title="Binned"))
    journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind="rudeness"))
    journal.entries.trash(entry)
    window = make_window()
    window.open_entry(entry)
    panel = window.editor_view.incidents
    assert panel.model.rowCount() == 1
    assert not panel.add_button.isEnabled() and not panel.add_action.isEnabled()
    assert not window.questions_panel.ratings["self_respect"].isEnabled()


def test_the_agreement_dialog_sets_hours_that_flag_incidents(
    qtbot: QtBot, journal: Journal
) -> None:
    client_id = journal.clients.add("Acme")
    dialog = AgreementDialog(journal.clients.get(client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [box.isChecked() for box in dialog.days] == [True] * 5 + [False] * 2
    dialog.hours_box.setChecked(True)
    qtbot.mouseClick(dialog.days[4], Qt.MouseButton.LeftButton)  # not on Fridays
    dialog.channels_box.setChecked(False)
    agreement = dialog.agreement()
    assert agreement == Agreement(days=parse_days("mon-thu"), start=540, end=1080)
    journal.clients.set_agreement(client_id, agreement)

    entry = journal.entries.add(EntryDraft())
    friday_noon = dt.datetime(2026, 11, 20, 12, 0)
    incident = journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="pressure", occurred_at=friday_noon)
    )
    assert journal.incidents.get(incident).outside_hours

    # The form warns while the incident is being logged, before it is saved.
    form = IncidentDialog(journal.clients.all(), journal.kinds.all())
    qtbot.addWidget(form)
    form.client.setEditText("acme")
    form.when.setDateTime(QDateTime(friday_noon))
    assert "outside agreed hours" in form.outside_hint.text()
    form.when.setDateTime(QDateTime(friday_noon - dt.timedelta(days=1)))
    assert form.outside_hint.text() == ""


def test_kinds_dialog_adds_renames_and_archives(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, answers
) -> None:
    dialog = KindsDialog(journal)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ghosting", True))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True)
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert journal.kinds.get("ghosting").direction == "client"
    assert dialog.selected() is not None and dialog.selected().key == "ghosting"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Going silent", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    kind = journal.kinds.get("ghosting")
    assert (kind.name, kind.archived) == ("Going silent", True)
    assert dialog.archive_button.text() == "Unarc&hive"
    # A clash is explained, nothing changes.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rudeness", True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert answers.warnings == ["There is already an incident kind called “Rudeness”."]


def test_incident_list_model_passes_the_model_tester(
    qtbot: QtBot, journal: Journal, qtmodeltester
) -> None:
    entry = journal.entries.add(EntryDraft())
    for kind in ("rudeness", "pressure"):
        journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind=kind))
    model = IncidentListModel()
    model.set_incidents(journal.incidents.for_entry(entry))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_a_cancelled_quick_capture_changes_nothing(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    in_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.keyClick(window.entry_list, Qt.Key.Key_I, CTRL_SHIFT)
    assert journal.incidents.find() == [] and journal.entries.count() == 0


def test_a_new_entry_with_only_an_answer_is_kept_when_left(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    journal.entries.add(EntryDraft(title="older", date=dt.date(2026, 1, 1)))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fresh = window.editor.entry_id
    card = window.questions_panel.cards["partnership.aim"]
    qtbot.keyClicks(card.answer, "Trust first")
    window.open_entry(journal.entries.summaries()[-1].id)
    assert journal.questions.answers(fresh) == {"partnership.aim": "Trust first"}
    assert journal.entries.count() == 2


def test_quick_capture_for_another_client_never_lands_in_the_open_entry(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    """Today's entry about Acme is open; Ctrl+Shift+I → Globex → Enter files into a new entry
    about Globex, and the Acme entry keeps only Acme."""
    acme = journal.entries.add(EntryDraft(title="Acme call", clients=("Acme",)))
    window = make_window()
    assert window.editor.entry_id == acme
    started_with: list[str] = []

    def log(dialog: IncidentDialog) -> None:
        started_with.append(dialog.client.currentText())  # the open entry's client
        type_text(dialog.client.lineEdit(), "Globex")  # replaces the selected name
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    in_dialog(qtbot, log)
    qtbot.keyClick(window.editor_view.body, Qt.Key.Key_I, CTRL_SHIFT)
    assert started_with == ["Acme"]
    (incident,) = journal.incidents.find()
    assert incident.client.name == "Globex" and incident.entry_id != acme
    assert journal.entries.get(acme).clients == ("Acme",)
    globex = journal.entries.get(incident.entry_id)
    assert globex.date == dt.date.today() and globex.clients == ("Globex",)

    # A second Globex incident goes to that Globex entry, an Acme one to the open entry.
    for name in ("Globex", "Acme"):

        def again(dialog: IncidentDialog, name: str = name) -> None:
            type_text(dialog.client.lineEdit(), name)
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        seen = in_dialog(qtbot, again)
        qtbot.keyClick(window.editor_view.body, Qt.Key.Key_I, CTRL_SHIFT)
        assert seen
    entries = {i.client.name: i.entry_id for i in journal.incidents.find()}
    assert entries == {"Globex": globex.id, "Acme": acme}
    assert journal.entries.count() == 2


def test_typing_an_hour_means_the_full_hour_and_stays_in_the_hour(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = IncidentDialog(journal.clients.all(), journal.kinds.all("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when.setDateTime(QDateTime(dt.datetime(2026, 12, 2, 15, 51)))
    dialog.when.setFocus()
    dialog.when.setSelectedSection(dialog.when.Section.HourSection)
    qtbot.keyClicks(dialog.when, "21")
    assert dialog.when.dateTime().toPython() == dt.datetime(2026, 12, 2, 21, 0)
    assert dialog.when.currentSection() == dialog.when.Section.HourSection


def test_the_incident_form_does_not_grow_while_typing(qtbot: QtBot, journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon"), start=540, end=600))
    dialog = IncidentDialog(journal.clients.all(), journal.kinds.all("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.size()
    type_text(dialog.client.lineEdit(), "A very long new client name, Limited Liability Company")
    assert dialog.client_hint.isVisible()  # "A new client: … will be added."
    QApplication.processEvents()
    assert dialog.size() == before
    dialog.client.setEditText("")
    type_text(dialog.client.lineEdit(), "Acme")
    dialog.when.setDateTime(QDateTime(dt.datetime(2026, 12, 5, 23, 0)))  # a Saturday night
    QApplication.processEvents()
    assert "outside agreed hours" in dialog.outside_hint.text()
    assert dialog.outside_hint.toolTip() == dialog.outside_hint.text()
    assert dialog.size() == before


def test_an_incident_logged_in_an_older_entry_starts_on_that_entrys_day(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    day = dt.date.today() - dt.timedelta(days=9)
    journal.entries.add(EntryDraft(title="Late call", date=day, time=dt.time(21, 5)))
    window = make_window()
    seen: list[QDateTime] = []

    def log(dialog: IncidentDialog) -> None:
        seen.append(dialog.when.dateTime())
        type_text(dialog.client.lineEdit(), "Acme")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    in_dialog(qtbot, log)
    qtbot.keyClick(window.editor_view.body, Qt.Key.Key_B, CTRL_SHIFT)
    assert seen and seen[0].toPython() == dt.datetime.combine(day, dt.time(21, 5))
    (incident,) = journal.incidents.find()
    assert incident.occurred_at == dt.datetime.combine(day, dt.time(21, 5))
