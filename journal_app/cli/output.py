"""How the CLI prints records: one human format, and the JSON shapes the README documents."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..core.agreements import Agreement
from ..core.json_forms import client_facts, incident_facts, other_names_json
from ..core.json_forms import version_json as version_json
from ..core.records import (
    ClientRecord,
    EntryRecord,
    EntrySummary,
    IncidentRecord,
    NoteRecord,
    QuestionRecord,
    Ratings,
    SearchHit,
    TagRecord,
)

if TYPE_CHECKING:  # (the read path imports this module: no SQLModel for a type)
    from ..core.trends import Trends


def entries(n: int | None) -> str:
    """ "1 entry", "2 entries"."""
    return f"{n} entry" if n == 1 else f"{n} entries"


def entry_json(entry: EntryRecord) -> dict[str, Any]:
    return {
        "id": entry.id,
        "uuid": entry.uuid,
        "date": entry.date.isoformat(),
        "time": entry.time.strftime("%H:%M"),
        "title": entry.title,
        "body": entry.body,
        "clients": list(entry.clients),
        "tags": list(entry.tags),
        "private": entry.private,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "deleted_at": entry.deleted_at.isoformat() if entry.deleted_at else None,
    }


def client_json(c: ClientRecord) -> dict[str, Any]:
    return {
        "id": c.id,
        "uuid": c.uuid,
        "name": c.name,
        "entries": c.entries,
        "archived": c.archived,
        **client_facts(c),
        "other_names": other_names_json(c.other_names),
    }


def tag_json(t: TagRecord) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "entries": t.entries}


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def marked(snippet: str, tty: bool) -> str:
    from ..core.snippets import MATCH_END, MATCH_START  # search's only (it loads the query's)

    start, end = ("\x1b[1m", "\x1b[0m") if tty else ("**", "**")
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end).replace("\n", " ")


def summary_line(e: EntrySummary | EntryRecord) -> str:
    title = e.title or (e.preview if isinstance(e, EntrySummary) else e.body.strip()[:60])
    clients = ", ".join(ref.name for ref in e.client_refs)
    parts = [f"#{e.id:<5}", e.date.isoformat(), e.time.strftime("%H:%M"), title or "(untitled)"]
    if clients:
        parts.append(f"[{clients}]")
    if e.private:
        parts.append("(private)")
    return "  ".join(parts)


def entry_text(e: EntryRecord) -> str:
    lines = [summary_line(e)]
    if e.tags:
        lines.append("tags: " + ", ".join(e.tags))
    if e.deleted_at:
        lines.append("(in the trash)")
    lines += ["", e.body] if e.body else []
    return "\n".join(lines)


def hit_lines(hit: SearchHit, tty: bool) -> str:
    return summary_line(hit.entry) + "\n        " + marked(hit.snippet, tty)


def incident_json(i: IncidentRecord) -> dict[str, Any]:
    return {
        "id": i.id,
        "entry_id": i.entry_id,
        "client": i.client.name,
        "kind": i.kind.key,
        "kind_name": i.kind.name,
        **incident_facts(i),
    }


def incident_line(i: IncidentRecord) -> str:
    parts = [
        f"#{i.id:<4}",
        i.occurred_at.strftime("%Y-%m-%d %H:%M"),
        i.client.name,
        f"{i.kind.name} ({'client → me' if i.direction == 'client' else 'me → client'})",
        i.channel,
        f"severity {i.severity}",
        i.response,
    ]
    if i.outside_hours:
        parts.append("OUTSIDE AGREED HOURS")
    if i.outside_channels:
        parts.append("OUTSIDE AGREED CHANNELS")
    line = "  ".join(parts)
    return f"{line}\n        {i.note}" if i.note else line


def agreement_text(a: Agreement) -> str:
    if a.is_empty:
        return "no agreement"
    parts = [f"{a.days_text()} {a.hours_text()}"] if a.has_hours else []
    if a.channels:
        parts.append("by " + ", ".join(sorted(a.channels)))
    return "; ".join(parts)


def ratings_json(r: Ratings) -> dict[str, int | None]:
    return r.as_dict()


def question_json(q: QuestionRecord) -> dict[str, Any]:
    return {
        "id": q.id,
        "group": q.group,
        "text": q.text,
        "original": q.original,
        "quoted": q.quoted,
        "custom": q.custom,
        "hidden": q.hidden,
        # Whose words: the book's (quoted or built on a sentence of it), the app's own, or yours.
        "source": "own" if q.custom else "app" if q.app else "book",
        "kind": q.kind or None,
    }


def coach_notes_json(notes: Sequence[NoteRecord]) -> list[dict[str, str]]:
    """`show ID --json`'s `coach_notes`."""
    return [{"text": n.text, "at": n.at.isoformat(), "on": n.on} for n in notes]


def show(
    entry: EntryRecord,
    incidents: list[IncidentRecord],
    answers: dict[str, str],
    texts: dict[str, str],
    notes: Sequence[NoteRecord],
    as_json: bool,
) -> None:
    """What `show ID` prints."""
    if as_json:
        print_json(
            {
                **entry_json(entry),
                "incidents": [incident_json(i) for i in incidents],
                "answers": [
                    {"question_id": qid, "question": texts.get(qid, ""), "text": text}
                    for qid, text in answers.items()
                ],
                "ratings": ratings_json(entry.ratings),
                "coach_notes": coach_notes_json(notes),
            }
        )
        return
    print(entry_text(entry))
    if incidents:
        print("\nIncidents:")
        for incident in incidents:
            print("  " + incident_line(incident))
    for qid, text in answers.items():
        print(f"\n{texts.get(qid, qid)}\n  {text}")
    for note in notes:
        print(f"\nCoach's note on the {note.on}, {note.at:%Y-%m-%d}:\n  {note.text}")


def trends(t: Trends, by: str, as_json: bool) -> None:
    """What `stats` prints."""
    if as_json:
        print_json(
            {
                "periods": t.periods,
                "over_time": t.over_time,
                "by_client": t.by_client,
                "responses": t.responses,
                "ratings": t.ratings,
                "heatmap": t.heatmap,
                "observations": t.observations,
                "summary": t.summary,
            }
        )
        return
    if t.is_empty:
        print("No incidents or ratings in this range yet.")
        return
    print(f"Incidents per {by}:")
    totals: dict[str, int] = dict.fromkeys(t.periods, 0)  # a quiet period shows as 0
    for row in t.over_time:
        totals[row["period"]] = totals.get(row["period"], 0) + row["count"]
    for period, count in totals.items():
        print(f"  {period}  {count}")
    if t.by_client:
        print("By client:")
        for row in t.by_client:
            before = "" if row["previous_count"] is None else f"  (before: {row['previous_count']})"
            print(f"  {row['client']}  {row['count']}{before}")
    if t.responses:
        print("How I responded:")
        for row in t.responses:
            parts = ", ".join(f"{k} {v}" for k, v in row.items() if k != "period" and v)
            print(f"  {row['period']}  {parts or 'none'}")
    for line in t.observations:
        print(f"* {line}")
