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
from typing import Any

from sqlalchemy import Engine, func, insert
from sqlmodel import Session, col, select

from .. import other_names
from ..agreements import to_columns
from ..catalogue import GROUPS, Catalogue
from ..clients import PALETTE, ClientService, agreement_of, clean_colour, clean_name, flag, name_key
from ..db import translate_errors
from ..errors import NotFoundError, ValidationError
from ..kinds import check_direction
from ..messages import (
    ANSWER_UNKNOWN_QUESTION,
    AT_CLIENT_NAMED,
    AT_FILE,
    AT_INCIDENT,
    AT_KIND_NAMED,
    AT_OTHER_NAME_NAMED,
    AT_QUESTION_NAMED,
    IMPORT_PROBLEM_AT,
    IMPORT_UNKNOWN_GROUP,
    IMPORT_UNKNOWN_KIND,
    IMPORT_UNKNOWN_KIND_AT,
    NO_ENTRY_TAGGED,
    Said,
)
from ..models import (
    Answer,
    Client,
    ClientOtherName,
    Entry,
    EntryClient,
    EntryTag,
    Incident,
    IncidentKind,
    OtherNameKind,
    Question,
    new_uuid,
    utcnow,
)
from ..tags import TagService, clean_tag
from . import read_file
from .batch import ImportBatch, ImportedEntry, ImportFormatError

CHUNK = 500
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


def tag_name(tag: str) -> str:
    return tag.strip().lstrip("@#").strip()


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
            writer = _Writer(s, batch, tag_map, self._tags, self._book_questions)
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
        known_uuids = _existing(s, Entry, uuids)
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


def _existing(s: Session, table: Any, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), CHUNK):
        chunk = uuids[start : start + CHUNK]
        found |= set(s.exec(select(table.uuid).where(col(table.uuid).in_(chunk))).all())
    return found


# The triggers that index an entry when it, a link to a client or tag, an answer or an
# incident is inserted (see migration 0007); an import indexes its new entries in one
# statement instead.
INDEXING_TRIGGERS = (
    "entry_fts_ai",
    "entry_tag_fts_bi",
    "entry_tag_fts_ai",
    "entry_client_fts_bi",
    "entry_client_fts_ai",
    "answer_fts_bi",
    "answer_fts_ai",
    "incident_fts_bi",
    "incident_fts_ai",
)
# The search index's columns (migration 0007): each text and the dictionary forms of its words.
_TEXTS = ("title", "body", "answers", "notes", "tags", "clients")
INDEX_COLUMNS = ", ".join(_TEXTS + tuple(f"f_{c}" for c in _TEXTS))


