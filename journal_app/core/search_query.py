"""Turn what a person types into a safe FTS5 MATCH expression.

The documented syntax is small on purpose:
  words            every word must appear; each also matches longer forms (клиент → клиентом)
  "a phrase"       the words in this order (balanced double quotes only)
  -word            leave out entries with this word (only beside at least one wanted word)
  a OR b           either (OR in capitals, between two terms)
Anything else — stray quotes, brackets, stars, AND/NOT, dashes inside words — is plain text.
Every term reaches FTS5 as a double-quoted string, so no input can be a syntax error.

What a query may ask for is bounded, so that no input can be slow or too deep for FTS5's
parser (96 ORs overflowed its stack; 95 one-letter prefixes took 37 s): a repeated term
counts once, at most MAX_TERMS terms and MAX_PHRASE_WORDS words of a phrase are used, and
the expression is flat — one level of AND, OR groups and a single NOT list.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
MAX_TERMS = 16  # wanted and unwanted terms together; the rest of a long query is ignored
MAX_PHRASE_WORDS = 16
MAX_QUERY_CHARS = 1000
# A prefix of one letter matches most of the index; one-letter words match only themselves.
MIN_PREFIX = 2


def fold(text: str) -> str:
    """The index folds ё to е (unicode61 does not); queries must do the same."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _quoted(words: list[str], prefix: bool) -> str:
    words = words[:MAX_PHRASE_WORDS]
    phrase = '"' + " ".join(fold(w) for w in words) + '"'
    wide = prefix and len(words[-1]) >= MIN_PREFIX
    return phrase + ("*" if wide else "")


def build_match(query: str) -> str | None:
    """The MATCH expression for `query`, or None when it holds nothing searchable."""
    groups: list[list[str]] = []  # every group must match; a group is terms joined by OR
    unwanted: list[str] = []
    seen: set[str] = set()
    pending_or = False
    for match in _TOKEN.finditer(query[:MAX_QUERY_CHARS].replace("\x00", " ")):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            term = _quoted(words, prefix=False) if words else None
            negate = False
        else:
            if bare == "OR" and groups:
                pending_or = True
                continue
            negate = bare.startswith("-") and len(bare) > 1
            words = _WORD.findall(bare)
            term = _quoted(words, prefix=True) if words else None
        if term is None:
            continue
        key = ("-" if negate else "+") + term.casefold()
        if key in seen:
            pending_or = False
            continue
        if len(seen) >= MAX_TERMS:
            break
        seen.add(key)
        if negate:
            unwanted.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        return None
    expr = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    if unwanted:
        expr = f"({expr}) NOT ({' OR '.join(unwanted)})"
    return expr


def query_words(query: str) -> list[str]:
    """The plain words of a query, for highlighting matches in an opened entry."""
    return [w for w in _WORD.findall(query) if w != "OR"]
