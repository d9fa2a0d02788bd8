"""The numbers and keys an export gives clients and kinds, the same in every export: what
pseudonymised names and kind keys are made from."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from ..db import translate_errors
from ..models import Client, IncidentKind


def alias_numbers(engine: Engine) -> dict[int, tuple[str, str, int]]:
    """Every client's (name, organisation, alias number), giving the next free numbers to
    clients that have none. Clients outside the export get one too: their names may appear
    in its texts."""
    with translate_errors(), Session(engine) as s:
        clients = s.exec(select(Client).order_by(col(Client.name_key))).all()
        last = max((c.alias_no or 0 for c in clients), default=0)
        found: dict[int, tuple[str, str, int]] = {}
        for client in clients:
            assert client.id is not None
            if client.alias_no is None:
                last += 1
                client.alias_no = last
                s.add(client)
            found[client.id] = (client.name, client.organisation, client.alias_no)
        s.commit()
        return found


def export_keys(kinds: Iterable[IncidentKind], pseudonymise: bool) -> dict[str, str]:
    """Each kind's key in the export. A person's own kind has a key made from its name
    («звонки_ромашки»), which may name a client: pseudonymised, it becomes custom_1, custom_2…
    in the kinds' order, the same everywhere in the export."""
    ordered = sorted(kinds, key=lambda k: (k.position, k.id or 0))
    if not pseudonymise:
        return {k.key: k.key for k in ordered}
    own = (k for k in ordered if not k.builtin)
    return {k.key: k.key for k in ordered if k.builtin} | {
        k.key: f"custom_{n}" for n, k in enumerate(own, start=1)
    }
