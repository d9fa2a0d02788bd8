"""Typed errors. Core raises them; the window shows a dialog, the CLI prints one line.

`JournalError` and its subclasses are things a person can understand and act on (a bad
date, an unknown client, a locked database). Anything else escaping core is a bug.
Each carries a code and its parts (`core.messages`), not only a sentence.
"""

from __future__ import annotations

from .said import Message, Said

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    from typing import Any


class JournalError(Exception):
    """Base of every error meant to be shown to the person, message and all.

    Raised with a message from `core.messages` and its parts, never with a sentence:
    `str(error)` is the English (for the CLI and the logs); the window says it in the
    reader's language by `code` and `params`."""

    def __init__(self, message: Message | str, /, **params: Any) -> None:
        if isinstance(message, str):  # not yet converted (a branch merged in): no code
            message = Message("", message.replace("{", "{{").replace("}", "}}"))
        self.said = Said(message, params)
        super().__init__(str(self.said))

    @property
    def code(self) -> str:
        return self.said.message.code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.said.params)


class ValidationError(JournalError):
    """The person's input cannot be used as given (a bad date, an empty name...)."""


class NotFoundError(JournalError):
    """An entry, client or tag that does not exist (or no longer does)."""


class ConflictError(JournalError):
    """The change would break a rule, e.g. two clients with the same name."""


class StorageError(JournalError):
    """The environment stopped us: the disk is full, the file is read-only..."""


class DatabaseLockedError(StorageError):
    """Another process holds the journal."""


class DatabaseCorruptError(StorageError):
    """The file is not a journal database, or is damaged."""


class DamagedRowError(DatabaseCorruptError):
    """The file opens, but a row in it cannot be read (a date that does not parse, text that
    is not UTF-8): the rest can still be read, and rescued (core.rescue)."""


class SchemaTooNewError(StorageError):
    """The journal was written by a newer version of the app."""


class EncryptedJournalError(JournalError):
    """The journal is encrypted and was opened without its key."""


class EntryChangedError(ConflictError):
    """The entry was changed by someone else (the command line, another program) since it
    was read: saving would silently undo their change, so nothing was saved."""
