"""Pseudonymising what leaves the computer: clients become stable aliases ("Client A"),
wherever their names appear, and e-mail addresses and phone numbers in text are masked.

Names are matched case-insensitively and in their word forms: an English name with its
possessive or plural ("Acme's"), a Russian one by its stem («Акме», «Акмой», «Акмы»). A
multi-word name is matched whole and word by word («Ромашка» alone is still the client of
«ООО Ромашка»). The mapping from names to aliases stays in the journal's database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .locale import gettext, language, pgettext

LETTERS = {"en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ru": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"}
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
# Russian case endings, longest first: what is left is the stem all forms share.
_RU_ENDINGS = sorted(
    [
        "а",
        "я",
        "ы",
        "и",
        "е",
        "у",
        "ю",
        "о",
        "ь",
        "й",
        "ой",
        "ей",
        "ом",
        "ем",
        "ью",
        "ья",
        "ие",
        "ия",
        "ий",
        "ый",
        "ая",
        "ое",
        "ую",
        "юю",
        "ых",
        "их",
        "ым",
        "им",
        "ами",
        "ями",
        "ах",
        "ях",
        "ам",
        "ям",
        "ов",
        "ев",
    ],
    key=len,
    reverse=True,
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s().\-]{0,2}\d){6,14}(?!\w)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def alias(number: int, lang: str = "en") -> str:
    """1 → "Client A", 26 → "Client Z", 27 → "Client AA" (Russian: «Клиент А»…)."""
    lang = language(lang)
    letters = LETTERS[lang]
    label = ""
    while number > 0:
        number, rest = divmod(number - 1, len(letters))
        label = letters[rest] + label
    return pgettext("pseudonym", "Client {letters}", lang).format(letters=label)


def _stem_pattern(word: str) -> str:
    if _CYRILLIC.search(word):
        folded = word.casefold()
        stem = folded
        for ending in _RU_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                stem = folded[: -len(ending)]
                break
        pattern = re.escape(stem).replace("е", "[её]").replace("ё", "[её]")
        return pattern + r"[а-яё]{0,3}"
    return re.escape(word) + r"(?:s|es)?"


def name_patterns(name: str) -> tuple[str, list[str]]:
    """A regular expression for the whole name, and one for each telling word of it."""
    words = re.findall(r"\w+", name)
    if not words:
        return "", []
    whole = r"\s+".join(_stem_pattern(w) for w in words)
    parts = [
        _stem_pattern(w)
        for w in words
        if len(words) > 1 and len(w) >= 3 and w.casefold() not in GENERIC_WORDS and not w.isdigit()
    ]
    return whole, parts


def _looks_like_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if _ISO_DATE.match(candidate.strip()) or not 7 <= len(digits) <= 15:
        return False
    if candidate.startswith("+") or "(" in candidate or "-" in candidate:
        return True
    groups = candidate.split()
    # 1 500 000 is an amount, not a number to call.
    return not (len(groups) > 1 and all(len(g) == 3 for g in groups[1:]))


class Pseudonymiser:
    """Replaces client names with aliases and masks contact details; `None` keeps text as is."""

    def __init__(self, names: Mapping[str, str], lang: str = "en") -> None:
        """`names`: every way a client is named (name, organisation) → the client's alias."""
        self._lang = language(lang)
        self._aliases = {k.casefold(): v for k, v in names.items()}
        wholes: dict[str, str] = {}
        parts: dict[str, str] = {}
        for real, shown in names.items():
            whole, words = name_patterns(real)
            if whole:
                wholes.setdefault(whole, shown)
            for word in words:
                parts.setdefault(word, shown)
        # Whole names before single words, longer before shorter: "Acme Labs" wins over
        # "Acme", and the client called "Acme" keeps its own alias.
        ordered = sorted(wholes.items(), key=lambda p: len(p[0]), reverse=True)
        ordered += sorted(
            ((p, a) for p, a in parts.items() if p not in wholes),
            key=lambda p: len(p[0]),
            reverse=True,
        )
        self._shown = [shown for _, shown in ordered]
        self._names = (
            re.compile(
                "|".join(
                    rf"(?<!\w)(?P<n{i}>{p})(?P<s{i}>['’]s)?(?!\w)"
                    for i, (p, _) in enumerate(ordered)
                ),
                re.IGNORECASE,
            )
            if ordered
            else None
        )

    def name(self, real: str) -> str:
        return self._aliases.get(real.casefold(), real)

    def text(self, text: str) -> str:
        if not text:
            return text
        email, phone = gettext("[e-mail]", self._lang), gettext("[phone]", self._lang)
        text = _EMAIL.sub(email, text)
        text = _PHONE.sub(lambda m: phone if _looks_like_phone(m.group(0)) else m.group(0), text)
        if self._names is None:
            return text
        return self._names.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        for key, value in match.groupdict().items():
            if value is not None and key[0] == "n":
                index = int(key[1:])
                return self._shown[index] + (match.group(f"s{index}") or "")
        return match.group(0)


class Plain(Pseudonymiser):
    """Nothing replaced: the export keeps real names."""

    def __init__(self) -> None:
        super().__init__({})

    def name(self, real: str) -> str:
        return real

    def text(self, text: str) -> str:
        return text


def name_variants(name: str, organisation: str) -> Iterable[str]:
    yield name
    if organisation.strip() and organisation.strip().casefold() != name.casefold():
        yield organisation.strip()
