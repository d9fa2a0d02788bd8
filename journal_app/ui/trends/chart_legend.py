"""A chart's legend under it, in two columns, every name whole (wrapped, never cut) and on
hover too. Qt's own legend cuts «Контакт в нерабочее время» to «Контакт в…»."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

COLUMNS = 2


def legend_items(chart: QChart) -> list[tuple[str, str]]:
    """(name, colour) of the chart's bar sets or lines."""
    items: list[tuple[str, str]] = []
    for series in chart.series():
        if hasattr(series, "barSets"):
            items += [(b.label(), b.color().name()) for b in series.barSets()]
        else:
            items.append((series.name(), series.color().name()))
    return [(name, colour) for name, colour in items if name]


class ChartLegend(QWidget):
    def __init__(self, name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 4, 8, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(4)
        self.labels: list[QLabel] = []

    def set_chart(self, chart: QChart) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for n, (name, colour) in enumerate(legend_items(chart)):
            label = QLabel(f"<span style='color: {colour}'>■</span>&nbsp;{html.escape(name)}", self)
            label.setObjectName("legendItem")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setToolTip(name)
            label.setProperty("name", name)
            self._grid.addWidget(label, n // COLUMNS, n % COLUMNS)
            self.labels.append(label)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)

    def names(self) -> list[str]:
        return [str(label.property("name")) for label in self.labels]
