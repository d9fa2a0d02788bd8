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

from .batch import Fields, ImportBatch, ImportedEntry, ImportFormatError
from .files import MAX_BYTES, decode, parse_json
from .jrnl import STARRED_TAG

MEDIA = ("photos", "videos", "audios", "pdfAttachments")
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/+[^)]*\)\n?")
# Day One escapes punctuation that Markdown does not need escaped mid-line ("Hi\!").
_ESCAPED = re.compile(r"\\([!\"'(),.:;=?@{}|~\-+#])")
_TITLE_MAX = 120


def looks_dayone(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return "metadata" in data or (isinstance(first, dict) and "creationDate" in first)


def unescape(text: str) -> str:
    """Drop Day One's escapes where the character means nothing to Markdown there; keep
    them where it would start a heading, a list or a numbered item."""
    out = []
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        head, rest = line[:lead], line[lead:]
        # "\# not a heading", "\- not a list", "1\. not numbered" stay escaped at line start.
        keep = re.match(r"(\\[#\-+]|\d+\\\.)", rest)
        kept = keep.group(0) if keep else ""
        out.append(head + kept + _ESCAPED.sub(r"\1", rest[len(kept) :]))
    return "\n".join(out)


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
    top = Fields(data, name, "the file")
    entries, notes = [], []
    for n, raw in enumerate(top.objects("entries", required=True), 1):
        f = Fields(raw, name, f"entry {n}")
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
                notes.append(f"{name}: {f.where}: unknown time zone “{zone_name}”; kept in UTC.")
        text = f.text("text")
        media = 0
        for key in MEDIA:
            media += len(f.objects(key))
        text, moments = _MOMENT.subn("", text)
        media = max(media, moments)
        if media:
            notes.append(
                f"{name}: {f.where} ({local.date().isoformat()}): "
                f"{media} photo(s) or attachment(s) not imported."
            )
        title, body = split_text(unescape(text))
        tags = f.texts("tags") + ((STARRED_TAG,) if f.flag("starred") else ())
        modified = f.moment("modifiedDate")
        entries.append(
            ImportedEntry(
                where=f.where if label is None else f"{label}, {f.where}",
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


def read_dayone_zip(source: Path) -> ImportBatch:
    try:
        with zipfile.ZipFile(source) as archive:
            names = [
                info
                for info in archive.infolist()
                if info.filename.lower().endswith(".json") and "/" not in info.filename.strip("/")
            ]
            if not names:
                raise ImportFormatError(
                    f"{source.name}: no Day One journal (.json) inside the archive."
                )
            entries: list[ImportedEntry] = []
            notes: list[str] = []
            for info in names:
                if info.file_size > MAX_BYTES:
                    raise ImportFormatError(f"{source.name}: {info.filename} is too large.")
                label = f"{source.name}/{info.filename}"
                data = parse_json(decode(archive.read(info), label), label)
                batch = read_dayone_json(data, source, label if len(names) > 1 else None)
                entries += batch.entries
                notes += batch.notes
    except zipfile.BadZipFile:
        raise ImportFormatError(f"{source.name}: not a readable .zip archive.") from None
    except (
        OSError,
        EOFError,
        zlib.error,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise ImportFormatError(f"{source.name}: the archive cannot be read ({error}).") from None
    return ImportBatch(source=source, format="dayone", entries=tuple(entries), notes=tuple(notes))
