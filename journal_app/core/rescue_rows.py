"""Reading a damaged journal row by row: each row on its own, so that a damaged page costs the
rows on it and no more, and each value as far as it can be read."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite


@dataclass
class RescueReport:
    target: Path | None
    entries: int = 0  # saved
    skipped: int = 0  # rows that could not be read at all (entries and what hangs on them)
    damaged: int = 0  # entries saved with a value that could not be read whole
    trashed: int = 0  # entries in the Trash, left out as they were
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.damaged


@dataclass
class Row:
    values: dict[str, Any]
    damaged: bool = False


class RowReader:
    """Tolerant reads on one connection whose text comes back as bytes."""

    def __init__(self, conn: Any, report: RescueReport) -> None:
        self.conn = conn
        self.report = report

    def rows(self, table: str, columns: tuple[str, ...]) -> Iterator[Row]:
        """Each readable row of `table`; each unreadable one counted and passed over."""
        listed = ", ".join(f'"{c}"' for c in columns)
        for found in self._read(table, listed):
            row = Row({})
            for name, value in zip(columns, found, strict=True):
                if isinstance(value, bytes):
                    try:
                        value = value.decode("utf-8")
                    except UnicodeDecodeError:
                        value = value.decode("utf-8", "replace")
                        row.damaged = True
                row.values[name] = value
            yield row

    def _read(self, table: str, listed: str) -> Iterator[tuple[Any, ...]]:
        # All at once while the table reads whole (fast), else one row at a time.
        try:
            yield from self.conn.execute(
                f'SELECT {listed} FROM "{table}" ORDER BY rowid'
            ).fetchall()
            return
        except sqlite.DatabaseError:
            pass
        for rowid in self._rowids(table):
            try:
                found = self.conn.execute(
                    f'SELECT {listed} FROM "{table}" WHERE rowid = ?', (rowid,)
                ).fetchone()
            except sqlite.DatabaseError as error:
                self._skip(table, rowid, error)
                continue
            if found is not None:
                yield found

    def _skip(self, table: str, rowid: int, error: BaseException) -> None:
        if table == "entry":
            self.report.skipped += 1
        self.report.problems.append(f"{table} row {rowid}: {error}")

    def _rowids(self, table: str) -> list[int]:
        try:
            return [r[0] for r in self.conn.execute(f'SELECT rowid FROM "{table}" ORDER BY 1')]
        except sqlite.DatabaseError as error:
            self.report.problems.append(f"{table}: {error}")
        # The table cannot be walked: look each row up by its id, up to the highest known.
        highest = 0
        for query in (
            f'SELECT max(rowid) FROM "{table}"',
            "SELECT seq FROM sqlite_sequence WHERE name = ?",
        ):
            with contextlib.suppress(sqlite.DatabaseError, TypeError):
                args = (table,) if "?" in query else ()
                highest = max(highest, int(self.conn.execute(query, args).fetchone()[0] or 0))
        return list(range(1, highest + 1))


def read_moment(value: Any, utc: bool = True) -> dt.datetime | None:
    """A stored timestamp (UTC, kept without its zone) or a wall-clock time (`utc` False)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return moment.replace(tzinfo=dt.UTC) if utc and moment.tzinfo is None else moment


def read_date(value: Any, fallback: dt.datetime | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return fallback.date() if fallback is not None else None


def read_time(value: Any) -> dt.time | None:
    try:
        return dt.time.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def read_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def read_bool(value: Any) -> bool:
    return bool(value) if isinstance(value, int) else False


def read_rating(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 5 else None
