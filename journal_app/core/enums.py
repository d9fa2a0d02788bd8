"""The closed choices of an incident, apart from the tables: the command line's parser offers
them without loading SQLModel (see cli/parser_reflection.py)."""

from __future__ import annotations

import enum

from .errors import ValidationError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    from typing import TypeVar

    from .messages import Message

    E = TypeVar("E", bound=enum.StrEnum)


class Direction(enum.StrEnum):
    """Whose boundary was crossed: the client crossed mine, or I failed to respect the client."""

    CLIENT = "client"
    ME = "me"


class Channel(enum.StrEnum):
    PHONE = "phone"
    MESSENGER = "messenger"
    EMAIL = "email"
    IN_PERSON = "in_person"
    OTHER = "other"


class Response(enum.StrEnum):
    """How I responded to the incident."""

    HELD = "held"
    NEGOTIATED = "negotiated"
    GAVE_IN = "gave_in"
    ESCALATED = "escalated"
    OPEN = "open"  # not addressed yet


def parse_choice(choices: type[E], value: str, unknown: Message) -> E:
    """A value of `choices` as typed ("In-Person" → in_person), or a ValidationError naming
    the values there are."""
    try:
        return choices(value.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(c.value for c in choices)
        raise ValidationError(unknown, value=value.strip(), known=known) from None
