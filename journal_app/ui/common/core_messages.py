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
    # other names
    QT_TRANSLATE_NOOP("core", "Another name cannot be empty."),
    QT_TRANSLATE_NOOP("core", "Another name can be at most {0} characters."),
    QT_TRANSLATE_NOOP("core", "“{0}” is already another name of “{1}”."),
    QT_TRANSLATE_NOOP("core", "“{0}” is already the name of the client “{1}”."),
    QT_TRANSLATE_NOOP("core", "“{0}” is another name of “{1}”; remove it there first."),
    QT_TRANSLATE_NOOP("core", "“{0}” is not another name of “{1}”."),
    # agreements
    QT_TRANSLATE_NOOP("core", "A time is written HH:MM, like 09:00, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "Days are written like mon-fri or mon,wed,fri, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "Hours are written like 09:00-18:00, not “{0}”."),
    QT_TRANSLATE_NOOP("core", "The agreed hours start and end at the same time."),
    QT_TRANSLATE_NOOP("core", "Name at least one working day, like mon-fri."),
    QT_TRANSLATE_NOOP("core", "“{0}” is not a time zone; use a name like Europe/Moscow."),
    QT_TRANSLATE_NOOP("core", "The holidays of “{0}” are not known; use a code like RU or DE."),
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
        "{0}: not a journal this app can import (Boundary Journal JSON; jrnl JSON, text, "
        "Markdown, YAML folder or XML; Day One JSON or .zip).",
    ),
    QT_TRANSLATE_NOOP("core", "No entry in {0} has the tag “{1}”."),
    QT_TRANSLATE_NOOP("core", "{0}: there is no such file."),
    QT_TRANSLATE_NOOP("core", "{0}: the file cannot be read (permission denied)."),
    QT_TRANSLATE_NOOP("core", "{0}: the file cannot be read: {1}."),
    QT_TRANSLATE_NOOP("core", "{0} is a folder; choose the exported file."),
    QT_TRANSLATE_NOOP("core", "{0}: the file is too large to import (over {1} MiB)."),
    QT_TRANSLATE_NOOP("core", "{0}: a device, not a file; choose the exported file."),
    QT_TRANSLATE_NOOP("core", "{0}: a named pipe (FIFO), not a file; choose the exported file."),
    QT_TRANSLATE_NOOP("core", "{0}: not a regular file; choose the exported file."),
    QT_TRANSLATE_NOOP("core", "{0}: the folder holds too many files to import."),
    QT_TRANSLATE_NOOP(
        "core", "{0}: the file ends in the middle of a character (is it cut short?)."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{0}, line {1}: an entry starts with [YYYY-MM-DD HH:MM], not “{2}” (is the file cut "
        "short?).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{0}: the archive holds a file with an unsafe name (“{1}”); it is not read.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{0}: the journal inside the archive is too large to import (over {1} MiB unpacked).",
    ),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}: expected jrnl's “### YYYY-MM-DD HH:MM Title”."),
    QT_TRANSLATE_NOOP("core", "{0}: no jrnl entries found."),
    QT_TRANSLATE_NOOP("core", "{0}: no jrnl YAML files (.md) in the folder."),
    QT_TRANSLATE_NOOP("core", "{0}: the files are too large to import (over 1 GiB)."),
    QT_TRANSLATE_NOOP("core", "{0}: the file ends before its body does (is it cut short?)."),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}, column {2}: not valid XML."),
    QT_TRANSLATE_NOOP("core", "{0}: not a jrnl XML export (no <journal><entries>)."),
    QT_TRANSLATE_NOOP("core", "{0}, entry {1}: “{2}” is not a real date and time."),
    QT_TRANSLATE_NOOP("core", "{0}: not UTF-8 text (a byte that does not fit at position {1})."),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}, column {2}: not valid JSON ({3})."),
    QT_TRANSLATE_NOOP("core", "{0}: the JSON is nested too deeply to read."),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}: an entry starts with [YYYY-MM-DD HH:MM], not “{2}”."),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}: expected an entry starting with [YYYY-MM-DD HH:MM]."),
    QT_TRANSLATE_NOOP("core", "{0}, line {1}: “{2}” is not a real date and time."),
    QT_TRANSLATE_NOOP("core", "{0}: no entries found."),
    QT_TRANSLATE_NOOP(
        "core",
        "{0}: written by a newer Boundary Journal (schema {1}); update the app to import it.",
    ),
    QT_TRANSLATE_NOOP("core", "{0}: no Day One journal (.json) inside the archive."),
    QT_TRANSLATE_NOOP("core", "{0}: not a readable .zip archive."),
    QT_TRANSLATE_NOOP("core", "The disk is full: {0} was not written. Free some space."),
    QT_TRANSLATE_NOOP("core", "{0} cannot be written here (permission denied)."),
    QT_TRANSLATE_NOOP("core", "{0} was not written: {1}."),
    QT_TRANSLATE_NOOP(
        "core",
        "The export was stopped: “{0}” would have stayed in {1}, line {2}. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The export was stopped: “{0}” would have stayed in the file name {1}. "
        "Nothing was written.",
    ),
    # passphrases and keys
    QT_TRANSLATE_NOOP("core", "A passphrase needs at least {0} characters; a few words are best."),
    QT_TRANSLATE_NOOP("core", "Wrong passphrase."),
    QT_TRANSLATE_NOOP("core", "Wrong recovery key."),
    QT_TRANSLATE_NOOP("core", "That is not a recovery key (8 groups of 4 letters and digits)."),
    QT_TRANSLATE_NOOP("core", "This journal is already encrypted."),
    QT_TRANSLATE_NOOP("core", "This journal is not encrypted."),
    QT_TRANSLATE_NOOP("core", "This journal is not encrypted; encrypt it to set a passphrase."),
    QT_TRANSLATE_NOOP("core", "The key file {0} is missing."),
    QT_TRANSLATE_NOOP("core", "The key file {0} is damaged ({1})."),
    QT_TRANSLATE_NOOP("core", "The key file is damaged ({0})."),
    QT_TRANSLATE_NOOP("core", "The key file does not belong to this journal."),
    QT_TRANSLATE_NOOP(
        "core", "The key file was written by a newer Boundary Journal; update the app."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The journal is encrypted, but its key file {0} is missing (and the backup folder has "
        "no copy): put it back beside {1} to open the journal.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The key file {0} does not belong to this journal: its key opens neither the journal "
        "nor any of its backups.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The backup {0} cannot be converted ({1}): delete it or move it out of the backup "
        "folder, then try again. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The journal is converted, but not all of its backups yet ({0}); that is finished the "
        "next time the journal opens.",
    ),
    QT_TRANSLATE_NOOP("core", "The converted journal did not verify ({0})."),
    QT_TRANSLATE_NOOP("core", "The converted journal is missing rows; nothing was changed."),
    QT_TRANSLATE_NOOP("core", "{0} could not be converted ({1})."),
    # backups
    QT_TRANSLATE_NOOP("core", "The backup did not verify ({0}); it was not kept."),
    QT_TRANSLATE_NOOP("core", "The backup {0} could not be written: {1}"),
    QT_TRANSLATE_NOOP("core", "The backup {0} is damaged ({1})."),
    QT_TRANSLATE_NOOP("core", "The backup {0} is damaged too ({1})."),
    QT_TRANSLATE_NOOP("core", "The backup could not be restored: {0}."),
    QT_TRANSLATE_NOOP("core", "{0} already exists; try again in a second."),
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
    QT_TRANSLATE_NOOP("core", "The journal file is damaged (unsupported file format)."),
    QT_TRANSLATE_NOOP("core", "The journal file is damaged ({0})."),
    QT_TRANSLATE_NOOP(
        "core",
        "The journal file is empty (0 bytes): what it held is lost, but a backup can bring "
        "it back.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Part of the journal cannot be read: the file is damaged there (text that is not "
        "UTF-8 in “{0}”).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Part of the journal cannot be read: the file is damaged there (a date or time that "
        "does not parse: {0}).",
    ),
    QT_TRANSLATE_NOOP("core", "The journal cannot be read at all."),
    QT_TRANSLATE_NOOP(
        "core",
        "The journal cannot be written now (a full disk or read-only media): nothing was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The journal could not be read or written (disk I/O error): the disk may be full or "
        "failing.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "This journal needs an upgrade to open in this version of the app, and it cannot be "
        "written here now (a full disk or read-only media).",
    ),
    QT_TRANSLATE_NOOP("core", "The journal cannot be written: {0}."),
    QT_TRANSLATE_NOOP("core", "This file is an SQLite database, but not a Boundary Journal."),
    # The coach review (core/sealed.py, core/review/)
    QT_TRANSLATE_NOOP("core", "Wrong passphrase for {0}."),
    QT_TRANSLATE_NOOP("core", "{0} is damaged or altered: it cannot be opened."),
    QT_TRANSLATE_NOOP("core", "{0} is not a file of this kind (or it is cut short)."),
    QT_TRANSLATE_NOOP("core", "{0} was made by a newer version of the app: update it."),
    QT_TRANSLATE_NOOP("core", "{0} cannot be read: {1}."),
    QT_TRANSLATE_NOOP(
        "core",
        "A review's passphrase needs at least {0} characters; a few words are best.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{0} holds notes on a review this journal did not share; nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("core", "{0} is damaged or altered: nothing was imported."),
    QT_TRANSLATE_NOOP("core", "This is a review this journal shared: the coach writes its notes."),
    QT_TRANSLATE_NOOP("core", "A note needs some text."),
    QT_TRANSLATE_NOOP(
        "core",
        "This journal was written by a newer version of Boundary Journal (schema {0}); please "
        "update the app to open it.",
    ),
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
