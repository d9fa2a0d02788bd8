"""What the window calls the incident vocabulary, in the reader's language.

Core speaks in stable values ("gave_in"); these are the words a person reads. Every label goes
through Qt's translator, so the Russian catalogue (resources/i18n) covers them too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.catalogue import language
from ..core.models import Channel, Direction, Response

# A date in a sentence: "6 May 2026", «6 мая 2026».
DATE_FORMAT = "d MMMM yyyy"


def date_span(first: dt.date, last: dt.date) -> str:
    """ "From 6 May 2026 to 12 November 2026." or "On 6 May 2026." """
    locale = QLocale()
    if first == last:
        return _t("On {0}.").format(locale.toString(first, DATE_FORMAT))
    return _t("From {0} to {1}.").format(
        locale.toString(first, DATE_FORMAT), locale.toString(last, DATE_FORMAT)
    )


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def ui_language() -> str:
    """ "ru" or "en": the language of the book's questions and kind names in the window."""
    return language(QLocale().name())


def direction_label(direction: str) -> str:
    return {
        Direction.CLIENT.value: _t("The client crossed my boundary"),
        Direction.ME.value: _t("I failed to respect the client"),
    }.get(direction, direction)


def direction_short(direction: str) -> str:
    return {
        Direction.CLIENT.value: _t("client → me"),
        Direction.ME.value: _t("me → client"),
    }.get(direction, direction)


def channel_label(channel: str) -> str:
    return {
        Channel.PHONE.value: _t("Phone"),
        Channel.MESSENGER.value: _t("Messenger"),
        Channel.EMAIL.value: _t("Email"),
        Channel.IN_PERSON.value: _t("In person"),
        Channel.OTHER.value: _t("Other"),
    }.get(channel, channel)


def response_label(response: str) -> str:
    return {
        Response.HELD.value: _t("Held the boundary"),
        Response.NEGOTIATED.value: _t("Negotiated"),
        Response.GAVE_IN.value: _t("Gave in"),
        Response.ESCALATED.value: _t("Escalated"),
        Response.OPEN.value: _t("Not addressed yet"),
    }.get(response, response)


def severity_label(severity: int) -> str:
    return {
        1: _t("1 — minor"),
        2: _t("2"),
        3: _t("3 — noticeable"),
        4: _t("4"),
        5: _t("5 — serious"),
    }.get(severity, str(severity))


def outside_label(hours: bool, channels: bool) -> str:
    parts = []
    if hours:
        parts.append(_t("outside agreed hours"))
    if channels:
        parts.append(_t("outside agreed channels"))
    return ", ".join(parts)
