"""Our own JSON export (core.exporters.json_export), read back exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..agreement_history import Version
from ..agreements import agreement_from_dict
from ..catalogue import GROUPS
from ..errors import ValidationError
from ..messages import (
    AT_AGREEMENT_VERSION,
    AT_ANSWER,
    AT_CLIENT,
    AT_ENTRY,
    AT_FILE,
    AT_INCIDENT,
    AT_KIND,
    AT_OTHER_NAME,
    AT_QUESTION,
    AT_RATINGS,
    EXPORT_TOO_NEW,
    FIELD_BAD_GROUP,
    FIELD_BAD_NAME_KIND,
    FIELD_NOT_CHOICE,
)
from ..models import Channel, Direction, Response
from ..records import Ratings
from ..zones import check_zone
from .batch import (
    Fields,
    ImportBatch,
    ImportedClient,
    ImportedEntry,
    ImportedIncident,
    ImportedKind,
    ImportFormatError,
)

FORMAT_NAME = "boundary-journal"
SCHEMA_VERSION = 1


def looks_native(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def read_native(data: Any, source: Path) -> ImportBatch:
    name = source.name
    top = Fields(data, name, AT_FILE())
    version = top.number("schema_version", 1, 10**6, required=True)
    if version is not None and version > SCHEMA_VERSION:
        raise ImportFormatError(EXPORT_TOO_NEW, name=name, version=version)
    masked = top.flag("pseudonymised")
    clients = []
    for n, raw in enumerate(top.objects("clients"), 1):
        f = Fields(raw, name, AT_CLIENT(n=n))
        try:
            agreement = agreement_from_dict(_zoned(f.data.get("agreement"), masked))
        except ValidationError as error:
            raise f.error(error) from None
        others = []
        for m, item in enumerate(f.objects("other_names"), 1):
            o = Fields(item, name, AT_OTHER_NAME(n=n, m=m))
            kind = o.text("kind", "other")
            if kind not in ("other", "person"):
                raise o.error(FIELD_BAD_NAME_KIND, kind=kind)
            others.append((o.text("name", required=True), kind == "person"))
        history = tuple(
            _version(Fields(_zoned(item, masked), name, AT_AGREEMENT_VERSION(n=n, m=m)))
            for m, item in enumerate(f.objects("agreement_history"), 1)
        )
        clients.append(
            ImportedClient(
                name=f.text("name", required=True),
                organisation=f.text("organisation"),
                colour=f.text("colour"),
                notes=f.text("notes"),
                archived=f.flag("archived"),
                agreement=agreement,
                uuid=f.text("uuid") or None,
                other_names=tuple(others),
                history=history,
            )
        )
    kinds = []
    for n, raw in enumerate(top.objects("kinds"), 1):
        f = Fields(raw, name, AT_KIND(n=n))
        kinds.append(
            ImportedKind(
                key=f.text("key", required=True),
                name=f.text("name"),
                direction=_choice(f, "direction", Direction),
                archived=f.flag("archived"),
            )
        )
    questions = []
    for n, raw in enumerate(top.objects("questions"), 1):
        f = Fields(raw, name, AT_QUESTION(n=n))
        group = f.text("group", required=True)
        if group not in GROUPS:
            raise f.error(FIELD_BAD_GROUP, groups=", ".join(GROUPS))
        questions.append((f.text("id", required=True), group, f.text("text", required=True)))
    entries = tuple(
        _entry(Fields(raw, name, AT_ENTRY(n=n)), masked)
        for n, raw in enumerate(top.objects("entries", required=True), 1)
    )
    return ImportBatch(
        source=source,
        format="json",
        entries=entries,
        clients=tuple(clients),
        kinds=tuple(kinds),
        questions=tuple(questions),
    )


def _version(f: Fields) -> Version:
    """One version of "agreement_history": the agreement's fields, and the day it was in
    force from (null: from the start)."""
    since = f.date("since") if f.data.get("since") is not None else None
    try:
        return Version(since, agreement_from_dict(f.data))
    except ValidationError as error:
        raise f.error(error) from None


def _zoned(data: Any, masked: bool) -> Any:
    """A pseudonymised file's zone names went through the masker ("Europe/Client A" for a
    client called Moscow): one that is no zone any more is read as none, the computer's (a
    coach still opens the review). Elsewhere an unknown zone is an error."""
    if not masked or not isinstance(data, dict) or not isinstance(data.get("tz"), str):
        return data
    try:
        check_zone(data["tz"])
    except ValidationError:
        return {**data, "tz": None}
    return data


def _zone(f: Fields) -> str:
    try:
        return check_zone(f.text("tz"))
    except ValidationError as error:
        raise f.error(error) from None


def _choice(f: Fields, key: str, choices: type[Any], default: str | None = None) -> str:
    value = f.text(key, default or "", required=default is None)
    known = [c.value for c in choices]
    if value not in known:
        raise f.error(FIELD_NOT_CHOICE, key=key, known=", ".join(known), value=value)
    return value


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """A timestamp without a zone (a hand-edited file, another tool's) is read as UTC, as
    this app writes them."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment


def _entry(f: Fields, masked: bool) -> ImportedEntry:
    ratings = Fields(f.data.get("ratings") or {}, f.source, AT_RATINGS(where=f.where))
    answers = []
    for n, raw in enumerate(f.objects("answers"), 1):
        a = Fields(raw, f.source, AT_ANSWER(where=f.where, n=n))
        answers.append(
            (
                a.text("question_id", required=True),
                a.text("question"),
                a.text("text", required=True),
            )
        )
    incidents = []
    for n, raw in enumerate(f.objects("incidents"), 1):
        i = Fields(_zoned(raw, masked), f.source, AT_INCIDENT(where=f.where, n=n))
        at = i.text("at", required=True)
        moment = Fields({"at": at.replace(" ", "T")}, f.source, i.where).moment("at", True)
        assert moment is not None
        incidents.append(
            ImportedIncident(
                uuid=i.text("uuid") or None,
                client=i.text("client", required=True),
                kind=i.text("kind", required=True),
                kind_name=i.text("kind_name"),
                direction=_choice(i, "direction", Direction),
                occurred_at=moment.replace(tzinfo=None),
                channel=_choice(i, "channel", Channel, Channel.OTHER.value),
                severity=i.number("severity", 1, 5) or 3,
                response=_choice(i, "response", Response, Response.OPEN.value),
                note=i.text("note"),
                tz=_zone(i),
            )
        )
    return ImportedEntry(
        where=f.where,
        uuid=f.text("uuid") or None,
        date=f.date("date"),
        time=f.time("time"),
        title=f.text("title"),
        body=f.text("body"),
        clients=f.texts("clients"),
        tags=f.texts("tags"),
        private=f.flag("private"),
        created_at=_utc(f.moment("created_at")),
        updated_at=_utc(f.moment("updated_at")),
        ratings=Ratings(
            ratings.number("respect_client", 1, 5),
            ratings.number("self_respect", 1, 5),
            ratings.number("partnership", 1, 5),
        ),
        answers=tuple(answers),
        incidents=tuple(incidents),
    )
