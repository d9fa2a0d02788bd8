"""The Trends tab of goals and events: a goal's current period and whether it is met, goals
added and removed there, and the same length of time before and after an event."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.trends.goal_dialog import AddGoalDialog
from journal_app.ui.trends.trends_window import TrendsWindow

from ..conftest import Answers, in_modal, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def test_goals_and_before_and_after_in_trends(qtbot: QtBot, journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    today = dt.date.today()
    for days_ago, response in ((2, "held"), (1, "gave_in")):
        day = today - dt.timedelta(days=days_ago)
        if day.month != today.month:
            day = today
        entry = journal.entries.add(EntryDraft(date=day))
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind="after_hours",
                occurred_at=dt.datetime.combine(day, dt.time(23, 0)),
                response=response,
            )
        )
    journal.goals.add("held_share", 50, client_id=acme)
    event = journal.events.add(acme, today - dt.timedelta(days=1), "talk", "the call")

    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    panel = window.goals_panel
    assert panel.goals.rowCount() == 1
    assert panel.goals.item(0, 0).text() == "Acme: hold at least 50% outside the agreement, a month"
    assert panel.goals.item(0, 1).text().endswith("50 ✓")
    assert panel.event.count() == 1 and panel.event.currentData() == event
    before, after = journal.events.around(event)["before"], journal.events.around(event)["after"]
    assert panel.compare.item(0, 0).text() == str(before["incidents"])
    assert panel.compare.item(0, 1).text() == str(after["incidents"])
    assert before["incidents"] + after["incidents"] == 2


def test_a_goal_is_added_and_removed_in_trends(
    qtbot: QtBot, journal: Journal, answers: Answers
) -> None:
    """No command line needed: "Add a goal…" asks the goal's fields in a small dialog, the
    goal shows in the table at once (and its line among the observations), and "Remove
    goal" takes it away after asking."""
    acme = journal.clients.add("Acme")
    journal.clients.set_agreement(acme, Agreement(days=parse_days("mon-fri"), end=18 * 60))
    journal.clients.add("Globex")
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.goals_panel)
    panel = window.goals_panel
    assert panel.no_goals.isVisibleTo(panel) and "Add a goal…" in panel.no_goals.text()
    assert "goals add" not in panel.no_goals.text()
    assert not panel.remove_goal.isEnabled()

    def add(dialog: AddGoalDialog) -> None:
        assert dialog.windowTitle() == "Add a Goal"
        fields = dialog.fields
        fields.measure.setFocus()
        qtbot.keyClick(fields.measure, Qt.Key.Key_Down)  # held share → crossings (at most)
        assert fields.measure.currentData() == "count"
        fields.target.setFocus()
        qtbot.keyClick(fields.target, Qt.Key.Key_A, CTRL)
        type_text(fields.target, "3")
        qtbot.keyClick(fields.client, Qt.Key.Key_Down)  # "All clients" → Acme
        qtbot.keyClick(fields.period, Qt.Key.Key_Down)  # a month → a quarter
        qtbot.mouseClick(dialog.add_button, LEFT)

    seen = in_modal(AddGoalDialog, add)
    qtbot.mouseClick(panel.add_goal, LEFT)
    assert seen == ["Add a Goal"]
    (goal,) = journal.goals.all()
    assert (goal.metric, goal.target, goal.client, goal.kind, goal.period) == (
        "count",
        3.0,
        "Acme",
        None,
        "quarter",
    )
    assert panel.goals.rowCount() == 1 and not panel.no_goals.isVisibleTo(panel)
    assert panel.goals.item(0, 0).text() == "Acme: at most 3 outside the agreement, a quarter"
    assert any("Acme" in o for o in window.trends.observations)  # the goal's line

    def cancel(dialog: AddGoalDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(AddGoalDialog, cancel)
    qtbot.mouseClick(panel.add_goal, LEFT)
    assert len(journal.goals.all()) == 1  # cancelled: nothing added

    qtbot.mouseClick(
        panel.goals.viewport(),
        LEFT,
        pos=panel.goals.visualItemRect(panel.goals.item(0, 0)).center(),
    )
    assert panel.remove_goal.isEnabled()
    answers.question = QMessageBox.StandardButton.No
    qtbot.mouseClick(panel.remove_goal, LEFT)
    assert len(journal.goals.all()) == 1 and answers.asked == [
        "Remove the goal “Acme: at most 3 outside the agreement, a quarter”?"
    ]
    answers.question = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.remove_goal, LEFT)
    assert journal.goals.all() == [] and panel.goals.rowCount() == 0
    assert panel.no_goals.isVisibleTo(panel) and not panel.remove_goal.isEnabled()


def test_goals_are_reached_before_any_incident(qtbot: QtBot, journal: Journal) -> None:
    """With nothing logged yet, Trends showed only "Nothing to show": its goals could not be
    reached. A button on that page opens them, and a goal added there keeps them shown."""
    journal.clients.add("Acme")
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.empty.isVisible() and not window.tabs.isVisible()
    qtbot.mouseClick(window.to_goals, LEFT)
    assert window.goals_panel.isVisible()

    def add(dialog: AddGoalDialog) -> None:
        qtbot.mouseClick(dialog.add_button, LEFT)

    in_modal(AddGoalDialog, add)
    qtbot.mouseClick(window.goals_panel.add_goal, LEFT)
    assert len(journal.goals.all()) == 1
    assert window.goals_panel.isVisible() and window.goals_panel.goals.rowCount() == 1
