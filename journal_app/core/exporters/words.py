"""The words exports are written in, by key, in the export's language (which may differ from
the app's). The English words are marked here; their translations are in core's catalogue
(resources/locale/ru/LC_MESSAGES/core.po, see core.locale). A new word: add its key and English
words here, run `make translations`, and translate it in the .po."""

from __future__ import annotations

from ..locale import LANGUAGES, N_, NC_, gettext, pgettext

_WORDS: dict[str, str | tuple[str, str]] = {
    "title": N_("Boundary Journal — entries for review"),
    "entries": N_("Entries"),
    "period": N_("Period"),
    "generated": N_("Generated on"),
    "pseudonymised": N_(
        "Client names are replaced with aliases; e-mail addresses and phone numbers are hidden."
    ),
    "private_note": N_("Private entries are never exported."),
    "clients": N_("Clients"),
    "chosen": N_("Chosen"),
    "all_entries": N_("all entries"),
    "from": NC_("date range", "from"),
    "to": NC_("date range", "to"),
    "kinds": N_("incident kinds"),
    "selected": N_("selected entries"),
    "search": N_("a search result"),
    "tags": N_("Tags"),
    "incidents": N_("Boundary incidents"),
    "questions": N_("Guiding questions"),
    "ratings": N_("Ratings"),
    "respect_client": N_("Respect for the client"),
    "self_respect": N_("Self-respect"),
    "partnership": N_("Partnership"),
    "severity": N_("severity"),
    "outside_hours": N_("outside agreed hours"),
    "outside_channels": N_("outside agreed channels"),
    "first_agreement": N_("judged by the first agreement"),
    "agreement_since": N_("judged by the agreement in force from {0}"),
    "client": N_("the client crossed my boundary"),
    "me": N_("I failed to respect the client"),
    "held": N_("held the boundary"),
    "negotiated": N_("negotiated"),
    "gave_in": N_("gave in"),
    "escalated": N_("escalated"),
    "open": N_("not addressed yet"),
    "phone": N_("phone"),
    "messenger": N_("messenger"),
    "email": N_("e-mail"),
    "in_person": N_("in person"),
    "other": N_("other"),
    "untitled": N_("Untitled"),
    "responses": N_("How I responded"),
    "trends": N_("Trends for these entries"),
    "page": N_("Page {0} of {1}"),
    "quoted_from": N_("Questions quoted from"),
}


def word(key: str, lang: str) -> str:
    """The words for `key` in `lang` ("en", "ru", or a locale name such as "ru_RU")."""
    words = _WORDS[key]
    if isinstance(words, tuple):
        return pgettext(*words, lang)
    return gettext(words, lang)


def every_word() -> list[str]:
    """Every text of the exports' own, in every language."""
    return [word(key, lang) for key in _WORDS for lang in LANGUAGES]
