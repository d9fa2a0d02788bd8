"""The Trends window as a person meets it: figures on top, several clients and kinds picked
at once with the keyboard, the periods' names readable at 13 months in both languages, and
the list behind a bar only once a bar is clicked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.trends.period_axis import long_label, short_label
from journal_app.ui.trends.trends_window import TrendsWindow

from .test_trends import seed


def add_incidents(journal: Journal, client: str, kind: str, count: int) -> None:
    entry = journal.entries.add(EntryDraft(title=f"{client} calls", clients=(client,)))
    for _ in range(count):
        journal.incidents.add(
            IncidentDraft(entry_id=entry, client=client, kind=kind, response="held")
        )


def opened(qtbot: QtBot, journal: Journal, width: int = 1280, height: int = 800) -> TrendsWindow:
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def axis_labels_fit(view: QChartView) -> list[str]:
    """The labels on the chart's bottom axis, each measured against the room Qt gives it (it
    cuts a longer one to "..."): the axis's width over the labels shown plus one, less its
    label padding (4 px) on both sides, and the label's own half-pixel margins."""
    chart = view.chart()
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    labels = axis.categoriesLabels()
    metrics = QFontMetricsF(axis.labelsFont())
    room = chart.plotArea().width() / (len(labels) + 1) - 2 * 4
    assert labels and all(metrics.horizontalAdvance(label) + 1 <= room for label in labels), (
        labels,
        room,
    )
    return labels


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("width", [1280, 960])
def test_thirteen_months_are_named_whole(
    qtbot: QtBot, journal: Journal, language: Callable[[str], None], lang: str, width: int
) -> None:
    language(lang)
    seed(journal)
    window = opened(qtbot, journal, width)
    assert len(window.trends.periods) == 13  # last year: this month and the twelve before
    for key in ("over_time", "responses", "ratings"):
        window.tabs.setCurrentWidget(window.views[key].parentWidget())
        qtbot.waitExposed(window.views[key])
        QApplication.processEvents()
        labels = axis_labels_fit(window.views[key])
        assert labels[-1] == short_label(window.trends.periods[-1])  # this month, always
        assert len(labels) >= 4  # thinned, not emptied
    this_month = short_label(f"{dt.date.today():%Y-%m}")
    month = QLocale().standaloneMonthName(dt.date.today().month, QLocale.FormatType.ShortFormat)
    assert this_month == f"{month.rstrip('.')[:3]} {dt.date.today():%y}"
    assert short_label("2026-01") == ("янв 26" if lang == "ru" else "Jan 26")
    assert long_label("2026-03") == ("март 2026" if lang == "ru" else "March 2026")


