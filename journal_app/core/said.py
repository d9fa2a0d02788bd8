"""A message core can say, and a message said with its parts filled in.

Core speaks English and never parses its own sentences back: each message has a stable code
and an English template with named parts ("There is already a client called “{name}”."),
so that the window can say it in the reader's language by its code, and the CLI and the logs
keep the English.
"""

from __future__ import annotations

import string

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

# Plain classes, not dataclasses: every command imports these, and `dataclasses` brings
# `inspect` with it, a tenth of `--help`'s time (issue #22).


class Message:
    """A message core can say: a stable code ("clients.client_exists", by which the window
    finds its translation) and the English template with named parts ("{name}")."""

    __slots__ = ("code", "template")
    code: str
    template: str

    def __init__(self, code: str, template: str) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "template", template)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message is not changed: {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.code, self.template) == (other.code, other.template)

    def __hash__(self) -> int:
        return hash((self.code, self.template))

    def __repr__(self) -> str:
        return f"Message(code={self.code!r}, template={self.template!r})"

    def __reduce__(self) -> tuple[type[Message], tuple[str, str]]:  # copy and pickle
        return Message, (self.code, self.template)

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.template)

    def __call__(self, **params: Any) -> Said:
        """This message with its parts: a phrase to put inside another message."""
        return Said(self, params)


class Said:
    """A message and its parts; `str()` is the English sentence. A part may itself be a
    `Said` (or a JournalError), which the window translates in turn."""

    __slots__ = ("message", "params")
    message: Message
    params: Mapping[str, Any]

    def __init__(self, message: Message, params: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "params", {} if params is None else params)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Said is not changed: {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Said):
            return NotImplemented
        return (self.message, self.params) == (other.message, other.params)

    def __hash__(self) -> int:
        return hash((self.message, tuple(self.params.items())))

    def __repr__(self) -> str:
        return f"Said(message={self.message!r}, params={self.params!r})"

    def __reduce__(self) -> tuple[type[Said], tuple[Message, dict[str, Any]]]:
        return Said, (self.message, dict(self.params))

    @property
    def code(self) -> str:
        return self.message.code

    def __str__(self) -> str:
        return self.message.template.format(**self.params)


def placeholders(template: str) -> frozenset[str]:
    """The names of the parts in `template` ("{name}" and "{colour!r}" give name, colour)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
