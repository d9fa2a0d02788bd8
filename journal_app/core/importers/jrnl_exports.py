"""jrnl's other exports: `--format markdown` (one file), `--format yaml` (a folder, one
file per entry) and `--format xml`. Each is read back to what jrnl had: the headings it
deepened in the body are put back, and titles, tags and stars kept."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from ..messages import (
    AT_DATE_FIELD,
    AT_ENTRY,
    AT_LINE,
    BAD_STAMP,
    BAD_XML,
    BAD_YAML_FIELD,
    EXPECTED_MARKDOWN_ENTRY,
    NO_JRNL_ENTRIES,
    NO_YAML_FILES,
    NOT_JRNL_XML,
    NOT_YAML,
    XML_BAD_DATE,
    YAML_BAD_DATE,
    YAML_CUT_SHORT,
    YAML_TOO_LARGE,
    Said,
)
from .batch import ImportBatch, ImportedEntry, ImportFormatError
from .files import MAX_BYTES, decode, folder_files, read_bytes
from .jrnl import HEADER_DATE_TIME, SENTENCE, STARRED_TAG, find_tags, spelled

_MD_ENTRY = re.compile(r"^### (\d{4}-\d{2}-\d{2})(?: (\d{1,2}:\d{2}))?(?: (.*))?$")
_MD_YEAR = re.compile(r"^# \d{4}$")
_MD_MONTH = re.compile(r"^## [^\s#]+$")
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$")


def _moment(name: str, where: Said, day: str, at: str | None) -> tuple[dt.date, dt.time]:
    try:
        date = dt.date.fromisoformat(day)
        if not at:
            return date, HEADER_DATE_TIME
        hours, minutes = (int(x) for x in at.split(":")[:2])
        return date, dt.time(hours, minutes)
    except ValueError:
        stamp = f"{day} {at}" if at else day
        raise ImportFormatError(BAD_STAMP, name=name, where=where, stamp=stamp) from None


def _entry(
    where: Said | str,
    day: dt.date,
    at: dt.time,
    title: str,
    body: str,
    starred: bool,
    listed: tuple[str, ...] = (),
    uuid: str | None = None,
) -> ImportedEntry:
    title, body = title.strip(), body.strip("\n").rstrip()
    written = find_tags(f"{title}\n{body}")
    tags = (spelled(listed, written) or written) + ((STARRED_TAG,) if starred else ())
    return ImportedEntry(where, day, at, title, body, tags=tags, uuid=uuid)


def looks_jrnl_markdown(text: str) -> bool:
    """jrnl's Markdown starts with the year ("# 2024") or, for one entry, its heading."""
    first = text.lstrip()[:200].partition("\n")[0].rstrip()
    return bool(_MD_YEAR.match(first) or _MD_ENTRY.match(first))


def read_jrnl_markdown(text: str, source: Path) -> ImportBatch:
    """jrnl's Markdown: "# 2024", "## March", then "### 2024-03-02 09:00 Title" and the
    body, whose own headings jrnl made three levels deeper."""
    name = source.name
    lines = text.replace("\r\n", "\n").split("\n")
    found: list[tuple[int, dt.date, dt.time, str]] = []
    for index, line in enumerate(lines):
        match = _MD_ENTRY.match(line.rstrip())
        if match:
            day, at = _moment(name, AT_LINE(n=index + 1), match[1], match[2])
            found.append((index, day, at, match[3] or ""))
        elif not found and line.strip() and not (_MD_YEAR.match(line) or _MD_MONTH.match(line)):
            raise ImportFormatError(EXPECTED_MARKDOWN_ENTRY, name=name, line=index + 1)
    if not found:
        raise ImportFormatError(NO_JRNL_ENTRIES, name=name)
    entries = []
    for n, (index, day, at, title) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(lines)
        body = lines[index + 1 : end]
        # The year and month headings jrnl writes before the next entry are not body.
        while body and (
            not body[-1].strip() or _MD_YEAR.match(body[-1]) or _MD_MONTH.match(body[-1])
        ):
            body.pop()
        body = [line[3:] if re.match(r"^####+ ", line) else line for line in body]
        entries.append(_entry(AT_LINE(n=index + 1), day, at, title, "\n".join(body), False))
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))


