"""The Trends tab of goals and events: a goal's current period and whether it is met, and
the same length of time before and after an event."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from journal_app.core.agreements import Agreement, parse_days
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.trends.trends_window import TrendsWindow


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
