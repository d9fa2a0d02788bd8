"""Charts for the trend views, built from the figures core computes (`core.trends.Trends`).

Each builder returns a QChart and keeps what it drew on the chart's series, so tests can check
the chart against the service and clicks can be traced back to periods and kinds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor

from ...core.trends import Trends
from ..common.labels import direction_short
from ..common.theme import is_dark
from .period_axis import period_axis

KIND_COLOURS = (
    "#ef4444", "#f59e0b", "#8b5cf6", "#ec4899", "#14b8a6", "#f97316",
    "#3b82f6", "#10b981", "#6366f1", "#84cc16", "#06b6d4", "#d946ef",
)  # fmt: skip


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    dark = is_dark()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    return chart


def count_ticks(top: float) -> tuple[int, int]:
    """The top of a count axis and the step between its ticks: whole numbers only (there is
    no such thing as 1.5 incidents), 1, 2 or 5 × 10ⁿ apart, at most eight steps."""
    step, base = 1, 1
    while top / step > 8:
        step = next(s for s in (base, 2 * base, 5 * base, 10 * base) if s > step)
        if step == 10 * base:
            base *= 10
    return max(1, -(-int(top) // step) * step), step


def _axes(chart: QChart, series: Any, x: QAbstractAxis, top: float) -> None:
    y = QValueAxis()
    high, step = count_ticks(top)
    y.setRange(0, high)
    y.setTickType(QValueAxis.TickType.TicksDynamic)
    y.setTickAnchor(0)
    y.setTickInterval(step)
    y.setMinorTickCount(0)
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def over_time(t: Trends, kind_names: dict[str, str], split: bool) -> QChart:
    """Stacked bars per period by kind; with `split`, one bar set per kind and direction."""
    chart = _chart(QCoreApplication.translate("trends", "Incidents over time"))
    periods = sorted(set(t.periods) | {r["period"] for r in t.over_time})
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for r in t.over_time:
        key = (r["kind"], r["direction"] if split else "")
        counts[key][r["period"]] = counts[key].get(r["period"], 0) + r["count"]
    series = QStackedBarSeries()
    series.setObjectName("overTime")
    for n, (key, by_period) in enumerate(sorted(counts.items())):
        kind, direction = key
        label = kind_names.get(kind, kind)
        if direction:
            label += f" ({direction_short(direction)})"
        bars = QBarSet(label)
        bars.setColor(QColor(KIND_COLOURS[n % len(KIND_COLOURS)]))
        bars.append([float(by_period.get(p, 0)) for p in periods])
        bars.setProperty("kind", kind)
        bars.setProperty("direction", direction)
        bars.setProperty("periods", periods)
        series.append(bars)
    chart.addSeries(series)
    totals = defaultdict(int)
    for r in t.over_time:
        totals[r["period"]] += r["count"]
    _axes(chart, series, period_axis(chart, periods), max(totals.values(), default=0))
    series.setProperty("periods", periods)
    return chart


def by_client(t: Trends) -> QChart:
    chart = _chart(QCoreApplication.translate("trends", "Incidents by client"))
    names = [r["client"] for r in t.by_client]
    series = QBarSeries()
    series.setObjectName("byClient")
    now = QBarSet(QCoreApplication.translate("trends", "This period"))
    now.append([float(r["count"]) for r in t.by_client])
    series.append(now)
    if t.by_client and t.by_client[0]["previous_count"] is not None:
        before = QBarSet(QCoreApplication.translate("trends", "The period before"))
        before.setColor(QColor("#9ca3af"))
        before.setProperty("previous", True)
        before.append([float(r["previous_count"]) for r in t.by_client])
        series.append(before)
    chart.addSeries(series)
    top = max(
        [r["count"] for r in t.by_client] + [r["previous_count"] or 0 for r in t.by_client],
        default=0,
    )
    x = QBarCategoryAxis()
    x.append(names)
    _axes(chart, series, x, top)
    series.setProperty("clients", names)
    return chart


def responses(t: Trends) -> QChart:
    """The share (%) of incidents per period where I held the boundary, and where I gave in."""

    def share(row: dict[str, Any], key: str) -> float | None:
        total = sum(v for k, v in row.items() if k != "period")
        return 100.0 * row[key] / total if total else None  # no incidents: no share to draw

    lines = [
        ("held", QCoreApplication.translate("trends", "Held the boundary, %"), "#10b981"),
        ("gave_in", QCoreApplication.translate("trends", "Gave in, %"), "#ef4444"),
    ]
    return _line_chart(
        QCoreApplication.translate("trends", "How I responded"),
        t.responses,
        lines,
        share,
        0,
        100,
    )


def ratings(t: Trends, group_names: dict[str, str]) -> QChart:
    """Average ratings per period; `group_names` names the three ratings like the panel does."""
    lines = [
        (key, group_names[key], colour)
        for key, colour in (
            ("respect_client", "#3b82f6"),
            ("self_respect", "#ec4899"),
            ("partnership", "#10b981"),
        )
    ]
    rated = {r["period"]: r for r in t.ratings}
    periods = sorted(set(t.periods) | set(rated))
    return _line_chart(
        QCoreApplication.translate("trends", "Respect balance (average ratings)"),
        [rated.get(p, {"period": p}) for p in periods],
        lines,
        lambda row, key: row.get(key),
        1,
        5,
    )


def _line_chart(
    title: str,
    rows: list[dict[str, Any]],
    lines: list[tuple[str, str, str]],
    value: Callable[[dict[str, Any], str], float | None],
    low: float,
    high: float,
) -> QChart:
    """One line per (key, label, colour), a point per row (period) where `value` has one."""
    chart = _chart(title)
    drawn = []
    for key, label, colour in lines:
        line = QLineSeries()
        line.setName(label)
        line.setObjectName(key)
        line.setColor(QColor(colour))
        line.setPointsVisible(True)
        for n, row in enumerate(rows):
            y = value(row, key)
            if y is not None:
                line.append(QPointF(n, y))
        chart.addSeries(line)
        drawn.append(line)
    periods = [r["period"] for r in rows]
    _line_axes(chart, drawn, periods, low, high)
    chart.setProperty("periods", periods)
    return chart


def _line_axes(
    chart: QChart, lines: list[QLineSeries], periods: list[str], low: float, high: float
) -> None:
    x = period_axis(chart, periods)  # points sit on the periods 0, 1, 2…
    y = QValueAxis()
    y.setRange(low, high)
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(x)
        line.attachAxis(y)
