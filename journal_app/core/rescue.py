"""Rescue: save everything that can still be read from a damaged journal.

The journal is read row by row, each row on its own, so a damaged page costs the rows on it
and no more; a value that does not decode or parse is kept as far as it can be read. What is
saved is our JSON export (core.exporters.json_export), which imports into a new journal.
Nothing here writes to the journal: it is opened read-only, and a copy whose header alone is
damaged is read from a repaired copy beside it (owner-only, removed afterwards).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from .. import __version__
from .agreements import agreement_dict, from_columns
from .db import SQLITE_HEADER, apply_key, read_only_uri
from .errors import DatabaseCorruptError
from .files import write_text
from .messages import RESCUE_UNREADABLE, RESCUE_UNREADABLE_BECAUSE

FORMAT_NAME = "boundary-journal"
SCHEMA_VERSION = 1


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
class _Row:
    values: dict[str, Any]
    damaged: bool = False


class _Reader:
    """Tolerant reads on one connection whose text comes back as bytes."""

    def __init__(self, conn: Any, report: RescueReport) -> None:
        self.conn = conn
        self.report = report

    def rows(self, table: str, columns: tuple[str, ...]) -> Iterator[_Row]:
        """Each readable row of `table`; each unreadable one counted and passed over."""
        listed = ", ".join(f'"{c}"' for c in columns)
        for found in self._read(table, listed):
            row = _Row({})
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


def _moment(value: Any, utc: bool = True) -> dt.datetime | None:
    """A stored timestamp (UTC, kept without its zone) or a wall-clock time (`utc` False)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return moment.replace(tzinfo=dt.UTC) if utc and moment.tzinfo is None else moment


