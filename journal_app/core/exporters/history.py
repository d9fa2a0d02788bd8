"""Each exported client's agreement history: every version with the day it was in force from,
so a coach reads an incident against the terms of its day.

A version holds no free text but its time zone's name; a pseudonymised export passes that
through the masker like any other text (a client called "Moscow" must not come back in
"Europe/Moscow"), and the versions go under the client's alias.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlmodel import Session

from ..agreement_history import Version, versions
from ..agreements import Agreement
from ..models import Client
from ..pseudonyms import Pseudonymiser


def histories(s: Session, clients: Iterable[Client]) -> dict[int, tuple[Version, ...]]:
    """The versions of each client's agreement, oldest first, by client id."""
    return {c.id or 0: versions(s, c) for c in clients}


def masked(agreement: Agreement, masker: Pseudonymiser) -> Agreement:
    return replace(agreement, tz=masker.text(agreement.tz)) if agreement.tz else agreement


def exported_history(found: tuple[Version, ...], masker: Pseudonymiser) -> tuple[Version, ...]:
    return tuple(Version(v.since, masked(v.agreement, masker)) for v in found)
