"""`--profile-startup`: how long from the process's start to the main window's first paint
with the list filled, and the processor time used by then; whether SQLAlchemy was loaded by
then, and how much memory the window holds just after (the journal opened wholly). Printed to
stderr; then the app quits. Used by benchmarks/run.py and benchmarks/window_bench.py."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

_IMPORTED = time.time()


def process_start() -> float:
    """When this process started (seconds since the epoch): from /proc on Linux, else the
    moment this module was imported (a little later)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED


def cpu_ms() -> float:
    """The processor time this process has used so far (all its threads): steadier than the
    clock on a machine others share."""
    times = os.times()
    return (times.user + times.system) * 1000


def resident_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FirstPaint(QObject):
    """Waits for the entry list's first paint with rows in it; with none to show (an empty
    journal: the list is hidden behind its hint), for the window's first paint."""

    def __init__(self, view: QAbstractItemView, app: QApplication) -> None:
        super().__init__(view)
        self._view = view
        self._app = app
        self._done = False
        view.viewport().installEventFilter(self)
        view.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            model = self._view.model()
            filled = model is not None and model.rowCount() > 0
            if (filled and watched is self._view.viewport()) or not filled:
                QTimer.singleShot(0, self._report)
                self._done = True
        return False

    def _report(self) -> None:
        """The time of the first paint, and whether SQLAlchemy was loaded by then; the
        memory once what waits for the first paint (the journal's full opening) is done."""
        elapsed = (time.time() - process_start()) * 1000
        cpu = cpu_ms()
        orm = int("sqlalchemy" in sys.modules)
        painted_mb = resident_mb()

        def done() -> None:
            print(
                f"startup_ms={elapsed:.0f} rss_mb={resident_mb():.0f} orm_at_paint={orm} "
                f"rss_at_paint_mb={painted_mb:.0f} cpu_ms={cpu:.0f}",
                file=sys.stderr,
                flush=True,
            )
            self._app.quit()

        QTimer.singleShot(0, done)  # after the work queued at the paint
