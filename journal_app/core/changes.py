"""Has anyone else written to the journal? SQLite's `PRAGMA data_version` says so cheaply.

The number changes when a connection *other than the one asking* commits, so it is read on
a connection kept for this alone: the window asks once a second and reloads only when the
answer changed. The connection is closed whenever the engine lets its connections go
(locking, recovering from a backup), and made again on the next question.
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Engine, event

from .db import translate_errors


class DataVersion:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Any = None
        self._generation = 0  # each new connection counts afresh
        event.listen(engine, "engine_disposed", self._on_disposed)

    def read(self) -> tuple[int, int]:
        """(connection, version): a different pair means someone else wrote (or the
        connection was made anew, which is as good as a change). A `JournalError` when the
        journal cannot be read just now."""
        try:
            with translate_errors():
                if self._conn is None:
                    self._conn = self._engine.raw_connection()
                    self._generation += 1
                cursor = self._conn.cursor()
                try:
                    cursor.execute("PRAGMA data_version")
                    return self._generation, int(cursor.fetchone()[0])
                finally:
                    cursor.close()
        except BaseException:
            self.close()  # e.g. made while the journal was locked: never kept
            raise

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                conn.invalidate()  # closed, never handed back to the pool

    def detach(self) -> None:
        """Stop following the engine (the window closes)."""
        self.close()
        if event.contains(self._engine, "engine_disposed", self._on_disposed):
            event.remove(self._engine, "engine_disposed", self._on_disposed)

    def _on_disposed(self, _engine: Any) -> None:
        self.close()
