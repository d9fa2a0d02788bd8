"""A seeded, realistic journal for the benchmarks: mixed Russian and English reflections of
100–400 words, ~40 clients, tags, boundary incidents on about a third of the entries,
ratings and answers. Written through core's tables in bulk (one transaction per chunk), so
the rows — search index included, kept by the same triggers — are those the app writes.

    python benchmarks/generate.py DIR N
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryClient, EntryTag, Incident, Tag
from journal_app.paths import AppPaths

SEED = 20261123
MARKER = "ориентир"  # planted in ~1% of entries: the word the search benchmark looks for
CHUNK = 2000

RU = [
    "клиент",
    "позвонил",
    "вечером",
    "снова",
    "попросил",
    "срочно",
    "подготовить",
    "отчёт",
    "хотя",
    "мы",
    "договаривались",
    "о",
    "рабочем",
    "времени",
    "я",
    "согласилась",
    "потому",
    "что",
    "боялась",
    "потерять",
    "проект",
    "потом",
    "думала",
    "о",
    "том",
    "уважаю",
    "ли",
    "я",
    "себя",
    "и",
    "клиента",
    "партнёрство",
    "это",
    "взаимная",
    "выгода",
    "доверие",
    "решения",
    "которые",
    "учитывают",
    "интересы",
    "обеих",
    "сторон",
    "менеджер",
    "по",
    "работе",
    "с",
    "клиентами",
    "должен",
    "уметь",
    "говорить",
    "нет",
    "вежливо",
    "но",
    "твёрдо",
    "встреча",
    "прошла",
    "спокойно",
    "обсудили",
    "сроки",
    "бюджет",
    "и",
    "ожидания",
]
EN = [
    "the",
    "client",
    "called",
    "late",
    "again",
    "asking",
    "for",
    "a",
    "favour",
    "outside",
    "the",
    "contract",
    "I",
    "said",
    "no",
    "politely",
    "and",
    "offered",
    "a",
    "paid",
    "option",
    "we",
    "agreed",
    "to",
    "keep",
    "calls",
    "within",
    "working",
    "hours",
    "it",
    "felt",
    "like",
    "a",
    "small",
    "win",
    "for",
    "self",
    "respect",
    "partnership",
    "means",
    "mutual",
    "benefit",
    "and",
    "trust",
    "the",
    "account",
    "review",
    "went",
    "well",
    "we",
    "talked",
    "about",
    "scope",
    "budget",
    "deadlines",
    "and",
    "what",
    "both",
    "sides",
    "need",
    "next",
    "quarter",
    "I",
    "should",
    "set",
    "clearer",
    "boundaries",
    "before",
    "the",
    "next",
    "meeting",
]
CLIENT_NAMES = [
    *(f"Client {c}" for c in "ABCDEFGHIJKLMNOPQRST"),
    "Акме",
    "Ромашка",
    "Северсталь-Сервис",
    "Глобус",
    "Вектор",
    "Орбита",
    "Лотос",
    "Меридиан",
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark Trading",
    "Wayne Logistics",
    "Acme Labs",
    "Vandelay",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
]
TAGS = ["звонок", "встреча", "urgent", "follow-up", "бюджет", "scope", "вечер", "review"]
KINDS = [
    "after_hours",
    "personal_favour",
    "friend_outlet",
    "pressure",
    "rudeness",
    "scope_creep",
    "pushing_for_gain",
    "ignoring_interests",
    "hollow_politeness",
]
KIND_DIRECTION = {k: ("me" if k in KINDS[6:] else "client") for k in KINDS}


def text(rng: random.Random, words: int, marker: bool) -> str:
    vocabulary = RU if rng.random() < 0.5 else EN
    chosen = [rng.choice(vocabulary) for _ in range(words)]
    if marker:
        chosen[rng.randrange(words)] = MARKER
    sentences, start = [], 0
    while start < len(chosen):
        length = rng.randint(8, 18)
        sentence = " ".join(chosen[start : start + length])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        start += length
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def generate(folder: Path, count: int) -> dict[str, float]:
    """Write a journal of `count` entries in `folder`; returns its raw text size and the
    seconds it took."""
    rng = random.Random(SEED)
    started = time.perf_counter()
    paths = AppPaths.resolve(folder)
    raw_bytes = 0
    with Journal.open(paths) as journal:
        for name in CLIENT_NAMES:
            journal.clients.add(name)
        clients = {c.name: c.id for c in journal.clients.all()}
        client_ids = list(clients.values())
        kinds = {k.key: k.id for k in journal.kinds.all(include_archived=True)}
        with journal.engine.begin() as conn:
            conn.execute(
                insert(Tag.__table__), [{"name": t, "name_key": t.casefold()} for t in TAGS]
            )
        with journal.engine.connect() as conn:
            tag_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM tag ORDER BY id")]
        start = dt.date.today() - dt.timedelta(days=10 * 365)
        per_day = max(1, count // (10 * 365) + 1)
        next_id = 1
        for chunk_start in range(0, count, CHUNK):
            entries, links, tags, incidents = [], [], [], []
            for n in range(chunk_start, min(count, chunk_start + CHUNK)):
                day = start + dt.timedelta(days=n // per_day)
                at = dt.time(rng.randint(8, 22), rng.randint(0, 59))
                moment = dt.datetime.combine(day, at)
                body = text(rng, rng.randint(100, 400), rng.random() < 0.01)
                title = body.split(".")[0][:60]
                raw_bytes += len(body.encode()) + len(title.encode())
                now = dt.datetime.now(dt.UTC)
                entries.append(
                    {
                        "id": next_id,
                        "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
                        "entry_date": day,
                        "entry_time": moment.time(),
                        "title": title,
                        "body": body,
                        "private": rng.random() < 0.05,
                        "rating_respect_client": rng.choice([None, 2, 3, 4, 5]),
                        "rating_self_respect": rng.choice([None, 1, 2, 3, 4, 5]),
                        "rating_partnership": rng.choice([None, 3, 4]),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                about = rng.sample(client_ids, rng.choice([1, 1, 1, 2]))
                links += [{"entry_id": next_id, "client_id": c} for c in about]
                tags += [
                    {"entry_id": next_id, "tag_id": t}
                    for t in rng.sample(tag_ids, rng.choice([0, 1, 1, 2]))
                ]
                if rng.random() < 1 / 3:
                    kind = rng.choice(KINDS)
                    incidents.append(
                        {
                            "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
                            "entry_id": next_id,
                            "client_id": about[0],
                            "kind_id": kinds[kind],
                            "direction": KIND_DIRECTION[kind],
                            "occurred_at": moment,
                            "channel": rng.choice(["phone", "messenger", "email", "in_person"]),
                            "severity": rng.randint(1, 5),
                            "response": rng.choice(["held", "negotiated", "gave_in", "open"]),
                            "note": "",
                            "outside_hours": moment.hour >= 19,
                            "outside_channels": False,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                next_id += 1
            with journal.engine.begin() as conn:
                # Links before their entries, foreign keys checked at commit: the search
                # index then takes each entry once (as the importer does).
                conn.exec_driver_sql("UPDATE entry SET id = id WHERE 0")
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                conn.execute(insert(EntryClient.__table__), links)
                if tags:
                    conn.execute(insert(EntryTag.__table__), tags)
                conn.execute(insert(Entry.__table__), entries)
                if incidents:
                    conn.execute(insert(Incident.__table__), incidents)
        with journal.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"raw_text_bytes": raw_bytes, "seconds": time.perf_counter() - started}


if __name__ == "__main__":
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    print(generate(folder, count))
