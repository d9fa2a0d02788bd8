"""The command line's quick path (issue #22): the same answers as the services' from plain
SQL on one raw `sqlcipher3` connection, without SQLAlchemy, SQLModel or ORM objects for rows
that are only printed — and `add`, the one write a person makes often from the command line.

One class, put together from a module per concern: opening and what every reader shares
(base.py), entries, names (clients and tags), search, what `show` adds, `stats`, the new
entry of `add`, and what the window's first page adds (window.py).
tests/core/test_reads.py checks that each answers as its service does.
"""

from __future__ import annotations

from .add import AddReads
from .base import UnreadableError
from .names import NameReads
from .search import SearchReads
from .show import ShowReads
from .stats import NeedsJournalError, StatsReads
from .window import WindowReads


class Reads(SearchReads, NameReads, ShowReads, StatsReads, AddReads, WindowReads):
    """A journal opened for the quick path (`Reads.open(paths)`, None when it cannot be)."""


__all__ = ["NeedsJournalError", "Reads", "UnreadableError"]
