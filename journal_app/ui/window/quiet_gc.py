"""Python's full garbage collections wait for a quiet moment.

A full collection walks every object Python tracks: with 100,000 entries loaded in the list it
takes 0.1–0.15 s, and left to itself it lands in the middle of scrolling. So, once the window
is up, what start-up loaded (modules, classes, Qt's wrappers) is collected and frozen out of
later collections; automatic full collections are put off; and one runs every half minute when
nobody has typed, clicked or moved the mouse for a few seconds. Young objects are still
collected as usual, and objects without cycles are freed at once, as always.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ..common.idle import IdleWatch

EVERY_MS = 30_000
QUIET_MS = 3_000
START_LATEST_MS = 5_000
NEVER = 1_000_000_000


class QuietCollector(QObject):
    """Takes over from start-up, which runs with the collector off (cli.main): `start()`,
    called once the list is first painted (or, at the latest, a few seconds after this is
    made), collects what start-up left, freezes it and switches collections back on."""

    def __init__(self, watch: IdleWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.collect_if_quiet)
        self._started = False  # once started, or stopped, it never starts again
        QTimer.singleShot(START_LATEST_MS, self, self.start)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        gc.collect()
        gc.freeze()
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, NEVER)
        gc.enable()
        self._timer.start()

    def collect_if_quiet(self) -> bool:
        if self._watch.quiet_ms() < QUIET_MS:
            return False
        gc.collect()
        return True

    def stop(self) -> None:
        """Back to Python's own schedule (the app is closing, or a test is done)."""
        self._started = True  # the latest start, still to come, does nothing
        self._timer.stop()
        gc.unfreeze()
        gc.set_threshold(*self._thresholds)
        gc.enable()
