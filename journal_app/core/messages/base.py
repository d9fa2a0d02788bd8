"""A message core can say, and a message said with its parts filled in.

Core speaks English and never parses its own sentences back: each message has a stable code
and an English template with named parts ("There is already a client called “{name}”."),
so that the window can say it in the reader's language by its code, and the CLI and the logs
keep the English.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    code: str  # stable: "clients.client_exists"; the window finds its translation by it
    template: str  # English, with named parts: "{name}", "{limit}", "{colour!r}"

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.template)

    def __call__(self, **params: Any) -> Said:
        """This message with its parts: a phrase to put inside another message."""
        return Said(self, params)


@dataclass(frozen=True)
class Said:
    """A message and its parts; `str()` is the English sentence. A part may itself be a
    `Said` (or a JournalError), which the window translates in turn."""

    message: Message
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.message.code

    def __str__(self) -> str:
        return self.message.template.format(**self.params)


def placeholders(template: str) -> frozenset[str]:
    """The names of the parts in `template` ("{name}" and "{colour!r}" give name, colour)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
