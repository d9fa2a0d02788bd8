"""Rescue: save everything that can still be read from a damaged journal.

The journal is read row by row, each row on its own, so a damaged page costs the rows on it
and no more; a value that does not decode or parse is kept as far as it can be read. What is
saved is our JSON export (core.exporters.json_export), which imports into a new journal.
Nothing here writes to the journal: it is opened read-only, and a copy whose header alone is
damaged is read from a repaired copy beside it (owner-only, removed afterwards).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from .. import __version__
from .agreements import agreement_dict, from_columns
from .errors import DatabaseCorruptError
from .files import write_text
from .messages import RESCUE_UNREADABLE_BECAUSE
from .rescue_open import readable_connection
from .rescue_rows import (
    RescueReport,
    Row,
    RowReader,
    read_bool,
    read_date,
    read_moment,
    read_rating,
    read_text,
    read_time,
)

FORMAT_NAME = "boundary-journal"
SCHEMA_VERSION = 1

# RescueReport and readable_connection live beside; they are imported from here as before.
__all__ = ["RescueReport", "collect", "readable_connection", "rescue_export", "scan"]


def collect(conn: Any, report: RescueReport) -> dict[str, Any]:
    """The JSON export of everything readable on `conn` (text read as bytes)."""
    read = RowReader(conn, report)
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
        if not read_text(v["name"]).strip():
            continue
        try:
            agreement = agreement_dict(
                from_columns(
                    read_text(v["agreed_days"]),
                    v["agreed_from"],
                    v["agreed_to"],
                    read_text(v["agreed_channels"]),
                )
            )
        except Exception:  # noqa: BLE001 - a damaged agreement is left behind, not fatal
            agreement = None
        clients[v["id"]] = {
            "name": v["name"],
            **({"uuid": v["uuid"]} if read_text(v["uuid"]) else {}),
            "archived": read_bool(v["archived"]),
            "organisation": read_text(v["organisation"]),
            "colour": read_text(v["colour"]),
            "notes": read_text(v["notes"]),
            "agreement": agreement,
        }
    tags = {
        r.values["id"]: r.values["name"]
        for r in read.rows("tag", ("id", "name"))
        if read_text(r.values["name"]).strip()
    }
    kinds: dict[int, dict[str, Any]] = {}
    for row in read.rows(
        "incident_kind", ("id", "key", "name", "direction", "builtin", "archived")
    ):
        v = row.values
        if read_text(v["key"]) and v["direction"] in ("client", "me"):
            kinds[v["id"]] = {
                "key": v["key"],
                "name": read_text(v["name"]),
                "direction": v["direction"],
                "builtin": read_bool(v["builtin"]),
                "archived": read_bool(v["archived"]),
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
        if isinstance(v["question_id"], str) and read_text(v["text"]):
            asked = questions.get(v["question_id"], {})
            answers.setdefault(v["entry_id"], []).append(
                {
                    "question_id": v["question_id"],
                    "question": read_text(asked.get("text")),
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
            if q["id"] in used
            and read_bool(q["custom"])
            and read_text(q["group"])
            and read_text(q["text"])
        ],
        "entries": entries,
    }


def _incidents(
    read: RowReader, clients: dict[int, dict[str, Any]], kinds: dict[int, dict[str, Any]]
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
        at = read_moment(v["occurred_at"], utc=False)
        client, kind = clients.get(v["client_id"]), kinds.get(v["kind_id"])
        if at is None or client is None or kind is None or v["direction"] not in ("client", "me"):
            read.report.problems.append(f"incident of entry {v['entry_id']}: cannot be read whole")
            continue
        found.setdefault(v["entry_id"], []).append(
            {
                **({"uuid": v["uuid"]} if read_text(v["uuid"]) else {}),
                "client": client["name"],
                "kind": kind["key"],
                "kind_name": kind["name"],
                "direction": v["direction"],
                "at": at.strftime("%Y-%m-%d %H:%M"),
                "channel": read_text(v["channel"]) or "other",
                "severity": v["severity"] if isinstance(v["severity"], int) else 3,
                "response": read_text(v["response"]) or "open",
                "note": read_text(v["note"]),
                "outside_agreed_hours": read_bool(v["outside_hours"]),
                "outside_agreed_channels": read_bool(v["outside_channels"]),
            }
        )
    return found


def _entry(
    row: Row,
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
    created, updated = read_moment(v["created_at"]), read_moment(v["updated_at"])
    day, time = read_date(v["entry_date"], created), read_time(v["entry_time"])
    damaged = row.damaged or created is None or updated is None or time is None
    if day is None:  # no date to file it under: nothing to import it as
        report.skipped += 1
        report.problems.append(f"entry {v['id']}: its date cannot be read")
        return None
    if damaged or read_date(v["entry_date"], None) is None:
        report.damaged += 1
    entry_id = v["id"]
    return {
        "id": entry_id,  # its number in the damaged journal (import gives it a new one)
        **({"uuid": v["uuid"]} if read_text(v["uuid"]) else {}),
        "date": day.isoformat(),
        "time": (time or dt.time(0, 0)).strftime("%H:%M"),
        "title": read_text(v["title"]),
        "body": read_text(v["body"]),
        "clients": links.get(entry_id, []),
        "tags": entry_tags.get(entry_id, []),
        "private": read_bool(v["private"]),
        "created_at": created.isoformat() if created else None,
        "updated_at": updated.isoformat() if updated else None,
        "ratings": {
            "respect_client": read_rating(v["rating_respect_client"]),
            "self_respect": read_rating(v["rating_self_respect"]),
            "partnership": read_rating(v["rating_partnership"]),
        },
        "answers": answers.get(entry_id, []),
        "incidents": incidents.get(entry_id, []),
    }


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