class _Writer:
    """Adds a batch's entries inside one session, with caches for clients, tags and kinds."""

    def __init__(
        self,
        s: Session,
        batch: ImportBatch,
        tag_map: dict[str, str],
        tags: TagService,
        book_questions: frozenset[str],
    ) -> None:
        self.s, self.batch, self.tag_map = s, batch, tag_map
        self._tag_service, self._book_questions = tags, book_questions
        self.where: Said | str = AT_FILE()
        self.added = 0
        self._clients: dict[str, Client] = {}
        self._created: set[str] = set()  # name keys of the clients this import made
        self._tags: dict[str, int] = {}
        self._kinds: dict[str, IncidentKind] = {}
        self._questions: dict[str, str] = {}  # id in the file → id here
        self._question_ids: set[str] = set()

    @property
    def clients_created(self) -> int:
        return len(self._created)

    def prepare(self) -> None:
        s = self.s
        self._deferred = False
        self._next_id = (s.exec(select(func.max(Entry.id))).one() or 0) + 1
        self._first_id = self._next_id
        self._paused_triggers: list[str] = []
        self._rows: dict[str, list[dict[str, Any]]] = {
            name: [] for name in ("entry", "entry_client", "entry_tag", "incident", "answer")
        }
        wanted = [e.uuid for e in self.batch.entries if e.uuid]
        wanted_incidents = [i.uuid for e in self.batch.entries for i in e.incidents if i.uuid]
        self._taken_uuids = _existing(s, Entry, wanted)
        self._taken_incident_uuids = _existing(s, Incident, wanted_incidents)
        self._clients = {c.name_key: c for c in s.exec(select(Client)).all()}
        self._kinds = {k.key: k for k in s.exec(select(IncidentKind)).all()}
        self._question_ids = set(s.exec(select(Question.id)).all())
        for info in self.batch.clients:
            self.where = AT_CLIENT_NAMED(name=info.name)
            client = self._client(info.name, info.uuid)
            if client.name_key in self._created:  # the journal's own details win
                client.organisation = info.organisation.strip()
                client.colour = clean_colour(info.colour) or client.colour
                client.notes = info.notes
                client.archived = info.archived
                columns = to_columns(info.agreement)
                client.agreed_days, client.agreed_from, client.agreed_to = columns[:3]
                client.agreed_channels = columns[3]
                s.add(client)
        self._add_other_names()
        position = s.exec(select(func.max(IncidentKind.position))).one() or 0
        for kind_info in self.batch.kinds:
            self.where = AT_KIND_NAMED(key=kind_info.key)
            if kind_info.key not in self._kinds:
                position += 1
                kind = IncidentKind(
                    key=kind_info.key,
                    name=clean_name(kind_info.name or kind_info.key, "kind"),
                    direction=check_direction(kind_info.direction),
                    archived=kind_info.archived,
                    position=position,
                )
                s.add(kind)
                self._kinds[kind_info.key] = kind
        own = {
            (q.group, q.text): q.id for q in s.exec(select(Question).where(col(Question.custom)))
        }
        for qid, group, text in self.batch.questions:
            self.where = AT_QUESTION_NAMED(question=qid)
            if group not in GROUPS:
                raise ValidationError(IMPORT_UNKNOWN_GROUP, group=group)
            words = " ".join(text.split())
            self._questions[qid] = own.get((group, words)) or self._new_question(group, words)
        s.flush()

    def _add_other_names(self) -> None:
        """The other names of the clients this import made; a name the journal already
        uses (a client's, or another's other name) stays where it is."""
        taken = set(self._clients) | {
            r.name_key for r in self.s.exec(select(ClientOtherName)).all()
        }
        for info in self.batch.clients:
            client = self._clients[name_key(clean_name(info.name))]
            if client.name_key not in self._created:
                continue
            for name, person in info.other_names:
                self.where = AT_OTHER_NAME_NAMED(name=info.name, other=name)
                name = other_names.clean(name)
                if other_names.name_key(name) in taken:
                    continue
                taken.add(other_names.name_key(name))
                kind = OtherNameKind.PERSON if person else OtherNameKind.OTHER
                assert client.id is not None
                self.s.add(
                    ClientOtherName(
                        client_id=client.id,
                        name=name,
                        name_key=other_names.name_key(name),
                        kind=kind.value,
                    )
                )
        self.s.flush()

    def _new_question(self, group: str, text: str) -> str:
        n = 1
        while f"own-{n}" in self._question_ids:
            n += 1
        qid = f"own-{n}"
        self._question_ids.add(qid)
        self.s.add(Question(id=qid, group=group, text=text, custom=True))
        return qid

    def _client(self, name: str, uuid: str | None = None) -> Client:
        name = clean_name(name)
        key = name_key(name)
        client = self._clients.get(key)
        other = other_names.find(self.s, name) if client is None else None
        if other is not None:  # the journal knows this name as another name of a client
            client = self.s.get(Client, other.client_id)
            assert client is not None
            self._clients[key] = client
        if client is None:
            client = Client(
                name=name, name_key=key, colour=PALETTE[len(self._clients) % len(PALETTE)]
            )
            if uuid and not self.s.exec(select(Client.id).where(Client.uuid == uuid)).first():
                client.uuid = uuid
            self.s.add(client)
            self.s.flush()
            self._clients[key] = client
            self._created.add(key)
        return client

    def _tag(self, name: str) -> int:
        key = name_key(clean_tag(name))
        if key not in self._tags:
            (self._tags[key],) = self._tag_service.ensure(self.s, [name])
        return self._tags[key]

    def add(self, e: ImportedEntry) -> None:
        """Queue the entry's rows; they are written in chunks by `write_queued`."""
        self.where = e.where
        entry_id = self._next_id
        self._next_id += 1
        created = e.created_at or utcnow()
        uuid = e.uuid if e.uuid and e.uuid not in self._taken_uuids else new_uuid()
        self._taken_uuids.add(uuid)
        self._rows["entry"].append(
            {
                "id": entry_id,
                "uuid": uuid,
                "entry_date": e.date,
                "entry_time": e.time.replace(second=0, microsecond=0),
                "title": e.title.strip(),
                "body": e.body,
                "private": e.private,
                "rating_respect_client": e.ratings.respect_client,
                "rating_self_respect": e.ratings.self_respect,
                "rating_partnership": e.ratings.partnership,
                "created_at": created,
                "updated_at": e.updated_at or created,
                "deleted_at": None,
            }
        )
        names = list(e.clients) + [self.tag_map[t] for t in e.tags if t in self.tag_map]
        client_ids = list(dict.fromkeys(self._client(n).id or 0 for n in names))
        tag_ids = list(
            dict.fromkeys(
                self._tag(tag_name(t)) for t in e.tags if t not in self.tag_map and tag_name(t)
            )
        )
        for n, incident in enumerate(e.incidents, 1):
            self.where = AT_INCIDENT(where=e.where, n=n)
            kind = self._kinds.get(incident.kind)
            if kind is None:
                raise ValidationError(IMPORT_UNKNOWN_KIND, kind=incident.kind)
            client = self._client(incident.client)
            assert client.id is not None and kind.id is not None
            if client.id not in client_ids:
                client_ids.append(client.id)
            row = Incident(
                entry_id=entry_id,
                client_id=client.id,
                kind_id=kind.id,
                direction=check_direction(incident.direction or kind.direction),
                occurred_at=incident.occurred_at.replace(second=0, microsecond=0, tzinfo=None),
                channel=incident.channel,
                severity=incident.severity,
                response=incident.response,
                note=incident.note.strip(),
            )
            if incident.uuid and incident.uuid not in self._taken_incident_uuids:
                row.uuid = incident.uuid
            self._taken_incident_uuids.add(row.uuid)
            flag(row, agreement_of(client))
            self._rows["incident"].append(row.model_dump(exclude={"id"}))
        self.where = e.where
        self._rows["entry_client"] += [{"entry_id": entry_id, "client_id": c} for c in client_ids]
        self._rows["entry_tag"] += [{"entry_id": entry_id, "tag_id": t} for t in tag_ids]
        for qid, question, text in e.answers:
            if text.strip():
                self._rows["answer"].append(
                    {
                        "entry_id": entry_id,
                        "question_id": self._question(qid, question),
                        "text": text,
                        "updated_at": utcnow(),
                    }
                )
        self.added += 1
        if len(self._rows["entry"]) >= CHUNK:
            self.write_queued()

    def write_queued(self) -> None:
        """Write the queued rows, with the search index's insert triggers set aside (see
        `_pause_indexing`) and foreign keys checked at commit."""
        conn = self.s.connection()
        if not self._deferred:
            # The pragma lasts until the transaction ends, so the transaction must have begun
            # (Python's sqlite3 begins one at the first write): a write that changes nothing.
            conn.exec_driver_sql("UPDATE entry SET id = id WHERE 0")
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            self._pause_indexing()
            self._deferred = True
        tables: tuple[Any, ...] = (EntryClient, EntryTag, Entry, Incident, Answer)
        for table in tables:
            rows = self._rows[table.__tablename__]
            if rows:
                conn.execute(insert(table.__table__), rows)
                rows.clear()

    def _pause_indexing(self) -> None:
        """Drop the triggers that index an entry as it and its links go in, inside the
        import's transaction: `index_new_entries` indexes the new entries in one statement
        (a quarter faster than one at a time) and puts the triggers back. Should the import
        fail, rolling back restores them with everything else."""
        conn = self.s.connection()
        names = ", ".join(f"'{name}'" for name in INDEXING_TRIGGERS)
        self._paused_triggers = list(
            conn.exec_driver_sql(
                f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
            ).scalars()
        )
        for name in INDEXING_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")

    def index_new_entries(self) -> None:
        conn = self.s.connection()
        if not self._deferred:
            return
        conn.exec_driver_sql(
            f"INSERT INTO entry_fts(rowid, {INDEX_COLUMNS}) "
            f"SELECT id, {INDEX_COLUMNS} FROM entry_search WHERE id >= ?",
            (self._first_id,),
        )
        for sql in self._paused_triggers:
            conn.exec_driver_sql(sql)
        self._paused_triggers = []

    def _question(self, qid: str, question: str) -> str:
        """The book's questions are known by id; another question the file names becomes
        the person's own, with the text the file gives."""
        if qid in self._questions:
            return self._questions[qid]
        if qid in self._book_questions:
            return qid
        if not question.strip():
            raise ValidationError(ANSWER_UNKNOWN_QUESTION, question=qid)
        self._questions[qid] = self._new_question("partnership", " ".join(question.split()))
        return self._questions[qid]
