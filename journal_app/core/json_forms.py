"""The fields every JSON form of a client and an incident shares: the command line's output
(README: JSON output) and the JSON export. Nothing here loads storage or the exporters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .agreements import agreement_dict
from .records import ClientRecord, IncidentRecord, OtherName

if TYPE_CHECKING:
    from .agreement_history import Version
    from .exporters.bundle import ExportedClient, ExportedIncident


def client_facts(c: ExportedClient | ClientRecord) -> dict[str, Any]:
    """The fields every JSON form of a client shares (CLI output and exports)."""
    return {
        "organisation": c.organisation,
        "colour": c.colour,
        "notes": c.notes,
        "agreement": agreement_dict(c.agreement),
    }


def version_json(v: Version) -> dict[str, Any]:
    """One version of an agreement's history (`clients agreement --history --json`, and each
    client's "agreement_history" in the JSON export)."""
    a = v.agreement
    return {
        "since": v.since.isoformat() if v.since else None,
        "days": a.days_text() if a.has_hours else None,
        "hours": a.hours_text() if a.has_hours else None,
        "channels": sorted(a.channels),
        "tz": a.tz or None,
    }


def other_names_json(names: tuple[OtherName, ...]) -> list[dict[str, str]]:
    """A client's other names as every JSON form writes them (CLI output and exports)."""
    return [{"name": n.name, "kind": "person" if n.person else "other"} for n in names]


def incident_facts(i: ExportedIncident | IncidentRecord) -> dict[str, Any]:
    """The fields every JSON form of an incident shares (CLI output and exports)."""
    return {
        "direction": i.direction,
        "at": i.occurred_at.strftime("%Y-%m-%d %H:%M"),
        "channel": i.channel,
        "severity": i.severity,
        "response": i.response,
        "note": i.note,
        "outside_agreed_hours": i.outside_hours,
        "outside_agreed_channels": i.outside_channels,
    }
