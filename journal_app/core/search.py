"""Full-text search over everything written: titles, bodies, answers to the questions,
incident notes, tags and client names, in any form of each word (FTS5 with a shadow column of
dictionary forms beside each text, migration 0007; bm25 ranking or newest first).

FTS5 finds and ranks; the snippet and "where it matched" are made here from the person's own
text, so that every matching form is marked (клиенты, клиентом) and ё stays ё.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Engine, column, func, literal_column, table, text
from sqlmodel import Session, col, select

from .db import translate_errors
from .entries import EntryService
from .models import Entry, Incident, IncidentKind
from .morphology import TOKEN
from .records import EntryFilter, SearchHit
from .search_query import Query, Terms, parse

MATCH_START, MATCH_END = "\x02", "\x03"
ELLIPSIS = "…"
# bm25 column weights, the forms' columns as their texts': a word in the title or a name
# says more than one in the body.
_TEXT_WEIGHTS = (8.0, 1.0, 1.0, 1.0, 4.0, 4.0)
WEIGHTS = _TEXT_WEIGHTS * 2
SNIPPET_TOKENS = 14
LEAD_TOKENS = 3  # words shown before the first match
SORTS = ("rank", "newest")
# Where an entry matched, in the order a snippet is taken from (the title shows anyway).
FIELDS = ("body", "answer", "incident_note", "title", "client", "tag")
OTHER_NAMES = "client_other_name"  # HOOK: clients' other names, when the table exists

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
    if conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (OTHER_NAMES,)
    ).first():
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


def _where(q: Query, written: dict[str, list[str]]) -> tuple[tuple[str, ...], str]:
    """The fields the entry matched in, and a snippet from the first of them."""
    matched: list[str] = []
    snippet = ""
    for name in FIELDS:
        terms = _merged(q.terms, q.tag_terms if name == "tag" else q.client_terms, name)
        if not terms:
            continue
        for value in written.get(name, []):
            words = TOKEN.findall(value)
            if terms.any_matches(set(words)):
                matched.append(name)
                if not snippet:
                    shown = "#" + value if name == "tag" else value
                    snippet = make_snippet(shown, terms, words)
                break
    return tuple(matched), snippet


def _merged(anywhere: Terms, own: Terms, name: str) -> Terms:
    if name not in ("tag", "client") or not own:
        return anywhere
    return Terms(
        anywhere.exact | own.exact, anywhere.prefixes | own.prefixes, anywhere.forms | own.forms
    )


def make_snippet(
    value: str, terms: Terms, words: list[str] | None = None, tokens: int = SNIPPET_TOKENS
) -> str:
    """About `tokens` words of `value` around its first match, every matching word marked.
    `words`: TOKEN.findall(value), when the caller has it."""
    words = TOKEN.findall(value) if words is None else words
    first = next((n for n, w in enumerate(words) if terms.matches(w)), None)
    if first is None:
        return ""
    start = max(0, min(first - LEAD_TOKENS, len(words) - tokens))
    spans = [m.span() for m in islice(TOKEN.finditer(value), start, start + tokens + 1)]
    after = spans[tokens][0] if len(spans) > tokens else None
    spans = spans[:tokens]
    pieces = [ELLIPSIS] if start > 0 else []
    at = spans[0][0]
    for a, b in spans:
        pieces.append(value[at:a])
        word = value[a:b]
        pieces.append(f"{MATCH_START}{word}{MATCH_END}" if terms.matches(word) else word)
        at = b
    pieces.append(value[at:] if after is None else value[at:after].rstrip() + ELLIPSIS)
    return " ".join("".join(pieces).split())
