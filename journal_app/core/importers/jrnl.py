"""jrnl: its JSON export, and its plain-text journal (`[YYYY-MM-DD HH:MM] Title`).

jrnl's tags are words starting with @ or # in the text; by jrnl's own convention @ marks
people, which is why the import preview suggests @-tags as clients.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from .batch import Fields, ImportBatch, ImportedEntry, ImportFormatError

STARRED_TAG = "starred"
_HEADER = re.compile(r"^\[(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?::\d{2})?\]\s?(.*)$")
_LOOSE_HEADER = re.compile(r"^\[\d{4}-")
_TAG = re.compile(r"(?<![\w@#/])([@#][^\W\d_][\w-]*)")
_SENTENCE_END = re.compile(r"[.?!]+(?=\s|$)")


def find_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.rstrip("-") for m in _TAG.findall(text)))


def looks_jrnl_json(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return "tags" in data or (isinstance(first, dict) and "date" in first and "body" in first)


def looks_jrnl_text(text: str) -> bool:
    """Some line starts like a jrnl entry (the reader then checks the lines before it)."""
    return any(_LOOSE_HEADER.match(line) for line in text.splitlines())


def read_jrnl_json(data: Any, source: Path) -> ImportBatch:
    top = Fields(data, source.name, "the file")
    entries = []
    for n, raw in enumerate(top.objects("entries", required=True), 1):
        f = Fields(raw, source.name, f"entry {n}")
        tags = tuple(f.texts("tags"))
        if f.flag("starred"):
            tags += (STARRED_TAG,)
        title, body = f.text("title").strip(), f.text("body").rstrip()
        entries.append(
            ImportedEntry(
                where=f.where,
                date=f.date("date"),
                time=f.time("time", default=dt.time(9, 0)),
                title=title,
                body=body,
                tags=tags or find_tags(f"{title}\n{body}"),
                uuid=f.text("uuid") or None,
            )
        )
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))


def split_title(line: str) -> tuple[str, str]:
    """jrnl's rule: the title runs to the first sentence mark, the rest is body."""
    match = _SENTENCE_END.search(line)
    if match is None:
        return line.strip(), ""
    return line[: match.end()].strip(), line[match.end() :].strip()


def read_jrnl_text(text: str, source: Path) -> ImportBatch:
    name = source.name
    entries: list[ImportedEntry] = []
    current: dict[str, Any] | None = None

    def finish() -> None:
        if current is None:
            return
        body = "\n".join(current["lines"]).strip("\n").rstrip()
        if current["rest"]:
            body = (current["rest"] + ("\n" + body if body else "")).rstrip()
        tags = find_tags(f"{current['title']}\n{body}")
        if current["starred"]:
            tags += (STARRED_TAG,)
        entries.append(
            ImportedEntry(
                where=f"line {current['line']}",
                date=current["date"],
                time=current["time"],
                title=current["title"],
                body=body,
                tags=tags,
            )
        )

    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header is None and _LOOSE_HEADER.match(line) and current is None:
            raise ImportFormatError(
                f"{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], "
                f"not “{line[:40]}”."
            )
        if header is None:
            if current is None:
                if line.strip():
                    raise ImportFormatError(
                        f"{name}, line {number}: expected an entry starting with "
                        "[YYYY-MM-DD HH:MM]."
                    )
                continue
            current["lines"].append(line)
            continue
        try:
            day = dt.date.fromisoformat(header[1])
            hours, minutes = (int(x) for x in header[2].split(":"))
            at = dt.time(hours, minutes)
        except ValueError:
            raise ImportFormatError(
                f"{name}, line {number}: “{header[1]} {header[2]}” is not a real date and time."
            ) from None
        finish()
        first = header[3].rstrip()
        starred = first.endswith(" *") or first == "*"
        if starred:
            first = first[:-1].rstrip()
        title, rest = split_title(first)
        current = {
            "line": number,
            "date": day,
            "time": at,
            "title": title,
            "rest": rest,
            "starred": starred,
            "lines": [],
        }
    finish()
    if not entries:
        raise ImportFormatError(f"{name}: no entries found.")
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))
