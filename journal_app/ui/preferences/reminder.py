"""The gentle daily reminder: a tray notification at the chosen time, on days without an
entry yet. Off by default; no streaks, no counts, nothing more than one line a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

CHECK_MS = 30_000


class Reminder(QObject):
    """`reminded` carries the line each time it reminds (the window shows it itself where
    there is no tray); `opened` is a click on the notification or the tray icon."""

    reminded = Signal(str)
    opened = Signal()

    def __init__(
        self,
        icon: QIcon,
        wrote_today: Callable[[], bool],
        parent: QObject | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self._icon = icon
        self._wrote_today = wrote_today
        self._now = now
        self._at: dt.time | None = None
        self._last_day: dt.date | None = None
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    @property
    def enabled(self) -> bool:
        return self._at is not None

    def configure(self, on: bool, at: str) -> None:
        if not on:
            self._at = None
            self._timer.stop()
            if self.tray is not None:
                self.tray.hide()
            return
        hours, minutes = (int(part) for part in at.split(":"))
        self._at = dt.time(hours, minutes)
        now = self._now()
        # Switched on after today's time has passed: the first reminder is tomorrow's.
        self._last_day = now.date() if now.time() >= self._at else None
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setToolTip(self.tr("Boundary Journal"))
            self.tray.messageClicked.connect(self.opened)
            self.tray.activated.connect(lambda _reason: self.opened.emit())
        if self.tray is not None:
            self.tray.show()
        self._timer.start()

    def check(self) -> bool:
        """Remind now if it is time and today has no entry yet; True when it reminded."""
        if self._at is None:
            return False
        now = self._now()
        if now.time() < self._at or self._last_day == now.date():
            return False
        self._last_day = now.date()
        if self._wrote_today():
            return False
        self.message = self.tr("A few minutes for today's reflection? Ctrl+N starts an entry.")
        if self.tray is not None:
            self.tray.showMessage(
                self.tr("Boundary Journal"),
                self.message,
                QSystemTrayIcon.MessageIcon.Information,
                10_000,
            )
        self.reminded.emit(self.message)
        return True
