"""The names a pseudonymised export replaces, and what each becomes: every way a client is
named (its name, organisation and other names) → "Client A"; each of its people's names →
"Person 1" («Человек 1»). People's numbers are given the first time they are pseudonymised
and kept, like clients' letters; the mapping stays in this database.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from .. import morphology
from ..catalogue import language
from ..db import translate_errors
from ..locale import pgettext
from ..models import ClientOtherName, OtherNameKind
from ..pseudonyms import alias


def person_alias(number: int, lang: str = "en") -> str:
    """1 → "Person 1" (Russian: «Человек 1»)."""
    return pgettext("pseudonym", "Person {number}", language(lang)).format(number=number)


def pseudonym_map(
    engine: Engine, numbers: dict[int, tuple[str, str, int]], lang: str
) -> dict[str, str]:
    """Every name to replace → its alias. `numbers`: each client's (name, organisation, alias
    number). A client's own name wins over another's organisation of the same spelling."""
    with translate_errors(), Session(engine) as s:
        rows = s.exec(select(ClientOtherName).order_by(col(ClientOtherName.id))).all()
        last = max((r.alias_no or 0 for r in rows), default=0)
        others: list[tuple[str, int, int | None]] = []
        for row in rows:
            if row.kind == OtherNameKind.PERSON.value and row.alias_no is None:
                last += 1
                row.alias_no = last
                s.add(row)
            person = row.kind == OtherNameKind.PERSON.value
            others.append((row.name, row.client_id, row.alias_no if person else None))
        s.commit()
    found: dict[str, str] = {}

    def put(name: str, shown: str) -> None:
        name = " ".join(name.split())
        if name and not any(k.casefold() == name.casefold() for k in found):
            found[name] = shown

    for name, _, number in numbers.values():
        put(name, alias(number, lang))
    for _, organisation, number in numbers.values():
        put(organisation, alias(number, lang))
    for name, client_id, person_no in others:
        if person_no is not None:
            put(name, person_alias(person_no, lang))
        elif client_id in numbers:
            put(name, alias(numbers[client_id][2], lang))
    return found


CASES = ("gent", "datv", "ablt", "loct")  # the accusative is one of the others, or the name


def matched_forms(name: str, limit: int = 6) -> list[str]:
    """A few of the forms a pseudonymised export replaces, to show the person («Иван Петров»
    → «Ивана Петрова», «Ивану Петрову»…; "Acme" → "Acme's", "Acmes"). Matching itself is
    wider: any case of letters, ё as е, every form of each word (see core.pseudonyms)."""
    name = " ".join(name.split())
    if not name:
        return []
    if not morphology.is_cyrillic(name):
        last = name.split()[-1]
        plural = [] if last.lower().endswith("s") else [name + "s"]
        return [name, name + "’s", *plural][:limit]
    found = [name]
    for case in CASES:
        form = " ".join(_inflect(word, case) for word in name.split())
        if form.casefold() not in (f.casefold() for f in found):
            found.append(form)
    return found[:limit]


def _inflect(word: str, case: str) -> str:
    if word.isupper() or not morphology.is_cyrillic(word):
        return word  # «ООО», "Ltd": the same in every case
    parses = morphology.analyzer().parse(word)
    named = [p for p in parses if {"Name", "Surn", "Patr", "Orgn"} & set(p.tag.grammemes)]
    chosen = (named or parses)[0] if word[0].isupper() else parses[0]
    inflected = chosen.inflect({case})
    if inflected is None:
        return word
    form = inflected.word
    return form[0].upper() + form[1:] if word[0].isupper() else form