def test_a_year_of_weeks_is_labelled_every_few_weeks(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = opened(qtbot, journal, 960, 700)
    window.period.setCurrentIndex(window.period.findData("week"))
    assert len(window.trends.periods) >= 52
    labels = axis_labels_fit(window.views["over_time"])
    assert 4 <= len(labels) < 30
    assert labels[-1] == short_label(window.trends.periods[-1])


def test_several_clients_and_kinds_picked_with_the_keyboard(qtbot: QtBot, journal: Journal) -> None:
    add_incidents(journal, "Acme", "after_hours", 3)
    add_incidents(journal, "Globex", "rudeness", 2)
    add_incidents(journal, "Initech", "pressure", 4)
    window = opened(qtbot, journal)
    assert window.summary.values["incidents"].text() == "9"
    picker = window.clients
    assert picker.text() == "All clients"
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # opens the list
    view = picker.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Acme
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.isVisible()  # ticking leaves the list open for the next one
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Globex
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert picker.text() == "Acme, Globex"  # what the box shows
    assert "Acme, Globex" in picker.toolTip()
    assert window.summary.values["incidents"].text() == "5"  # Initech's four left out
    assert sorted(r["client"] for r in window.trends.by_client) == ["Acme", "Globex"]

    kinds = window.kinds
    rudeness = kinds.findText(journal.kinds.get("rudeness").name)
    pressure = kinds.findText(journal.kinds.get("pressure").name)
    for row in (rudeness, pressure):  # a click ticks, and the list stays open
        kinds.showPopup()
        rect = kinds.view().visualRect(kinds.model().index(row, 0))
        qtbot.mouseClick(kinds.view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert kinds.view().isVisible()
        kinds.hidePopup()
    assert set(window.current_filter().kinds) == {"rudeness", "pressure"}
    assert window.summary.values["incidents"].text() == "2"  # Globex's rudeness only
    kinds.showPopup()
    qtbot.keyClick(kinds.view(), Qt.Key.Key_Home)
    qtbot.keyClick(kinds.view(), Qt.Key.Key_Return)  # "All kinds" clears the choice
    assert kinds.text() == "All kinds" and window.current_filter().kinds == ()
    assert window.summary.values["incidents"].text() == "5"


def test_the_figures_on_top_and_the_period_before(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)  # two incidents 35 days ago, two today (one held)
    window = opened(qtbot, journal)
    window.range.setCurrentIndex(window.range.findData(30))
    s = window.trends.summary
    assert (s["incidents"], s["held"], s["held_share"]) == (2, 1, 50.0)
    assert s["previous"]["incidents"] == 2 and s["previous"]["gave_in"] == 2
    assert window.summary.values["incidents"].text() == "2"
    assert window.summary.values["held_share"].text() == "50%"
    assert window.summary.before["gave_in"].text() == "the period before: 2"
    window.range.setCurrentIndex(window.range.findData(0))  # all time: nothing before it
    assert not window.summary.before["incidents"].isVisible()
    assert window.summary.values["incidents"].text() == "4"


def test_the_list_behind_a_bar_waits_for_a_click(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = opened(qtbot, journal)
    assert not window.drill.isVisible() and window.hint.isVisible()
    view = window.views["over_time"]
    series = view.chart().series()[0]
    column = len(window.trends.periods) - 1  # this month
    scene = view.chart().mapToPosition(QPointF(column, 0.5), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
    assert window.drill.isVisible() and not window.hint.isVisible()
    assert window.behind.count() == 1
    assert long_label(window.trends.periods[-1]) in window.behind_title.text()
    qtbot.mouseClick(window.drill.close_button, Qt.MouseButton.LeftButton)
    assert not window.drill.isVisible() and window.hint.isVisible()


def test_observations_are_cards_and_the_questions_fold(qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(title="Rude week"))
    for _ in range(4):
        journal.incidents.add(
            IncidentDraft(entry_id=entry, client="Acme", kind="rudeness", response="gave_in")
        )
    window = opened(qtbot, journal)
    side = window.side
    assert [c.text() for c in side.cards] == window.trends.observations
    assert side.cards and all(c.isVisible() and c.wordWrap() for c in side.cards)
    assert not side.questions.isVisible()
    qtbot.mouseClick(side.questions_toggle, Qt.MouseButton.LeftButton)
    assert side.questions.isVisible() and "Self-respect" in side.questions.text()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_tab_shows_whole_at_960_px(
    qtbot: QtBot, journal: Journal, language: Callable[[str], None], lang: str
) -> None:
    """Half of a 1920 screen: the tab row scrolled, «Когда это случается» cut behind arrows;
    the observations go under the charts instead, and back beside them on a wide window."""
    language(lang)
    seed(journal)
    window = opened(qtbot, journal, 960, 800)
    bar = window.tabs.tabBar()
    QApplication.processEvents()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width(), [bar.tabText(n) for n in range(bar.count())]
    assert window.side.isVisible()
    assert (
        window.side.mapTo(window, window.side.rect().topLeft()).y()
        > window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()
    )
    window.resize(1400, 800)
    QApplication.processEvents()
    assert window.side.mapTo(window, window.side.rect().topLeft()).x() > window.width() // 2


def test_a_share_is_written_as_each_language_writes_it() -> None:
    from PySide6.QtCore import QLocale

    from journal_app.ui.trends.summary_row import figure_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert figure_text("held_share", 33.3) == "33,3\u00a0%"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert figure_text("held_share", 33.3) == "33.3%"
        assert figure_text("incidents", 9) == "9"
    finally:
        QLocale.setDefault(before)
