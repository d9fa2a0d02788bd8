"""E-mail addresses and phone numbers in a text, told from dates, times, amounts and ids.

One scanner serves both the masking of texts and the leak check of a written export, so
what the masker leaves as "not a phone" (a date, a uuid, 1 500 000) the check leaves too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")
# Between the digits of one number; never a line break (numbers on two lines are two).
_SEPARATORS = r"[ \t\u00a0\u2009\u202f().\-‐‑‒–—]"
_SCAN = re.compile(
    # Only where no word goes on (a cheap test at each place), then: ids and dates, tried
    # first and skipped whole, for they are not phone numbers; or a phone number.
    r"(?<![\w+])(?:"
    r"(?P<skip>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d))"
    rf"|(?P<phone>\+?\(?\d(?:{_SEPARATORS}{{0,3}}\d){{6,14}}(?!\w)))"
)
_DASHES = re.compile(r"[\-‐‑‒–—(]")


def looks_like_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if not 7 <= digits <= 15:
        return False
    if candidate.startswith("+") or _DASHES.search(candidate):
        return True
    groups = re.split(r"[\s.]+", candidate.strip())
    # 1 500 000 is an amount, not a number to call.
    return not (len(groups) > 1 and all(len(g) == 3 for g in groups[1:]))


def phones(text: str) -> Iterator[re.Match[str]]:
    for match in _SCAN.finditer(text):
        if match.group("phone") is not None and looks_like_phone(match.group("phone")):
            yield match


def mask(text: str, email: str, phone: str) -> str:
    if "@" in text:
        text = EMAIL.sub(email, text)
    if _DIGIT.search(text) is None:
        return text
    out, last = [], 0
    for match in phones(text):
        out += [text[last : match.start()], phone]
        last = match.end()
    return "".join(out) + text[last:] if out else text


def found(text: str) -> Iterator[tuple[int, str]]:
    """(position, what) of every e-mail address and phone number in `text`."""
    if "@" in text:
        for match in EMAIL.finditer(text):
            yield match.start(), match.group(0)
    if _DIGIT.search(text) is None:
        return
    for match in phones(text):
        yield match.start(), match.group(0)
