"""Lossless, versioned JSON: the format that round-trips (see core.importers.native)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ... import __version__
from ..files import write_text

# The shapes every JSON form shares (CLI output and exports), in a module of their own: the
# command line prints them without loading the exporters.
from ..json_forms import client_facts as client_facts
from ..json_forms import incident_facts as incident_facts
from ..json_forms import other_names_json as other_names_json
from ..json_forms import version_json
from ..leaks import file_check
from .bundle import ExportBundle, ExportedEntry, ExportedIncident
from .registry import Exporter, register

FORMAT_NAME = "boundary-journal"
SCHEMA_VERSION = 1


def incident_dict(i: ExportedIncident) -> dict[str, Any]:
    return {
        "uuid": i.uuid,
        "client": i.client,
        "kind": i.kind,
        "kind_name": i.kind_name,
        **incident_facts(i),
        "tz": i.tz or None,  # "at" is on this zone's clock; null: the agreement's own
    }


def entry_dict(e: ExportedEntry) -> dict[str, Any]:
    return {
        "uuid": e.uuid,
        "date": e.date.isoformat(),
        "time": e.time.strftime("%H:%M"),
        "title": e.title,
        "body": e.body,
        "clients": list(e.clients),
        "tags": list(e.tags),
        "private": False,
        "created_at": e.created_at.isoformat(),
        "updated_at": e.updated_at.isoformat(),
        "ratings": e.ratings.as_dict(),
        "answers": [
            {"question_id": a.question_id, "question": a.question, "text": a.text}
            for a in e.answers
        ],
        "incidents": [incident_dict(i) for i in e.incidents],
    }


def bundle_dict(bundle: ExportBundle) -> dict[str, Any]:
    scope = bundle.scope
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "generated_at": bundle.generated_at.isoformat(),
        "pseudonymised": scope.pseudonymise,
        "scope": {
            "from": scope.date_from.isoformat() if scope.date_from else None,
            "to": scope.date_to.isoformat() if scope.date_to else None,
            "entries": len(bundle.entries),
            "private_left_out": bundle.private_left_out,
            "reflection_included": scope.include_reflection,
            "chosen": list(bundle.chosen),
        },
        "clients": [
            {
                "name": c.name,
                **({"uuid": c.uuid} if c.uuid else {}),
                "archived": c.archived,
                **client_facts(c),
                "agreement_history": [version_json(v) for v in c.history],
                # Never when pseudonymised: they are the very names the export hides.
                **({} if scope.pseudonymise else {"other_names": other_names_json(c.other_names)}),
            }
            for c in bundle.clients
        ],
        "kinds": [
            {
                "key": k.key,
                "name": k.name,
                "direction": k.direction,
                "builtin": k.builtin,
                "archived": k.archived,
            }
            for k in bundle.kinds
        ],
        "questions": [{"id": q.id, "group": q.group, "text": q.text} for q in bundle.questions],
        "entries": [entry_dict(e) for e in bundle.entries],
    }


@register
class JsonExporter(Exporter):
    name = "json"
    extension = "json"
    label = "JSON (lossless, for importing)"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        text = json.dumps(bundle_dict(bundle), ensure_ascii=False, indent=2) + "\n"
        write_text(target, text, check=file_check(bundle, target))
