"""Every way a known name can be written in a text, as sequences of folded words.

A name is split into its words (letters only: digits, `_`, `-`, `#` and `@` glued to a name
do not hide it, «#Ромашка2024» holds «Ромашка»). Each word gets its forms: every case and
number that pymorphy3 knows or predicts for a Russian word, the possessive-free plural for
an English one. A Latin name is also written in Cyrillic and the other way round, by a plain
transliteration table («Акме» for "Acme", "Romashka" for «Ромашка»), and that spelling gets
its own forms. Legal forms («ООО», "LLC") may be left out by the writer, so the name without
them counts as the whole name too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .morphology import analyzer, is_cyrillic, is_ordinary, russian_forms

# A word of a text or a name: letters only. Everything else separates words.
LETTERS = re.compile(r"[^\W\d_]+")
# Words of a company name that say nothing about which company it is.
GENERIC_WORDS = frozenset(
    [
        "ооо",
        "оао",
        "зао",
        "пао",
        "ао",
        "ип",
        "нко",
        "группа",
        "компания",
        "холдинг",
        "llc",
        "inc",
        "ltd",
        "plc",
        "corp",
        "co",
        "gmbh",
        "ag",
        "sa",
        "group",
        "company",
        "holding",
        "the",
        "and",
        "of",
    ]
)
_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
_LAT_TO_CYR = {
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш",
    "yu": "ю", "ya": "я", "yo": "ё", "ph": "ф", "th": "т", "ck": "к", "qu": "кв",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс",
    "y": "и", "z": "з",
}  # fmt: skip
_LAT_KEYS = sorted(_LAT_TO_CYR, key=len, reverse=True)
_VOWEL_END = re.compile(r"[еоиуыэюё]$")


def key(text: str) -> str:
    """What words are compared as: lower case, «ё» as «е» (same length as `text`)."""
    return text.lower().replace("ё", "е")


def words(name: str) -> list[str]:
    return LETTERS.findall(name)


def to_latin(word: str) -> set[str]:
    """«Ромашка» → {"romashka"}; «Акме» → {"akme", "acme"}."""
    plain = "".join(_CYR_TO_LAT.get(ch, ch) for ch in key(word))
    return {plain, plain.replace("kh", "h").replace("k", "c")} - {""}


def to_cyrillic(word: str) -> str:
    """ "Acme" → «акме», "Nordwind" → «нордвинд»."""
    folded, out, i = key(word), [], 0
    while i < len(folded):
        for latin in _LAT_KEYS:
            if folded.startswith(latin, i):
                out.append(_LAT_TO_CYR[latin])
                i += len(latin)
                break
        else:
            out.append(folded[i])
            i += 1
    return "".join(out)


@cache
def _feminine_endings() -> frozenset[str]:
    model = "лампа"
    return frozenset(key(f)[len(model) - 1 :] for f in russian_forms(model) if f.startswith("ламп"))


@lru_cache(maxsize=8192)
def word_forms(word: str) -> frozenset[str]:
    """The folded forms of one word of a name, in its own script."""
    folded = key(word)
    if is_cyrillic(folded):
        forms = {key(f) for f in russian_forms(folded)}
        if _VOWEL_END.search(folded) and not is_ordinary(folded, "ru"):
            # A name pymorphy3 reads as indeclinable or masculine («Акме») is also declined
            # by people as a feminine noun («с Акмой»): the endings of one («лампа»).
            stem = folded[:-1]
            forms |= {stem + ending for ending in _feminine_endings()}
        return frozenset(forms)
    forms = {folded, folded + "s", folded + "es"}
    if folded.endswith("y"):
        forms.add(folded[:-1] + "ies")
    return frozenset(forms)


def spellings(name_words: list[str]) -> Iterator[tuple[str, ...]]:
    """The name's words as written, and transliterated into the other script."""
    yield tuple(name_words)
    if all(is_cyrillic(w) for w in name_words):
        latin = [sorted(to_latin(w)) for w in name_words]
        yield tuple(spelled[0] for spelled in latin)
        yield tuple(spelled[-1] for spelled in latin)
    elif not any(is_cyrillic(w) for w in name_words):
        cyrillic = tuple(to_cyrillic(w) for w in name_words)
        yield cyrillic
        # And back, as a Russian writer would spell it in Latin: "Acme" → «Акме» → "akme".
        latin = [sorted(to_latin(w)) for w in cyrillic]
        yield tuple(spelled[0] for spelled in latin)
        yield tuple(spelled[-1] for spelled in latin)