def _date(value: Any, fallback: dt.datetime | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return fallback.date() if fallback is not None else None


def _time(value: Any) -> dt.time | None:
    try:
        return dt.time.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _bool(value: Any) -> bool:
    return bool(value) if isinstance(value, int) else False


def _rating(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 5 else None


def collect(conn: Any, report: RescueReport) -> dict[str, Any]:
    """The JSON export of everything readable on `conn` (text read as bytes)."""
    read = _Reader(conn, report)
    clients: dict[int, dict[str, Any]] = {}
    for row in read.rows(
        "client",
        (
            "id",
            "uuid",
            "name",
            "organisation",
            "colour",
            "notes",
            "archived",
            "agreed_days",
            "agreed_from",
            "agreed_to",
            "agreed_channels",
        ),
    ):
        v = row.values
        if not _text(v["name"]).strip():
            continue
        try:
            agreement = agreement_dict(
                from_columns(
                    _text(v["agreed_days"]),
                    v["agreed_from"],
                    v["agreed_to"],
                    _text(v["agreed_channels"]),
                )
            )
        except Exception:  # noqa: BLE001 - a damaged agreement is left behind, not fatal
            agreement = None
        clients[v["id"]] = {
            "name": v["name"],
            **({"uuid": v["uuid"]} if _text(v["uuid"]) else {}),
            "archived": _bool(v["archived"]),
            "organisation": _text(v["organisation"]),
            "colour": _text(v["colour"]),
            "notes": _text(v["notes"]),
            "agreement": agreement,
        }
    tags = {
        r.values["id"]: r.values["name"]
        for r in read.rows("tag", ("id", "name"))
        if _text(r.values["name"]).strip()
    }
    kinds: dict[int, dict[str, Any]] = {}
    for row in read.rows(
        "incident_kind", ("id", "key", "name", "direction", "builtin", "archived")
    ):
        v = row.values
        if _text(v["key"]) and v["direction"] in ("client", "me"):
            kinds[v["id"]] = {
                "key": v["key"],
                "name": _text(v["name"]),
                "direction": v["direction"],
                "builtin": _bool(v["builtin"]),
                "archived": _bool(v["archived"]),
            }
    questions = {
        r.values["id"]: r.values
        for r in read.rows("question", ("id", "group", "text", "custom"))
        if isinstance(r.values["id"], str)
    }
    links: dict[int, list[str]] = {}
    for row in read.rows("entry_client", ("entry_id", "client_id")):
        if row.values["client_id"] in clients:
            links.setdefault(row.values["entry_id"], []).append(
                clients[row.values["client_id"]]["name"]
            )
    entry_tags: dict[int, list[str]] = {}
    for row in read.rows("entry_tag", ("entry_id", "tag_id")):
        if row.values["tag_id"] in tags:
            entry_tags.setdefault(row.values["entry_id"], []).append(tags[row.values["tag_id"]])
    answers: dict[int, list[dict[str, str]]] = {}
    for row in read.rows("answer", ("entry_id", "question_id", "text")):
        v = row.values
        if isinstance(v["question_id"], str) and _text(v["text"]):
            asked = questions.get(v["question_id"], {})
            answers.setdefault(v["entry_id"], []).append(
                {
                    "question_id": v["question_id"],
                    "question": _text(asked.get("text")),
                    "text": v["text"],
                }
            )
    incidents = _incidents(read, clients, kinds)
    entries = []
    for row in read.rows(
        "entry",
        (
            "id",
            "uuid",
            "entry_date",
            "entry_time",
            "title",
            "body",
            "private",
            "rating_respect_client",
            "rating_self_respect",
            "rating_partnership",
            "created_at",
            "updated_at",
            "deleted_at",
        ),
    ):
        entry = _entry(row, links, entry_tags, answers, incidents, report)
        if entry is not None:
            entries.append(entry)
    report.entries = len(entries)
    used = {a["question_id"] for e in entries for a in e["answers"]}
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(),
        "pseudonymised": False,
        "rescued": {
            "entries": report.entries,
            "skipped": report.skipped,
            "damaged": report.damaged,
            "trash_left_out": report.trashed,
        },
        "clients": list(clients.values()),
        "kinds": list(kinds.values()),
        "questions": [
            {"id": q["id"], "group": q["group"], "text": q["text"]}
            for q in questions.values()
            if q["id"] in used and _bool(q["custom"]) and _text(q["group"]) and _text(q["text"])
        ],
        "entries": entries,
    }


def _incidents(
    read: _Reader, clients: dict[int, dict[str, Any]], kinds: dict[int, dict[str, Any]]
) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    columns = (
        "entry_id",
        "uuid",
        "client_id",
        "kind_id",
        "direction",
        "occurred_at",
        "channel",
        "severity",
        "response",
        "note",
        "outside_hours",
        "outside_channels",
    )
    for row in read.rows("incident", columns):
        v = row.values
        at = _moment(v["occurred_at"], utc=False)
        client, kind = clients.get(v["client_id"]), kinds.get(v["kind_id"])
        if at is None or client is None or kind is None or v["direction"] not in ("client", "me"):
            read.report.problems.append(f"incident of entry {v['entry_id']}: cannot be read whole")
            continue
        found.setdefault(v["entry_id"], []).append(
            {
                **({"uuid": v["uuid"]} if _text(v["uuid"]) else {}),
                "client": client["name"],
                "kind": kind["key"],
                "kind_name": kind["name"],
                "direction": v["direction"],
                "at": at.strftime("%Y-%m-%d %H:%M"),
                "channel": _text(v["channel"]) or "other",
                "severity": v["severity"] if isinstance(v["severity"], int) else 3,
                "response": _text(v["response"]) or "open",
                "note": _text(v["note"]),
                "outside_agreed_hours": _bool(v["outside_hours"]),
                "outside_agreed_channels": _bool(v["outside_channels"]),
            }
        )
    return found


def _entry(
    row: _Row,
    links: dict[int, list[str]],
    entry_tags: dict[int, list[str]],
    answers: dict[int, list[dict[str, str]]],
    incidents: dict[int, list[dict[str, Any]]],
    report: RescueReport,
) -> dict[str, Any] | None:
    v = row.values
    if v["deleted_at"] is not None:
        report.trashed += 1
        return None
    created, updated = _moment(v["created_at"]), _moment(v["updated_at"])
    day, time = _date(v["entry_date"], created), _time(v["entry_time"])
    damaged = row.damaged or created is None or updated is None or time is None
    if day is None:  # no date to file it under: nothing to import it as
        report.skipped += 1
        report.problems.append(f"entry {v['id']}: its date cannot be read")
        return None
    if damaged or _date(v["entry_date"], None) is None:
        report.damaged += 1
    entry_id = v["id"]
    return {
        "id": entry_id,  # its number in the damaged journal (import gives it a new one)
        **({"uuid": v["uuid"]} if _text(v["uuid"]) else {}),
        "date": day.isoformat(),
        "time": (time or dt.time(0, 0)).strftime("%H:%M"),
        "title": _text(v["title"]),
        "body": _text(v["body"]),
        "clients": links.get(entry_id, []),
        "tags": entry_tags.get(entry_id, []),
        "private": _bool(v["private"]),
        "created_at": created.isoformat() if created else None,
        "updated_at": updated.isoformat() if updated else None,
        "ratings": {
            "respect_client": _rating(v["rating_respect_client"]),
            "self_respect": _rating(v["rating_self_respect"]),
            "partnership": _rating(v["rating_partnership"]),
        },
        "answers": answers.get(entry_id, []),
        "incidents": incidents.get(entry_id, []),
    }


# The header fields SQLite refuses a file over, and the values every journal has there.
_HEADER_FIXES = ((18, b"\x01\x01"), (21, b"\x40\x20\x20"), (44, b"\x00\x00\x00\x04"))


@contextlib.contextmanager
def readable_connection(path: Path, key: bytes | None = None) -> Iterator[Any]:
    """A read-only connection on `path` with text as bytes; a plain file SQLite refuses for
    its header is read from a copy with the header repaired."""
    scratch: Path | None = None
    try:
        conn = _probe(path, key)
        if conn is None:
            if key is not None or not _plain(path):
                raise DatabaseCorruptError(RESCUE_UNREADABLE)
            scratch = _repaired_copy(path)
            conn = _probe(scratch, None)
            if conn is None:
                raise DatabaseCorruptError(RESCUE_UNREADABLE)
        try:
            yield conn
        finally:
            conn.close()
    finally:
        if scratch is not None:
            with contextlib.suppress(OSError):
                scratch.unlink()


def _probe(path: Path, key: bytes | None) -> Any:
    """A connection that reads `path`, through its -wal if it can, else as the file stands;
    None when SQLite cannot read it at all."""
    for immutable in (False, True):
        conn = sqlite.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            apply_key(conn, key)
            conn.text_factory = bytes
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError:
            conn.close()
            continue
        return conn
    return None


def _plain(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


def _repaired_copy(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".rescue", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
            header = bytearray(src.read(100))
            for offset, value in _HEADER_FIXES:
                header[offset : offset + len(value)] = value
            out.write(header)
            while chunk := src.read(1 << 20):
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def rescue_export(
    path: Path,
    target: Path,
    key: bytes | None = None,
    read: Callable[[Any, RescueReport], dict[str, Any]] = collect,
) -> RescueReport:
    """Save what can be read of the journal at `path` to `target` (written atomically)."""
    report = RescueReport(target)
    try:
        with readable_connection(path, key) as conn:
            data = read(conn, report)
    except sqlite.DatabaseError as error:
        raise DatabaseCorruptError(RESCUE_UNREADABLE_BECAUSE, error=error) from error
    write_text(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return report


def scan(path: Path, key: bytes | None = None) -> RescueReport:
    """What a rescue would find, without writing anything (for `check`)."""
    report = RescueReport(None)
    with readable_connection(path, key) as conn:
        collect(conn, report)
    return report
