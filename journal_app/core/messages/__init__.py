"""Every message core can say to a person, each with a stable code (see `base`).

Errors are raised with one of these and its parts: `ValidationError(BAD_TIME, text=text)`;
the window translates them by code (`ui/common/core_messages.py`), the CLI prints the English.
`ALL` lists them all, for the test that every one has a translation.
"""

from __future__ import annotations

from . import exporting, importing, journal, keys, review, storage
from .base import Message, Said, placeholders
from .exporting import *  # noqa: F403
from .importing import *  # noqa: F403
from .journal import *  # noqa: F403
from .keys import *  # noqa: F403
from .review import *  # noqa: F403
from .storage import *  # noqa: F403

ALL: tuple[Message, ...] = tuple(
    value
    for module in (journal, storage, keys, importing, exporting, review)
    for value in vars(module).values()
    if isinstance(value, Message)
)

__all__ = ["ALL", "Message", "Said", "placeholders"]
