"""What the window calls the incident vocabulary, in the reader's language.

Core speaks in stable values ("gave_in"); these are the words a person reads. Every label goes
through Qt's translator, so the Russian catalogue (resources/i18n) covers them too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.catalogue import language
from ...core.enums import Channel, Direction, Response

# A date in a sentence: "6 May 2026", «6 мая 2026».
DATE_FORMAT = "d MMMM yyyy"


def date_span(first: dt.date, last: dt.date) -> str:
    """ "From 6 May 2026 to 12 November 2026." or "On 6 May 2026." """
    locale = QLocale()
    if first == last:
        return QCoreApplication.translate("labels", "On {0}.").format(
            locale.toString(first, DATE_FORMAT)
        )
    return QCoreApplication.translate("labels", "From {0} to {1}.").format(
        locale.toString(first, DATE_FORMAT), locale.toString(last, DATE_FORMAT)
    )


def ui_language() -> str:
    """ "ru" or "en": the language of the book's questions and kind names in the window."""
    return language(QLocale().name())


def quoted(text: str) -> str:
    """`text` in the window's language's quotes: «ёлочки» in Russian, “curly” in English."""
    return ("«{0}»" if ui_language() == "ru" else "“{0}”").format(text)


def direction_label(direction: str) -> str:
    return {
        Direction.CLIENT.value: QCoreApplication.translate(
            "labels", "The client crossed my boundary"
        ),
        Direction.ME.value: QCoreApplication.translate("labels", "I failed to respect the client"),
    }.get(direction, direction)


def direction_short(direction: str) -> str:
    return {
        Direction.CLIENT.value: QCoreApplication.translate("labels", "client → me"),
        Direction.ME.value: QCoreApplication.translate("labels", "me → client"),
    }.get(direction, direction)


def channel_label(channel: str) -> str:
    return {
        Channel.PHONE.value: QCoreApplication.translate("labels", "Phone"),
        Channel.MESSENGER.value: QCoreApplication.translate("labels", "Messenger"),
        Channel.EMAIL.value: QCoreApplication.translate("labels", "Email"),
        Channel.IN_PERSON.value: QCoreApplication.translate("labels", "In person"),
        Channel.OTHER.value: QCoreApplication.translate("labels", "Other"),
    }.get(channel, channel)


def response_label(response: str) -> str:
    return {
        Response.HELD.value: QCoreApplication.translate("labels", "Held the boundary"),
        Response.NEGOTIATED.value: QCoreApplication.translate("labels", "Negotiated"),
        Response.GAVE_IN.value: QCoreApplication.translate("labels", "Gave in"),
        Response.ESCALATED.value: QCoreApplication.translate("labels", "Escalated"),
        Response.OPEN.value: QCoreApplication.translate("labels", "Not addressed yet"),
    }.get(response, response)


def severity_label(severity: int) -> str:
    return {
        1: QCoreApplication.translate("labels", "1 — minor"),
        2: QCoreApplication.translate("labels", "2"),
        3: QCoreApplication.translate("labels", "3 — noticeable"),
        4: QCoreApplication.translate("labels", "4"),
        5: QCoreApplication.translate("labels", "5 — serious"),
    }.get(severity, str(severity))


def outside_label(hours: bool, channels: bool) -> str:
    parts = []
    if hours:
        parts.append(QCoreApplication.translate("labels", "outside agreed hours"))
    if channels:
        parts.append(QCoreApplication.translate("labels", "outside agreed channels"))
    return ", ".join(parts)
