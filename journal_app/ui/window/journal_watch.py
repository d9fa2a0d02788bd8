"""Notices, within a second or so, that something else (the command line, another program)
wrote to the journal, so the window can show it (`changedElsewhere`).

Each look is one `PRAGMA data_version` (see `core.changes`): nothing is reloaded while
nothing changed. The window's own saves go through `own`, which takes their change as seen
— unless something else had written just before, which is then still reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.errors import JournalError

if TYPE_CHECKING:
    from ...core.changes import DataVersion
    from ...core.journal import Journal

POLL_MS = 1000
T = TypeVar("T")


class JournalWatch(QObject):
    changedElsewhere = Signal()

    def __init__(self, journal: Journal, parent: Any = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._journal = journal
        # Made at the first look (start, or a write of the window's own): a journal the
        # window painted before opening (core/reads/deferred.py) has no engine until then.
        self._version: DataVersion | None = None
        self._seen: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._seen = self._read()
        self._timer.start()

    def stop(self) -> None:
        """While the journal is locked: no look at it, and no connection kept open."""
        self._timer.stop()
        if self._version is not None:
            self._version.close()

    def close(self) -> None:
        self._timer.stop()
        if self._version is not None:
            self._version.detach()

    def poll(self) -> bool:
        """True (and `changedElsewhere`) when someone else wrote since the last look."""
        now = self._read()
        if now is None or now == self._seen:
            return False
        self._seen = now
        self.changedElsewhere.emit()
        return True

    def own(self, write: Callable[[], T]) -> T:
        """Run one of the window's own writes; its change is not reported as another's."""
        before = self._read()
        unseen = before is None or before != self._seen
        try:
            return write()
        finally:
            if not unseen:
                after = self._read()
                if after is not None:
                    self._seen = after

    def _read(self) -> tuple[int, int] | None:
        try:
            if self._version is None:
                from ...core.changes import DataVersion  # with SQLAlchemy: after the paint

                self._version = DataVersion(self._journal.engine)
            return self._version.read()
        except JournalError:
            return None
