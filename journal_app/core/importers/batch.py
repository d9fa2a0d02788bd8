"""What an importer reads from a file, before anything is written: plain records, and a
checked accessor that names the file, the entry and the field whenever something is wrong."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..agreement_history import Version
from ..agreements import Agreement
from ..errors import JournalError, ValidationError
from ..messages import (
    FIELD_EMPTY_MOMENT,
    FIELD_MISSING,
    FIELD_NOT_DATE,
    FIELD_NOT_FLAG,
    FIELD_NOT_LIST,
    FIELD_NOT_MOMENT,
    FIELD_NOT_NUMBER,
    FIELD_NOT_OBJECT,
    FIELD_NOT_TEXT,
    FIELD_NOT_TEXTS,
    FIELD_NOT_TIME,
    FIELD_PROBLEM,
    FIELD_PROBLEM_SENTENCE,
    JSON_FLAG,
    JSON_LIST,
    JSON_NULL,
    JSON_NUMBER,
    JSON_OBJECT,
    JSON_TEXT,
    Message,
    Said,
)
from ..records import Ratings


class ImportFormatError(ValidationError):
    """The file cannot be imported as it is; the message says where and why."""


@dataclass(frozen=True)
class ImportedIncident:
    client: str
    kind: str  # key
    direction: str | None  # None: the kind's own
    occurred_at: dt.datetime
    channel: str
    severity: int
    response: str
    note: str
    uuid: str | None = None
    kind_name: str = ""
    tz: str = ""  # the zone occurred_at was logged in; "" = the agreement's own


@dataclass(frozen=True)
class ImportedEntry:
    where: Said | str  # entry 3, line 12 (AT_ENTRY, AT_LINE…), or a file name: for messages
    date: dt.date
    time: dt.time
    title: str
    body: str
    tags: tuple[str, ...] = ()  # as written in the file: "@Acme", "work"
    clients: tuple[str, ...] = ()
    private: bool = False
    uuid: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    ratings: Ratings = field(default_factory=Ratings)
    answers: tuple[tuple[str, str, str], ...] = ()  # (question id, question, answer)
    incidents: tuple[ImportedIncident, ...] = ()


@dataclass(frozen=True)
class ImportedClient:
    name: str
    organisation: str = ""
    colour: str = ""
    notes: str = ""
    archived: bool = False
    agreement: Agreement = field(default_factory=Agreement)
    uuid: str | None = None
    other_names: tuple[tuple[str, bool], ...] = ()  # (name, a person's)
    history: tuple[Version, ...] = ()  # the agreement's versions; none: `agreement` alone


@dataclass(frozen=True)
class ImportedKind:
    key: str
    name: str
    direction: str
    archived: bool = False


@dataclass(frozen=True)
class ImportBatch:
    source: Path
    format: str  # "json", "jrnl", "dayone"
    entries: tuple[ImportedEntry, ...]
    clients: tuple[ImportedClient, ...] = ()
    kinds: tuple[ImportedKind, ...] = ()
    questions: tuple[tuple[str, str, str], ...] = ()  # the person's own: (id, group, text)
    notes: tuple[Said, ...] = ()  # what was not imported (photos…): said, not errors

    def tag_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.entries:
            for tag in dict.fromkeys(entry.tags):
                counts[tag] = counts.get(tag, 0) + 1
        return counts


class Fields:
    """Typed, checked access to one JSON object; errors name the file and the place."""

    def __init__(self, data: object, source: str, where: Said | str) -> None:
        self.source, self.where = source, where
        if not isinstance(data, dict):
            raise self.error(FIELD_NOT_OBJECT, found=_kind(data))
        self.data: dict[str, Any] = data

    def error(self, problem: Message | JournalError, **params: Any) -> ImportFormatError:
        """ "file: place: problem." — `problem` a message with its `params`, or an error."""
        said = problem(**params) if isinstance(problem, Message) else problem
        message = FIELD_PROBLEM_SENTENCE if str(said).endswith(".") else FIELD_PROBLEM
        return ImportFormatError(message, source=self.source, where=self.where, problem=said)

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.error(FIELD_MISSING, key=key)
            return None
        return self.data[key]

    def text(self, key: str, default: str = "", required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.error(FIELD_NOT_TEXT, key=key, found=_kind(value))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(FIELD_NOT_FLAG, key=key, found=_kind(value))
        return value

    def number(self, key: str, low: int, high: int, required: bool = False) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(FIELD_NOT_NUMBER, key=key, low=low, high=high)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(FIELD_NOT_TEXTS, key=key)
        return tuple(value)

    def objects(self, key: str, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(FIELD_NOT_LIST, key=key, found=_kind(value))
        return value

    def date(self, key: str) -> dt.date:
        value = self.text(key, required=True)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.error(FIELD_NOT_DATE, key=key, value=value) from None

    def time(self, key: str, default: dt.time | None = None) -> dt.time:
        value = self.text(key, required=default is None)
        if not value and default is not None:
            return default
        try:
            return dt.time.fromisoformat(value).replace(second=0, microsecond=0, tzinfo=None)
        except ValueError:
            raise self.error(FIELD_NOT_TIME, key=key, value=value) from None

    def moment(self, key: str, required: bool = False) -> dt.datetime | None:
        value = self.text(key, required=required)
        if not value.strip():
            if required:  # present, but empty
                raise self.error(FIELD_EMPTY_MOMENT, key=key)
            return None
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise self.error(FIELD_NOT_MOMENT, key=key, value=value) from None
        return parsed


def _kind(value: object) -> Said | str:
    said = {
        dict: JSON_OBJECT,
        list: JSON_LIST,
        str: JSON_TEXT,
        bool: JSON_FLAG,
        int: JSON_NUMBER,
        float: JSON_NUMBER,
        type(None): JSON_NULL,
    }.get(type(value))
    return said() if said is not None else type(value).__name__
