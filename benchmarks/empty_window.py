"""The floor under the window's start-up: a process that imports Qt's widgets, shows an
empty main window of the app's size and waits for its first paint, then prints
`startup_ms=… rss_mb=…` as `--profile-startup` does (from the process's start)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from journal_app.ui.window.startup_profile import cpu_ms, process_start, resident_mb


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._app, self._done = app, False
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        import time

        elapsed = (time.time() - process_start()) * 1000
        cpu = cpu_ms()
        print(
            f"startup_ms={elapsed:.0f} rss_mb={resident_mb():.0f} cpu_ms={cpu:.0f}",
            file=sys.stderr,
            flush=True,
        )
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 820)
    _FirstPaint(window, app)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
