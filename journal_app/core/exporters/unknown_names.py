"""The capitalised words and phrases a pseudonymised export leaves as written: likely names of
people or companies the journal does not know. Found in the bundle's texts after
pseudonymising, so the list shows what really leaves; the person adds what is a name as
another name of a client, or as one of its people, and the next preview no longer lists it.

A word at the start of a sentence is capitalised anyway: it is listed only when it is not an
ordinary word of its language (`morphology.is_ordinary`). Aliases ("Client A", «Клиенту Б»,
"Person 1") and English day and month names are never listed.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from .. import morphology
from ..locale import LANGUAGES, pgettext
from ..records import ClientRecord
from .bundle import ExportBundle

# A word: starts with a letter, may go on with letters and digits, and inner ' or - parts.
_WORD = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*")
_JOIN = re.compile(r"^(?:[ \u00a0]+|_)$")  # what may stand between two words of one name
_SENTENCE_END = re.compile(r"(?:^|[.!?…\n])[\s\"'«»“”„(\[*#>\-–—•\d.)]*$")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_CALENDAR = frozenset(
    n.casefold() for n in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr) if n
)
_I_CONTRACTED = frozenset(("i'd", "i'm", "i've", "i'll"))
MAX_SHOWN = 200


@dataclass(frozen=True)
class UnknownName:
    name: str
    count: int  # how many times it appears in the export
    # The export's names of the clients whose entries mention it, the most mentions first:
    # the first is where the person most likely means to add it.
    clients: tuple[str, ...] = ()


def unknown_names(bundle: ExportBundle, clients: Iterable[ClientRecord]) -> list[UnknownName]:
    """The likely names left in `bundle` (a pseudonymised one), most frequent first. Names the
    journal knows (a client's, its organisation, its other names) are not listed."""
    known: set[str] = set()
    for c in clients:
        known.update((_key(c.name), _key(c.organisation)))
        known.update(_key(o.name) for o in c.other_names)
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    by_client: dict[str, Counter[str]] = {}
    order = {c.name: n for n, c in enumerate(bundle.clients)}
    for text, about in _texts(bundle):
        for phrase in _phrases(text):
            key = _key(phrase)
            if key in known:
                continue
            counts[key] += 1
            spelling.setdefault(key, Counter())[phrase] += 1
            by_client.setdefault(key, Counter()).update(about)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SHOWN]
    return [
        UnknownName(spelling[k].most_common(1)[0][0], n, _most_first(by_client[k], order))
        for k, n in ranked
    ]


def _most_first(mentions: Counter[str], order: dict[str, int]) -> tuple[str, ...]:
    """Clients by mentions, most first; a tie in the export's order of clients."""
    return tuple(
        sorted(mentions, key=lambda name: (-mentions[name], order.get(name, len(order)), name))
    )


def _key(name: str) -> str:
    return morphology.fold(" ".join(name.split()))


def _texts(bundle: ExportBundle) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each text, and the clients (their names in the export) whose entry holds it."""
    for text in (
        *bundle.chosen,
        *(kind.name for kind in bundle.kinds),
        *(question.text for question in bundle.questions),
    ):
        yield text, ()
    for entry in bundle.entries:
        for text in (entry.title, entry.body, *entry.tags, *(a.text for a in entry.answers)):
            yield text, entry.clients
        for incident in entry.incidents:
            about = (*entry.clients, *((incident.client,) if incident.client else ()))
            yield incident.note, tuple(dict.fromkeys(about))


def _phrases(text: str) -> Iterator[str]:
    """Runs of capitalised words, aliases cut out, sentence-initial ordinary words dropped."""
    run: list[re.Match[str]] = []
    last_end = -1
    for match in _WORD.finditer(text):
        if not match.group(0)[0].isupper():
            yield from _close(text, run)
            run = []
        elif (
            run
            and _JOIN.match(text[last_end : match.start()])
            and not _POSSESSIVE.search(run[-1].group(0))
        ):
            run.append(match)
        else:
            yield from _close(text, run)
            run = [match]
        last_end = match.end()
    yield from _close(text, run)


def _close(text: str, run: list[re.Match[str]]) -> Iterator[str]:
    words: list[re.Match[str]] = []
    skip_next = False
    for match in run:
        if skip_next:  # the letter or number of an alias: "Client A", «Человек 1»
            skip_next = False
            if len(match.group(0)) <= 2:
                continue
        if _is_alias_word(match.group(0)):
            yield from _name(text, words)
            words, skip_next = [], True
            continue
        words.append(match)
    yield from _name(text, words)


def _name(text: str, words: list[re.Match[str]]) -> Iterator[str]:
    if words and _SENTENCE_END.search(text[: words[0].start()]) and _plain(words[0].group(0)):
        words = words[1:]  # "Yesterday Jane Doe" → "Jane Doe"
    while words and _plain_anywhere(words[0].group(0)):
        words = words[1:]
    if not words:
        return
    phrase = " ".join(_POSSESSIVE.sub("", w.group(0)).rstrip("0123456789") for w in words)
    if len(phrase) > 1:
        yield phrase


def _is_alias_word(word: str) -> bool:
    folded = morphology.fold(word)
    if morphology.is_cyrillic(folded):
        return bool(morphology.russian_lemmas(folded) & _alias_words())
    return folded in _alias_words()


@cache
def _alias_words() -> frozenset[str]:
    """The words aliases start with in every language ("client", «клиент», "person"…)."""
    return frozenset(
        morphology.fold(pgettext("pseudonym", template, lang).split()[0])
        for template in ("Client {letters}", "Person {number}")
        for lang in LANGUAGES
    )


def _plain(word: str) -> bool:
    """An ordinary word, capitalised only because a sentence starts with it."""
    word = _POSSESSIVE.sub("", word)
    if _plain_anywhere(word):
        return True
    return morphology.is_ordinary(word, _lang(word)) and not morphology.is_russian_personal_name(
        word
    )


def _plain_anywhere(word: str) -> bool:
    """Capitalised wherever it stands, and no name: "I", "I'd", "Monday", "March"."""
    folded = morphology.fold(word).replace("’", "'")
    return len(folded) < 2 or folded in _CALENDAR or folded in _I_CONTRACTED


def _lang(word: str) -> str:
    return "ru" if morphology.is_cyrillic(word) else "en"
