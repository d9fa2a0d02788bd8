"""The calendar marks the days that have entries with a dot in the accent colour, in the
light and the dark scheme (DESIGN.md: "a dot on days with entries")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.ui.common import theme
from journal_app.ui.entries.calendar_panel import CalendarPanel


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply_theme(request.param)
    yield request.param
    theme.apply_theme("system")


def accent_pixels(panel: CalendarPanel, day: dt.date) -> int:
    """How many pixels of the day's cell, painted as the calendar paints it, are the accent."""
    image = QImage(32, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.colours().page))
    painter = QPainter(image)
    panel.calendar.paintCell(painter, QRect(0, 0, 32, 24), QDate(day.year, day.month, day.day))
    painter.end()
    accent = QColor(theme.colours().accent)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).red() - accent.red()) < 24
        and abs(image.pixelColor(x, y).green() - accent.green()) < 24
        and abs(image.pixelColor(x, y).blue() - accent.blue()) < 24
    )


def test_days_with_entries_have_a_dot(scheme: str, journal: Journal, qtbot) -> None:  # noqa: ANN001
    written, empty = dt.date(2026, 3, 10), dt.date(2026, 3, 11)
    journal.entries.add(EntryDraft(title="A call", date=written))
    panel = CalendarPanel(journal)
    qtbot.addWidget(panel)
    panel.calendar.setCurrentPage(2026, 3)
    assert accent_pixels(panel, written) >= 4  # a 4 px dot, antialiased
    assert accent_pixels(panel, empty) == 0
    # Another month: its own days are marked, March's dot goes with it.
    panel.calendar.setCurrentPage(2026, 4)
    assert accent_pixels(panel, written) == 0


def test_sunday_shows_whole_at_the_narrowest(qtbot: QtBot, journal: Journal) -> None:
    """At 192 px the seventh column went past the calendar's edge, Sunday cut in half."""
    panel = CalendarPanel(journal)
    qtbot.addWidget(panel)
    font = panel.calendar.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the wide digits of a real desktop's font
    panel.calendar.setFont(font)
    panel.resize(192, 320)
    panel.show()
    qtbot.waitExposed(panel)
    days = panel.calendar.findChild(QTableView)
    header = days.horizontalHeader()
    last = header.sectionViewportPosition(6) + header.sectionSize(6)
    assert last <= days.viewport().width()


def test_the_calendar_comes_just_after_the_lists_first_paint(
    qtbot: QtBot, journal: Journal, paths
) -> None:
    """The window holds the calendar until the list is on the screen (#22: it was a fifth of
    the window's construction), then shows it with this month's days marked; it keeps its
    room meanwhile, so nothing moves when it comes."""
    from PySide6.QtWidgets import QCalendarWidget

    from journal_app.ui.window.main_window import MainWindow

    journal.entries.add(EntryDraft(title="today", date=dt.date.today()))
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    assert window.findChildren(QCalendarWidget) == []  # not built with the window
    room = window.calendar_panel.minimumSize()
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.calendar_panel.minimumSize() == room
    qtbot.waitUntil(lambda: bool(window.findChildren(QCalendarWidget)))
    calendar = window.findChildren(QCalendarWidget)[0]
    assert calendar.parent() is window.calendar_panel  # in its room (beside the list when wide)
    today = QDate.currentDate()
    assert calendar.dateTextFormat(today).font().bold()  # today's entry marked
