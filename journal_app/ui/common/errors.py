"""How the window says that core refused something, and how it asks yes or no: one way for
every room, so that a message box looks and reads the same wherever it comes from."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import JournalError
from .core_messages import said


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A question with Yes and No; True for Yes. No is the default unless `default_yes`."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no) == yes


def show_error(
    parent: QWidget | None,
    title: str,
    error: BaseException,
    template: str = "{0}",
    *,
    critical: bool = False,
) -> None:
    """Say `error` in the person's language (inside `template`, "{0}" standing for it)."""
    box = QMessageBox.critical if critical else QMessageBox.warning
    box(parent, title, template.format(said(error)))


@dataclass
class Attempt:
    failed: bool = False


@contextmanager
def shows_errors(
    parent: QWidget | None, title: str, template: str = "{0}", *, critical: bool = False
) -> Iterator[Attempt]:
    """`with shows_errors(...) as attempt:` runs the block; a JournalError from it is shown
    (see `show_error`) and `attempt.failed` says so afterwards. Other errors go on up."""
    attempt = Attempt()
    try:
        yield attempt
    except JournalError as error:
        attempt.failed = True
        show_error(parent, title, error, template, critical=critical)


def run_or_warn(parent: QWidget, title: str, change: Callable[[], Any]) -> bool:
    """Run `change`; a JournalError becomes a warning dialog. True when it went through."""
    with shows_errors(parent, title) as attempt:
        change()
    return not attempt.failed
