"""How the window shows a change that core refused: one dialog, and the caller learns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import JournalError
from .core_messages import said


def run_or_warn(parent: QWidget, title: str, change: Callable[[], Any]) -> bool:
    """Run `change`; a JournalError becomes a warning dialog. True when it went through."""
    try:
        change()
    except JournalError as error:
        QMessageBox.warning(parent, title, said(error))
        return False
    return True
