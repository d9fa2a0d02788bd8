"""Clients and tags on the quick path: `ClientService.all` and `find`, `TagService.all` and
`find`, from their own SQL."""

from __future__ import annotations

from collections import defaultdict

from ..link_counts import live_links
from ..records import ClientRecord, OtherName, TagRecord
from .base import Base, moment

MAX_NAME = 200  # core.clients.MAX_NAME: a longer name is refused there, with its message


class NameReads(Base):
    def client_id(self, name: str) -> int | None:
        """ClientService.find(name).id: the client of this name, in any case and spacing."""
        key = " ".join(name.split()).casefold()
        return self._id("SELECT id FROM client WHERE name_key = ?", key) if key else None

    def tag_id(self, name: str) -> int | None:
        """TagService.find(name), for a name TagService would take (else None: let it say)."""
        cleaned = " ".join(name.strip().lstrip("#").split())
        if not cleaned or len(cleaned) > MAX_NAME:
            return None
        return self._id("SELECT id FROM tag WHERE name_key = ?", cleaned.casefold())

    def clients(self) -> list[ClientRecord]:
        """ClientService.all: every client, with its entries outside the trash counted."""
        from ..agreements import from_columns
        from ..snippets import OTHER_NAMES

        with self._reading():
            others: dict[int, list[OtherName]] = defaultdict(list)
            for client_id, name, kind in self._conn.execute(
                f"SELECT client_id, name, kind FROM {OTHER_NAMES} ORDER BY name_key"
            ):
                others[client_id].append(OtherName(name, kind == "person"))
            rows = self._rows(
                "SELECT c.id, c.uuid, c.name, c.organisation, c.colour, c.notes, c.archived, "
                "c.created_at, c.updated_at, c.agreed_days, c.agreed_from, c.agreed_to, "
                "c.agreed_channels, coalesce(live.n, 0) FROM client c "
                f"LEFT OUTER JOIN ({live_links('entry_client')}) live ON live.of = c.id "
                "ORDER BY c.name_key"
            )
            return [
                ClientRecord(
                    id=i,
                    uuid=uuid,
                    name=name,
                    organisation=organisation,
                    colour=colour,
                    notes=notes,
                    archived=bool(archived),
                    entries=int(entries),
                    created_at=moment(created),  # type: ignore[arg-type]  # NOT NULL
                    updated_at=moment(updated),  # type: ignore[arg-type]
                    agreement=from_columns(days, start, end, channels),
                    other_names=tuple(others.get(i, ())),
                )
                for (
                    i,
                    uuid,
                    name,
                    organisation,
                    colour,
                    notes,
                    archived,
                    created,
                    updated,
                    days,
                    start,
                    end,
                    channels,
                    entries,
                ) in rows
            ]

    def tags(self) -> list[TagRecord]:
        """TagService.all: tags in use by live entries, with counts."""
        with self._reading():
            rows = self._rows(
                f"SELECT t.id, t.name, live.n FROM tag t JOIN ({live_links('entry_tag')}) live "
                "ON live.of = t.id WHERE live.n > 0 ORDER BY t.name_key"
            )
        return [TagRecord(id=i, name=n, entries=c) for i, n, c in rows]
