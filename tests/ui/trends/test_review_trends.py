"""Trends over a coach's review (issue #20): a click on a bar, a point or a cell lists the
incidents or entries behind it, as in the journal, and a row opens its entry in the review's
window — the review's journal lives in memory only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.paths import AppPaths
from journal_app.ui.trends.trends_window import TrendsWindow
from journal_app.ui.window.main_window import MainWindow

from ...conftest import REVIEW_PASS
from .test_trends import seed

pytestmark = pytest.mark.usefixtures("fast_scrypt")

PASS = REVIEW_PASS


def test_a_click_in_a_reviews_trends_opens_the_entry_in_the_review(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    seed(journal)
    journal.reviews.share(ExportScope(pseudonymise=True), tmp_path / "r.bjreview", PASS)
    coach_paths = AppPaths.resolve(tmp_path / "coach")
    with Journal.open(coach_paths) as coach_journal:
        coach = MainWindow(coach_journal, coach_paths)
        qtbot.addWidget(coach)
        coach.reviews.ask_passphrase = lambda _name: PASS
        review = coach.reviews.open_review(tmp_path / "r.bjreview")
        assert review is not None
        qtbot.waitExposed(review)
        qtbot.keyClicks(review.search, "New calls")  # the other entry hidden by a search
        review.trends_action.trigger()
        (trends,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, TrendsWindow) and w.isVisible()
        ]
        qtbot.waitExposed(trends)
        assert not trends.drill.isVisible()

        view = trends.views["over_time"]
        series = view.chart().series()[0]
        month_ago = dt.date.today() - dt.timedelta(days=35)
        column = trends.trends.periods.index(f"{month_ago:%Y-%m}")
        scene = view.chart().mapToPosition(QPointF(column, 1), series)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
        assert trends.drill.isVisible() and trends.behind.count() == 2
        assert "Client A" in trends.behind.item(0).text()  # the review's names, not "Acme"
        assert "New calls" in review.view.toPlainText()
        trends.behind.setFocus()
        qtbot.keyClick(trends.behind, Qt.Key.Key_Return)  # the first row: an old call
        assert review.search.text() == ""  # the search that hid it is cleared
        assert "Old calls" in review.view.toPlainText()

        trends.tabs.setCurrentWidget(trends.heatmap)  # a cell: 21:00 today
        qtbot.waitExposed(trends.heatmap)
        w, h = trends.heatmap._cell()
        day = dt.date.today().weekday()
        cell = QPoint(int(44 + w * 21.5), int(22 + h * (day + 0.5)))
        qtbot.mouseClick(trends.heatmap, Qt.MouseButton.LeftButton, pos=cell)
        assert trends.behind.count() >= 2
        ratings = [
            line
            for line in trends.views["ratings"].chart().series()
            if line.objectName() == "self_respect"
        ]
        ratings[0].clicked.emit(QPointF(len(trends.trends.periods) - 1, 4))  # a point
        assert trends.behind.count() == 1
        trends.behind.itemActivated.emit(trends.behind.item(0))
        assert "New calls" in review.view.toPlainText()
        review.close()
        coach.close()
