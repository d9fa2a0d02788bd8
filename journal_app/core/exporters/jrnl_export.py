"""A jrnl plain-text journal: the door out. jrnl 4 reads it back with the same dates,
times, titles and bodies, and with the entry's clients and tags as its own tags
(@Vega_Telecom, #urgent: jrnl's tags are words in the text, so a line of them ends an entry
that does not mention them already).

How jrnl reads a file (`Journal._parse`, `split_title`): each "[YYYY-MM-DD HH:MM] " at a
line's start begins an entry; the title is the first line when the text has a line break,
else the first sentence; a first line ending in "*" marks it starred. So every entry gets
its line break, entries are parted by a blank line, and a body line that jrnl would take
for a new entry is moved one space in.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..files import write_text
from ..leaks import file_check
from .bundle import ExportBundle, ExportedEntry
from .markdown_export import incident_text, ratings_text
from .registry import Exporter, register
from .words import word

STARRED = "starred"  # the tag jrnl's star becomes on import, and back
_LOOKS_LIKE_HEADER = re.compile(r"^\[[^\]]{7,}\] ")  # jrnl ignores [..] of 6 or fewer
_TAG_TEXT = re.compile(r"(?<!\S)[#@][-+*#/\w]+")


def jrnl_tag(symbol: str, name: str) -> str:
    """A tag jrnl sees whole: spaces and other marks become "_"."""
    return symbol + re.sub(r"[^-+*/\w]+", "_", name.strip()).strip("_")


def entry_tags(e: ExportedEntry) -> list[str]:
    tags = [jrnl_tag("@", c) for c in e.clients]
    tags += [jrnl_tag("#", t) for t in e.tags if t != STARRED]
    return [t for t in dict.fromkeys(tags) if len(t) > 1]


def extra_lines(e: ExportedEntry, lang: str) -> list[str]:
    """What jrnl has no field for — incidents, answers, ratings — as plain lines (no "#"
    headings: jrnl would read them as tags)."""
    lines: list[str] = []
    if e.incidents:
        lines += ["", f"{word('incidents', lang)}:"]
        lines += [f"- {incident_text(i, lang)}" for i in e.incidents]
    for a in e.answers:
        lines += [
            "",
            f"{a.question}",
            *(f"> {line}" if line else ">" for line in a.text.split("\n")),
        ]
    ratings = ratings_text(e, lang)
    if ratings:
        lines += ["", f"{word('ratings', lang)}: {ratings}"]
    return lines


def entry_text(e: ExportedEntry, lang: str) -> str:
    title = " ".join(e.title.split())
    body = e.body.strip("\n").rstrip()
    if not title and body:  # jrnl has no entry without a title: its first line is one
        title, _, body = body.partition("\n")
        title, body = title.strip(), body.strip("\n").rstrip()
    star = STARRED in e.tags
    lines = body.split("\n") if body else []
    lines = [(" " + line if _LOOKS_LIKE_HEADER.match(line) else line) for line in lines]
    lines += extra_lines(e, lang)
    written = {t.casefold() for t in _TAG_TEXT.findall(f"{title}\n" + "\n".join(lines))}
    missing = [t for t in entry_tags(e) if t.casefold() not in written]
    if missing:
        lines += ["", " ".join(missing)] if lines else [" ".join(missing)]
    header = f"[{e.date.isoformat()} {e.time.strftime('%H:%M')}] {title}" + (" *" if star else "")
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join([header, *lines]) + "\n"  # "] " kept: jrnl needs the space


@register
class JrnlExporter(Exporter):
    name = "jrnl"
    extension = "txt"
    label = "jrnl text journal"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        lang = bundle.scope.lang
        entries = sorted(bundle.entries, key=lambda e: (e.date, e.time))
        text = "\n".join(entry_text(e, lang) for e in entries)
        write_text(target, text, check=file_check(bundle, target))
