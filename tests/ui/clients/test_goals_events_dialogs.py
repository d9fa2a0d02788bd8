"""Goals and events added and removed in their dialogs (from the Incidents menu or the
clients dialog), and shown by Trends as soon as they are made."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.clients.clients_dialog import ClientsDialog
from journal_app.ui.clients.events_dialog import EventsDialog
from journal_app.ui.clients.goals_dialog import GoalsDialog
from journal_app.ui.clients.record_table import RecordTableModel
from journal_app.ui.window.main_window import MainWindow

from ..conftest import Answers, in_modal, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def off_hours(journal: Journal, client: str, responses: list[str]) -> None:
    """Incidents of tonight, 23:30, after the agreed hours: one per response."""
    tonight = dt.datetime.combine(dt.date.today(), dt.time(23, 30))
    for response in responses:
        entry = journal.entries.add(EntryDraft())
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client=client,
                kind="after_hours",
                occurred_at=tonight,
                response=response,
            )
        )


def cell(dialog: GoalsDialog | EventsDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_a_goal_added_in_the_dialog_is_measured_and_shows_in_trends(
    qtbot: QtBot, journal: Journal, window: MainWindow, answers: Answers
) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.add("Globex")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    off_hours(journal, "Acme", ["held", "held", "held", "gave_in"])
    off_hours(journal, "Globex", ["gave_in"])  # another client's: not in Acme's goal
    window.open_trends()
    trends = window.trends_window
    assert trends.goals_panel.goals.rowCount() == 0

    def add_goal(dialog: GoalsDialog) -> None:
        assert dialog.empty.isVisible()
        dialog.measure.setFocus()
        assert dialog.measure.currentData() == "held_share"
        dialog.target.setFocus()
        qtbot.keyClick(dialog.target, Qt.Key.Key_A, CTRL)
        type_text(dialog.target, "70")
        qtbot.keyClick(dialog.client, Qt.Key.Key_Down)  # "All clients" → Acme
        assert dialog.client.currentText() == "Acme"
        qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.add_button, LEFT)
        assert not dialog.empty.isVisible()
        assert cell(dialog, 0, 1) == "70 %" and cell(dialog, 0, 2) == "Acme"
        assert cell(dialog, 0, 4) == "a quarter"
        # Counted by hand: 3 of the 4 off-hours contacts held, 75 % ≥ 70 %.
        assert cell(dialog, 0, 5) == "75% (3 of 4), met"

    seen = in_modal(GoalsDialog, add_goal)
    window.plans.goals_action.trigger()
    assert seen == ["Goals"]
    (goal,) = journal.goals.all()
    assert (goal.metric, goal.target, goal.client, goal.kind, goal.period) == (
        "held_share",
        70.0,
        "Acme",
        None,
        "quarter",
    )
    assert trends.goals_panel.goals.rowCount() == 1  # Trends shows it at once
    assert "Acme" in trends.goals_panel.goals.item(0, 0).text()

    def remove_goal(dialog: GoalsDialog) -> None:
        assert not dialog.remove_button.isEnabled()
        qtbot.mouseClick(
            dialog.table.viewport(),
            LEFT,
            pos=dialog.table.visualRect(dialog.model.index(0, 0)).center(),
        )
        qtbot.mouseClick(dialog.remove_button, LEFT)
        assert dialog.model.rowCount() == 0

    in_modal(GoalsDialog, remove_goal)
    window.plans.goals_action.trigger()
    assert journal.goals.all() == [] and answers.asked  # asked before removing
    assert trends.goals_panel.goals.rowCount() == 0


def test_a_rating_goal_takes_no_kind(qtbot: QtBot, journal: Journal) -> None:
    dialog = GoalsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    dialog.measure.setCurrentIndex(dialog.measure.findData("rating"))
    assert not dialog.kind.isEnabled() and dialog.kind.currentData() == ""
    assert dialog.target.value() == 4.0 and dialog.target.maximum() == 5.0
    qtbot.mouseClick(dialog.add_button, LEFT)
    (goal,) = journal.goals.all()
    assert (goal.metric, goal.client, goal.kind) == ("rating", None, None)
    assert cell(dialog, 0, 5) == "nothing to measure yet"


def test_an_event_added_for_the_chosen_client_shows_in_trends(
    qtbot: QtBot, journal: Journal, window: MainWindow, answers: Answers
) -> None:
    journal.clients.add("Acme")
    globex = journal.clients.add("Globex")
    window.open_trends()
    events = window.trends_window.goals_panel.event

    def in_clients(dialog: ClientsDialog) -> None:
        dialog.select_name("Globex")

        def add_event(events_dialog: EventsDialog) -> None:
            assert events_dialog.client.currentData() == globex  # the one selected
            qtbot.keyClick(events_dialog.kind, Qt.Key.Key_Down)  # agreement sent → a talk
            events_dialog.day.setFocus()
            events_dialog.day.setDate(QDate(2026, 3, 1))
            events_dialog.day.setSelectedSection(events_dialog.day.Section.DaySection)
            qtbot.keyClicks(events_dialog.day, "03")
            assert events_dialog.day.date() == QDate(2026, 3, 3)
            events_dialog.note.setFocus()
            type_text(events_dialog.note, "Говорили о рабочих часах")
            qtbot.mouseClick(events_dialog.add_button, LEFT)
            assert events_dialog.note.text() == ""
            assert cell(events_dialog, 0, 1) == "Globex"
            assert cell(events_dialog, 0, 2) == "Talk about boundaries"
            assert cell(events_dialog, 0, 3) == "Говорили о рабочих часах"

        in_modal(EventsDialog, add_event)
        qtbot.mouseClick(dialog.events_button, LEFT)

    in_modal(ClientsDialog, in_clients)
    window.open_clients()
    (event,) = journal.events.all()
    assert (event.client, event.day, event.kind, event.note) == (
        "Globex",
        dt.date(2026, 3, 3),
        "talk",
        "Говорили о рабочих часах",
    )
    assert events.count() == 1 and "Globex" in events.itemText(0)

    def remove_event(dialog: EventsDialog) -> None:
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, LEFT)

    in_modal(EventsDialog, remove_event)
    window.plans.events_action.trigger()
    assert journal.events.all() == [] and events.count() == 0


def test_events_need_a_client_first(qtbot: QtBot, journal: Journal) -> None:
    dialog = EventsDialog(journal)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.no_clients.isHidden()


def test_the_record_table_is_a_sound_model(qtmodeltester, journal: Journal) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(["A", "B"], lambda r: [str(r), str(r * 2)])
    model.set_rows([1, 2, 3])
    qtmodeltester.check(model)
    assert model.index(2, 1).data() == "6" and model.record_at(5) is None
