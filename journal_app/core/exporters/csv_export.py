"""Incidents as CSV, one row per incident, for spreadsheets (UTF-8 with a BOM, so that
spreadsheet programs read Cyrillic right)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..files import write_text
from ..leaks import file_check
from .bundle import ExportBundle
from .registry import Exporter, register

COLUMNS = (
    "date",
    "time",
    "client",
    "kind",
    "kind_name",
    "direction",
    "channel",
    "severity",
    "response",
    "outside_agreed_hours",
    "outside_agreed_channels",
    "note",
    "entry_date",
    "entry_title",
)


def cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (=, +, -, @ at the start)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@register
class CsvExporter(Exporter):
    name = "csv"
    extension = "csv"
    label = "CSV of incidents (for spreadsheets)"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for e in bundle.entries:
            for i in e.incidents:
                writer.writerow(
                    [
                        cell(v)
                        for v in (
                            i.occurred_at.date().isoformat(),
                            i.occurred_at.strftime("%H:%M"),
                            i.client,
                            i.kind,
                            i.kind_name,
                            i.direction,
                            i.channel,
                            i.severity,
                            i.response,
                            "yes" if i.outside_hours else "no",
                            "yes" if i.outside_channels else "no",
                            i.note,
                            e.date.isoformat(),
                            e.title,
                        )
                    ]
                )
        check = file_check(bundle, target)
        write_text(target, out.getvalue(), encoding="utf-8-sig", check=check)
