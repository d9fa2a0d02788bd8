"""Core's catalogue: every word core writes has its Russian, with the same placeholders and
every plural form; no Russian is written inline in core; a missing .mo falls back to the .po."""

from __future__ import annotations

import ast
import io
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from journal_app.core import locale
from journal_app.core.errors import StorageError
from journal_app.core.exporters.words import _WORDS, word
from journal_app.core.pseudonyms import Pseudonymiser, alias
from journal_app.paths import resources_dir

CORE = Path(locale.__file__).resolve().parent
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KEYWORDS = {**DEFAULT_KEYWORDS, "NC_": ((1, "c"), 2)}  # as `make translations` extracts
# Where Cyrillic is data a word is matched or made with, not words written: single words,
# letters and patterns only (a literal with a space in it is a sentence, and fails anywhere).
LETTERS_AND_WORDS = {
    "pseudonyms.py": "the aliases' alphabet, company-form words, Russian endings",
    "morphology.py": "the Cyrillic pattern",
    "lemmas.py": "pymorphy3's ё for е",
    "name_forms.py": "the transliteration table, company-form words, a model paradigm",
    "search.py": "ё restored in matches",
    "search_query.py": "ё folded in queries",
}
SQL = {  # SQL, never changed
    "migrations/versions/0001_initial.py": "ё folded in the index",
    "migrations/versions/0007_search_forms.py": "ё folded in the index",
}


def catalogue(lang: str = "ru") -> Catalog:
    with locale.catalogue_source(lang).open("rb") as file:
        return read_po(file, domain=locale.DOMAIN)


