"""Word forms, by real language tools rather than hand-made rules: pymorphy3 (with its
Russian dictionary) for Russian, the Snowball stemmer (PyStemmer) for English, and wordfreq
for "is this an ordinary word of the language".

Each tool is loaded on first use and kept: pymorphy3's dictionary takes ~0.1 s to open and
wordfreq's import ~1 s, which only the exports and the search index should pay, never a
command that does not need them. Everything here is pure and thread-safe to call.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# A word as the tools see it: letters and digits, with inner hyphens («Нью-Йорк»).
WORD = re.compile(r"\w+(?:-\w+)*")
# wordfreq's Zipf scale: 3 is about once per million words ("nordwind" is 0, "sky" 4.7).
ORDINARY_ZIPF = 3.0
# wordfreq's small lists hold every word from Zipf 3 up, so they answer the same, and load
# in a tenth of the time (0.4 s rather than 5 s for Russian).
_WORDLIST = "small"


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def fold(text: str) -> str:
    """Case and ё/е folded, as every comparison of words here makes them."""
    return text.casefold().replace("ё", "е")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3
    import pymorphy3_dicts_ru

    # The dictionary's path given, pymorphy3 does not look for it among every installed
    # package's entry points (a tenth of a second, at each search from the command line).
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


@cache
def _stemmer() -> object:
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def russian_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms a Russian word may be a form of («звонки» → {«звонок»}), folded.
    A word the dictionary knows is answered from it (core/lemmas.py, as pymorphy3 answers
    it); only a word it does not know loads pymorphy3's analyzer, to guess by the ending."""
    from .lemmas import lemmas

    known = lemmas(fold(word))
    if known is not None:
        return frozenset(fold(f) for f in known)
    return frozenset(fold(p.normal_form) for p in analyzer().parse(fold(word)))


@lru_cache(maxsize=8192)
def russian_forms(word: str) -> frozenset[str]:
    """Every case and number of every reading of a Russian word («Ветер» → «ветра», «ветром»,
    «ветров»…), folded. An unknown word (a company name) gets the forms pymorphy3 predicts for
    it by its ending, and the word itself always."""
    forms = {fold(word)}
    for parse in analyzer().parse(fold(word)):
        forms.update(fold(f.word) for f in parse.lexeme)
    return frozenset(forms)


def english_stem(word: str) -> str:
    return str(_stemmer().stemWord(fold(word)))  # type: ignore[attr-defined]


def is_dictionary_word_ru(word: str) -> bool:
    """pymorphy3 knows the word from its dictionary (not merely guessed by its ending)."""
    return analyzer().word_is_known(fold(word))


@lru_cache(maxsize=65536)
def is_ordinary(word: str, lang: str) -> bool:
    """An ordinary word of the language ("sky", «ветер»), as opposed to a name only a client
    has ("Nordwind", «Акме»). Russian asks pymorphy3's dictionary and wordfreq; English asks
    wordfreq's frequency of the word or of its stem."""
    import wordfreq

    folded = fold(word)
    if is_cyrillic(folded):
        if wordfreq.zipf_frequency(folded, "ru", wordlist=_WORDLIST) >= ORDINARY_ZIPF:
            return True
        return is_dictionary_word_ru(folded) and any(
            wordfreq.zipf_frequency(lemma, "ru", wordlist=_WORDLIST) >= ORDINARY_ZIPF
            for lemma in russian_lemmas(folded)
        )
    lang = lang if lang in ("en", "ru") else "en"
    return wordfreq.zipf_frequency(folded, lang, wordlist=_WORDLIST) >= ORDINARY_ZIPF


@lru_cache(maxsize=8192)
def is_russian_personal_name(word: str) -> bool:
    """pymorphy3 reads the word as a first name, surname or patronymic («Иван», «Петрова»)."""
    return is_cyrillic(word) and any(
        {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in analyzer().parse(fold(word))
    )


# -- search ----------------------------------------------------------------------------------
# A word as SQLite's unicode61 tokenizer sees it: letters and digits (no underscore).
TOKEN = re.compile(r"[^\W_]+")
_SEARCH_FORMS: dict[str, tuple[str, ...]] = {}


def search_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms a word is indexed and searched by, folded and sorted: every lemma
    pymorphy3 gives a Russian word («звонки» → звонкий, звонок), the Snowball stem of any
    other ("calling" → call); a number is itself. Kept for every distinct word, since a
    journal repeats its words and indexing asks for each of them again."""
    forms = _SEARCH_FORMS.get(word)
    if forms is None:
        folded = fold(word)
        if folded.isdigit():
            forms = (folded,)
        elif is_cyrillic(folded):
            forms = tuple(sorted(russian_lemmas(folded)))
        else:
            forms = (english_stem(folded),)
        if len(_SEARCH_FORMS) > 500_000:
            _SEARCH_FORMS.clear()
        _SEARCH_FORMS[word] = forms
    return forms


_WORDS = re.compile(r"\w+")
_EXTRA_FORMS: dict[str, tuple[str, ...]] = {}


def _extra_forms(word: str) -> tuple[str, ...]:
    """The forms of a word (as `\\w+` finds it, casefolded) that differ from it as written."""
    found: set[str] = set()
    for part in TOKEN.findall(word) if "_" in word else (word,):
        written = part.replace("ё", "е")
        found.update(f for f in search_forms(part) if f != written)
    forms = tuple(found)
    if len(_EXTRA_FORMS) > 500_000:
        _EXTRA_FORMS.clear()
    _EXTRA_FORMS[word] = forms
    return forms


_TOKEN_FORMS: dict[str, tuple[str, ...]] = {}  # by a piece of text between spaces


def index_forms(text: str | None) -> str:
    """The search index's shadow text for `text`: each dictionary form its words have that
    differs from the word as written, once, sorted (the same text gives the same forms in
    every process, which removing a row from the index needs).

    Split at spaces first and each distinct piece ("клиенты," "Звонок.") looked up once: a
    third faster than finding the words of the whole text, and indexing is most of an
    import's time."""
    if not text:
        return ""
    found: set[str] = set()
    known = _TOKEN_FORMS
    for piece in set(text.split()):
        forms = known.get(piece)
        if forms is None:
            parts: set[str] = set()
            for word in _WORDS.findall(piece.casefold()):
                parts.update(_EXTRA_FORMS.get(word) or _extra_forms(word))
            forms = tuple(parts)
            if len(known) > 500_000:
                known.clear()
            known[piece] = forms
        if forms:
            found.update(forms)
    return " ".join(sorted(found))


@cache
def common_words(lang: str, count: int = 6000) -> tuple[str, ...]:
    """Ordinary words of 4 to 8 letters among the language's `count` most frequent: the
    pool a generated passphrase draws from (easy to type and to say on the phone)."""
    import wordfreq

    found = []
    for word in wordfreq.top_n_list(lang, count, wordlist=_WORDLIST):
        if word.isalpha() and 4 <= len(word) <= 8 and (lang != "en" or word.isascii()):
            found.append(word)
    return tuple(dict.fromkeys(found))
