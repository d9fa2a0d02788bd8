"""Previewing and applying an import: all or nothing, in one transaction.

Entries already in the journal are skipped: one with a uuid only when the journal (or the
file before it) has that uuid, one without only when it has an entry of the same date,
time, title and body. Importing the same file twice adds nothing the second time, and two
distinct entries are never taken for one. Tags can be turned into
clients (jrnl's @Acme → the client Acme). A verified backup is made first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from ..catalogue import Catalogue
from ..clients import ClientService, name_key
from ..db import translate_errors
from ..errors import NotFoundError, ValidationError
from ..messages import IMPORT_PROBLEM_AT, IMPORT_UNKNOWN_KIND_AT, NO_ENTRY_TAGGED
from ..models import Entry, IncidentKind
from ..tags import TagService
from . import read_file
from .batch import ImportBatch, ImportedEntry, ImportFormatError
from .writer import CHUNK, Writer, existing_uuids, tag_name

IMPORT_CACHE_KIB = -256 * 1024  # negative: KiB, as SQLite counts it


@dataclass(frozen=True)
class TagChoice:
    tag: str  # as written in the file
    entries: int
    client: str | None  # the client it looks like (suggested mapping), or None


@dataclass(frozen=True)
class Skipped:
    """An entry of the file that will not be imported, and why."""

    entry: ImportedEntry
    in_file: bool  # True: the file has it twice; False: the journal has it already


@dataclass(frozen=True)
class ImportPreview:
    batch: ImportBatch
    new: int
    duplicates: int
    first_date: dt.date | None
    last_date: dt.date | None
    tags: tuple[TagChoice, ...]
    skipped: tuple[Skipped, ...] = ()

    @property
    def total(self) -> int:
        return len(self.batch.entries)


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    clients_created: int
    backup: Path | None


def entry_key(
    date: dt.date, time: dt.time, title: str, body: str
) -> tuple[dt.date, dt.time, str, str]:
    """What makes an entry without a uuid the same as another: all of it, as stored."""
    return date, time.replace(second=0, microsecond=0), title.strip(), body


class ImportService:
    def __init__(
        self,
        engine: Engine,
        clients: ClientService,
        tags: TagService,
        catalogue: Catalogue,
        backup: Callable[[str], Path | None],
    ) -> None:
        self._engine = engine
        self._clients = clients
        self._tags = tags
        self._book_questions = frozenset(q.id for q in catalogue.questions)
        self._backup = backup

    def read(self, path: Path, fmt: str = "auto") -> ImportBatch:
        return read_file(path, fmt)

    def preview(self, batch: ImportBatch) -> ImportPreview:
        with translate_errors(), Session(self._engine) as s:
            skip = self._duplicates(s, batch)
        duplicates = len(skip)
        known = {name_key(c.name): c.name for c in self._clients.all()}
        known |= {name_key(c.name): c.name for c in batch.clients}
        choices = []
        for tag, count in sorted(batch.tag_counts().items(), key=lambda p: p[0].casefold()):
            bare = tag_name(tag)
            # jrnl writes "Vega Telecom" as @vega_telecom: "_" stands for a space.
            client = known.get(name_key(bare)) or known.get(name_key(bare.replace("_", " ")))
            if client is None and tag.startswith("@") and bare:
                client = bare  # jrnl's convention: @ marks people
            choices.append(TagChoice(tag=tag, entries=count, client=client))
        dates = [e.date for e in batch.entries]
        return ImportPreview(
            batch=batch,
            new=len(batch.entries) - duplicates,
            duplicates=duplicates,
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
            tags=tuple(choices),
            skipped=tuple(
                Skipped(batch.entries[i], in_file) for i, in_file in sorted(skip.items())
            ),
        )

    def apply(self, batch: ImportBatch, tag_map: Mapping[str, str] | None = None) -> ImportResult:
        """Write the batch: every new entry, or — if anything is wrong — nothing at all.
        `tag_map` turns tags (as written in the file) into clients."""
        tag_map = dict(tag_map or {})
        known_tags = batch.tag_counts()
        for tag in tag_map:
            if tag not in known_tags:
                raise ValidationError(NO_ENTRY_TAGGED, source=batch.source.name, tag=tag)
        with translate_errors(), Session(self._engine) as s:
            skip = self._duplicates(s, batch)
            _check_kinds(s, batch)  # before the backup: a file that cannot go in leaves none
        if len(skip) == len(batch.entries):
            return ImportResult(0, len(skip), 0, None)
        backup = self._backup("import")
        with translate_errors(), Session(self._engine) as s:
            # A larger page cache for the search index's merges while the batch goes in.
            s.connection().exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
            writer = Writer(s, batch, tag_map, self._tags, self._book_questions)
            try:
                writer.prepare()
                for index, entry in enumerate(batch.entries):
                    if index not in skip:
                        writer.add(entry)
                writer.write_queued()
                writer.index_new_entries()
            except NotFoundError as error:
                raise ImportFormatError(
                    IMPORT_PROBLEM_AT, source=batch.source.name, where=writer.where, error=error
                ) from None
            except ImportFormatError:
                raise
            except ValidationError as error:
                raise ImportFormatError(
                    IMPORT_PROBLEM_AT, source=batch.source.name, where=writer.where, error=error
                ) from None
            s.commit()
            s.connection().exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default
            return ImportResult(writer.added, len(skip), writer.clients_created, backup)

    def _duplicates(self, s: Session, batch: ImportBatch) -> dict[int, bool]:
        """The batch's entries to skip, by index: True for one the file has twice, False
        for one the journal has."""
        uuids: list[str] = [e.uuid for e in batch.entries if e.uuid]
        known_uuids = existing_uuids(s, Entry, uuids)
        dates = sorted({e.date for e in batch.entries if not e.uuid})
        known: set[tuple[dt.date, dt.time, str, str]] = set()
        for start in range(0, len(dates), CHUNK):
            days = dates[start : start + CHUNK]
            rows = s.exec(
                select(
                    col(Entry.entry_date), col(Entry.entry_time), col(Entry.title), col(Entry.body)
                ).where(col(Entry.entry_date).in_(days))
            ).all()
            known |= {entry_key(d, t, title, body) for d, t, title, body in rows}
        skip: dict[int, bool] = {}
        seen_uuids: set[str] = set()
        seen: set[tuple[dt.date, dt.time, str, str]] = set()
        for index, e in enumerate(batch.entries):
            if e.uuid:
                if e.uuid in known_uuids or e.uuid in seen_uuids:
                    skip[index] = e.uuid not in known_uuids
                seen_uuids.add(e.uuid)
                continue
            key = entry_key(e.date, e.time, e.title, e.body)
            if key in known or key in seen:
                skip[index] = key not in known
            seen.add(key)
        return skip


def _check_kinds(s: Session, batch: ImportBatch) -> None:
    known = set(s.exec(select(IncidentKind.key)).all()) | {k.key for k in batch.kinds}
    for e in batch.entries:
        for n, incident in enumerate(e.incidents, 1):
            if incident.kind not in known:
                raise ImportFormatError(
                    IMPORT_UNKNOWN_KIND_AT,
                    source=batch.source.name,
                    where=e.where,
                    n=n,
                    kind=incident.kind,
                )
