"""The Trends window: "Am I getting better at this, and with whom is it hardest?"

Filters shared by every view, a row of figures for the range, one tab per view, the incidents
behind a clicked bar, point or cell (hidden until one is clicked), and beside the charts the
observations as cards and the book's questions that fit what is shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarSet, QChart, QChartView
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import GROUPS
from ...core.trends import TrendFilter, Trends, period_bounds
from ..common.labels import ui_language
from . import trends_charts
from .chart_legend import ChartLegend
from .drill_down import DrillDown
from .goals_panel import GoalsPanel
from .heatmap_widget import HeatmapWidget, cell_caption
from .period_axis import long_label
from .side_panel import SidePanel
from .summary_row import SummaryRow
from .trends_filters import TrendsFilters
from .trends_keys import CLOSE, EXPORT_CHART
from .trends_picture import save_picture

if TYPE_CHECKING:
    from ...core.journal import Journal

SIDE_MIN = 260  # the observations beside the charts need this much
SMALL_DATA = 10  # fewer incidents than this in the range: too few for a trend


class TrendsWindow(QWidget):
    entryRequested = Signal(int)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._journal = journal
        self.trends = Trends()
        self.setObjectName("trendsWindow")
        self.setWindowTitle(self.tr("Trends — Boundary Journal"))
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # As large as it reads best, but inside the screen (half of a 1920 one too).
        self.resize(
            min(1180, room.width() if room else 1180), min(760, room.height() if room else 760)
        )

        self.filters = TrendsFilters(journal, self)
        self.filters.changed.connect(self.refresh)
        f = self.filters  # the filters by their names, for the tests and the keyboard
        self.range, self.period, self.direction = f.range, f.period, f.direction
        self.clients, self.kinds, self.date_from, self.date_to = (
            f.clients, f.kinds, f.date_from, f.date_to,
        )  # fmt: skip
        self.summary = SummaryRow(self)

        self.export_button = QPushButton(self.tr("&Export Chart…"), self)
        self.export_button.setObjectName("exportChart")
        self.export_button.clicked.connect(self.export_png)
        self.export_action = self._action(self.export_png, EXPORT_CHART, "exportChartAction")
        self.close_action = self._action(self.close, CLOSE, "closeTrends")
        native = QKeySequence(EXPORT_CHART[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.export_button.setToolTip(
            self.tr("Save the chart on screen as a picture ({0})").format(native)
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trendsTabs")
        self.views: dict[str, QChartView] = {}
        self.legends: dict[str, ChartLegend] = {}
        for key, title in (
            ("over_time", self.tr("Over time")),
            ("by_client", self.tr("By client")),
            ("responses", self.tr("How I responded")),
            ("ratings", self.tr("Respect balance")),
        ):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setObjectName(f"chart_{key}")
            view.setAccessibleName(title)
            self.views[key] = view
            self.legends[key] = ChartLegend(f"legend_{key}", self)
            page = QWidget(self)
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            column.addWidget(view, 1)
            column.addWidget(self.legends[key])
            self.tabs.addTab(page, title)
        self.heatmap = HeatmapWidget(self)
        self.heatmap.cellClicked.connect(self._on_cell)
        self.tabs.addTab(self.heatmap, self.tr("When it happens"))
        self.goals_panel = GoalsPanel(journal, self)
        self.goals_panel.goalsChanged.connect(self.refresh)
        self.tabs.addTab(self.goals_panel, self.tr("Goals and events"))

        self.empty = QLabel(
            self.tr(
                "Nothing to show for these filters yet.\n\nLog boundary incidents with "
                "Ctrl+Shift+I and rate your entries; their trends appear here."
            ),
            self,
        )
        self.empty.setObjectName("trendsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # Goals and events need no incidents yet: from the empty page, their tab is a click away.
        self.to_goals = QPushButton(self.tr("&Goals and Events…"), self)
        self.to_goals.setObjectName("trendsToGoals")
        self.to_goals.clicked.connect(self._show_goals)
        self._goals_asked = False
        empty_page = QWidget(self)
        column = QVBoxLayout(empty_page)
        column.addStretch(1)
        column.addWidget(self.empty)
        column.addWidget(self.to_goals, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.empty_page = empty_page
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(empty_page)

        self.drill = DrillDown(journal, self.current_filter, self)
        self.drill.entryRequested.connect(self.entryRequested)
        self.behind, self.behind_title = self.drill.list, self.drill.title
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 3)
        self.hint = QLabel(self.tr("Click a bar or a cell to see the incidents behind it."), self)
        self.hint.setObjectName("trendsHint")
        self.hint.setWordWrap(True)
        under = QHBoxLayout()  # the export button here, not beside the tabs: Russian's are long
        under.addWidget(self.hint, 1)
        under.addWidget(self.export_button)
        column.addLayout(under)
        column.addWidget(self.drill, 2)
        self.drill.shown.connect(lambda on: self.hint.setVisible(not on))

        self.side = SidePanel(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("trendsSplit")
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setCollapsible(0, False)
        split.setSizes([860, 300])
        self.split = split

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        # Few incidents: said plainly, so a bar of 1 or 2 is not read as a trend.
        self.small_data = QLabel(self)
        self.small_data.setObjectName("trendsSmallData")
        self.small_data.setWordWrap(True)
        self.small_data.setVisible(False)
        layout.addWidget(self.small_data)
        layout.addWidget(split, 1)
        self.refresh()
        self._redraw_pending = False  # from here on a new palette redraws the charts

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Where the tabs and the observations beside them do not fit (960 px, Russian's
        long tab names), the observations go under the charts and every tab shows whole."""
        super().resizeEvent(event)
        tabs = self.tabs.tabBar().sizeHint().width() + 8
        beside = event.size().width() - 32 >= tabs + SIDE_MIN + self.split.handleWidth()
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = self.split.width() if beside else self.split.height()
            side = 300 if beside else max(total // 4, 120)
            self.split.setSizes([max(total - side, 0), side])

    # -- public ----------------------------------------------------------------------------
    def current_filter(self) -> TrendFilter:
        return self.filters.current_filter()

    def changeEvent(self, event: QEvent) -> None:
        """Light to dark or back (Settings, or the system while the app runs): the charts
        take their theme when they are drawn, so they are drawn again, once."""
        super().changeEvent(event)
        ready = hasattr(self, "_redraw_pending")  # not while the window is being built
        if event.type() == QEvent.Type.PaletteChange and ready and not self._redraw_pending:
            self._redraw_pending = True
            QTimer.singleShot(0, self, self._redraw)

    def _show_goals(self) -> None:
        self._goals_asked = True
        self.tabs.setCurrentWidget(self.goals_panel)
        self.stack.setCurrentWidget(self.tabs)
        self.export_button.setEnabled(True)
        self.goals_panel.setFocus()

    def _redraw(self) -> None:
        self._redraw_pending = False
        self.refresh()

    def refresh(self) -> None:
        lang = ui_language()
        flt = self.current_filter()
        self.trends = self._journal.trends.compute(flt, self.filters.by(), lang)
        t = self.trends
        on_goals = self._goals_asked and self.tabs.currentWidget() is self.goals_panel
        self.stack.setCurrentWidget(self.empty_page if t.is_empty and not on_goals else self.tabs)
        self.export_button.setEnabled(self.stack.currentWidget() is self.tabs)  # no empty charts
        self.summary.set_summary(t.summary)
        total = sum(r["count"] for r in t.over_time)
        self.small_data.setText(
            self.tr(
                "Only %n incident(s) in this range so far: too few to show a trend. "
                "The charts say more as you log more.",
                "",
                total,
            )
        )
        self.small_data.setVisible(0 < total < SMALL_DATA)
        self._draw(lang)
        agreement = None
        if len(flt.client_ids) == 1:  # one client's agreed hours outlined on the heat map
            agreement = self._journal.clients.get(flt.client_ids[0]).agreement
        self.heatmap.set_data(t.heatmap, agreement)
        self.goals_panel.refresh(flt.client_ids)
        self.drill.clear()
        self._show_side(lang)

    def bar_sets(self, key: str) -> list[QBarSet]:
        chart: QChart = self.views[key].chart()
        return [bars for series in chart.series() for bars in series.barSets()]

    def export_png(self) -> None:
        """Save the chart on screen as PNG (or SVG, by the name's ending) for a coach."""
        if not self.export_button.isEnabled():  # the shortcut, with nothing drawn yet
            return
        widget = self.tabs.currentWidget()
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), name + ".png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )  # fmt: skip
        if path and not self.export_to(widget, path):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The chart could not be saved to {0}.").format(path),
            )

    export_to = staticmethod(save_picture)

    # -- private ---------------------------------------------------------------------------
    def _action(self, slot: Any, keys: tuple[str, ...], name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _draw(self, lang: str) -> None:
        t = self.trends
        kinds = {k.key: k.name for k in self._journal.kinds.all(lang, include_archived=True)}
        split = not self.direction.currentData()
        catalogue = self._journal.questions.catalogue
        charts = {
            "over_time": trends_charts.over_time(t, kinds, split),
            "by_client": trends_charts.by_client(t),
            "responses": trends_charts.responses(t),
            "ratings": trends_charts.ratings(t, {g: catalogue.group_name(g, lang) for g in GROUPS}),
        }
        for key, chart in charts.items():
            chart.legend().setVisible(False)  # ours, under the chart: every name whole
            old = self.views[key].chart()
            self.views[key].setChart(chart)
            if old is not None:
                old.deleteLater()
            self.legends[key].set_chart(chart)
        for bars in self.bar_sets("over_time") + self.bar_sets("by_client"):
            bars.hovered.connect(
                lambda on, index, b=bars: self._on_hover(b, index) if on else QToolTip.hideText()
            )
        for bars in self.bar_sets("over_time"):
            bars.clicked.connect(lambda index, b=bars: self._on_bar(b, index))
        for bars in self.bar_sets("by_client"):
            bars.clicked.connect(lambda index, b=bars: self._on_client_bar(b, index))
        for line in self.views["responses"].chart().series():
            line.clicked.connect(lambda point: self._on_response_point(round(point.x())))
        for line in self.views["ratings"].chart().series():
            line.clicked.connect(lambda point: self._on_rating_point(round(point.x())))

    def _on_hover(self, bars: QBarSet, index: int) -> None:
        """A bar's whole name, its period and count under the pointer."""
        count = int(bars.at(index))
        periods = bars.property("periods")
        when = f" · {long_label(periods[index])}" if periods else ""
        QToolTip.showText(QCursor.pos(), f"{bars.label()}{when}: {count}")

    def _show_side(self, lang: str) -> None:
        from ...core.questions import fitting_groups

        t = self.trends
        pairs = [(r["direction"], "gave_in") for r in t.over_time if r["direction"] == "me"]
        gave_in = sum(r["gave_in"] + r["open"] for r in t.responses)
        if gave_in:
            pairs.append(("client", "gave_in"))
        groups = fitting_groups(pairs)
        book = self._journal.questions.catalogue
        questions = [q for q in self._journal.questions.all(lang) if q.group in groups]
        self.side.set_content(
            t.observations,
            [
                (book.group_name(g, lang), [q.text for q in questions if q.group == g])
                for g in groups
            ],  # fmt: skip
            self.tr("Questions from {0}.").format(book.attribution(lang)),
        )

    def _on_bar(self, bars: QBarSet, index: int) -> None:
        periods = self.views["over_time"].chart().series()[0].property("periods")
        start, end = period_bounds(periods[index])
        kind, direction = bars.property("kind"), bars.property("direction")
        self.drill.incidents(
            lambda i: i.kind.key == kind and (not direction or i.direction == direction),
            start,
            end,
            f"{bars.label()} · {long_label(periods[index])}",
        )

    def _on_client_bar(self, bars: QBarSet, index: int) -> None:
        name = self.views["by_client"].chart().series()[0].property("clients")[index]
        flt = self.current_filter()
        start, end = flt.date_from, flt.date_to
        if bars.property("previous") and start is not None and end is not None:
            length = end - start + dt.timedelta(days=1)
            start, end = start - length, start - dt.timedelta(days=1)
        self.drill.incidents(lambda i: i.client.name == name, start, end, name)

    def _on_response_point(self, index: int) -> None:
        periods = self.views["responses"].chart().property("periods") or []
        if 0 <= index < len(periods):
            start, end = period_bounds(periods[index])
            self.drill.incidents(lambda _i: True, start, end, long_label(periods[index]))

    def _on_rating_point(self, index: int) -> None:
        """The rated entries behind one point of the respect balance."""
        periods = self.views["ratings"].chart().property("periods") or []
        if 0 <= index < len(periods):
            start, end = period_bounds(periods[index])
            self.drill.rated(start, end, long_label(periods[index]))

    def _on_cell(self, weekday: int, hour: int) -> None:
        flt = self.current_filter()
        self.drill.incidents(
            lambda i: i.occurred_at.weekday() == weekday and i.occurred_at.hour == hour,
            flt.date_from,
            flt.date_to,
            cell_caption(weekday, hour),
        )
