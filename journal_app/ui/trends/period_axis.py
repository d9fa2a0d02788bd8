"""Periods along a chart's bottom, as a person reads them: «янв 26», "Q1 26", "5 Jan".

Qt gives every category label the width of one category and cuts longer ones to "…", so
13 months at 960 px, or a year of weeks, came out as a row of dots. Here the axis labels
every period when the labels fit, else every second, third… — always the latest one — and
works that out again whenever the plot area changes size.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QCategoryAxis, QChart
from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import QFontMetricsF

from ...core.periods import period_bounds

# Qt keeps 2 × its label padding (4 px) free beside each label, and rounds: 10 px in all.
LABEL_ROOM = 10.0


def _month(month: int, form: QLocale.FormatType) -> str:
    name = QLocale().standaloneMonthName(month, form)
    # «янв.», «февр.», "Sept": three letters, no dot, as charts say them («янв», "Sep").
    return name.rstrip(".")[:3] if form == QLocale.FormatType.ShortFormat else name


def short_label(period: str) -> str:
    """ "2026-01" → "Jan 26" («янв 26»), "2026-Q1" → "Q1 26", "2026-W05" → "26 Jan"."""
    start, _end = period_bounds(period)
    if "-Q" in period:
        return QCoreApplication.translate("PeriodLabels", "Q{0} {1}").format(
            (start.month + 2) // 3, f"{start.year % 100:02d}"
        )
    if "-W" in period:
        return f"{start.day} {_month(start.month, QLocale.FormatType.ShortFormat)}"
    return f"{_month(start.month, QLocale.FormatType.ShortFormat)} {start.year % 100:02d}"


def long_label(period: str) -> str:
    """ "2026-03" → "March 2026" («март 2026»), "2026-W05" → "week of 26 Jan 2026"."""
    start, _end = period_bounds(period)
    if "-Q" in period:
        return QCoreApplication.translate("PeriodLabels", "Q{0} {1}").format(
            (start.month + 2) // 3, start.year
        )
    if "-W" in period:
        return QCoreApplication.translate("PeriodLabels", "week of {0}").format(
            QLocale().toString(start, "d MMM yyyy")
        )
    return f"{_month(start.month, QLocale.FormatType.LongFormat)} {start.year}"


def axis_labels(periods: list[str]) -> list[str]:
    """A short label per period, each different (a week's day and month may come round
    again in another year: that one gets its year)."""
    seen: set[str] = set()
    found = []
    for period in periods:
        label = short_label(period)
        if label in seen:
            label = f"{label} {period_bounds(period)[0]:%y}"
        seen.add(label)
        found.append(label)
    return found


def label_step(labels: list[str], width: float, metrics: QFontMetricsF) -> int:
    """Label every n-th period, the smallest n at which each label fits the room Qt gives it
    (the axis's width over the labels shown, plus one)."""
    if not labels or width <= 0:
        return 1
    widest = max(metrics.horizontalAdvance(label) for label in labels) + LABEL_ROOM
    count = len(labels)
    step = 1
    while step < count and width / (math.ceil(count / step) + 1) < widest:
        step += 1
    return step


def shown(count: int, step: int) -> list[int]:
    """The periods labelled at `step`: the latest, then every `step`-th before it."""
    return sorted(range(count - 1, -1, -step))


def period_axis(chart: QChart, periods: list[str]) -> QCategoryAxis:
    """A bottom axis for bars and points at 0, 1, 2…, one per period."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(-0.5)
    axis.setRange(-0.5, max(len(periods), 1) - 0.5)
    axis.setGridLineVisible(False)
    labels = axis_labels(periods)
    axis.setProperty("periods", periods)
    axis.setProperty("labels", labels)
    axis.setProperty("step", 0)
    fit_labels(axis, chart.plotArea())
    chart.plotAreaChanged.connect(lambda area: fit_labels(axis, area))
    return axis


def fit_labels(axis: QCategoryAxis, area: QRectF) -> None:
    labels: list[str] = axis.property("labels") or []
    step = label_step(labels, area.width(), QFontMetricsF(axis.labelsFont()))
    if step == axis.property("step"):
        return  # unchanged: no new layout (which would ask again)
    axis.setProperty("step", step)
    for old in axis.categoriesLabels():
        axis.remove(old)
    for n in shown(len(labels), step):
        axis.append(labels[n], n)
