"""The idle watch: how long the person has not touched the app. Locking uses it (after a quiet
spell an encrypted journal locks) and so does the quiet garbage collector (it works while
nobody types)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Fires `idle` after `minutes` without a key press, click or mouse move in the app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._since_input = QElapsedTimer()
        self._since_input.start()

    def quiet_ms(self) -> int:
        """Milliseconds since the last key press, click or mouse move."""
        return self._since_input.elapsed()

    def start(self, minutes: float) -> None:
        if minutes <= 0:
            self._timer.stop()
            return
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._since_input.restart()
            if self._timer.isActive():
                self._timer.start()
        return False
