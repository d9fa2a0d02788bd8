"""jrnl: its JSON export, and its plain-text journal (`[YYYY-MM-DD HH:MM] Title`).

jrnl's tags are words starting with @ or # in the text; by jrnl's own convention @ marks
people, which is why the import preview suggests @-tags as clients.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..messages import (
    AT_ENTRY,
    AT_FILE,
    AT_LINE,
    BAD_ENTRY_START,
    BAD_ENTRY_START_CUT,
    BAD_LINE_STAMP,
    EXPECTED_ENTRY,
    NO_ENTRIES,
)
from .batch import Fields, ImportBatch, ImportedEntry, ImportFormatError

STARRED_TAG = "starred"
# "[2024-03-02 09:00] Title", "[2024-03-02 09:00:00]", or a date alone: "[2024-03-02]".
_HEADER = re.compile(r"^\[(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2})(?::\d{2})?)?\] ?(.*)$")
_LOOSE_HEADER = re.compile(r"^\[\d{4}-")
_TAG = re.compile(r"(?<![\w@#/])([@#][^\W\d_][\w-]*)")
DEFAULT_TIME = dt.time(9, 0)  # jrnl's default_hour and default_minute, for a missing time
HEADER_DATE_TIME = dt.time(0, 0)  # jrnl reads a date-only header "[2024-03-02]" as midnight
# jrnl's sentence splitter (after segtok): a sentence mark, an optional closing quote and
# brackets, then white space; or a CJK full stop, which needs none.
SENTENCE = re.compile(
    "([.!?\u2026\u203c\u203d\u2047\u2048\u2049\u22ef\ufe52\ufe57]['\u2019\"\u201d]?[\\])]*\\s+)"
    "|[\uff01\uff0e\uff1f\uff61\u3002]"
)


def find_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.rstrip("-") for m in _TAG.findall(text)))


def spelled(tags: tuple[str, ...], written: tuple[str, ...]) -> tuple[str, ...]:
    """jrnl lowercases the tags it lists; the text keeps them as the person wrote them."""
    by_key = {t.casefold(): t for t in reversed(written)}
    return tuple(dict.fromkeys(by_key.get(t.casefold(), t) for t in tags))


def looks_jrnl_json(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return "tags" in data or (isinstance(first, dict) and "date" in first and "body" in first)


def looks_jrnl_text(text: str) -> bool:
    """Some line starts like a jrnl entry (the reader then checks the lines before it)."""
    return any(_LOOSE_HEADER.match(line) for line in text.splitlines())


def read_jrnl_json(data: Any, source: Path) -> ImportBatch:
    top = Fields(data, source.name, AT_FILE())
    entries = []
    for n, raw in enumerate(top.objects("entries", required=True), 1):
        f = Fields(raw, source.name, AT_ENTRY(n=n))
        title, body = f.text("title").strip(), f.text("body").rstrip()
        written = find_tags(f"{title}\n{body}")
        tags = spelled(f.texts("tags"), written) or written
        if f.flag("starred"):
            tags += (STARRED_TAG,)
        entries.append(
            ImportedEntry(
                where=f.where,
                date=f.date("date"),
                time=f.time("time", default=DEFAULT_TIME),
                title=title,
                body=body,
                tags=tags,
                uuid=f.text("uuid") or None,
            )
        )
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))


def split_title(text: str) -> tuple[str, str]:
    """jrnl's rule for an entry's text (all of it after the header's "] "): with a line
    break, the title is everything before the first one; without, the first sentence.
    Like jrnl, the break is looked for after leading white space but cut where found."""
    newline = text.lstrip().find("\n")
    if newline >= 0:
        end = newline + 1
    else:
        match = SENTENCE.search(text)
        if match is None:
            return text, ""
        end = match.end()
    return text[:end].strip(), text[end:].strip()


def read_jrnl_text(text: str, source: Path) -> ImportBatch:
    """Entries as jrnl reads them: each header starts one, its text runs to the next
    header, and `split_title` cuts the title from it."""
    name = source.name
    lines = text.split("\n")
    starts: list[tuple[int, dt.date, dt.time, str]] = []  # (line index, date, time, text)
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines):
        line = line.rstrip("\r")
        header = _HEADER.match(line)
        number = index + 1
        if header is None:
            if _LOOSE_HEADER.match(line) and (not starts or index == last):
                raise ImportFormatError(
                    BAD_ENTRY_START_CUT if starts else BAD_ENTRY_START,
                    name=name,
                    number=number,
                    line=line[:40],
                )
            if not starts and line.strip():
                raise ImportFormatError(EXPECTED_ENTRY, name=name, number=number)
            continue
        stamp = f"{header[1]} {header[2]}" if header[2] else header[1]
        try:
            day = dt.date.fromisoformat(header[1])
            at = HEADER_DATE_TIME
            if header[2]:
                hours, minutes = (int(x) for x in header[2].split(":"))
                at = dt.time(hours, minutes)
        except ValueError:
            raise ImportFormatError(BAD_LINE_STAMP, name=name, number=number, stamp=stamp) from None
        starts.append((index, day, at, header[3]))
    if not starts:
        raise ImportFormatError(NO_ENTRIES, name=name)
    entries = []
    for n, (index, day, at, first) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        raw = "\n".join([first, *lines[index + 1 : end]]).replace("\r\n", "\n")
        starred = False
        head, sep, rest = raw.partition("\n")
        if head.strip().endswith("*"):  # jrnl's star: the first line ends with "*"
            starred = True
            raw = head.strip("\n *") + "\n" + rest
        title, body = split_title(raw)
        tags = find_tags(f"{title}\n{body}") + ((STARRED_TAG,) if starred else ())
        entries.append(
            ImportedEntry(
                where=AT_LINE(n=index + 1), date=day, time=at, title=title, body=body, tags=tags
            )
        )
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))
