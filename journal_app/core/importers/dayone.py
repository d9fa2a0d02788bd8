"""Day One: its JSON export, or the .zip that holds it (and the photos, which are reported
as not imported). Times are stored in UTC with the entry's zone; we keep the wall-clock
time where it was written, as our entries do."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
import zoneinfo
from pathlib import Path
from typing import Any

from ..messages import (
    AT_ENTRY,
    AT_FILE,
    AT_IN_ARCHIVE,
    BAD_ZIP,
    NOTE_MEDIA_LEFT,
    NOTE_UNKNOWN_ZONE,
    ZIP_NO_JOURNAL,
    ZIP_TOO_LARGE,
    ZIP_UNREADABLE,
    ZIP_UNSAFE_NAME,
    Said,
)
from .batch import Fields, ImportBatch, ImportedEntry, ImportFormatError
from .files import decode, parse_json
from .jrnl import STARRED_TAG

MEDIA = ("photos", "videos", "audios", "pdfAttachments")
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/+[^)]*\)")
# Day One escapes punctuation as Markdown would ("Hi\!", "\- not a list").
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_TITLE_MAX = 120
MAX_ARCHIVE_BYTES = 512 << 20  # all the JSON read from one archive, unpacked


def looks_dayone(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return "metadata" in data or (isinstance(first, dict) and "creationDate" in first)


def unescape(text: str) -> str:
    """Drop the backslashes Day One adds before punctuation, at a line's start too ("\\-",
    "\\#", "1\\."): the text comes back as the person typed it."""
    return _ESCAPED.sub(r"\1", text)


def drop_moments(text: str) -> tuple[str, int]:
    """Remove Day One's photo links. A link alone on its line goes with its line, and with
    one of the blank lines around it, so that no gap is left where it was."""
    kept: list[str] = []
    count = 0
    lines = text.split("\n")
    skip_blank = False
    for line in lines:
        cleaned, found = _MOMENT.subn("", line)
        count += found
        if found and not cleaned.strip():
            skip_blank = bool(kept) and not kept[-1].strip()
            continue
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        kept.append(cleaned.rstrip() if found else cleaned)
    return "\n".join(kept), count


def split_text(text: str) -> tuple[str, str]:
    """Day One shows an entry's first line as its title."""
    text = text.strip("\n")
    first, _, rest = text.partition("\n")
    heading = first.lstrip("#").strip() if first.startswith("#") else ""
    if heading:
        return heading, rest.strip("\n")
    if rest.strip() and len(first.strip()) <= _TITLE_MAX:
        return first.strip(), rest.strip("\n")
    return "", text


def read_dayone_json(data: Any, source: Path, label: str | None = None) -> ImportBatch:
    name = label or source.name
    top = Fields(data, name, AT_FILE())
    entries: list[ImportedEntry] = []
    notes: list[Said] = []
    for n, raw in enumerate(top.objects("entries", required=True), 1):
        f = Fields(raw, name, AT_ENTRY(n=n))
        created = f.moment("creationDate", required=True)
        assert created is not None
        if created.tzinfo is None:
            created = created.replace(tzinfo=dt.UTC)
        zone_name = f.text("timeZone")
        local = created
        if zone_name:
            try:
                local = created.astimezone(zoneinfo.ZoneInfo(zone_name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                notes.append(NOTE_UNKNOWN_ZONE(source=name, where=f.where, zone=zone_name))
        text = f.text("text")
        media = 0
        for key in MEDIA:
            media += len(f.objects(key))
        text, moments = drop_moments(text)
        media = max(media, moments)
        if media:
            notes.append(
                NOTE_MEDIA_LEFT(
                    source=name, where=f.where, date=local.date().isoformat(), count=media
                )
            )
        title, body = split_text(unescape(text))
        tags = f.texts("tags") + ((STARRED_TAG,) if f.flag("starred") else ())
        modified = f.moment("modifiedDate")
        entries.append(
            ImportedEntry(
                where=f.where if label is None else AT_IN_ARCHIVE(label=label, where=f.where),
                uuid=f.text("uuid") or None,
                date=local.date(),
                time=local.time().replace(second=0, microsecond=0, tzinfo=None),
                title=title,
                body=body,
                tags=tags,
                created_at=created.astimezone(dt.UTC),
                updated_at=modified.astimezone(dt.UTC) if modified and modified.tzinfo else None,
            )
        )
    return ImportBatch(source=source, format="dayone", entries=tuple(entries), notes=tuple(notes))


def unsafe_member(name: str) -> bool:
    """A member name that would point outside the archive's folder, or that reads
    differently on another system: absolute, with "..", a backslash, a drive or a NUL."""
    parts = name.split("/")
    return (
        not name
        or name.startswith("/")
        or "\\" in name
        or "\0" in name
        or ".." in parts
        or re.match(r"^[A-Za-z]:", name) is not None
    )


def read_dayone_zip(source: Path) -> ImportBatch:
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            for info in members:
                if unsafe_member(info.filename):
                    raise ImportFormatError(
                        ZIP_UNSAFE_NAME, source=source.name, name=info.filename[:80]
                    )
            names = [
                info
                for info in members
                if info.filename.lower().endswith(".json") and "/" not in info.filename.strip("/")
            ]
            if not names:
                raise ImportFormatError(ZIP_NO_JOURNAL, source=source.name)
            if sum(info.file_size for info in names) > MAX_ARCHIVE_BYTES:
                raise ImportFormatError(
                    ZIP_TOO_LARGE, source=source.name, limit=MAX_ARCHIVE_BYTES >> 20
                )
            entries: list[ImportedEntry] = []
            notes: list[Said] = []
            total = 0
            for info in names:
                label = f"{source.name}/{info.filename}"
                with archive.open(info) as member:
                    raw = member.read(MAX_ARCHIVE_BYTES - total + 1)
                total += len(raw)
                if total > MAX_ARCHIVE_BYTES:
                    raise ImportFormatError(
                        ZIP_TOO_LARGE, source=source.name, limit=MAX_ARCHIVE_BYTES >> 20
                    )
                data = parse_json(decode(raw, label), label)
                batch = read_dayone_json(data, source, label if len(names) > 1 else None)
                entries += batch.entries
                notes += batch.notes
    except zipfile.BadZipFile:
        raise ImportFormatError(BAD_ZIP, source=source.name) from None
    except (
        OSError,
        EOFError,
        zlib.error,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise ImportFormatError(ZIP_UNREADABLE, source=source.name, error=error) from None
    return ImportBatch(source=source, format="dayone", entries=tuple(entries), notes=tuple(notes))
