"""The scope of an export in its own words, for the cover: "clients: Client A", "tags: #late"."""

from __future__ import annotations

from sqlmodel import Session, col, select

from ..kinds import KindService
from ..models import Client, IncidentKind, Tag
from ..pseudonyms import alias
from .exported import ExportScope
from .words import word


def describe(
    s: Session,
    scope: ExportScope,
    lang: str,
    numbers: dict[int, tuple[str, str, int]],
    kind_service: KindService,
) -> list[str]:
    """The scope in words for the cover: "clients: Client A, Client B", "tags: #late"."""
    parts: list[str] = []
    if scope.date_from is not None:
        parts.append(f"{word('from', lang)} {scope.date_from.isoformat()}")
    if scope.date_to is not None:
        parts.append(f"{word('to', lang)} {scope.date_to.isoformat()}")
    if scope.client_ids:
        rows = s.exec(select(Client).where(col(Client.id).in_(scope.client_ids))).all()
        names = sorted(
            alias(numbers[c.id][2], lang) if scope.pseudonymise and c.id else c.name for c in rows
        )
        parts.append(f"{word('clients', lang).lower()}: {', '.join(names)}")
    if scope.tag_ids:
        tags = s.exec(select(Tag.name).where(col(Tag.id).in_(scope.tag_ids))).all()
        parts.append(f"{word('tags', lang).lower()}: {', '.join('#' + t for t in sorted(tags))}")
    if scope.kind_keys:
        kinds = s.exec(select(IncidentKind).where(col(IncidentKind.key).in_(scope.kind_keys)))
        names = sorted(kind_service.record(k, lang).name for k in kinds.all())
        parts.append(f"{word('kinds', lang)}: {', '.join(names)}")
    if scope.entry_ids is not None:
        parts.append(word("selected", lang))
    if scope.query.strip():
        # Not the words searched for: they may be about what stays private.
        parts.append(word("search", lang))
    return parts or [word("all_entries", lang)]
