"""Writing an import's entries: clients, tags, kinds and questions made as they are met, rows
queued and inserted in bulk, and the search index filled in one statement at the end."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from .. import agreement_history, daysoff, other_names
from ..agreement_history import Terms
from ..agreements import to_columns
from ..catalogue import GROUPS
from ..clients import PALETTE, clean_colour, clean_name, flag, name_key
from ..errors import ValidationError
from ..kinds import check_direction
from ..messages import (
    ANSWER_UNKNOWN_QUESTION,
    AT_CLIENT_NAMED,
    AT_FILE,
    AT_INCIDENT,
    AT_KIND_NAMED,
    AT_OTHER_NAME_NAMED,
    AT_QUESTION_NAMED,
    IMPORT_UNKNOWN_GROUP,
    IMPORT_UNKNOWN_KIND,
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
from .batch import ImportBatch, ImportedEntry

CHUNK = 500


def tag_name(tag: str) -> str:
    return tag.strip().lstrip("@#").strip()


def existing_uuids(s: Session, table: Any, uuids: list[str]) -> set[str]:
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


class Writer:
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
        self._terms: dict[int, Terms] = {}  # client id → what its incidents are judged by

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
        self._taken_uuids = existing_uuids(s, Entry, wanted)
        self._taken_incident_uuids = existing_uuids(s, Incident, wanted_incidents)
        self._clients = {c.name_key: c for c in s.exec(select(Client)).all()}
        self._kinds = {k.key: k for k in s.exec(select(IncidentKind)).all()}
        self._question_ids = set(s.exec(select(Question.id)).all())
        self._day_off, self._workday = daysoff.checker(s), daysoff.workdays(s)
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
                client.agreed_tz = info.agreement.tz
                if info.history:
                    agreement_history.put_versions(s, client, info.history)
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

    def _terms_of(self, client: Client) -> Terms:
        """The client's agreement versions (the file's, for a client it made) and the
        journal's days off, read once per client."""
        assert client.id is not None
        if client.id not in self._terms:
            versions = agreement_history.versions(self.s, client)
            self._terms[client.id] = Terms(versions, self._day_off, self._workday)
        return self._terms[client.id]

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
                tz=incident.tz,
            )
            if incident.uuid and incident.uuid not in self._taken_incident_uuids:
                row.uuid = incident.uuid
            self._taken_incident_uuids.add(row.uuid)
            flag(row, self._terms_of(client))
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
