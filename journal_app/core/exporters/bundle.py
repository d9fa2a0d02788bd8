"""What leaves the computer: the scope a person chose, gathered into plain records.

Private entries and entries in the trash never leave, whatever the scope. With
`pseudonymise`, client names become stable aliases in metadata and in every text, and
e-mail addresses and phone numbers are masked; organisations and notes stay behind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from ..agreement_history import Terms
from ..catalogue import Catalogue, language
from ..clients import agreement_of
from ..db import translate_errors
from ..entries import EntryService
from ..errors import ValidationError
from ..kinds import KindService
from ..messages import EXPORT_RANGE_BACKWARDS
from ..models import (
    Answer,
    Client,
    Entry,
    EntryClient,
    EntryTag,
    Incident,
    IncidentKind,
    Question,
    Tag,
)
from ..other_names import by_client as names_of
from ..pseudonyms import Plain, Pseudonymiser, alias
from ..records import EntryFilter, Ratings
from ..search import SearchService
from .aliases import alias_numbers, export_keys
from .chosen import describe
from .exported import (
    ExportBundle,
    ExportedAnswer,
    ExportedClient,
    ExportedEntry,
    ExportedIncident,
    ExportedKind,
    ExportedQuestion,
    ExportPreview,
    ExportScope,
)
from .history import exported_history, histories, masked
from .names import pseudonym_map

CHUNK = 500  # ids per IN (…): well under SQLite's variable limit

# The records live in .exported; they are imported from here as they always were.
__all__ = [
    "BundleCollector",
    "ExportBundle",
    "ExportPreview",
    "ExportScope",
    "ExportedAnswer",
    "ExportedClient",
    "ExportedEntry",
    "ExportedIncident",
    "ExportedKind",
    "ExportedQuestion",
]


class BundleCollector:
    def __init__(
        self, engine: Engine, search: SearchService, kinds: KindService, catalogue: Catalogue
    ) -> None:
        self._engine = engine
        self._search = search
        self._kinds = kinds
        self._catalogue = catalogue

    def preview(self, scope: ExportScope) -> ExportPreview:
        return self._collect(scope)

    def ids_in_view(self, flt: EntryFilter, query: str = "") -> tuple[int, ...]:
        """The entries a list shows for this filter and search: "export what I see"."""
        if query.strip():
            return tuple(h.entry.id for h in self._search.search(query, flt, limit=10**9))
        stmt = select(Entry.id)
        for condition in EntryService.conditions(flt):
            stmt = stmt.where(condition)
        with translate_errors(), Session(self._engine) as s:
            return tuple(i for i in s.exec(stmt).all() if i is not None)

    def collect(self, scope: ExportScope) -> ExportBundle:
        return self._collect(scope).bundle

    # -- choosing the entries ----------------------------------------------------------------
    def _matching_ids(self, s: Session, scope: ExportScope) -> tuple[list[int], int]:
        """Ids of the exportable entries in scope, oldest first, and how many private ones
        the scope also held (left out)."""
        if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
            raise ValidationError(EXPORT_RANGE_BACKWARDS)
        stmt = select(Entry.id, Entry.private).where(col(Entry.deleted_at).is_(None))
        if scope.date_from is not None:
            stmt = stmt.where(col(Entry.entry_date) >= scope.date_from)
        if scope.date_to is not None:
            stmt = stmt.where(col(Entry.entry_date) <= scope.date_to)
        if scope.client_ids:
            stmt = stmt.where(
                col(Entry.id).in_(
                    select(EntryClient.entry_id).where(
                        col(EntryClient.client_id).in_(scope.client_ids)
                    )
                )
            )
        if scope.tag_ids:
            stmt = stmt.where(
                col(Entry.id).in_(
                    select(EntryTag.entry_id).where(col(EntryTag.tag_id).in_(scope.tag_ids))
                )
            )
        if scope.kind_keys:
            stmt = stmt.where(
                col(Entry.id).in_(
                    select(Incident.entry_id)
                    .join(IncidentKind, col(IncidentKind.id) == Incident.kind_id)
                    .where(col(IncidentKind.key).in_(scope.kind_keys))
                )
            )
        stmt = stmt.order_by(col(Entry.entry_date), col(Entry.entry_time), col(Entry.id))
        rows = s.exec(stmt).all()
        wanted: set[int] | None = None
        if scope.entry_ids is not None:
            wanted = set(scope.entry_ids)
        if scope.query.strip():
            found = {h.entry.id for h in self._search.search(scope.query, limit=10**9)}
            wanted = found if wanted is None else wanted & found
        if wanted is not None:
            rows = [r for r in rows if r[0] in wanted]
        ids = [i for i, private in rows if i is not None and not private]
        return ids, sum(1 for _, private in rows if private)

    # -- gathering ---------------------------------------------------------------------------
    def _collect(self, scope: ExportScope) -> ExportPreview:
        lang = language(scope.lang)
        numbers = alias_numbers(self._engine) if scope.pseudonymise else {}
        with translate_errors(), Session(self._engine) as s:
            ids, private = self._matching_ids(s, scope)
            entries = _chunked(
                s, ids, lambda chunk: s.exec(select(Entry).where(col(Entry.id).in_(chunk))).all()
            )
            client_links = _chunked(
                s,
                ids,
                lambda chunk: s.exec(
                    select(EntryClient.entry_id, EntryClient.client_id).where(
                        col(EntryClient.entry_id).in_(chunk)
                    )
                ).all(),
            )
            tag_links = _chunked(
                s,
                ids,
                lambda chunk: s.exec(
                    select(EntryTag.entry_id, Tag.name)
                    .join(Tag, col(Tag.id) == EntryTag.tag_id)
                    .where(col(EntryTag.entry_id).in_(chunk))
                    .order_by(col(Tag.name_key))
                ).all(),
            )
            incidents = _chunked(
                s,
                ids,
                lambda chunk: s.exec(
                    select(Incident, IncidentKind)
                    .join(IncidentKind, col(IncidentKind.id) == Incident.kind_id)
                    .where(col(Incident.entry_id).in_(chunk))
                    .order_by(col(Incident.occurred_at), col(Incident.id))
                ).all(),
            )
            answers = (
                _chunked(
                    s,
                    ids,
                    lambda chunk: s.exec(
                        select(Answer).where(col(Answer.entry_id).in_(chunk))
                    ).all(),
                )
                if scope.include_reflection
                else []
            )
            client_ids = {c for _, c in client_links} | {i.client_id for i, _ in incidents}
            clients: dict[int, Client] = {}
            for c in s.exec(select(Client).where(col(Client.id).in_(client_ids))).all():
                assert c.id is not None
                clients[c.id] = c
            other_names = {cid: tuple(found) for cid, found in names_of(s, list(clients)).items()}
            terms = histories(s, clients.values())
            own_questions = {q.id: q for q in s.exec(select(Question).where(col(Question.custom)))}
            kind_rows = {k.id: k for _, k in incidents}
            chosen = describe(s, scope, lang, numbers, self._kinds)

        shown: dict[int, str] = {
            cid: alias(numbers[cid][2], lang) if scope.pseudonymise else c.name
            for cid, c in clients.items()
        }
        if scope.pseudonymise:
            masker: Pseudonymiser = Pseudonymiser(pseudonym_map(self._engine, numbers, lang), lang)
        else:
            masker = Plain()

        links_by_entry: dict[int, list[int]] = defaultdict(list)
        for entry_id, client_id in client_links:
            links_by_entry[entry_id].append(client_id)
        tags_by_entry: dict[int, list[str]] = defaultdict(list)
        for entry_id, tag in tag_links:
            tags_by_entry[entry_id].append(tag)
        kind_keys = export_keys(kind_rows.values(), scope.pseudonymise)
        incidents_by_entry: dict[int, list[ExportedIncident]] = defaultdict(list)
        judges = {cid: Terms(found) for cid, found in terms.items() if len(found) > 1}
        for incident, kind in incidents:
            version, since = 0, None
            judge = judges.get(incident.client_id)
            if judge is not None:  # the client's agreement changed: which terms judged it
                version = judge.version_at(incident.occurred_at, incident.tz)
                since = judge.versions[version - 1].since if version else None
            incidents_by_entry[incident.entry_id].append(
                ExportedIncident(
                    uuid=incident.uuid,
                    client=shown[incident.client_id],
                    kind=kind_keys[kind.key],
                    kind_name=masker.text(self._kinds.record(kind, lang).name),
                    direction=incident.direction,
                    occurred_at=incident.occurred_at,
                    channel=incident.channel,
                    severity=incident.severity,
                    response=incident.response,
                    note=masker.text(incident.note),
                    outside_hours=incident.outside_hours,
                    outside_channels=incident.outside_channels,
                    version=version,
                    version_since=since,
                    # A zone's name can hold a client's ("Europe/Moscow"): masked as any text.
                    tz=masker.text(incident.tz) if incident.tz else "",
                )
            )
        questions = {q[0]: q for q in self._question_texts(own_questions, lang)}
        answers_by_entry: dict[int, list[ExportedAnswer]] = defaultdict(list)
        used_own: dict[str, ExportedQuestion] = {}
        for answer in sorted(answers, key=lambda a: a.question_id):
            _, group, text = questions.get(answer.question_id, ("", "", answer.question_id))
            if answer.question_id in own_questions:
                used_own[answer.question_id] = ExportedQuestion(
                    answer.question_id, group, masker.text(text)
                )
            answers_by_entry[answer.entry_id].append(
                ExportedAnswer(
                    answer.question_id, group, masker.text(text), masker.text(answer.text)
                )
            )

        by_id = {e.id: e for e in entries}
        exported = []
        for entry_id in ids:
            e = by_id[entry_id]
            names = sorted(shown[c] for c in links_by_entry[entry_id])
            exported.append(
                ExportedEntry(
                    uuid=e.uuid,
                    date=e.entry_date,
                    time=e.entry_time,
                    title=masker.text(e.title),
                    body=masker.text(e.body),
                    clients=tuple(names),
                    tags=tuple(masker.text(t) for t in tags_by_entry[entry_id]),
                    created_at=_aware(e.created_at),
                    updated_at=_aware(e.updated_at),
                    incidents=tuple(incidents_by_entry[entry_id]),
                    answers=tuple(answers_by_entry[entry_id]),
                    ratings=Ratings(
                        e.rating_respect_client, e.rating_self_respect, e.rating_partnership
                    )
                    if scope.include_reflection
                    else Ratings(),
                )
            )
        exported_clients = tuple(
            sorted(
                (
                    ExportedClient(
                        name=shown[cid],
                        uuid="" if scope.pseudonymise else c.uuid,
                        organisation="" if scope.pseudonymise else c.organisation,
                        colour=c.colour,
                        notes="" if scope.pseudonymise else c.notes,
                        archived=c.archived,
                        agreement=masked(agreement_of(c), masker),
                        history=exported_history(terms[cid], masker),
                        other_names=() if scope.pseudonymise else other_names.get(cid, ()),
                    )
                    for cid, c in clients.items()
                ),
                key=lambda c: c.name.casefold(),
            )
        )
        kinds = tuple(
            ExportedKind(
                key=kind_keys[k.key],
                name=masker.text(self._kinds.record(k, lang).name),
                direction=k.direction,
                builtin=k.builtin,
                archived=k.archived,
            )
            for k in sorted(kind_rows.values(), key=lambda k: (k.position, k.id or 0))
        )
        bundle = ExportBundle(
            scope=scope,
            generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            entries=tuple(exported),
            clients=exported_clients,
            kinds=kinds,
            questions=tuple(used_own[k] for k in sorted(used_own)),
            private_left_out=private,
            attribution=self._catalogue.attribution(lang),
            chosen=tuple(masker.text(part) for part in chosen),
            masker=masker,
        )
        pairs = sorted(((c.name, shown[cid]) for cid, c in clients.items()), key=lambda p: p[1])
        return ExportPreview(bundle=bundle, names=tuple(pairs))

    def _question_texts(self, own: dict[str, Question], lang: str) -> list[tuple[str, str, str]]:
        found = [(q.id, q.group, q.text[lang]) for q in self._catalogue.questions]
        return found + [(q.id, q.group, q.text) for q in own.values()]


def _chunked(s: Session, ids: Sequence[int], fetch: Callable[[list[int]], Any]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        rows.extend(fetch(list(ids[start : start + CHUNK])))
    return rows


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