def messages(found: Catalog) -> dict[tuple[str | None, str], object]:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in found if m.id}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.fixture
def own_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of resources/locale to damage, read afresh."""
    shutil.copytree(resources_dir() / "locale", tmp_path / "locale")
    monkeypatch.setattr(locale, "resources_dir", lambda: tmp_path)
    locale.forget()
    yield tmp_path / "locale" / "ru" / "LC_MESSAGES"
    locale.forget()


def test_every_word_core_writes_is_in_the_catalogue() -> None:
    """What `make translations` would extract from core is what the .po translates: a new
    string fails here until it is extracted and translated."""
    extracted = {
        (context, ids if isinstance(ids, str) else ids[0])
        for _, _, ids, _, context in extract_from_dir(str(CORE), keywords=KEYWORDS)
    }
    assert len(extracted) > 40  # the exporters' words, the observations, the aliases
    assert extracted == set(messages(catalogue()))
    with (resources_dir() / "locale" / "core.pot").open("rb") as file:
        assert set(messages(read_po(file))) == extracted


def test_every_message_has_its_russian_with_the_same_placeholders() -> None:
    found = catalogue()
    forms, _ = get_plural("ru")
    assert found.num_plurals == forms == 3
    assert found.plural_expr == get_plural("ru").plural_expr
    for message in found:
        if not message.id:
            continue
        assert not message.fuzzy, f"a fuzzy translation is not used: {message.id!r}"
        ids = (message.id,) if isinstance(message.id, str) else message.id
        said = (message.string,) if isinstance(message.string, str) else message.string
        assert len(said) == (1 if isinstance(message.id, str) else forms), message.id
        for text in said:
            assert text.strip(), f"no Russian for {message.id!r}"
            assert fields(text) == fields(ids[-1]), f"placeholders differ: {text!r}"
        if len(ids) == 2:
            assert fields(ids[0]) == fields(ids[1])


def test_no_russian_is_written_inline_in_core() -> None:
    written = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        where = path.relative_to(CORE).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if id(node) in docstrings or where in SQL or not CYRILLIC.search(node.value):
                continue
            if where in LETTERS_AND_WORDS and not re.search(r"\s", node.value):
                continue
            written.append(f"{where}:{node.lineno}: {node.value!r}")
    assert len(list(CORE.rglob("*.py"))) > 40  # it did look at core
    assert written == [], (
        "Core writes no Russian: put the English words in gettext()/ngettext()/N_() "
        "(see core/locale.py), run `make translations` and translate them in "
        "resources/locale/ru/LC_MESSAGES/core.po.\n" + "\n".join(written)
    )


def test_the_inline_check_sees_a_sentence_in_an_f_string() -> None:
    tree = ast.parse('f"{name}: контактов {n}"')
    found = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and CYRILLIC.search(n.value)
    ]
    assert found == [": контактов "]


def test_every_export_word_reads_in_russian() -> None:
    for key in _WORDS:
        assert CYRILLIC.search(word(key, "ru")), key
        assert not CYRILLIC.search(word(key, "en")), key
    assert word("from", "ru_RU") == "с"  # the date range's, by its context
    assert word("to", "ru") == "по"
    assert word("page", "ru").format(2, 7) == "Страница 2 из 7"
    assert word("title", "de") == "Boundary Journal — entries for review"  # English otherwise


def test_aliases_and_masks_in_the_exports_language() -> None:
    assert alias(1, "ru") == "Клиент А"
    assert alias(27, "en") == "Client AA"
    masked = Pseudonymiser({}, "ru").text("a@b.ru, +7 912 345-67-89")
    assert masked == "[e-mail], [телефон]"


def test_month_names_and_numbers_come_from_cldr() -> None:
    assert locale.month_name(11, "en") == "November"
    assert locale.month_name(11, "ru") == "ноябрь"
    assert locale.month_name(11, "ru", "format") == "ноября"  # as in «3 ноября»
    assert locale.number(1500, "en") == "1,500"
    assert locale.number(1500, "ru") == "1\xa0500"


def test_russian_plural_forms() -> None:
    sentence = (
        "{client}: {count} contact outside agreed hours in {month}, "
        "up from {previous} in {previous_month}.",
        "{client}: {count} contacts outside agreed hours in {month}, "
        "up from {previous} in {previous_month}.",
    )
    said = [locale.ngettext(*sentence, n, "ru").split(" вне")[0] for n in (1, 3, 5, 101, 22, 112)]
    assert said == [f"{{client}}: {{count}} {w}" for w in ("контакт", "контакта", "контактов")] * 2
    assert locale.ngettext(*sentence, 1, "en") == sentence[0]
    assert locale.ngettext(*sentence, 0, "en") == sentence[1]


def test_a_missing_mo_is_compiled_from_the_po(own_catalogue: Path) -> None:
    (own_catalogue / "core.mo").unlink(missing_ok=True)
    assert word("entries", "ru") == "Записи"
    assert not (own_catalogue / "core.mo").exists()  # compiled in memory, nothing written


def test_a_current_mo_is_read_and_a_stale_one_is_not(own_catalogue: Path) -> None:
    source = own_catalogue / "core.po"
    made = catalogue()
    made["Entries"].string = "Записи (из .mo)"
    out = io.BytesIO()
    write_mo(out, made)
    built = own_catalogue / "core.mo"
    built.write_bytes(out.getvalue())
    later = source.stat().st_mtime + 10
    os.utime(built, (later, later))
    assert word("entries", "ru") == "Записи (из .mo)"
    locale.forget()
    os.utime(source, (later + 10, later + 10))  # the .po edited after the build
    assert word("entries", "ru") == "Записи"


def test_a_missing_or_damaged_catalogue_is_named(own_catalogue: Path) -> None:
    source = own_catalogue / "core.po"
    source.write_bytes(b'msgid "Entries"\nmsgstr "\xff\xfe"\n')
    (own_catalogue / "core.mo").unlink(missing_ok=True)
    with pytest.raises(StorageError, match="core.po cannot be read"):
        word("entries", "ru")
    locale.forget()
    source.unlink()
    with pytest.raises(StorageError, match="core.po is missing"):
        word("entries", "ru")
    assert word("entries", "en") == "Entries"  # English needs no file


def test_english_months_and_numbers_are_cldrs_without_babel() -> None:
    from babel.dates import get_month_names
    from babel.numbers import format_decimal

    from journal_app.core.locale import month_name, number

    for form in ("stand-alone", "format"):
        names = get_month_names("wide", form, locale="en")
        assert [month_name(m, "en", form) for m in range(1, 13)] == [names[m] for m in range(1, 13)]
    for value in (0, 1, 7, 999, 1000, 1500, 12345, 1_000_000, -3, -4500):
        assert number(value, "en") == format_decimal(value, locale="en")
