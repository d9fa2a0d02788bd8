"""When an autosave is due: a short pause in typing, and never later than a second after the
first change not yet saved, however steadily the person types.

A plain debounce restarts on every key, so someone typing without pauses would have nothing
saved until they stopped (and a crash would take all of it). Here each key may push the save
back, but only up to `cap_ms` after the first unsaved change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

DEBOUNCE_MS = 600
CAP_MS = 1000


class SaveTimer(QObject):
    due = Signal()

    def __init__(
        self,
        parent: Any = None,
        debounce_ms: int = DEBOUNCE_MS,
        cap_ms: int = CAP_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.debounce_ms, self.cap_ms = debounce_ms, cap_ms
        self._clock = clock
        self._first: float | None = None  # when the oldest unsaved change was made
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5% late
        self._timer.timeout.connect(self._on_timeout)

    @property
    def pending(self) -> bool:
        return self._first is not None

    @property
    def first_change_at(self) -> float | None:
        return self._first

    def changed(self) -> None:
        """Something was edited: save after a pause, or at the cap, whichever comes first."""
        now = self._clock()
        if self._first is None:
            self._first = now
        left_ms = self.cap_ms - (now - self._first) * 1000
        self._timer.start(max(0, min(self.debounce_ms, int(left_ms))))

    def due_in_ms(self) -> int | None:
        """How long until the save (None: nothing waits)."""
        return self._timer.remainingTime() if self._first is not None else None

    def stop(self) -> None:
        """Saved (or given up): the next change starts a new wait."""
        self._timer.stop()
        self._first = None

    def _on_timeout(self) -> None:
        self._first = None
        self.due.emit()
