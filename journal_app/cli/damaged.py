"""A journal with damaged rows from the terminal: `export --rescue`, and `list` / `show`
reading row by row (core.rescue) once the ordinary way meets a row it cannot read."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..core.errors import DamagedRowError
from ..core.journal import Journal
from ..core.rescue import RescueReport, collect, readable_connection, rescue_export
from ..paths import AppPaths
from . import output

PROG = "boundary-journal"
RESCUE_HINT = (
    f"`{PROG} export --rescue --out FILE` saves everything that can be read "
    "(JSON, to import into a new journal)."
)


def rescue_summary(report: RescueReport) -> str:
    parts = [f"Rescued {output.entries(report.entries)} to {report.target}"]
    if report.skipped:
        parts.append(f"{output.entries(report.skipped)} could not be read and are missing")
    if report.damaged:
        parts.append(f"{report.damaged} with a damaged date, time or text kept as far as readable")
    if report.trashed:
        parts.append(f"{output.entries(report.trashed)} in the trash left out")
    return "; ".join(parts) + "."


def cmd_rescue(paths: AppPaths, args: argparse.Namespace, key: bytes | None) -> RescueReport:
    out = Path(args.out).expanduser()
    report = rescue_export(paths.db_path, out, key)
    print(rescue_summary(report))
    return report


def readable_entries(journal: Journal) -> tuple[list[dict[str, Any]], RescueReport]:
    """The entries that can be read, newest first, and what could not be."""
    report = RescueReport(None)
    assert journal.path is not None
    with readable_connection(journal.path, journal.keys.key) as conn:
        found = collect(conn, report)["entries"]
    found.sort(key=lambda e: (e["date"], e["time"], e["id"]), reverse=True)
    return found, report


def damage_note(report: RescueReport) -> str:
    parts = []
    if report.skipped:
        parts.append(f"{output.entries(report.skipped)} could not be read and are left out")
    if report.damaged:
        parts.append(f"{report.damaged} are shown with what could be read")
    found = "; ".join(parts) or "some rows could not be read"
    return f"The journal is damaged: {found}. {RESCUE_HINT}"


def _wanted(entry: dict[str, Any], args: argparse.Namespace) -> bool:
    clients = {c.casefold() for c in entry["clients"]}
    tags = {t.casefold() for t in entry["tags"]}
    day = dt.date.fromisoformat(entry["date"])
    return (
        all(n.casefold() in clients for n in args.client)
        and all(t.casefold().lstrip("#") in tags for t in args.tag)
        and (args.date_from is None or day >= args.date_from)
        and (args.date_to is None or day <= args.date_to)
    )


def line(entry: dict[str, Any]) -> str:
    title = entry["title"] or entry["body"].strip().split("\n")[0][:60]
    parts = [f"#{entry['id']:<5}", entry["date"], entry["time"], title or "(untitled)"]
    if entry["clients"]:
        parts.append(f"[{', '.join(entry['clients'])}]")
    if entry["private"]:
        parts.append("(private)")
    return "  ".join(parts)


def list_readable(
    journal: Journal,
    args: argparse.Namespace,
    shown: set[int],
    records: list[dict[str, Any]],
    error: DamagedRowError,
) -> None:
    """Go on with `list` row by row after `error`: what was already printed (`shown`) is not
    printed again. Raises DamagedRowError with what was left out."""
    if getattr(args, "trash", False):
        raise error
    found, report = readable_entries(journal)
    remaining = args.limit - len(shown) if args.limit else None
    for entry in found:
        if entry["id"] in shown or not _wanted(entry, args):
            continue
        if remaining is not None and remaining <= 0:
            break
        if args.json:
            records.append(entry)
        else:
            print(line(entry))
        remaining = None if remaining is None else remaining - 1
    if args.json:
        output.print_json(records)
    raise DamagedRowError(damage_note(report))


def show_readable(journal: Journal, args: argparse.Namespace) -> None:
    """`show` of an entry that cannot be read whole: what can be read of it, then the
    DamagedRowError saying so."""
    found, _report = readable_entries(journal)
    entry = next((e for e in found if e["id"] == args.id), None)
    if entry is None:
        raise DamagedRowError(
            f"Entry #{args.id} cannot be read: the journal is damaged there. {RESCUE_HINT}"
        )
    if args.json:
        output.print_json(entry)
    else:
        print(line(entry))
        if entry["tags"]:
            print("tags: " + ", ".join(entry["tags"]))
        if entry["body"]:
            print("\n" + entry["body"])
    raise DamagedRowError(
        f"Entry #{args.id} is damaged: it is shown with what could be read. {RESCUE_HINT}"
    )
