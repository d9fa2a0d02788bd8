"""Turn what a person types into a safe FTS5 MATCH expression and a few filters.

The documented syntax (README, "Search syntax") is the one mail and notes apps use:
  words              every word must appear, in any of its forms (клиентом finds клиенты);
                     the word being typed (the last, with no space after it) also by prefix
  "a phrase"         these words in this order, as written
  -word              leave out entries with this word (only beside something wanted)
  a OR b             either (OR in capitals, between two terms)
  client:Acme  tag:звонок           in a client's name / a tag (quotes for spaces)
  kind:after_hours  has:incident    with an incident of that kind / any incident
  from:2026-01-01  to:2026-03-31    dates, inclusive
  is:private                        private entries only
Anything else — stray quotes, brackets, stars, AND/NOT, unknown filters, a date that is not
one — is plain text. Every term reaches FTS5 as a double-quoted string, so no input can be a
syntax error.

What a query may ask for is bounded, so that no input can be slow or too deep for FTS5's
parser (96 ORs overflowed its stack; 95 one-letter prefixes took 37 s): a repeated term
counts once, at most MAX_TERMS terms and MAX_PHRASE_WORDS words of a phrase are used, and
the expression is flat — one level of AND, OR groups and a single NOT list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .morphology import TOKEN, search_forms

_TOKEN = re.compile(r'(?:(\w+):)?"([^"]*)"|(\S+)')
_FILTER = re.compile(r"(\w+):(.+)")
MAX_TERMS = 16  # wanted and unwanted terms together; the rest of a long query is ignored
MAX_PHRASE_WORDS = 16
MAX_FORMS = 4  # dictionary forms of one word (pymorphy3 may guess many for a rare word)
MAX_QUERY_CHARS = 1000
# A prefix of one letter matches most of the index; one-letter words match only themselves.
MIN_PREFIX = 2
TEXT_COLUMNS = ("title", "body", "answers", "notes", "tags", "clients")
_AS_WRITTEN = "{" + " ".join(TEXT_COLUMNS) + "}"
FILTERS = ("client:", "tag:", "kind:", "from:", "to:", "is:private", "has:incident")


def fold(text: str) -> str:
    """The index folds ё to е (unicode61 does not); queries must do the same."""
    return text.replace("ё", "е").replace("Ё", "Е")


@dataclass
class Terms:
    """What counts as a match, word by word: to mark matches in a snippet and to tell in
    which fields an entry matched."""

    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)
    # The words as written found to match or not: fifty snippets repeat their words a lot.
    _yes: set[str] = field(default_factory=set, repr=False, compare=False)
    _no: set[str] = field(default_factory=set, repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.forms)

    def matches(self, word: str) -> bool:
        """`word` as written (any case)."""
        if word in self._yes:
            return True
        if word in self._no:
            return False
        found = self._matches(word)
        (self._yes if found else self._no).add(word)
        return found

    def any_matches(self, words: set[str]) -> bool:
        for word in words - self._yes - self._no:
            self.matches(word)
        return not words.isdisjoint(self._yes)

    def _matches(self, word: str) -> bool:
        folded = fold(word.casefold())
        if folded in self.exact or any(folded.startswith(p) for p in self.prefixes):
            return True
        return bool(self.forms) and not self.forms.isdisjoint(search_forms(folded))


@dataclass
class Query:
    match: str | None = None
    terms: Terms = field(default_factory=Terms)  # anywhere
    tag_terms: Terms = field(default_factory=Terms)
    client_terms: Terms = field(default_factory=Terms)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    private: bool = False
    has_incident: bool = False
    kinds: list[str] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.date_from or self.date_to or self.private or self.has_incident or self.kinds
        )

    @property
    def is_empty(self) -> bool:
        return self.match is None and not self.has_filters


def _quote(word: str) -> str:
    return '"' + word + '"'


def _word_term(word: str, typing: bool, terms: Terms) -> str:
    """A word in any of its forms; the word being typed also as a prefix."""
    word = fold(word.casefold())
    prefix = typing and len(word) >= MIN_PREFIX
    parts = [_quote(word) + ("*" if prefix else "")]
    forms = [f for f in search_forms(word) if f != word][:MAX_FORMS]
    parts += [_quote(f) for f in forms]
    (terms.prefixes if prefix else terms.exact).add(word)
    terms.forms.update(search_forms(word)[:MAX_FORMS])
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _phrase_term(words: list[str], typing: bool, terms: Terms, columns: str) -> str:
    """These words in this order, as written (the last by prefix while it is typed)."""
    words = [fold(w.casefold()) for w in words[:MAX_PHRASE_WORDS]]
    terms.exact.update(words)
    prefix = typing and len(words[-1]) >= MIN_PREFIX
    return f"{columns}: " + _quote(" ".join(words)) + ("*" if prefix else "")


def _term(words: list[str], typing: bool, quoted: bool, terms: Terms, column: str | None) -> str:
    if column is not None:
        plural = column + "s"
        if len(words) == 1 and not quoted:
            return f"{{{plural} f_{plural}}}: ({_word_term(words[0], typing, terms)})"
        return _phrase_term(words, typing, terms, "{" + plural + "}")
    if len(words) == 1 and not quoted:
        return _word_term(words[0], typing, terms)
    return _phrase_term(words, typing, terms, _AS_WRITTEN)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _apply_filter(q: Query, key: str, value: str) -> bool:
    """Take `key:value` as a filter; False when it is not one (then it is plain text)."""
    key = key.casefold()
    if key in ("from", "to") and (day := _date(value)) is not None:
        if key == "from":
            q.date_from = max(day, q.date_from) if q.date_from else day
        else:
            q.date_to = min(day, q.date_to) if q.date_to else day
        return True
    if (key, value.casefold()) == ("is", "private"):
        q.private = True
        return True
    if (key, value.casefold()) == ("has", "incident"):
        q.has_incident = True
        return True
    if key == "kind" and re.fullmatch(r"\w+", value):
        q.kinds.append(value.casefold())
        return True
    return False


def parse(query: str) -> Query:
    q = Query()
    groups: list[list[str]] = []  # every group must match; a group is terms joined by OR
    unwanted: list[str] = []
    seen: set[str] = set()
    pending_or = False
    text = query[:MAX_QUERY_CHARS].replace("\x00", " ")
    typing_at = len(text) if text and not text[-1].isspace() and text[-1] != '"' else -1
    for match in _TOKEN.finditer(text):
        key, phrase, bare = match.group(1), match.group(2), match.group(3)
        typing = match.end() == typing_at
        column: str | None = None
        negate = False
        if phrase is not None:
            if key and key.casefold() in ("client", "tag"):
                column = key.casefold()
            elif key:
                phrase = f"{key} {phrase}"
            words, quoted = TOKEN.findall(phrase), True
        else:
            if bare == "OR" and groups:
                pending_or = True
                continue
            negate = bare.startswith("-") and len(bare) > 1
            found = _FILTER.fullmatch(bare.lstrip("-") if negate else bare)
            if found and not negate:
                name, value = found.group(1).casefold(), found.group(2)
                if name in ("client", "tag"):
                    column, bare = name, value.lstrip("#")
                elif _apply_filter(q, name, value):
                    pending_or = False
                    continue
            words, quoted = TOKEN.findall(bare), False
        if not words:
            continue
        if column == "tag":
            terms = q.tag_terms
        elif column == "client":
            terms = q.client_terms
        else:
            terms = Terms() if negate else q.terms
        term = _term(words, typing and not negate, quoted, terms, column)
        seen_key = ("-" if negate else "+") + term
        if seen_key in seen:
            pending_or = False
            continue
        if len(seen) >= MAX_TERMS:
            break
        seen.add(seen_key)
        if negate:
            unwanted.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if groups:
        expr = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
        if unwanted:
            expr = f"({expr}) NOT ({' OR '.join(unwanted)})"
        q.match = expr
    return q


def build_match(query: str) -> str | None:
    """The MATCH expression for `query`, or None when it holds nothing searchable."""
    return parse(query).match


def query_words(query: str) -> list[str]:
    """The beginnings of words to mark in an opened entry: the query's words and their
    dictionary forms («клиентом» → клиент, which also marks клиенты; "called" → call). Forms
    shorter than four letters are left out: «мне» → «я» would mark every word in я-."""
    terms = parse(query).terms
    return sorted(terms.exact | terms.prefixes | {f for f in terms.forms if len(f) >= 4})
