"""`Message` and `Said` live in `core/said.py`, outside this package: `core.errors` needs
them, and importing this package loads every message there is (the command line's `--help`
loads none, issue #22)."""

from __future__ import annotations

from ..said import Message, Said, placeholders

__all__ = ["Message", "Said", "placeholders"]