def read_jrnl_yaml_folder(folder: Path) -> ImportBatch:
    """jrnl's YAML: a folder of .md files, each "---", title:, date:, starred:, tags:,
    body: | and the body indented by a tab, ending with "..."."""
    files = folder_files(folder, ".md")
    if not files:
        raise ImportFormatError(NO_YAML_FILES, folder=folder)
    entries, total = [], 0
    for path in files:
        data = read_bytes(path)
        total += len(data)
        if total > MAX_BYTES:
            raise ImportFormatError(YAML_TOO_LARGE, folder=folder)
        entries.append(_yaml_entry(decode(data, path.name), path.name))
    return ImportBatch(source=folder, format="jrnl", entries=tuple(entries))


def _yaml_entry(text: str, name: str) -> ImportedEntry:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0] != "---":
        raise ImportFormatError(NOT_YAML, name=name)
    fields: dict[str, str] = {}
    body: list[str] | None = None
    for number, line in enumerate(lines[1:], 2):
        if body is not None:
            if line == "...":
                break
            body.append(line[1:] if line.startswith("\t") else line)
            continue
        key, sep, value = line.partition(": ")
        if key == "body" and value.startswith("|"):
            body = []
        elif sep and key in ("title", "date", "starred", "tags", "uuid"):
            fields[key] = value
        elif line.strip() and not line.startswith(" ") and key != "creator:":
            raise ImportFormatError(BAD_YAML_FIELD, name=name, number=number, line=line[:40])
    else:
        raise ImportFormatError(YAML_CUT_SHORT, name=name)
    stamp = _STAMP.match(fields.get("date", "").strip())
    if stamp is None:
        raise ImportFormatError(YAML_BAD_DATE, name=name, date=fields.get("date", ""))
    at = f"{stamp[2]}:{stamp[3]}" if stamp[2] else None
    day, time = _moment(name, AT_DATE_FIELD(), stamp[1], at)
    assert body is not None
    text_body = "\n".join(line[1:] if re.match(r"^##+ ", line) else line for line in body)
    listed = tuple("@" + t.strip() for t in fields.get("tags", "").split(",") if t.strip())
    return _entry(
        name,
        day,
        time,
        fields.get("title", ""),
        text_body,
        fields.get("starred", "").strip() == "True",
        _with_symbols(listed, text_body),
        fields.get("uuid", "").strip() or None,
    )


def _with_symbols(listed: tuple[str, ...], text: str) -> tuple[str, ...]:
    """jrnl's YAML drops each tag's symbol; the text says whether it was @ or #."""
    written = {t[1:].casefold(): t for t in find_tags(text)}
    return tuple(written.get(t[1:].casefold(), t) for t in listed)


def looks_jrnl_xml(data: bytes) -> bool:
    head = data[:200].lstrip()
    return head.startswith(b"<?xml") and b"<journal" in data[:400]


def read_jrnl_xml(data: bytes, source: Path) -> ImportBatch:
    """jrnl's XML: <journal><entries><entry date=… starred=…><tag name=…/>title body."""
    name = source.name
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise ImportFormatError(BAD_XML, name=name, line=line, column=column) from None
    holder = root.find("entries")
    if root.tag != "journal" or holder is None:
        raise ImportFormatError(NOT_JRNL_XML, name=name)
    entries = []
    for n, element in enumerate(holder.findall("entry"), 1):
        where = AT_ENTRY(n=n)
        stamp = _STAMP.match((element.get("date") or "").strip())
        if stamp is None:
            raise ImportFormatError(XML_BAD_DATE, name=name, where=where)
        at = f"{stamp[2]}:{stamp[3]}" if stamp[2] else None
        day, time = _moment(name, where, stamp[1], at)
        listed = tuple(t.get("name") or "" for t in element.findall("tag"))
        title, body = _xml_title("".join(element.itertext()).strip())
        entries.append(
            _entry(
                where,
                day,
                time,
                title,
                body,
                element.get("starred") == "True",
                tuple(t for t in listed if t),
                element.get("uuid"),
            )
        )
    return ImportBatch(source=source, format="jrnl", entries=tuple(entries))


def _xml_title(full: str) -> tuple[str, str]:
    """jrnl writes its title and body as one text, "title body"; the title is found again
    as its first sentence (exact for titles of one sentence)."""
    match = SENTENCE.search(full)
    if match is None:
        return full.partition("\n")[0], full.partition("\n")[2]
    return full[: match.end()].strip(), full[match.end() :].strip()
