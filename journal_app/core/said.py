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
# `inspect` with it, a tenth of `--help`'s time (issue #22). `_Frozen` gives both what a
# frozen dataclass would: no changes, equality, hashing, repr, copying and pickling.


class _Frozen:
    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def _key(self) -> tuple[Any, ...]:
        return self._fields()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a {type(self).__name__} is not changed: {name}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({parts})"

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:  # copy and pickle
        return type(self), self._fields()


class Message(_Frozen):
    """A message core can say: a stable code ("clients.client_exists", by which the window
    finds its translation) and the English template with named parts ("{name}")."""

    __slots__ = ("code", "template")
    code: str
    template: str

    def __init__(self, code: str, template: str) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "template", template)

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.template)

    def __call__(self, **params: Any) -> Said:
        """This message with its parts: a phrase to put inside another message."""
        return Said(self, params)


class Said(_Frozen):
    """A message and its parts; `str()` is the English sentence. A part may itself be a
    `Said` (or a JournalError), which the window translates in turn."""

    __slots__ = ("message", "params")
    message: Message
    params: Mapping[str, Any]

    def __init__(self, message: Message, params: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "params", {} if params is None else params)

    def _key(self) -> tuple[Any, ...]:
        return self.message, tuple(self.params.items())

    @property
    def code(self) -> str:
        return self.message.code

    def __str__(self) -> str:
        return self.message.template.format(**self.params)


def placeholders(template: str) -> frozenset[str]:
    """The names of the parts in `template` ("{name}" and "{colour!r}" give name, colour)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