@dataclass(frozen=True)
class Phrase:
    """One way of writing a name: a set of accepted word forms for each word, in order."""

    slots: tuple[frozenset[str], ...]
    alias: str
    bases: tuple[str, ...]  # the name's own words (folded), to read the case of a form
    part: bool = False  # one telling word of a longer name, not the name itself
    spelled: bool = False  # transliterated: the name as written elsewhere wins


_PERSON = frozenset({"Name", "Surn", "Patr"})


def _ordinary(word: str) -> bool:
    """An ordinary word of its language, which alone says nothing about a client. A word
    pymorphy3 reads first as a first name, surname or patronymic («Петров», «Анна») is not:
    it names a person, however often it is written."""
    if not is_cyrillic(word):
        return is_ordinary(word, "en")
    parses = analyzer().parse(key(word))
    if parses and _PERSON & parses[0].tag.grammemes:
        return False
    return is_ordinary(word, "ru")


def phrases(name: str, alias: str) -> Iterator[Phrase]:
    """Every phrase that stands for `name` in a text."""
    written = words(name)
    telling = [w for w in written if key(w) not in GENERIC_WORDS]
    sequences = [written] + ([telling] if telling and telling != written else [])
    for sequence in sequences:
        for n, spelled in enumerate(dict.fromkeys(spellings(sequence))):
            bases = tuple(key(w) for w in spelled)
            yield Phrase(tuple(word_forms(w) for w in spelled), alias, bases, spelled=n > 0)
            joined = "".join(bases)
            # "BlueSkyMedia"; not "Client S" as "clients", nor anything ordinary.
            if len(spelled) > 1 and min(map(len, bases)) > 2 and not _ordinary(joined):
                yield Phrase((word_forms(joined),), alias, (joined,), spelled=n > 0)
    if len(written) < 2:
        return
    for n, spelling in enumerate(dict.fromkeys(spellings(written))):
        for w in spelling:
            if len(w) < 3 or key(w) in GENERIC_WORDS or _ordinary(w):
                continue
            forms = frozenset(f for f in word_forms(w) if not _ordinary(f))
            if forms:
                yield Phrase((forms,), alias, (key(w),), part=True, spelled=n > 0)


def all_phrases(names: Iterable[tuple[str, str]]) -> list[Phrase]:
    """The phrases of every name, longest and whole names first: "Acme Labs" wins over
    "Acme", and a client called "Acme" over a word of "Acme Labs"."""
    found = [p for real, shown in names for p in phrases(real, shown)]
    return sorted(found, key=lambda p: (-len(p.slots), p.part, p.spelled))


@lru_cache(maxsize=65536)
def case_of(tokens: tuple[str, ...], bases: tuple[str, ...]) -> str | None:
    """The grammatical case a Russian phrase is in («северного ветра» → "gent"), read from
    its last word that declines, with ",plur" when that word is plural where the name is
    not («много Ромашек» → "gent,plur"); None when it cannot be told, is the name as
    written (the nominative), or the phrase is not Russian."""
    if tokens == bases:
        return None
    for token, base in zip(reversed(tokens), reversed(bases), strict=False):
        if not is_cyrillic(token):
            continue
        parses = analyzer().parse(token)
        base_parses = analyzer().parse(base)
        own = {key(p.normal_form) for p in base_parses} | {base}
        base_numbers = {p.tag.number for p in base_parses if key(p.normal_form) in own}
        fitting = [p for p in parses if key(p.normal_form) in own] or parses
        for parse in fitting:
            if parse.tag.case and "Fixd" not in parse.tag:
                case = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(
                    parse.tag.case, parse.tag.case
                )
                plural = parse.tag.number == "plur" and "plur" not in base_numbers
                return f"{case},plur" if plural else case
    return None


@lru_cache(maxsize=1024)
def inflected(alias: str, case: str | None) -> str:
    """«Клиент Б» in `case` («Клиента Б»; "gent,plur": «Клиентов Б»); an English alias, or
    the nominative singular, as it is."""
    if case is None or case == "nomn" or not is_cyrillic(alias):
        return alias
    grammemes = set(case.split(","))
    if "plur" not in grammemes:
        grammemes.add("sing")
    out = []
    for part in re.split(r"(\s+)", alias):
        if len(part) > 1 and is_cyrillic(part):
            parse = next((p for p in analyzer().parse(part.lower()) if "NOUN" in p.tag), None)
            form = parse.inflect(grammemes) if parse is not None else None
            if form is not None:
                word = form.word
                part = word[:1].upper() + word[1:] if part[:1].isupper() else word
        out.append(part)
    return "".join(out)
