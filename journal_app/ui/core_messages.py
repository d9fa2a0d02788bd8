"""Core's messages in the reader's language.

`core/` speaks English and knows nothing of Qt. The messages a person can meet in the window
are listed here as templates ({0}, {1} stand for what core fills in: a name, a number, a
file), so that they enter the catalogue (context "core"); `said()` finds the template a
message was made from and puts the same parts into its translation. A message not listed
is shown as core wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    # names and duplicates
    QT_TRANSLATE_NOOP("core", "There is already a client called “{0}”."),
    QT_TRANSLATE_NOOP("core", "There is already a tag called “{0}”."),
    QT_TRANSLATE_NOOP("core", "There is already an incident kind called “{0}”."),
    QT_TRANSLATE_NOOP("core", "There is no client called “{0}”."),
    QT_TRANSLATE_NOOP("core", "A client needs a name."),
    QT_TRANSLATE_NOOP("core", "A tag needs a name."),
    QT_TRANSLATE_NOOP("core", "A client name can be at most {0} characters."),
    QT_TRANSLATE_NOOP("core", "A tag name can be at most {0} characters."),
    QT_TRANSLATE_NOOP("core", "A colour is written #rrggbb, not {0}."),
    QT_TRANSLATE_NOOP("core", "A client cannot be merged into itself."),
    QT_TRANSLATE_NOOP("core", "One of the clients to merge no longer exists."),
    # agreements
    QT_TRANSLATE_NOOP("core", "A time is written HH:MM, like 09:00, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "Days are written like mon-fri or mon,wed,fri, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "Hours are written like 09:00-18:00, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "The agreed hours start and end at the same time."),
    QT_TRANSLATE_NOOP("core", "Name at least one working day, like mon-fri."),
    # incidents, questions, answers
    QT_TRANSLATE_NOOP("core", "An incident needs a client."),
    QT_TRANSLATE_NOOP("core", "That entry is in the trash; restore it to add incidents."),
    QT_TRANSLATE_NOOP("core", "An incident note can be at most {0} characters."),
    QT_TRANSLATE_NOOP("core", "A question needs some words."),
    QT_TRANSLATE_NOOP("core", "A question can be at most {0} characters."),
    QT_TRANSLATE_NOOP("core", "Only your own questions can be reworded."),
    QT_TRANSLATE_NOOP("core", "An answer can be at most {0} characters."),
    # ranges, exports and files
    QT_TRANSLATE_NOOP("core", "The start of the range is after its end."),
    QT_TRANSLATE_NOOP("core", "The export's start date is after its end date."),
    QT_TRANSLATE_NOOP("core", "{0} already exists and is not empty; choose a new folder."),
    QT_TRANSLATE_NOOP("core", "{0} is a folder; choose a file name."),
    QT_TRANSLATE_NOOP("core", "The folder {0} does not exist."),
    QT_TRANSLATE_NOOP("core", "{0}: the file is empty."),
    QT_TRANSLATE_NOOP("core", "{0}: not a Boundary Journal export."),
    QT_TRANSLATE_NOOP("core", "{0}: not a jrnl JSON export."),
    QT_TRANSLATE_NOOP("core", "{0}: not a Day One JSON export."),
    QT_TRANSLATE_NOOP(
        "core",
        "{0}: not a journal this app can import (Boundary Journal JSON, jrnl JSON or text, "
        "Day One JSON or .zip).",
    ),
    QT_TRANSLATE_NOOP("core", "No entry in {0} has the tag “{1}”."),
    # passphrases and keys
    QT_TRANSLATE_NOOP("core", "A passphrase needs at least {0} characters; a few words are best."),
    QT_TRANSLATE_NOOP("core", "Wrong passphrase."),
    QT_TRANSLATE_NOOP("core", "Wrong recovery key."),
    QT_TRANSLATE_NOOP("core", "That is not a recovery key (8 groups of 4 letters and digits)."),
    QT_TRANSLATE_NOOP("core", "This journal is already encrypted."),
    QT_TRANSLATE_NOOP("core", "This journal is not encrypted."),
    # the journal's file
    QT_TRANSLATE_NOOP(
        "core",
        "Boundary Journal is already open: another window or program is using this journal "
        "(the database is locked). Close it and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The disk is full: nothing was saved. Free some space and try again."
    ),
    QT_TRANSLATE_NOOP("core", "The journal file is damaged or is not a Boundary Journal database."),
)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for template in TEMPLATES:
        parts = re.split(r"\{\d\}", template)
        pattern = "(.+?)".join(re.escape(p) for p in parts)
        found.append((re.compile(pattern + r"\Z", re.DOTALL), template))
    return found


def said(error: BaseException | str) -> str:
    """The message of `error` (core's, in English) in the window's language."""
    message = str(error)
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match is not None:
            return QCoreApplication.translate("core", template).format(*match.groups())
    return message
