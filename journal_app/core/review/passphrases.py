"""The passphrase a person chooses for a review, and one the app offers: words, like the
recovery key, to be told to the coach another way (on the phone, in person)."""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass

from ..errors import ValidationError
from ..keys import MIN_PASSPHRASE
from ..messages import REVIEW_PASSPHRASE_TOO_SHORT

GENERATED_WORDS = 6
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Strength:
    bits: int
    level: int  # 0 too short, 1 weak, 2 fair, 3 good, 4 strong

    @property
    def acceptable(self) -> bool:
        return self.level >= 2


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if any(c.islower() and not c.isascii() for c in text):
        pool += 33  # Cyrillic, say
    if any(c.isupper() and not c.isascii() for c in text):
        pool += 33
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^\w\s]|_", text):
        pool += 32
    return max(pool, 10)


def strength(passphrase: str) -> Strength:
    """A rough, honest estimate: letters count little when they spell ordinary words (a
    word of a dictionary is about 13 bits, whatever its length), repeats count once."""
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE:
        return Strength(0, 0)
    from ..morphology import fold, is_cyrillic, is_ordinary

    bits = 0.0
    seen: set[str] = set()
    rest = text
    for word in _WORDS.findall(text):
        key = fold(word)
        if key in seen:
            rest = rest.replace(word, "", 1)
            continue
        seen.add(key)
        if len(word) >= 3 and is_ordinary(word, "ru" if is_cyrillic(word) else "en"):
            bits += 13
            rest = rest.replace(word, "", 1)
    others = re.sub(r"\s+", "", rest)
    distinct = len(set(others))
    bits += min(len(others), distinct * 2) * math.log2(_pool(others or text))
    level = 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 75 else 4
    return Strength(int(bits), level)


def check_review_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(REVIEW_PASSPHRASE_TOO_SHORT, limit=MIN_PASSPHRASE)


def generate(lang: str = "en", words: int = GENERATED_WORDS) -> str:
    """Six common words chosen at random ("about 70 bits"), joined by hyphens."""
    from ..morphology import common_words

    pool = common_words("ru" if lang == "ru" else "en")
    return "-".join(secrets.choice(pool) for _ in range(words))
