"""The Trends window: "Am I getting better at this, and with whom is it hardest?"

Filters shared by every view, one tab per view, the incidents behind a clicked bar or cell,
and beside the charts the book's questions that fit what is shown, with plain observations.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import QBarSet, QChart, QChartView
from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from ...core.journal import Journal
from ...core.questions import fitting_groups
from ...core.records import EntryFilter, IncidentFilter, IncidentRecord, Ratings
from ...core.trends import TrendFilter, Trends, period_bounds
from ..common.labels import direction_short, response_label, ui_language
from ..common.widgets import combo
from . import trends_charts
from .goals_panel import GoalsPanel
from .heatmap_widget import HeatmapWidget, cell_caption
from .trends_keys import CLOSE, EXPORT_CHART
from .trends_picture import save_picture

EntryRole = Qt.ItemDataRole.UserRole + 1
SMALL_DATA = 10  # fewer incidents than this in the range: too few for a trend


class TrendsWindow(QWidget):
    entryRequested = Signal(int)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._journal = journal
        self.trends = Trends()
        self.setObjectName("trendsWindow")
        self.setWindowTitle(self.tr("Trends — Boundary Journal"))
        self.resize(1180, 760)

        bar = QHBoxLayout()
        self.range = combo(
            self,
            "trendsRange",
            [
                (self.tr("Last 30 days"), 30),
                (self.tr("Last quarter"), 91),
                (self.tr("Last year"), 365),
                (self.tr("All time"), 0),
                (self.tr("Custom…"), -1),
            ],
            self.tr("Date range"),
        )
        self.range.setCurrentIndex(2)
        today = dt.date.today()
        self.date_from = QDateEdit(QDate(today.year, 1, 1), self)
        self.date_from.setObjectName("trendsFrom")
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_to.setObjectName("trendsTo")
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.refresh)
        self.period = combo(
            self,
            "trendsPeriod",
            [(self.tr("By week"), "week"), (self.tr("By month"), "month"),
             (self.tr("By quarter"), "quarter")],
            self.tr("Group by"),
        )  # fmt: skip
        self.period.setCurrentIndex(1)
        self.client = combo(self, "trendsClient", [(self.tr("All clients"), 0)], self.tr("Client"))
        for c in journal.clients.all():
            self.client.addItem(c.name, c.id)
        self.kind = combo(self, "trendsKind", [(self.tr("All kinds"), "")], self.tr("Kind"))
        self.kind.setMaximumWidth(280)
        # Long kind names («Контакт в нерабочее время…») must not widen the window past a
        # small screen: the box is narrower, its list as wide as the names.
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(14)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        for kind in journal.kinds.all(ui_language(), include_archived=True):
            self.kind.addItem(kind.name, kind.key)
        self.direction = combo(
            self,
            "trendsDirection",
            [(self.tr("Both directions"), ""), (direction_short("client"), "client"),
             (direction_short("me"), "me")],
            self.tr("Direction"),
        )  # fmt: skip
        self.export_button = QPushButton(self.tr("&Export Chart…"), self)
        self.export_button.setObjectName("exportChart")
        self.export_button.clicked.connect(self.export_png)
        self.export_action = self._action(self.export_png, EXPORT_CHART, "exportChartAction")
        self.close_action = self._action(self.close, CLOSE, "closeTrends")
        native = QKeySequence(EXPORT_CHART[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.export_button.setToolTip(
            self.tr("Save the chart on screen as a picture ({0})").format(native)
        )
        for widget in (self.range, self.period, self.client, self.kind, self.direction):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self.refresh)
            if widget is self.range:
                bar.addWidget(self.date_from)
                bar.addWidget(self.date_to)
        bar.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trendsTabs")
        self.views: dict[str, QChartView] = {}
        self.legends: dict[str, QLabel] = {}
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
            # The legend beside the chart, every name whole (wrapped), not Qt's, which cuts
            # «Контакт в нерабочее время» to «Контакт в…» when the names are long.
            legend = QLabel(self)
            legend.setObjectName(f"legend_{key}")
            legend.setWordWrap(True)
            legend.setTextFormat(Qt.TextFormat.RichText)
            legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            legend.setMinimumWidth(120)
            legend.setMaximumWidth(240)
            self.legends[key] = legend
            page = QWidget(self)
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(view, 1)
            row.addWidget(legend)
            self.tabs.addTab(page, title)
        self.heatmap = HeatmapWidget(self)
        self.heatmap.cellClicked.connect(self._on_cell)
        self.tabs.addTab(self.heatmap, self.tr("When it happens"))
        self.goals_panel = GoalsPanel(journal, self)
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
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)

        self.behind_title = QLabel(self.tr("Click a bar or a cell to see the incidents behind it."))
        self.behind_title.setWordWrap(True)
        self.behind = QListWidget(self)
        self.behind.setObjectName("trendsBehind")
        self.behind.setAccessibleName(self.tr("Incidents behind the selection"))
        self.behind.itemActivated.connect(self._on_open)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 3)
        under = QHBoxLayout()  # the export button here, not in the filters: a small screen
        under.addWidget(self.behind_title, 1)
        under.addWidget(self.export_button)
        column.addLayout(under)
        column.addWidget(self.behind, 1)

        self.side = QLabel(self)
        self.side.setObjectName("trendsSide")
        self.side.setWordWrap(True)
        self.side.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.side.setTextFormat(Qt.TextFormat.RichText)
        self.side.setMinimumWidth(200)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setSizes([860, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        # Few incidents: said plainly, so a bar of 1 or 2 is not read as a trend.
        self.small_data = QLabel(self)
        self.small_data.setObjectName("trendsSmallData")
        self.small_data.setWordWrap(True)
        self.small_data.setVisible(False)
        layout.addWidget(self.small_data)
        layout.addWidget(split, 1)
        self.refresh()
        self._redraw_pending = False  # from here on a new palette redraws the charts

    # -- public ----------------------------------------------------------------------------
    def current_filter(self) -> TrendFilter:
        days = self.range.currentData()
        start: dt.date | None
        if days == -1:  # custom
            start = self.date_from.date().toPython()  # type: ignore[assignment]
            end: dt.date = self.date_to.date().toPython()  # type: ignore[assignment]
            start, end = min(start, end), max(start, end)  # type: ignore[type-var]
        else:
            end = dt.date.today()
            start = end - dt.timedelta(days=days - 1) if days else None
        client = self.client.currentData()
        kind = self.kind.currentData()
        return TrendFilter(
            date_from=start,
            date_to=end,
            client_ids=(client,) if client else (),
            kinds=(kind,) if kind else (),
            direction=self.direction.currentData() or None,
        )

    def changeEvent(self, event: QEvent) -> None:
        """Light to dark or back (Settings, or the system while the app runs): the charts
        take their theme when they are drawn, so they are drawn again, once."""
        super().changeEvent(event)
        ready = hasattr(self, "_redraw_pending")  # not while the window is being built
        if event.type() == QEvent.Type.PaletteChange and ready and not self._redraw_pending:
            self._redraw_pending = True
            QTimer.singleShot(0, self, self._redraw)

    def _redraw(self) -> None:
        self._redraw_pending = False
        self.refresh()

    def refresh(self) -> None:
        custom = self.range.currentData() == -1
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        lang = ui_language()
        flt = self.current_filter()
        self.trends = self._journal.trends.compute(flt, self.period.currentData(), lang)
        t = self.trends
        self.stack.setCurrentWidget(self.empty if t.is_empty else self.tabs)
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
        kinds = {k.key: k.name for k in self._journal.kinds.all(lang, include_archived=True)}
        split = not self.direction.currentData()
        charts = {
            "over_time": trends_charts.over_time(t, kinds, split),
            "by_client": trends_charts.by_client(t),
            "responses": trends_charts.responses(t),
            "ratings": trends_charts.ratings(
                t, {g: self._journal.questions.catalogue.group_name(g, lang) for g in GROUPS}
            ),
        }
        for key, chart in charts.items():
            old = self.views[key].chart()
            self.views[key].setChart(chart)
            if old is not None:
                old.deleteLater()
        for key, chart in charts.items():
            chart.legend().setVisible(False)
            self.legends[key].setText(legend_html(chart))
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
        client = self.client.currentData()
        agreement = self._journal.clients.get(client).agreement if client else None
        self.heatmap.set_data(t.heatmap, agreement)
        self.goals_panel.refresh(flt.client_ids)
        self.behind.clear()
        self._show_side(lang)

    def bar_sets(self, key: str) -> list[QBarSet]:
        chart: QChart = self.views[key].chart()
        return [bars for series in chart.series() for bars in series.barSets()]

    def export_png(self) -> None:
        """Save the chart on screen as PNG (or SVG, by the name's ending) for a coach."""
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

    def _on_hover(self, bars: QBarSet, index: int) -> None:
        """A bar's whole name and count under the pointer."""
        count = int(bars.at(index))
        QToolTip.showText(QCursor.pos(), f"{bars.label()}: {count}")

    def _show_side(self, lang: str) -> None:
        t = self.trends
        pairs = [(r["direction"], "gave_in") for r in t.over_time if r["direction"] == "me"]
        gave_in = sum(r["gave_in"] + r["open"] for r in t.responses)
        if gave_in:
            pairs.append(("client", "gave_in"))
        groups = fitting_groups(pairs)
        book = self._journal.questions.catalogue
        questions = [q for q in self._journal.questions.all(lang) if q.group in groups]
        parts = []
        if t.observations:
            parts.append("<b>" + self.tr("Observations") + "</b><ul>")
            parts += [f"<li>{_escape(o)}</li>" for o in t.observations]
            parts.append("</ul>")
        for group in groups:
            parts.append(f"<b>{_escape(book.group_name(group, lang))}</b><ul>")
            parts += [f"<li><i>{_escape(q.text)}</i></li>" for q in questions if q.group == group]
            parts.append("</ul>")
        parts.append(
            "<p style='color: gray'>"
            + _escape(self.tr("Questions from {0}.").format(book.attribution(lang)))
            + "</p>"
        )
        self.side.setText("".join(parts))

    def _on_bar(self, bars: QBarSet, index: int) -> None:
        periods = self.views["over_time"].chart().series()[0].property("periods")
        start, end = period_bounds(periods[index])
        kind, direction = bars.property("kind"), bars.property("direction")
        self._show_behind(
            lambda i: i.kind.key == kind and (not direction or i.direction == direction),
            start,
            end,
            f"{bars.label()} · {periods[index]}",
        )

    def _on_client_bar(self, bars: QBarSet, index: int) -> None:
        name = self.views["by_client"].chart().series()[0].property("clients")[index]
        flt = self.current_filter()
        start, end = flt.date_from, flt.date_to
        if bars.property("previous") and start is not None and end is not None:
            length = end - start + dt.timedelta(days=1)
            start, end = start - length, start - dt.timedelta(days=1)
        self._show_behind(lambda i: i.client.name == name, start, end, name)

    def _on_response_point(self, index: int) -> None:
        periods = self.views["responses"].chart().property("periods") or []
        if 0 <= index < len(periods):
            period = periods[index]
            start, end = period_bounds(period)
            self._show_behind(lambda _i: True, start, end, period)

    def _on_rating_point(self, index: int) -> None:
        """The rated entries behind one point of the respect balance."""
        periods = self.views["ratings"].chart().property("periods") or []
        if not 0 <= index < len(periods):
            return
        period = periods[index]
        start, end = period_bounds(period)
        flt = self.current_filter()
        entries = self._journal.entries
        summaries = entries.summaries(
            EntryFilter(client_ids=flt.client_ids, date_from=start, date_to=end), limit=1000
        )
        rated = [e for e in (entries.get(s.id) for s in summaries) if e.ratings != Ratings()]
        self.behind.clear()
        self.behind_title.setText(
            self.tr("{0}: rated entries: %n. Double-click to open one.", "", len(rated)).format(
                period
            )
        )
        for e in rated:
            r = e.ratings
            marks = " / ".join("–" if v is None else str(v) for v in (
                r.respect_client, r.self_respect, r.partnership))  # fmt: skip
            item = QListWidgetItem(f"{e.date:%Y-%m-%d}  ·  {e.title or e.body[:60]}  ·  {marks}")
            item.setData(EntryRole, e.id)
            self.behind.addItem(item)

    def _on_cell(self, weekday: int, hour: int) -> None:
        flt = self.current_filter()
        self._show_behind(
            lambda i: i.occurred_at.weekday() == weekday and i.occurred_at.hour == hour,
            flt.date_from,
            flt.date_to,
            cell_caption(weekday, hour),
        )

    def _show_behind(
        self, keep: Any, start: dt.date | None, end: dt.date | None, title: str
    ) -> None:
        flt = self.current_filter()
        found: list[IncidentRecord] = [
            i
            for i in self._journal.incidents.find(
                IncidentFilter(client_ids=flt.client_ids, date_from=start, date_to=end),
                ui_language(),
            )
            if keep(i)
            and (not flt.direction or i.direction == flt.direction)
            and (not flt.kinds or i.kind.key in flt.kinds)
        ]
        self.behind.clear()
        self.behind_title.setText(
            self.tr("{0}: incidents: %n. Double-click to open the entry.", "", len(found)).format(
                title
            )
        )
        for i in found:
            text = (
                f"{i.occurred_at:%Y-%m-%d %H:%M}  ·  {i.client.name}  ·  {i.kind.name}  ·  "
                f"{response_label(i.response)}" + (f"  —  {i.note}" if i.note else "")
            )
            item = QListWidgetItem(text, self.behind)
            item.setData(EntryRole, i.entry_id)

    def _on_open(self, item: QListWidgetItem) -> None:
        self.entryRequested.emit(int(item.data(EntryRole)))


def legend_html(chart: QChart) -> str:
    """The chart's series as a list: a colour swatch and the whole name, one a line."""
    items: list[tuple[str, str]] = []
    for series in chart.series():
        if hasattr(series, "barSets"):
            items += [(b.label(), b.color().name()) for b in series.barSets()]
        else:
            items.append((series.name(), series.color().name()))
    return "".join(
        f"<p style='margin: 0 0 4px 0'><span style='color: {colour}'>■</span> {_escape(name)}</p>"
        for name, colour in items
        if name
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
