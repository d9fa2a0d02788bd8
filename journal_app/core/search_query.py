"""Turn what a person types into a safe FTS5 MATCH expression.

The documented syntax is small on purpose:
  words            every word must appear; each also matches longer forms (клиент → клиентом)
  "a phrase"       the words in this order (balanced double quotes only)
  -word            leave out entries with this word (only beside at least one wanted word)
  a OR b           either (OR in capitals, between two terms)
Anything else — stray quotes, brackets, stars, AND/NOT, dashes inside words — is plain text.
Every term reaches FTS5 as a double-quoted string, so no input can be a syntax error.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fold(text: str) -> str:
    """The index folds ё to е (unicode61 does not); queries must do the same."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _quoted(words: list[str], prefix: bool) -> str:
    phrase = '"' + " ".join(fold(w) for w in words) + '"'
    return phrase + ("*" if prefix else "")


def build_match(query: str) -> str | None:
    """The MATCH expression for `query`, or None when it holds nothing searchable."""
    wanted: list[str] = []
    unwanted: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(query.replace("\x00", " ")):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            term = _quoted(words, prefix=False) if words else None
            negate = False
        else:
            if bare == "OR" and wanted:
                pending_or = True
                continue
            negate = bare.startswith("-") and len(bare) > 1
            words = _WORD.findall(bare)
            term = _quoted(words, prefix=True) if words else None
        if term is None:
            continue
        if negate:
            unwanted.append(term)
        elif pending_or:
            wanted[-1] = f"({wanted[-1]} OR {term})"
        else:
            wanted.append(term)
        pending_or = False
    if not wanted:
        return None
    expr = " AND ".join(wanted)
    for term in unwanted:
        expr = f"({expr}) NOT {term}"
    return expr


def query_words(query: str) -> list[str]:
    """The plain words of a query, for highlighting matches in an opened entry."""
    return [w for w in _WORD.findall(query) if w != "OR"]
