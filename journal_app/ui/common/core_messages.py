"""Core's messages in the reader's language.

`core/` speaks English and knows nothing of Qt. Its errors carry the code of their message
and its parts (`core.messages`); `said()` finds the message's English in the window's list
(`core_texts`, where lupdate reads it into the catalogue under the context "core"),
translates it, and puts the parts in. A part that is itself a message (a place in a file,
a nested error) is translated the same way. Nothing is parsed back out of a sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.errors import JournalError
from ...core.messages import Said
from .core_texts import TEXTS


def said(error: BaseException | Said | str) -> str:
    """`error` (core's message, an error of core's, or any other) in the window's language.
    A message the window's list does not know (none should: a test checks) stays English."""
    if isinstance(error, JournalError):
        error = error.said
    if not isinstance(error, Said):
        return str(error)
    params = {name: _part(value) for name, value in error.params.items()}
    template = TEXTS.get(error.code)
    if template is None:
        return error.message.template.format(**params)
    return QCoreApplication.translate("core", template).format(**params)


def _part(value: Any) -> Any:
    return said(value) if isinstance(value, JournalError | Said) else value
