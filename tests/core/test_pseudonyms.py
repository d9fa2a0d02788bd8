"""The pseudonymiser on its own: every form of every known name goes, in any glue; the
alias takes the replaced form's case; ordinary words of longer names, amounts and dates stay."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core.name_forms import key
from journal_app.core.pseudonyms import Pseudonymiser, alias

from .name_cases import CLIENTS, FORMS, GLUES, written


@cache
def masker(lang: str) -> Pseudonymiser:
    return Pseudonymiser({name: alias(n, lang) for n, name in enumerate(CLIENTS, 1)}, lang)


@pytest.fixture(scope="module")
def maskers() -> dict[str, Pseudonymiser]:
    return {lang: masker(lang) for lang in ("en", "ru")}


def holds(text: str, form: str) -> bool:
    """`form` is in `text` as whole words (case and ё folded), whatever glues it."""
    words = r"[\s_\-]+".join(re.escape(w) for w in key(written(form)).split())
    return re.search(rf"(?<![^\W\d_]){words}(?![^\W\d_])", key(text)) is not None


@pytest.mark.parametrize("glue", GLUES)
@pytest.mark.parametrize(("client", "form"), FORMS)
def test_every_form_in_every_glue_is_replaced(
    maskers: dict[str, Pseudonymiser], client: str, form: str, glue: str
) -> None:
    text = "Было: " + glue.format(written(form)) + " и дальше."
    for lang, m in maskers.items():
        out = m.text(text)
        assert not holds(out, form), (lang, text, out)
        assert alias(CLIENTS.index(client) + 1, lang).split()[0][:6] in out, (lang, out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Звонок от Ромашки", "Звонок от Клиента Е"),
        ("Договорились с Ромашкой", "Договорились с Клиентом Е"),
        ("Письмо Северному Ветру", "Письмо Клиенту В"),
        ("Спорил с Северным Ветром", "Спорил с Клиентом В"),
        ("Думаю о Ленте", "Думаю о Клиенте А"),
        ("Акме снова звонит", "Клиент Ж снова звонит"),
        ("Нордвинд и Нордвинда", "Клиент Д и Клиента Д"),
        # a plural form of a singular name gets a plural alias
        ("Сколько у нас Ромашек?", "Сколько у нас Клиентов Е?"),
        ("Устал от встреч с Ромашками", "Устал от встреч с Клиентами Е"),
    ],
)
def test_the_alias_takes_the_case_of_the_replaced_form(
    maskers: dict[str, Pseudonymiser], text: str, expected: str
) -> None:
    assert maskers["ru"].text(text) == expected


def test_a_name_that_is_plural_itself_keeps_a_singular_alias() -> None:
    masker = Pseudonymiser({"Ромашки": "Клиент Е"}, "ru")
    assert masker.text("Звонок от Ромашек, спор с Ромашками") == (
        "Звонок от Клиента Е, спор с Клиентом Е"
    )


def test_an_english_alias_keeps_the_possessive_and_is_not_inflected(
    maskers: dict[str, Pseudonymiser],
) -> None:
    assert maskers["en"].text("Acme's CFO, с Ромашкой") == "Client G's CFO, с Client F"
    assert maskers["en"].text("Nordwind Capital’s offer") == "Client E’s offer"


def test_ordinary_words_of_longer_names_stay(maskers: dict[str, Pseudonymiser]) -> None:
    text = (
        "The sky was grey; the media plan slipped #media. Blue skies, capital letters. "
        "Ветер с севера дул весь день, ветра не было. Нева замёрзла, медиа молчат."
    )
    for m in maskers.values():
        assert m.text(text) == text
    assert maskers["en"].text("Nordwind called") == "Client E called"


def test_e_and_yo_fold_both_ways() -> None:
    m = Pseudonymiser({"Ёлка": "Client A", "Берег": "Client B"}, "en")
    assert m.text("у Елки и у ёлки, на Берёге") == "у Client A и у Client A, на Client B"


def test_phones_are_masked_whole_and_amounts_and_dates_stay(
    maskers: dict[str, Pseudonymiser],
) -> None:
    m = maskers["ru"]
    for phone in (
        "+7 495 123–45–67",
        "8 (495) 123 - 45 - 67",
        "+7 (912) 345-67-89",
        "8 912 345 67 89",
        "+44 20 7946 0958",
    ):
        out = m.text(f"звоните {phone} вечером")
        assert out == "звоните [телефон] вечером", (phone, out)
    kept = "Бюджет 1 500 000 руб., 04.03.2026 и 2026-03-04 10:00, в 21:00, 3/5"
    assert m.text(kept) == kept
    assert m.text("пишите anna.k@acme-corp.ru") == "пишите [e-mail]"


def test_other_names_in_the_mapping_are_replaced_like_names() -> None:
    m = Pseudonymiser({"Acme": "Client A", "Иван Петров": "Person 1"}, "en")
    assert m.text("Ивану Петрову позвонил, Иван Петров ответил") == (
        "Person 1 позвонил, Person 1 ответил"
    )
    # A first name or surname alone still names the person, common as it is.
    assert m.text("Петров опять звонил") == "Person 1 опять звонил"


_FILLER = ("и", "the", "sky", "ветер", "media", "звонил", "2024", "plan", "Нева", "бюджет")
_GLUE = st.sampled_from(GLUES)
_PIECES = st.one_of(
    st.tuples(st.sampled_from(FORMS), _GLUE).map(lambda p: p[1].format(written(p[0][1]))),
    st.sampled_from(_FILLER),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12), st.sampled_from(("en", "ru")))
def test_no_name_form_survives_any_text_made_of_them(pieces: list[str], lang: str) -> None:
    text = " ".join(pieces)
    out = masker(lang).text(text)
    for _, form in FORMS:
        assert not holds(out, form), (text, out)
    for filler in ("sky", "ветер", "media", "plan", "Нева", "бюджет"):
        if filler in pieces:
            assert filler in out, (text, out)
