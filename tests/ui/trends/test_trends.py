"""The Trends window: its charts draw the service's numbers, and drill-down opens entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft, Ratings
from journal_app.ui.trends.heatmap_widget import cell_caption
from journal_app.ui.trends.trends_charts import count_ticks
from journal_app.ui.trends.trends_window import TrendsWindow
from journal_app.ui.window.main_window import MainWindow


def seed(journal: Journal) -> tuple[int, int]:
    today = dt.date.today()
    month_ago = today - dt.timedelta(days=35)
    old = journal.entries.add(EntryDraft(title="Old calls", date=month_ago))
    new = journal.entries.add(EntryDraft(title="New calls", date=today))
    for entry, day, kind, response in (
        (old, month_ago, "after_hours", "gave_in"),
        (old, month_ago, "after_hours", "gave_in"),
        (new, today, "after_hours", "held"),
        (new, today, "pushing_for_gain", "open"),
    ):
        journal.incidents.add(
            IncidentDraft(
                entry_id=entry,
                client="Acme",
                kind=kind,
                response=response,
                occurred_at=dt.datetime.combine(day, dt.time(21, 0)),
            )
        )
    journal.entries.set_ratings(new, Ratings(self_respect=4))
    return old, new


def test_the_charts_draw_the_services_numbers(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    t = journal.trends.compute(window.current_filter(), "month")
    drawn = {
        (bars.property("kind"), bars.property("direction")): [
            bars.at(n) for n in range(bars.count())
        ]
        for bars in window.bar_sets("over_time")
    }
    periods = t.periods  # every month of the last year, the quiet ones too
    assert len(periods) in (12, 13) and periods[-1] == f"{dt.date.today():%Y-%m}"
    expected: dict[tuple[str, str], list[float]] = {}
    for r in t.over_time:
        row = expected.setdefault((r["kind"], r["direction"]), [0.0] * len(periods))
        row[periods.index(r["period"])] += r["count"]
    assert drawn == expected and sum(map(sum, drawn.values())) == 4
    (by_client,) = [b for b in window.bar_sets("by_client") if b.label() == "This period"]
    assert [by_client.at(0)] == [4.0]
    held = window.views["responses"].chart().series()[0]
    assert held.objectName() == "held"
    assert [p.y() for p in held.points()] == [
        100.0 * r["held"] / sum(v for k, v in r.items() if k != "period")
        for r in t.responses
        if sum(v for k, v in r.items() if k != "period")
    ]
    assert sum(window.heatmap.counts.values()) == 4
    assert "Self-respect" in window.side.text()  # gave in → the self-respect questions
    assert "Boris Shpirt" in window.side.text()


def test_filters_and_the_empty_state(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    window.direction.setCurrentIndex(window.direction.findData("me"))
    assert {b.property("kind") for b in window.bar_sets("over_time")} == {"pushing_for_gain"}
    window.direction.setCurrentIndex(0)
    window.range.setCurrentIndex(window.range.findData(30))
    assert sum(sum(b.at(n) for n in range(b.count())) for b in window.bar_sets("over_time")) == 2
    window.range.setCurrentIndex(window.range.findData(0))
    window.kinds.choose(("pushing_for_gain",))
    assert [r["client"] for r in window.trends.by_client] == ["Acme"]
    assert window.trends.by_client[0]["count"] == 1
    window.kinds.choose(())
    window.range.setCurrentIndex(window.range.findData(-1))  # custom
    assert window.date_from.isVisible() and window.date_to.isVisible()
    today = dt.date.today()
    window.date_from.setDate(today)
    window.date_to.setDate(today)
    assert window.current_filter().date_from == today
    assert sum(r["count"] for r in window.trends.over_time) == 2
    (now,) = [b for b in window.bar_sets("by_client") if not b.property("previous")]
    now.clicked.emit(0)  # Acme's bar
    assert window.behind.count() == 2
    empty = TrendsWindow(Journal.in_memory())
    qtbot.addWidget(empty)
    empty.show()
    assert empty.stack.currentWidget() is empty.empty_page and empty.empty.isVisible()
    assert not empty.export_button.isEnabled()  # no chart to save yet


def test_clicking_a_bar_lists_the_incidents_and_opens_the_entry(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    old, _new = seed(journal)
    window = make_window()
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    trends = window.trends_window
    assert trends is not None and trends.isVisible()
    (after_hours,) = [
        b for b in trends.bar_sets("over_time") if b.property("kind") == "after_hours"
    ]
    # Click the middle of the older month's bar: the two calls I gave in to.
    view = trends.views["over_time"]
    series = view.chart().series()[0]
    month_ago = dt.date.today() - dt.timedelta(days=35)
    column = trends.trends.periods.index(f"{month_ago:%Y-%m}")
    scene = view.chart().mapToPosition(QPointF(column, 1), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
    assert trends.behind.count() == 2
    assert "2 incidents" in trends.behind_title.text()
    item = trends.behind.item(0)
    trends.behind.itemActivated.emit(item)
    assert window.editor.entry_id == old


def test_clicking_a_point_lists_what_is_behind_it(qtbot: QtBot, journal: Journal) -> None:
    _old, new = seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    last = len(window.trends.periods) - 1  # this month
    (self_respect,) = [
        line
        for line in window.views["ratings"].chart().series()
        if line.objectName() == "self_respect"
    ]
    self_respect.clicked.emit(QPointF(last, 4))
    assert window.behind.count() == 1
    assert window.behind.item(0).data(Qt.ItemDataRole.UserRole + 1) == new
    held = window.views["responses"].chart().series()[0]
    held.clicked.emit(QPointF(len(window.trends.periods) - 1, 50))
    assert window.behind.count() == 2  # this month's two incidents


def test_charts_export_as_png_and_svg(qtbot: QtBot, journal: Journal, tmp_path) -> None:
    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    png, svg = tmp_path / "over-time.png", tmp_path / "over-time.svg"
    assert TrendsWindow.export_to(window.views["over_time"], str(png))
    assert png.read_bytes().startswith(b"\x89PNG")
    assert TrendsWindow.export_to(window.views["over_time"], str(svg))
    assert b"<svg" in svg.read_bytes()
    assert not TrendsWindow.export_to(window.views["over_time"], str(tmp_path / "no" / "x.png"))
    exported = sorted(
        p.name for p in tmp_path.iterdir() if p.suffix in {".png", ".svg", ".partial"}
    )
    assert exported == ["over-time.png", "over-time.svg"]


def test_the_charts_follow_light_and_dark_while_open(qtbot: QtBot, journal: Journal) -> None:
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.common.theme import LIGHT, apply_theme

    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    chart = window.views["over_time"].chart
    assert chart().theme() == QChart.ChartTheme.ChartThemeLight
    try:
        apply_theme("dark")  # Settings, or the system switching while the app runs
        qtbot.waitUntil(lambda: chart().theme() == QChart.ChartTheme.ChartThemeDark)
    finally:
        apply_theme("system")
    qtbot.waitUntil(lambda: chart().theme() == QChart.ChartTheme.ChartThemeLight)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The system's scheme rules again (light where the platform has none), in our colours.
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)


def test_small_counts_get_whole_number_ticks_and_every_month_shows(
    qtbot: QtBot, journal: Journal
) -> None:
    seed(journal)  # two incidents in one month, two in this one
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    chart = window.views["over_time"].chart()
    (x_axis,) = chart.axes(Qt.Orientation.Horizontal)
    (y_axis,) = chart.axes(Qt.Orientation.Vertical)
    assert x_axis.property("periods") == window.trends.periods  # the quiet month too
    assert len(x_axis.property("periods")) >= 12  # "last year": a bar per month, not one wide bar
    assert (y_axis.min(), y_axis.max(), y_axis.tickInterval()) == (0, 2, 1)  # 0, 1, 2
    assert y_axis.tickType() == y_axis.TickType.TicksDynamic


@pytest.mark.parametrize(
    ("top", "axis"),
    [(0, (1, 1)), (2, (2, 1)), (8, (8, 1)), (9, (10, 2)), (17, (20, 5)), (41, (50, 10))],
)
def test_count_axes_step_by_whole_numbers(top: int, axis: tuple[int, int]) -> None:
    assert count_ticks(top) == axis


def test_a_heatmap_cell_is_named_as_a_weekday_and_an_hour(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.heatmap)
    qtbot.waitExposed(window.heatmap)
    heatmap = window.heatmap
    day = (dt.date.today()).weekday()
    w, h = heatmap._cell()
    qtbot.mouseClick(
        heatmap,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(44 + w * 21.5), int(22 + h * (day + 0.5))),
    )
    name = QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
    assert window.behind_title.text().startswith(f"{name} 21:00: ")
    assert cell_caption(2, 21) == f"{QLocale().dayName(3, QLocale.FormatType.ShortFormat)} 21:00"


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_escape_and_ctrl_w_close_the_trends(
    qtbot: QtBot, make_window: Callable[[], MainWindow], keys: tuple[Qt.Key, Any]
) -> None:
    window = make_window()
    window.open_trends()
    trends = window.trends_window
    qtbot.waitExposed(trends)
    trends.activateWindow()
    qtbot.waitUntil(trends.isActiveWindow)
    qtbot.keyClick(trends.tabs, *keys)
    assert not trends.isVisible()


def test_the_legend_gives_every_kind_its_whole_name(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    legend = window.legends["over_time"]
    names = [b.label() for b in window.bar_sets("over_time")]
    assert names and all(len(n) > 12 for n in names)  # "Contact outside working hours (…)"
    assert legend.isVisible() and legend.names() == names
    for label in legend.labels:  # whole, wrapped if need be, and named on hover
        assert label.wordWrap() and label.toolTip() in names
        assert label.heightForWidth(label.width()) <= label.height()
    assert not window.views["over_time"].chart().legend().isVisible()  # Qt's cuts names
    assert "Held the boundary, %" in window.legends["responses"].names()


def test_a_few_incidents_are_said_to_be_too_few_for_a_trend(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)  # four incidents
    window = TrendsWindow(journal)
    qtbot.addWidget(window)
    window.show()
    assert window.small_data.isVisible()
    assert "Only 4 incidents" in window.small_data.text()
    entry = journal.entries.add(EntryDraft(title="Busy"))
    for _ in range(10):
        journal.incidents.add(IncidentDraft(entry_id=entry, client="Acme", kind="rudeness"))
    window.refresh()
    assert not window.small_data.isVisible()
