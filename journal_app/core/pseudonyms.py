"""Pseudonymising what leaves the computer: clients become stable aliases ("Client A"),
wherever their names appear, and e-mail addresses and phone numbers in text are masked.

Every name the mapping holds (a client's name, organisation, other names) is matched in all
its word forms (see core.name_forms), whole, always. One word of a longer name is replaced
alone only when it is no ordinary word ("Nordwind" of "Nordwind Capital", never "sky" of
"Blue Sky Media"). A Russian form gets the alias in its case («с Клиентом Б»).

Texts are split into words and each word looked up in a dictionary of folded forms: one
pass over the text, however many names there are. The mapping from names to aliases stays
in the journal's database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from .contacts import found as contacts_found
from .contacts import mask
from .locale import gettext, language, pgettext
from .name_forms import LETTERS, Phrase, all_phrases, case_of, inflected, key

LETTERS_OF = {"en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ru": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"}
# What may stand between the words of one name: "Blue Sky", "blue-sky", "Blue_Sky".
_NEXT_WORD = re.compile(r"[\s_\-‐‑–—]+([^\W\d_]+)")


@lru_cache(maxsize=4096)
def _finder(words: frozenset[str]) -> re.Pattern[str]:
    """The places of these few words in a text, as whole words."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


def alias(number: int, lang: str = "en") -> str:
    """1 → "Client A", 26 → "Client Z", 27 → "Client AA" (Russian: «Клиент А»…)."""
    lang = language(lang)
    letters = LETTERS_OF[lang]
    label = ""
    while number > 0:
        number, rest = divmod(number - 1, len(letters))
        label = letters[rest] + label
    return pgettext("pseudonym", "Client {letters}", lang).format(letters=label)


class Pseudonymiser:
    """Replaces client names with aliases and masks contact details."""

    def __init__(self, names: Mapping[str, str], lang: str = "en") -> None:
        """`names`: every way a client or person is named → the alias it stands under."""
        self._lang = language(lang)
        self._aliases = {key(k): v for k, v in names.items()}
        self._shown_keys = {" ".join(key(v).split()) for v in names.values()}
        # Looked up by the first word, or the first two words of a longer name; the first
        # phrase to claim a key wins (longer and whole names come first).
        self._single: dict[str, Phrase] = {}
        self._pairs: dict[tuple[str, str], list[Phrase]] = {}
        for phrase in all_phrases(names.items()):
            if len(phrase.slots) == 1:
                for form in phrase.slots[0]:
                    self._single.setdefault(form, phrase)
                continue
            for first in phrase.slots[0]:
                for second in phrase.slots[1]:
                    self._pairs.setdefault((first, second), []).append(phrase)
        self._multi_first = {first for first, _ in self._pairs}
        self._starts = set(self._single) | self._multi_first

    @property
    def active(self) -> bool:
        """Whether anything is replaced: a leak check is worth running."""
        return True

    def name(self, real: str) -> str:
        return self._aliases.get(key(real), real)

    def text(self, text: str) -> str:
        if not text:
            return text
        email, phone = gettext("[e-mail]", self._lang), gettext("[phone]", self._lang)
        text = mask(text, email, phone)
        out, last = [], 0
        for start, end, phrase, tokens in self.matches(text):
            out += [text[last:start], self._shown(phrase, tokens)]
            last = end
        return "".join(out) + text[last:] if out else text

    def matches(self, text: str) -> Iterator[tuple[int, int, Phrase, tuple[str, ...]]]:
        """(start, end, phrase, folded words) of every name in `text`, left to right."""
        if not self._starts:
            return
        folded = key(text)
        if len(folded) != len(text):  # a letter whose lower case is longer ("İ")
            folded = "".join(key(ch)[:1] for ch in text)
        hits = self._starts.intersection(LETTERS.findall(folded))
        if not hits:
            return  # most texts name no one: one pass in C, no loop in Python
        skip_to = 0
        for match in _finder(frozenset(hits)).finditer(folded):
            first = match.group()
            if match.start() < skip_to:
                continue
            found = self._longer(folded, match) if first in self._multi_first else None
            if found is None:
                phrase = self._single.get(first)
                if phrase is None:
                    continue
                found = (match.end(), phrase, (first,))
            end, phrase, tokens = found
            yield match.start(), end, phrase, tokens
            skip_to = end

    def _longer(
        self, folded: str, first: re.Match[str]
    ) -> tuple[int, Phrase, tuple[str, ...]] | None:
        """The longest name of two or more words that starts at `first`, if any."""
        second = _NEXT_WORD.match(folded, first.end())
        if second is None:
            return None
        candidates = self._pairs.get((first.group(), second.group(1)))
        if not candidates:
            return None
        most = max(len(p.slots) for p in candidates) - 2
        following = [(second.group(1), second.end())]
        following += self._following(folded, second.end(), most)
        for phrase in candidates:
            n = len(phrase.slots) - 1
            if n <= len(following) and all(
                word in slot for (word, _), slot in zip(following, phrase.slots[1:], strict=False)
            ):
                tokens = (first.group(), *(word for word, _ in following[:n]))
                return following[n - 1][1], phrase, tokens
        return None

    @staticmethod
    def _following(folded: str, end: int, most: int) -> list[tuple[str, int]]:
        """Up to `most` words right after `end` that may belong to the same name, with
        where each ends."""
        found: list[tuple[str, int]] = []
        while len(found) < most:
            nxt = _NEXT_WORD.match(folded, end)
            if nxt is None:
                break
            end = nxt.end()
            found.append((nxt.group(1), end))
        return found

    def _shown(self, phrase: Phrase, tokens: tuple[str, ...]) -> str:
        if self._lang != "ru":
            return phrase.alias
        return inflected(phrase.alias, case_of(tokens, phrase.bases))

    def leaks(self, text: str, own: frozenset[str] = frozenset()) -> Iterator[tuple[int, str]]:
        """(position, what) of every known name, e-mail address and phone number in `text`:
        what a pseudonymised export must not hold. Names made only of the `own` words (the
        export's headings, folded) are the export's, not a client's."""
        for start, end, _, tokens in self.matches(text):
            # A journal may have a client called "Client B": as another's alias, it stays.
            if " ".join(tokens) not in self._shown_keys and not own.issuperset(tokens):
                yield start, text[start:end]
        yield from contacts_found(text)


class Plain(Pseudonymiser):
    """Nothing replaced: the export keeps real names."""

    def __init__(self) -> None:
        super().__init__({})

    @property
    def active(self) -> bool:
        return False

    def name(self, real: str) -> str:
        return real

    def text(self, text: str) -> str:
        return text


def name_variants(name: str, organisation: str) -> Iterable[str]:
    yield name
    if organisation.strip() and organisation.strip().casefold() != name.casefold():
        yield organisation.strip()
