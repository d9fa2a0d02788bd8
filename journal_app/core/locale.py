"""The words core writes itself — headings of exports, observations about trends, aliases —
in the export's language, which may differ from the app's.

They come from one gettext catalogue, the `core` domain in resources/locale: the English
words are the message ids, and resources/locale/ru/LC_MESSAGES/core.po translates them, with
Russian's three plural forms. Month names and numbers come from CLDR, through Babel. No word
of another language is written in core's code: `make translations` extracts every string
passed to `gettext`, `ngettext`, `pgettext`, `N_` and `NC_` here into core.pot and merges it
into the .po files, and tests/core/test_locale.py fails on one left untranslated.

The build compiles each .po to a .mo beside it (not committed). Where the .mo is missing or
older than its .po (an installed copy, a .po just edited), the .po is read and compiled in
memory with Babel; nothing is written. Read once per process and language.
"""

from __future__ import annotations

import functools
import io
from gettext import GNUTranslations, NullTranslations
from pathlib import Path
from typing import Literal

from ..paths import resources_dir
from .errors import StorageError
from .messages import CATALOGUE_MISSING, CATALOGUE_UNREADABLE

DOMAIN = "core"
LANGUAGES = ("en", "ru")  # English is the catalogue's source language: it needs no file
MonthForm = Literal["stand-alone", "format"]  # CLDR: "stand-alone" «ноябрь»; "format" «ноября»


def language(lang: str | None) -> str:
    """ "ru", "ru_RU", "ru-RU.UTF-8" → "ru"; anything else we do not speak → "en"."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def N_(message: str) -> str:  # noqa: N802 — gettext's name for "translated later"
    """Marks `message` for the catalogue where it is kept in a table and translated later."""
    return message


def NC_(context: str, message: str) -> tuple[str, str]:  # noqa: N802
    """`N_` for a message that needs a context to be told apart ("from" a date)."""
    return context, message


def gettext(message: str, lang: str) -> str:
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str) -> str:
    """The form of the message for `n` by the language's plural rule (Russian has three)."""
    return translations(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str, lang: str) -> str:
    return translations(lang).pgettext(context, message)


# CLDR's English month names and numbers, written out: English words then load no Babel
# (a fifth of a second on the command line). tests/core/test_locale.py keeps them CLDR's.
_ENGLISH_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June")
_ENGLISH_MONTHS += ("July", "August", "September", "October", "November", "December")


def month_name(month: int, lang: str, form: MonthForm = "stand-alone") -> str:
    """CLDR's wide name of `month` (1–12): "November", «ноябрь»; form "format" is the one a
    date uses, in Russian the genitive («ноября»)."""
    if language(lang) == "en":
        return _ENGLISH_MONTHS[month - 1]  # both forms
    from babel.dates import get_month_names

    return str(get_month_names("wide", form, locale=language(lang))[month])


def number(value: int, lang: str) -> str:
    """A count as the language writes it: "1,500", «1 500»."""
    if language(lang) == "en":
        return f"{int(value):,}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=language(lang)))


def locale_dir() -> Path:
    return resources_dir() / "locale"


def catalogue_source(lang: str) -> Path:
    return locale_dir() / language(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"


def translations(lang: str) -> NullTranslations:
    """The catalogue of `lang`: its .mo where it is current, else its .po compiled now.
    A language without a catalogue is a packaging bug, reported as a StorageError naming it."""
    return _catalogue(language(lang))


def forget() -> None:
    """Read the catalogues afresh when next asked (after a .po changed)."""
    _catalogue.cache_clear()


@functools.cache
def _catalogue(lang: str) -> NullTranslations:
    if lang == "en":
        return NullTranslations()  # the message ids are English, plural rule (n != 1) included
    source = catalogue_source(lang)
    built = source.with_suffix(".mo")
    if built.is_file() and (not source.is_file() or _newer(built, source)):
        try:
            with built.open("rb") as file:
                return GNUTranslations(file)
        except (OSError, ValueError) as error:
            if not source.is_file():
                raise StorageError(CATALOGUE_UNREADABLE, source=built, error=error) from None
    if not source.is_file():
        raise StorageError(CATALOGUE_MISSING, source=source)
    return GNUTranslations(io.BytesIO(compile_po(source)))


def compile_po(source: Path) -> bytes:
    """The .mo of a .po, as `pybabel compile` writes it (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with source.open("rb") as file:
            catalog = read_po(file, domain=DOMAIN)
    except (OSError, ValueError) as error:
        raise StorageError(CATALOGUE_UNREADABLE, source=source, error=error) from None
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _newer(made: Path, source: Path) -> bool:
    return made.stat().st_mtime >= source.stat().st_mtime
