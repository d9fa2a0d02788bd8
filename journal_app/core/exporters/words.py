"""The words exports are written in, in English and Russian (the export's language, which
may differ from the app's)."""

from __future__ import annotations

from ..catalogue import language

_WORDS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Boundary Journal — entries for review",
        "ru": "Дневник границ — записи для разбора",
    },
    "entries": {"en": "Entries", "ru": "Записи"},
    "period": {"en": "Period", "ru": "Период"},
    "generated": {"en": "Generated on", "ru": "Создано"},
    "pseudonymised": {
        "en": "Client names are replaced with aliases; "
        "e-mail addresses and phone numbers are hidden.",
        "ru": "Имена клиентов заменены псевдонимами; адреса почты и телефоны скрыты.",
    },
    "private_note": {
        "en": "Private entries are never exported.",
        "ru": "Личные записи никогда не экспортируются.",
    },
    "clients": {"en": "Clients", "ru": "Клиенты"},
    "chosen": {"en": "Chosen", "ru": "Отбор"},
    "all_entries": {"en": "all entries", "ru": "все записи"},
    "from": {"en": "from", "ru": "с"},
    "to": {"en": "to", "ru": "по"},
    "kinds": {"en": "incident kinds", "ru": "виды нарушений"},
    "selected": {"en": "selected entries", "ru": "выбранные записи"},
    "search": {"en": "a search result", "ru": "результат поиска"},
    "tags": {"en": "Tags", "ru": "Теги"},
    "incidents": {"en": "Boundary incidents", "ru": "Нарушения границ"},
    "questions": {"en": "Guiding questions", "ru": "Вопросы для размышления"},
    "ratings": {"en": "Ratings", "ru": "Оценки"},
    "respect_client": {"en": "Respect for the client", "ru": "Уважение к клиенту"},
    "self_respect": {"en": "Self-respect", "ru": "Уважение к себе"},
    "partnership": {"en": "Partnership", "ru": "Партнёрство"},
    "severity": {"en": "severity", "ru": "серьёзность"},
    "outside_hours": {"en": "outside agreed hours", "ru": "вне оговорённого времени"},
    "outside_channels": {"en": "outside agreed channels", "ru": "вне оговорённых каналов"},
    "client": {"en": "the client crossed my boundary", "ru": "клиент нарушил мою границу"},
    "me": {"en": "I failed to respect the client", "ru": "я не проявил(а) уважения к клиенту"},
    "held": {"en": "held the boundary", "ru": "удержал(а) границу"},
    "negotiated": {"en": "negotiated", "ru": "договорился(-ась)"},
    "gave_in": {"en": "gave in", "ru": "уступил(а)"},
    "escalated": {"en": "escalated", "ru": "эскалировал(а)"},
    "open": {"en": "not addressed yet", "ru": "пока не решено"},
    "phone": {"en": "phone", "ru": "телефон"},
    "messenger": {"en": "messenger", "ru": "мессенджер"},
    "email": {"en": "e-mail", "ru": "почта"},
    "in_person": {"en": "in person", "ru": "лично"},
    "other": {"en": "other", "ru": "другое"},
    "untitled": {"en": "Untitled", "ru": "Без названия"},
    "responses": {"en": "How I responded", "ru": "Как я реагировал(а)"},
    "trends": {"en": "Trends for these entries", "ru": "Тенденции по этим записям"},
    "page": {"en": "Page {0} of {1}", "ru": "Страница {0} из {1}"},
    "quoted_from": {"en": "Questions quoted from", "ru": "Вопросы из книги"},
}


def word(key: str, lang: str) -> str:
    return _WORDS[key][language(lang)]


def every_word() -> list[str]:
    """Every text of the exports' own, in every language."""
    return [text for texts in _WORDS.values() for text in texts.values()]
