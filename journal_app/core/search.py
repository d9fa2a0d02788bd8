"""Full-text search over everything written: titles, bodies, answers to the questions,
incident notes, tags and client names, in any form of each word (FTS5 with a shadow column of
dictionary forms beside each text, migration 0007; bm25 ranking or newest first).

FTS5 finds and ranks; the snippet and "where it matched" are made here from the person's own
text, so that every matching form is marked (клиенты, клиентом) and ё stays ё.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, column, func, literal_column, table, text
from sqlmodel import Session, col, select

from .db import translate_errors
from .entries import EntryService
from .models import Entry, Incident, IncidentKind
from .records import EntryFilter, SearchHit
from .search_query import Query, parse
from .snippets import ELLIPSIS as ELLIPSIS
from .snippets import FIELDS as FIELDS
from .snippets import MATCH_END as MATCH_END
from .snippets import MATCH_START as MATCH_START
from .snippets import OTHER_NAMES as OTHER_NAMES
from .snippets import WEIGHTS as WEIGHTS
from .snippets import make_snippet as make_snippet
from .snippets import where as _where

SORTS = ("rank", "newest")

_fts = table("entry_fts", column("rowid"))


class SearchService:
    def __init__(self, engine: Engine, entries: EntryService) -> None:
        self._engine = engine
        self._entries = entries

    def search(
        self,
        query: str,
        flt: EntryFilter | None = None,
        limit: int = 50,
        sort: str = "rank",
    ) -> list[SearchHit]:
        """The best `limit` matches (or the newest, with sort="newest")."""
        q = parse(query)
        if q.is_empty:
            return []
        conditions = self._entries.conditions(flt or EntryFilter()) + _conditions(q)
        newest = (
            col(Entry.entry_date).desc(),
            col(Entry.entry_time).desc(),
            col(Entry.id).desc(),
        )
        if q.match is None:
            stmt: Any = select(col(Entry.id), literal_column("0.0")).order_by(*newest)
        else:
            score = func.bm25(literal_column("entry_fts"), *WEIGHTS).label("score")
            stmt = (
                select(col(Entry.id), score)
                .select_from(_fts)
                .join(Entry, col(Entry.id) == _fts.c.rowid)
                .where(text("entry_fts MATCH :q").bindparams(q=q.match))
            )
            stmt = stmt.order_by(*newest) if sort == "newest" else stmt.order_by(text("score"))
        for condition in conditions:
            stmt = stmt.where(condition)
        with translate_errors(), Session(self._engine) as s:
            ranked = s.exec(stmt.limit(limit)).all()
            ids = [entry_id for entry_id, _ in ranked if entry_id is not None]
            if not ids:
                return []
            fields = _texts(s, ids)
        summaries = {e.id: e for e in self._entries.summaries_by_id(ids)}
        hits = []
        for entry_id, rank in ranked:
            summary = summaries[entry_id]
            written = fields[entry_id]
            written["client"] = [r.name for r in summary.client_refs] + written["client"]
            matched, snippet = _where(q, written)
            hits.append(
                SearchHit(entry=summary, snippet=snippet, score=float(rank), matched_in=matched)
            )
        return hits


def _conditions(q: Query) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if q.date_from is not None:
        conds.append(col(Entry.entry_date) >= q.date_from)
    if q.date_to is not None:
        conds.append(col(Entry.entry_date) <= q.date_to)
    if q.private:
        conds.append(col(Entry.private).is_(True))
    if q.has_incident:
        conds.append(col(Entry.id).in_(select(Incident.entry_id)))
    for kind in q.kinds:
        conds.append(
            col(Entry.id).in_(
                select(Incident.entry_id)
                .join(IncidentKind, col(IncidentKind.id) == Incident.kind_id)
                .where(IncidentKind.key == kind)
            )
        )
    return conds


def _texts(s: Session, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    """Everything written in these entries, field by field, as written."""
    out: dict[int, dict[str, list[str]]] = {i: defaultdict(list) for i in ids}
    conn = s.connection()
    marks = ", ".join("?" * len(ids))
    queries = [
        ("title", f"SELECT id, title FROM entry WHERE id IN ({marks})"),
        ("body", f"SELECT id, body FROM entry WHERE id IN ({marks})"),
        (
            "answer",
            f"SELECT entry_id, text FROM answer WHERE entry_id IN ({marks}) ORDER BY question_id",
        ),
        (
            "incident_note",
            f"SELECT entry_id, note FROM incident WHERE entry_id IN ({marks}) AND note != '' "
            "ORDER BY id",
        ),
        (
            "tag",
            f"SELECT l.entry_id, t.name FROM entry_tag l JOIN tag t ON t.id = l.tag_id "
            f"WHERE l.entry_id IN ({marks}) ORDER BY t.name_key",
        ),
    ]

    def has(table: str) -> bool:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
        return found is not None

    if has("coach_note"):  # imported beside the entry or an incident of it (migration 0010)
        queries.append(
            (
                "coach_note",
                f"SELECT e.id, n.text FROM coach_note n JOIN review r ON r.id = n.review_id "
                f"JOIN entry e ON e.uuid = n.target_uuid OR e.id = (SELECT i.entry_id FROM "
                f"incident i WHERE i.uuid = n.target_uuid) WHERE r.role = 'shared' "
                f"AND e.id IN ({marks}) ORDER BY n.id",
            )
        )
    if has(OTHER_NAMES):
        queries.append(
            (
                "client",
                f"SELECT l.entry_id, o.name FROM entry_client l JOIN {OTHER_NAMES} o "
                f"ON o.client_id = l.client_id WHERE l.entry_id IN ({marks})",
            )
        )
    for name, sql in queries:
        for entry_id, value in conn.exec_driver_sql(sql, tuple(ids)):
            if value:
                out[entry_id][name].append(value)
    return out
