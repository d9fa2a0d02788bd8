"""A month calendar that marks the days with entries with a dot, and "On this day" in earlier
years."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common import theme

if TYPE_CHECKING:
    from ...core.journal import Journal

DOT = 4  # px: the mark under a day's number
CALENDAR_H = 200  # the month's bar, the weekdays' row and six weeks of 24 px
CALENDAR_W = 192  # seven columns of 24 px and more: room for the page


class DottedCalendar(QCalendarWidget):
    """Days with entries get an accent dot under their number, in the scheme's accent at the
    moment of painting (so a switch to dark needs no refresh)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.marked: set[QDate] = set()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate | dt.date) -> None:
        super().paintCell(painter, rect, date)
        if not isinstance(date, QDate):
            date = QDate(date.year, date.month, date.day)
        if date not in self.marked:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.colours().accent))
        centre = QPointF(rect.center().x() + 0.5, rect.bottom() - DOT / 2 - 1)
        painter.drawEllipse(centre, DOT / 2, DOT / 2)
        painter.restore()


class CalendarPanel(QWidget):
    """The month and "On this day". At start the window holds it (`hold`) and it is built
    just after the list's first paint (`release`: the calendar is a fifth of the window's
    construction); its parts are built at once whenever asked for before then."""

    dayClicked = Signal(object)  # datetime.date
    entryActivated = Signal(int)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("calendarPanel")
        self.setAccessibleName(self.tr("Calendar"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumSize(CALENDAR_W, CALENDAR_H)  # the month's room from the first paint on
        self._marked: list[QDate] = []
        self._parts: tuple[DottedCalendar, QLabel, QListWidget] | None = None
        self._held = False

    def hold(self) -> None:
        """Build nothing until `release` (or until a part is asked for)."""
        self._held = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._held:
            self._built()

    def release(self) -> None:
        self._held = False
        self._built()

    @property
    def calendar(self) -> DottedCalendar:
        return self._built()[0]

    @property
    def on_this_day_label(self) -> QLabel:
        return self._built()[1]

    @property
    def on_this_day(self) -> QListWidget:
        return self._built()[2]

    def _built(self) -> tuple[DottedCalendar, QLabel, QListWidget]:
        if self._parts is None:
            self._parts = self._build()
            self.refresh()
        return self._parts

    def _build(self) -> tuple[DottedCalendar, QLabel, QListWidget]:
        calendar = DottedCalendar(self)
        calendar.setObjectName("calendar")
        calendar.setAccessibleName(self.tr("Calendar: days with a dot have entries"))
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setGridVisible(False)
        calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        calendar.setMinimumWidth(CALENDAR_W)
        days = calendar.findChild(QTableView)
        if days is not None:  # its columns took the font's width and cut Sunday off at 192 px
            days.horizontalHeader().setMinimumSectionSize(24)
            days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows of 24 px: a day's number and the dot under it.
        calendar.setMinimumHeight(CALENDAR_H)
        self._mute_weekends(calendar)
        self._layout.addWidget(calendar)
        label = QLabel(self)
        label.setObjectName("onThisDayLabel")
        self._layout.addWidget(label)
        earlier = QListWidget(self)
        earlier.setObjectName("onThisDay")
        earlier.setAccessibleName(self.tr("On this day in earlier years"))
        earlier.setMaximumHeight(110)
        self._layout.addWidget(earlier)

        calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        calendar.clicked.connect(self._on_clicked)
        calendar.activated.connect(self._on_clicked)
        earlier.itemActivated.connect(
            lambda item: self.entryActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        earlier.itemClicked.connect(
            lambda item: self.entryActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        return calendar, label, earlier

    @staticmethod
    def _mute_weekends(calendar: QCalendarWidget) -> None:
        """Weekends muted, not red: red is the incidents' colour."""
        weekend = QTextCharFormat()
        weekend.setForeground(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(day, weekend)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._parts is not None:  # light ↔ dark
            self._mute_weekends(self._parts[0])

    def refresh(self) -> None:
        """Mark this month's days that have entries and list "On this day" for the selection
        (once built: building does it)."""
        if self._parts is None:
            return
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        fmt = QTextCharFormat()
        font = QFont(self.font())
        font.setBold(True)
        fmt.setFont(font)
        self._marked = []
        for day, count in self._journal.entries.dates_with_entries(first, last).items():
            qday = QDate(day.year, day.month, day.day)
            fmt.setToolTip(self.tr("%n entries", "", count))
            self.calendar.setDateTextFormat(qday, fmt)
            self._marked.append(qday)
        self.calendar.marked = set(self._marked)
        self.calendar.updateCells()
        self._fill_on_this_day(self.calendar.selectedDate().toPython())  # type: ignore[arg-type]

    def _on_clicked(self, qdate: QDate) -> None:
        day: dt.date = qdate.toPython()  # type: ignore[assignment]
        self._fill_on_this_day(day)
        self.dayClicked.emit(day)

    def _fill_on_this_day(self, day: dt.date) -> None:
        self.on_this_day.clear()
        earlier = self._journal.entries.on_this_day(day)
        self.on_this_day_label.setText(
            self.tr("On this day in earlier years:")
            if earlier
            else self.tr("Nothing on this day in earlier years.")
        )
        self.on_this_day_label.setVisible(bool(earlier))  # an empty caption is only noise
        untitled = self.tr("Untitled")  # not inside the f-string: lupdate would miss it
        for entry in earlier:
            item = QListWidgetItem(f"{entry.date.year} — {entry.heading or untitled}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.on_this_day.addItem(item)
        self.on_this_day.setVisible(bool(earlier))
