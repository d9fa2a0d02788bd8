"""Where an entry matched and its snippet, made from the person's own text so that every
matching form is marked (клиенты, клиентом) and ё stays ё. Shared by the ORM search
(core/search.py) and the raw read path (core/reads/search.py), with the ranking's weights; no
storage here."""

from __future__ import annotations

from itertools import islice

from .morphology import TOKEN, search_forms
from .search_query import Query, Terms, fold

# bm25 column weights, the forms' columns as their texts': a word in the title or a name
# says more than one in the body.
_TEXT_WEIGHTS = (8.0, 1.0, 1.0, 1.0, 4.0, 4.0)
WEIGHTS = _TEXT_WEIGHTS * 2
OTHER_NAMES = "client_other_name"  # HOOK: clients' other names, when the table exists
MATCH_START, MATCH_END = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
LEAD_TOKENS = 3  # words shown before the first match
# Where an entry matched, in the order a snippet is taken from (the title shows anyway).
FIELDS = ("body", "answer", "incident_note", "coach_note", "title", "client", "tag")


# Each field's column in the search index (whose f_ column holds its words' other forms).
COLUMNS = {
    "title": "title",
    "body": "body",
    "answer": "answers",
    "incident_note": "notes",
    "tag": "tags",
    "client": "clients",
}


class WrittenForms(Terms):
    """The query's terms in a field whose words, the index says, have none of the query's
    forms but as written (its f_ column holds none of them): there a word can match by its
    forms only if it is written as one of them, and no other word's forms need be found —
    which would load pymorphy3's analyzer for every word its dictionary does not know."""

    def _matches(self, word: str) -> bool:
        folded = fold(word.casefold())
        if folded in self.exact or any(folded.startswith(p) for p in self.prefixes):
            return True
        return folded in self.forms and not self.forms.isdisjoint(search_forms(folded))


def where(
    q: Query, written: dict[str, list[str]], with_forms: frozenset[str] | None = None
) -> tuple[tuple[str, ...], str]:
    """The fields the entry matched in, and a snippet from the first of them. `with_forms`:
    the fields whose index column holds one of the query's forms (None: not known)."""
    matched: list[str] = []
    snippet = ""
    for name in FIELDS:
        terms = merged(q.terms, q.tag_terms if name == "tag" else q.client_terms, name)
        if not terms:
            continue
        # A field the index has no column for (the coach's notes) is matched in full.
        if with_forms is not None and name in COLUMNS and name not in with_forms and terms.forms:
            terms = WrittenForms(terms.exact, terms.prefixes, terms.forms)
        for value in written.get(name, []):
            words = TOKEN.findall(value)
            if terms.any_matches(set(words)):
                matched.append(name)
                if not snippet:
                    shown = "#" + value if name == "tag" else value
                    snippet = make_snippet(shown, terms, words)
                break
    return tuple(matched), snippet


def merged(anywhere: Terms, own: Terms, name: str) -> Terms:
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
