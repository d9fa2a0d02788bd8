"""Full-text search over titles, bodies, tags and client names (FTS5, bm25 ranking)."""

from __future__ import annotations

from sqlalchemy import Engine, bindparam, column, func, literal_column, table, text
from sqlmodel import Session, col, select

from .db import translate_errors
from .entries import EntryService
from .models import Entry
from .records import EntryFilter, SearchHit
from .search_query import build_match, fold

MATCH_START, MATCH_END = "\x02", "\x03"
ELLIPSIS = "…"
# bm25 column weights: a word in the title or a client's name says more than one in the body.
WEIGHTS = (8.0, 1.0, 4.0, 4.0)
SNIPPET_TOKENS = 14

_fts = table("entry_fts", column("rowid"))
_SNIPPETS = text(
    f"SELECT rowid, snippet(entry_fts, -1, char(2), char(3), '{ELLIPSIS}', {SNIPPET_TOKENS}) "
    "FROM entry_fts WHERE entry_fts MATCH :q AND rowid IN :ids"
).bindparams(bindparam("ids", expanding=True))


class SearchService:
    def __init__(self, engine: Engine, entries: EntryService) -> None:
        self._engine = engine
        self._entries = entries

    def search(
        self, query: str, flt: EntryFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        match = build_match(query)
        if match is None:
            return []
        score = func.bm25(literal_column("entry_fts"), *WEIGHTS).label("score")
        stmt = (
            select(col(Entry.id), score)
            .select_from(_fts)
            .join(Entry, col(Entry.id) == _fts.c.rowid)
            .where(text("entry_fts MATCH :q").bindparams(q=match))
        )
        for condition in self._entries.conditions(flt or EntryFilter()):
            stmt = stmt.where(condition)
        stmt = stmt.order_by(text("score")).limit(limit)
        with translate_errors(), Session(self._engine) as s:
            ranked = s.exec(stmt).all()
            ids = [entry_id for entry_id, _ in ranked if entry_id is not None]
            if not ids:
                return []
            snippets: dict[int, str] = dict(
                s.connection().execute(_SNIPPETS, {"q": match, "ids": ids}).all()
            )
            originals = {
                i: (t, b)
                for i, t, b in s.exec(
                    select(Entry.id, Entry.title, Entry.body).where(col(Entry.id).in_(ids))
                ).all()
            }
        summaries = {e.id: e for e in self._entries.summaries_by_id(ids)}
        hits = []
        for entry_id, rank in ranked:
            assert entry_id is not None
            summary = summaries[entry_id]
            names = [ref.name for ref in summary.client_refs]
            texts = [*originals.get(entry_id, ("", "")), *names]
            snippet = restore_original(snippets.get(entry_id) or "", texts)
            hits.append(SearchHit(entry=summary, snippet=snippet, score=float(rank)))
        return hits


def restore_original(snippet: str, originals: list[str]) -> str:
    """Put back the ё letters the index folded away, keeping the match markers.

    The folding is one character for one, so the snippet's text (ellipses aside) stands at
    some offset of a folded original; the original's characters are copied from there.
    """
    if not any("ё" in o or "Ё" in o for o in originals):
        return snippet
    plain = snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    for lead in (0, 1):
        for trail in (0, 1):
            if (lead and not plain.startswith(ELLIPSIS)) or (
                trail and not plain.endswith(ELLIPSIS)
            ):
                continue
            middle = plain[lead : len(plain) - trail]
            for original in originals:
                pos = fold(original).find(middle) if middle else -1
                if pos >= 0:
                    real = iter(
                        plain[:lead]
                        + original[pos : pos + len(middle)]
                        + plain[len(plain) - trail :]
                    )
                    return "".join(
                        ch if ch in (MATCH_START, MATCH_END) else next(real) for ch in snippet
                    )
    return snippet
