"""Search on the quick path: `SearchService.search`, from its own SQL, snippets and
`matched_in` made by core/snippets.py as the service makes them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..records import EntryFilter, SearchHit
from .entries import EntryReads, conditions, dated

_NEWEST = "e.entry_date DESC, e.entry_time DESC, e.id DESC"


class SearchReads(EntryReads):
    def search(
        self, query: str, flt: EntryFilter | None = None, limit: int = 50, sort: str = "rank"
    ) -> list[SearchHit]:
        """SearchService.search."""
        from ..search_query import parse
        from ..snippets import OTHER_NAMES, WEIGHTS, where

        q = parse(query)
        if q.is_empty:
            return []
        conds, params = conditions(flt or EntryFilter())
        dated(conds, params, q.date_from, q.date_to)
        if q.private:
            conds.append("e.private IS 1")
        if q.has_incident:
            conds.append("e.id IN (SELECT entry_id FROM incident)")
        for kind in q.kinds:
            conds.append(
                "e.id IN (SELECT i.entry_id FROM incident i JOIN incident_kind k "
                "ON k.id = i.kind_id WHERE k.key = ?)"
            )
            params.append(kind)
        if q.match is None:
            sql = f"SELECT e.id, 0.0 FROM entry e WHERE {' AND '.join(conds)} ORDER BY {_NEWEST}"
        else:
            weights = ", ".join(repr(w) for w in WEIGHTS)
            sql = (
                f"SELECT e.id, bm25(entry_fts, {weights}) AS score FROM entry_fts "
                f"JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH ? "
                f"AND {' AND '.join(conds)} ORDER BY {_NEWEST if sort == 'newest' else 'score'}"
            )
            params = [q.match, *params]
        with self._reading():
            ranked = self._rows(sql + " LIMIT ?", [*params, limit])
            ids = [entry_id for entry_id, _ in ranked]
            if not ids:
                return []
            fields = self._texts(ids, OTHER_NAMES)
            summaries = {e.id: e for e in self._summaries(EntryFilter(ids=tuple(ids)), len(ids))}
            forms = q.terms.forms | q.tag_terms.forms | q.client_terms.forms
            with_forms = self._with_forms(ids, forms)
        hits = []
        for entry_id, rank in ranked:
            summary = summaries[entry_id]
            written = fields[entry_id]
            written["client"] = [r.name for r in summary.client_refs] + written["client"]
            matched, snippet = where(q, written, with_forms.get(entry_id, frozenset()))
            hits.append(
                SearchHit(entry=summary, snippet=snippet, score=float(rank), matched_in=matched)
            )
        return hits

    def _with_forms(self, ids: Sequence[int], forms: set[str]) -> dict[int, frozenset[str]]:
        """For each entry, the fields whose other forms (the index's f_ columns) hold one of
        `forms`: only there must each word's forms be found to mark it (core/snippets.py)."""
        from ..snippets import COLUMNS

        found: dict[int, set[str]] = defaultdict(set)
        if not forms:
            return {}
        words = " OR ".join(f'"{f}"' for f in sorted(forms))
        for field, column in COLUMNS.items():
            for (entry_id,) in self._rows(
                f"SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? "
                f"AND rowid IN ({', '.join('?' * len(ids))})",
                [f"{{f_{column}}}: ({words})", *ids],
            ):
                found[entry_id].add(field)
        return {k: frozenset(v) for k, v in found.items()}

    def _texts(self, ids: Sequence[int], other_names: str) -> dict[int, dict[str, list[str]]]:
        """Everything written in these entries, field by field (core.search._texts)."""
        out: dict[int, dict[str, list[str]]] = {i: defaultdict(list) for i in ids}
        queries = [
            ("title", "SELECT id, title FROM entry WHERE id IN ({marks})"),
            ("body", "SELECT id, body FROM entry WHERE id IN ({marks})"),
            (
                "answer",
                "SELECT entry_id, text FROM answer WHERE entry_id IN ({marks}) "
                "ORDER BY question_id",
            ),
            (
                "incident_note",
                "SELECT entry_id, note FROM incident WHERE entry_id IN ({marks}) AND note != '' "
                "ORDER BY id",
            ),
            (
                "tag",
                "SELECT l.entry_id, t.name FROM entry_tag l JOIN tag t ON t.id = l.tag_id "
                "WHERE l.entry_id IN ({marks}) ORDER BY t.name_key",
            ),
        ]
        if self._rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'coach_note'"):
            queries.append(
                (
                    "coach_note",
                    "SELECT e.id, n.text FROM coach_note n JOIN review r ON r.id = n.review_id "
                    "JOIN entry e ON e.uuid = n.target_uuid OR e.id = (SELECT i.entry_id FROM "
                    "incident i WHERE i.uuid = n.target_uuid) WHERE r.role = 'shared' "
                    "AND e.id IN ({marks}) ORDER BY n.id",
                )
            )
        if self._rows(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (other_names,)
        ):
            queries.append(
                (
                    "client",
                    f"SELECT l.entry_id, o.name FROM entry_client l JOIN {other_names} o "
                    "ON o.client_id = l.client_id WHERE l.entry_id IN ({marks})",
                )
            )
        for name, sql in queries:
            for entry_id, values in self._by_entry(sql, ids).items():
                for (value,) in values:
                    if value:
                        out[entry_id][name].append(value)
        return out
