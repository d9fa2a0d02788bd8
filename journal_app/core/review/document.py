"""What a review and the notes that come back hold, as versioned JSON sealed with the
passphrase (core.sealed). Both are built and read in memory only."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..messages import BAD_REVIEW_SUFFIX, SEALED_DAMAGED, SEALED_TOO_NEW
from ..sealed import SealedFileError, read_sealed, unseal

REVIEW_MAGIC = b"BJREVIEW"
NOTES_MAGIC = b"BJNOTES\x00"
REVIEW_FORMAT = "boundary-journal-review"
NOTES_FORMAT = "boundary-journal-notes"
SCHEMA_VERSION = 1
REVIEW_SUFFIX = ".bjreview"
NOTES_SUFFIX = ".bjnotes"
TARGETS = ("entry", "incident", "summary")


@dataclass(frozen=True)
class OpenedReview:
    """A review as the coach reads it: its id, when it was made, and the export inside."""

    review_id: str
    generated_at: dt.datetime
    period_from: dt.date | None
    period_to: dt.date | None
    export: dict[str, Any] = field(repr=False)

    @property
    def entries(self) -> list[dict[str, Any]]:
        return list(self.export.get("entries", []))

    @property
    def title(self) -> str:
        return ", ".join(c["name"] for c in self.export.get("clients", []))

    def has(self, on: str, target_uuid: str) -> bool:
        if on == "summary":
            return True
        for entry in self.entries:
            if on == "entry" and entry["uuid"] == target_uuid:
                return True
            if on == "incident" and any(i["uuid"] == target_uuid for i in entry["incidents"]):
                return True
        return False


@dataclass(frozen=True)
class NoteDoc:
    uuid: str
    on: str
    target_uuid: str
    text: str
    at: dt.datetime


def review_json(
    review_id: str, export: dict[str, Any], first: dt.date | None, last: dt.date | None
) -> str:
    return json.dumps(
        {
            "format": REVIEW_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "review_id": review_id,
            "generated_at": export["generated_at"],
            "period": {
                "from": first.isoformat() if first else None,
                "to": last.isoformat() if last else None,
            },
            "export": export,
        },
        ensure_ascii=False,
    )


def _damaged(what: str) -> SealedFileError:
    return SealedFileError(SEALED_DAMAGED, what=what)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _loads(plain: bytes, fmt: str, what: str) -> dict[str, Any]:
    try:
        doc = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(what) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise _damaged(what)
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise SealedFileError(SEALED_TOO_NEW, what=what)
    return doc


def parse_review(plain: bytes, what: str) -> OpenedReview:
    doc = _loads(plain, REVIEW_FORMAT, what)
    try:
        export = doc["export"]
        if not isinstance(export.get("entries"), list):
            raise TypeError
        return OpenedReview(
            review_id=str(doc["review_id"]),
            generated_at=dt.datetime.fromisoformat(doc["generated_at"]),
            period_from=_date(doc["period"]["from"]),
            period_to=_date(doc["period"]["to"]),
            export=export,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _damaged(what) from None


def read_review(path: Path, passphrase: str) -> OpenedReview:
    path = Path(path)
    return parse_review(read_sealed(path, passphrase, REVIEW_MAGIC), path.name)


def open_review_bytes(data: bytes, passphrase: str, what: str) -> OpenedReview:
    return parse_review(unseal(data, passphrase, REVIEW_MAGIC, what), what)


def notes_json(review_id: str, notes: list[NoteDoc]) -> str:
    return json.dumps(
        {
            "format": NOTES_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "review_id": review_id,
            "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "notes": [
                {
                    "uuid": n.uuid,
                    "on": n.on,
                    "target": n.target_uuid,
                    "text": n.text,
                    "at": n.at.isoformat(),
                }
                for n in notes
            ],
        },
        ensure_ascii=False,
    )


def read_notes(path: Path, passphrase: str) -> tuple[str, list[NoteDoc]]:
    """The review id the notes answer, and the notes."""
    path = Path(path)
    return parse_notes(read_sealed(path, passphrase, NOTES_MAGIC), path.name)


def parse_notes(plain: bytes, what: str) -> tuple[str, list[NoteDoc]]:
    doc = _loads(plain, NOTES_FORMAT, what)
    try:
        notes = [
            NoteDoc(
                uuid=str(n["uuid"]),
                on=n["on"],
                target_uuid=str(n["target"] or ""),
                text=str(n["text"]),
                at=dt.datetime.fromisoformat(n["at"]),
            )
            for n in doc["notes"]
        ]
        if any(n.on not in TARGETS for n in notes):
            raise ValueError
        return str(doc["review_id"]), notes
    except (KeyError, TypeError, ValueError):
        raise _damaged(what) from None


def check_suffix(path: Path, suffix: str) -> None:
    if Path(path).suffix.lower() != suffix:
        raise ValidationError(BAD_REVIEW_SUFFIX, suffix=suffix, name=Path(path).name)
