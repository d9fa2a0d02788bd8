"""A small sample journal for the first run, so the trends are not empty: three clients,
a dozen entries over the last three months, incidents and ratings — all marked as a sample
(the clients' names say so, the entries carry the tag "sample") and removed in one go.

The stories follow the book's two ways a relationship breaks: not respecting the client
(calling a sick client at night for a bonus) and not respecting yourself (the account manager
who becomes a client's concierge and friend).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from .agreements import Agreement
from .catalogue import language
from .db import translate_errors
from .models import Client, Entry, EntryClient, Incident
from .records import EntryDraft, IncidentDraft, Ratings

TAG = {"en": "sample", "ru": "пример"}
# How each kind of sample incident reached the account manager.
CHANNELS = {
    "after_hours": "phone",
    "personal_favour": "messenger",
    "friend_outlet": "phone",
    "pushing_for_gain": "email",
    "rudeness": "phone",
    "scope_creep": "in_person",
}
# What two of the sample clients agreed to (client index: days, hours, channels), so that the
# late calls and the requests by messenger flag themselves as the app's own would.
AGREEMENTS = {
    0: (frozenset(range(5)), 9 * 60, 19 * 60, frozenset({"email", "phone"})),
    1: (frozenset(range(5)), 9 * 60, 18 * 60, frozenset({"email", "phone", "in_person"})),
}
CLIENTS = {
    "en": ("Northwind (sample)", "Globex (sample)", "Initech (sample)"),
    "ru": ("Ромашка (пример)", "Вектор (пример)", "Горизонт (пример)"),
}

# (days ago, hour, client index, title, body, incident or None, ratings)
# incident: (kind key, hour, response, severity)
_Story = tuple[int, int, int, str, str, tuple[str, int, str, int] | None, tuple[int, int, int]]
STORIES: dict[str, list[_Story]] = {
    "en": [
        (84, 19, 0, "Late call about the invoice",
         "The client called at 21:40 about an invoice that could wait until morning. I "
         "answered and stayed on for forty minutes.",
         ("after_hours", 21, "gave_in", 3), (4, 2, 3)),
        (77, 11, 1, "Quarterly review went well",
         "We went through the numbers together. Both sides got something: they keep the "
         "price, we get a longer contract.", None, (5, 4, 5)),
        (69, 18, 0, "Asked to book a restaurant",
         "Again asked to book a table for their family dinner. This is not my job.",
         ("personal_favour", 17, "gave_in", 2), (4, 2, 2)),
        (62, 10, 2, "I pushed for the upsell",
         "I pushed the premium package although they don't need it this quarter. My "
         "bonus was on my mind, not their interest.",
         ("pushing_for_gain", 10, "open", 3), (2, 4, 2)),
        (55, 20, 0, "An hour of complaints about his boss",
         "He called to vent about his boss. I listened for an hour, then couldn't work.",
         ("friend_outlet", 20, "gave_in", 3), (4, 1, 2)),
        (47, 12, 1, "Agreed on response times",
         "We agreed I answer within a working day, and urgent things go by phone before "
         "18:00. It felt like partnership.", None, (5, 5, 5)),
        (40, 22, 0, "Another message at night",
         "A message at 22:15. I did not answer until the morning and said so politely.",
         ("after_hours", 22, "held", 2), (4, 4, 4)),
        (33, 15, 2, "Raised voice on the call",
         "He raised his voice about a delay that was theirs. I said I'd talk when we "
         "both were calm.", ("rudeness", 15, "held", 4), (4, 4, 3)),
        (25, 9, 0, "Restaurant again — this time I said no",
         "Explained that bookings are not part of what we do, and offered a contact "
         "who does it.", ("personal_favour", 9, "negotiated", 2), (5, 4, 4)),
        (17, 16, 1, "Scope grew in the meeting",
         "They added two reports 'while we're at it'. We agreed to price them separately.",
         ("scope_creep", 16, "negotiated", 3), (4, 4, 4)),
        (9, 21, 0, "Evening call — held",
         "Call at 21:05. Let it ring, wrote in the morning. He accepted it.",
         ("after_hours", 21, "held", 2), (5, 5, 4)),
        (3, 11, 2, "Apologised for the upsell",
         "Told them I'd pushed the package too early and proposed what fits this "
         "quarter. They thanked me.", None, (5, 5, 5)),
    ],
    "ru": [
        (84, 19, 0, "Поздний звонок про счёт",
         "Клиент позвонил в 21:40 из-за счёта, который мог подождать до утра. Я ответила "
         "и проговорила сорок минут.", ("after_hours", 21, "gave_in", 3), (4, 2, 3)),
        (77, 11, 1, "Квартальная встреча прошла хорошо",
         "Вместе разобрали цифры. Выиграли обе стороны: им — прежняя цена, нам — "
         "более долгий договор.", None, (5, 4, 5)),
        (69, 18, 0, "Попросили забронировать ресторан",
         "Снова попросили заказать столик на семейный ужин. Это не моя работа.",
         ("personal_favour", 17, "gave_in", 2), (4, 2, 2)),
        (62, 10, 2, "Я продавил допродажу",
         "Настаивал на премиум-пакете, хотя в этом квартале он им не нужен. Думал о "
         "бонусе, а не об их интересах.", ("pushing_for_gain", 10, "open", 3),
         (2, 4, 2)),
        (55, 20, 0, "Час жалоб на начальника",
         "Позвонил пожаловаться на начальника. Я слушала час, потом не могла работать.",
         ("friend_outlet", 20, "gave_in", 3), (4, 1, 2)),
        (47, 12, 1, "Договорились о сроках ответа",
         "Договорились: отвечаю в течение рабочего дня, срочное — по телефону до 18:00. "
         "Это было похоже на партнёрство.", None, (5, 5, 5)),
        (40, 22, 0, "Снова сообщение ночью",
         "Сообщение в 22:15. Ответила утром и вежливо сказала об этом.",
         ("after_hours", 22, "held", 2), (4, 4, 4)),
        (33, 15, 2, "Повысил голос на созвоне",
         "Кричал из-за задержки, которая была на их стороне. Я сказала, что продолжим, "
         "когда оба успокоимся.", ("rudeness", 15, "held", 4), (4, 4, 3)),
        (25, 9, 0, "Снова ресторан — в этот раз отказала",
         "Объяснила, что бронирования не входят в нашу работу, и дала контакт того, "
         "кто этим занимается.", ("personal_favour", 9, "negotiated", 2), (5, 4, 4)),
        (17, 16, 1, "Объём вырос прямо на встрече",
         "Добавили два отчёта «заодно». Договорились оценить их отдельно.",
         ("scope_creep", 16, "negotiated", 3), (4, 4, 4)),
        (9, 21, 0, "Вечерний звонок — удержала",
         "Звонок в 21:05. Не взяла, написала утром. Он принял это.",
         ("after_hours", 21, "held", 2), (5, 5, 4)),
        (3, 11, 2, "Извинился за допродажу",
         "Сказал, что поторопился с пакетом, и предложил то, что подходит в этом "
         "квартале. Поблагодарили.", None, (5, 5, 5)),
    ],
}  # fmt: skip


def create_sample(journal: Any, lang: str = "en", today: dt.date | None = None) -> list[str]:
    """Write the sample journal; the uuids of its entries (keep them to remove it later)."""
    lang = language(lang)
    today = today or dt.date.today()
    names = CLIENTS[lang]
    ids = []
    for index, (weekdays, start, end, channels) in AGREEMENTS.items():
        known = journal.clients.find(names[index])
        client_id = known.id if known is not None else journal.clients.add(names[index])
        journal.clients.set_agreement(client_id, Agreement(weekdays, start, end, channels))
    for days, hour, client, title, body, incident, ratings in STORIES[lang]:
        day = today - dt.timedelta(days=days)
        entry_id = journal.entries.add(
            EntryDraft(
                date=day,
                time=dt.time(hour, 30),
                title=title,
                body=body,
                clients=(names[client],),
                tags=(TAG[lang],),
            )
        )
        journal.entries.set_ratings(entry_id, Ratings(*ratings))
        if incident is not None:
            kind, at, response, severity = incident
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry_id,
                    client=names[client],
                    kind=kind,
                    occurred_at=dt.datetime.combine(day, dt.time(at, 5)),
                    channel=CHANNELS[kind],
                    response=response,
                    severity=severity,
                    note=title,
                )
            )
        ids.append(entry_id)
    with translate_errors(), Session(journal.engine) as s:
        found = s.exec(select(Entry.uuid).where(col(Entry.id).in_(ids))).all()
    return list(found)


def remove_sample(journal: Any, uuids: list[str]) -> int:
    """Delete the sample's entries for good, and its clients once nothing else mentions them.
    How many entries went."""
    with translate_errors(), Session(journal.engine) as s:
        rows = s.exec(select(Entry.id).where(col(Entry.uuid).in_(uuids))).all()
        ids = [i for i in rows if i is not None]
        clients = set(
            s.exec(select(EntryClient.client_id).where(col(EntryClient.entry_id).in_(ids))).all()
        )
    for entry_id in ids:
        journal.entries.purge(entry_id)
    with translate_errors(), Session(journal.engine) as s:
        for client_id in clients:
            used = s.exec(
                select(EntryClient.entry_id).where(EntryClient.client_id == client_id)
            ).first()
            used = (
                used or s.exec(select(Incident.id).where(Incident.client_id == client_id)).first()
            )
            client = s.get(Client, client_id)
            if used is None and client is not None:
                s.delete(client)
        s.commit()
    return len(ids)
