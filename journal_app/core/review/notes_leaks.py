"""The last look before the coach's notes leave (a .bjnotes file): like every file that
leaves the computer, read back from the temporary file before the rename (here: unsealed
with the review's passphrase, which also proves the file opens) and checked for what must
not travel — the names the coach's own journal knows: the coach's clients, their
organisations and other names, and the names of other coachees' reviews (a review shared
with real names), each in every word form; e-mail addresses and phone numbers too.

What the review itself names (its clients, pseudonymised or not) may be in the notes: the
coach is answering about them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from ..db import translate_errors
from ..leaks import LeakCheck, LeakError
from ..locale import pgettext
from ..messages import NOTE_LEAK
from ..models import Client, ClientOtherName
from ..pseudonyms import LETTERS_OF, Pseudonymiser, alias
from ..sealed import unseal
from .document import NOTES_MAGIC, OpenedReview, parse_notes
from .models import Review


def _alias_pattern() -> re.Pattern[str]:
    """An alias of a pseudonymised review ("Client B", «Клиент Б»): no one's name."""
    shapes = []
    for lang, letters in LETTERS_OF.items():
        shape = pgettext("pseudonym", "Client {letters}", lang)
        shapes.append(re.escape(shape).replace(r"\{letters\}", f"[{letters}]+"))
    return re.compile("|".join(shapes))


def _names(engine: Engine, review: OpenedReview) -> list[str]:
    """Every name the coach's journal holds that is not the review's own."""
    own = {c["name"].casefold() for c in review.export.get("clients", [])}
    aliases = _alias_pattern()
    with translate_errors(), Session(engine) as s:
        found = [n for c in s.exec(select(Client)).all() for n in (c.name, c.organisation)]
        found += [o.name for o in s.exec(select(ClientOtherName)).all()]
        for row in s.exec(
            select(Review).where(Review.role == "received", Review.uuid != review.review_id)
        ).all():
            found += [t for t in row.title.split(", ") if not aliases.fullmatch(t)]
    names: list[str] = []
    for name in (" ".join(n.split()) for n in found):
        if name and name.casefold() not in own and name not in names:
            names.append(name)
    return names


def coach_check(engine: Engine, review: OpenedReview) -> LeakCheck:
    names = _names(engine, review)
    masker = Pseudonymiser({n: alias(i) for i, n in enumerate(names, 1)})
    from ..exporters.words import every_word

    reviewed = [c["name"] for c in review.export.get("clients", [])]
    return LeakCheck(masker, (*every_word(), *reviewed, "Boundary Journal"))


def sealed_notes_check(
    engine: Engine, review: OpenedReview, passphrase: str, shown: str
) -> Callable[[Path], None]:
    """What `core.files` runs on the written temporary .bjnotes file."""
    check = coach_check(engine, review)

    def run(partial: Path) -> None:
        plain = unseal(partial.read_bytes(), passphrase, NOTES_MAGIC, shown)
        _, notes = parse_notes(plain, shown)
        for note in notes:
            found = check.first(note.text)
            if found is not None:
                raise LeakError(NOTE_LEAK, word=found, date=f"{note.at.astimezone():%Y-%m-%d}")
        check.text(plain.decode("utf-8"), shown)

    return run
