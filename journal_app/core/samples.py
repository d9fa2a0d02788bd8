"""A small sample journal for the first run, so the trends are not empty: three clients,
a dozen entries over the last three months, incidents and ratings — all marked as a sample
(the clients' names say so, the entries carry the tag "sample") and removed in one go.

The stories follow the book's two ways a relationship breaks: not respecting the client
(calling a sick client at night for a bonus) and not respecting yourself (the account manager
who becomes a client's concierge and friend). Their texts, in English and Russian, are data in
resources/sample_journal.json.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from ..paths import resources_dir
from .agreements import Agreement
from .db import translate_errors
from .errors import StorageError
from .locale import language
from .messages import DATA_FILE_UNREADABLE, SAMPLE_INCOMPLETE, SAMPLE_UNKNOWN_CLIENT
from .models import Client, Entry, EntryClient, Incident
from .records import EntryDraft, IncidentDraft, Ratings

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
SAMPLE_FILE = "sample_journal.json"


@dataclass(frozen=True)
class SampleIncident:
    kind: str  # a built-in kind's key
    hour: int
    response: str
    severity: int


@dataclass(frozen=True)
class SampleStory:
    days_ago: int
    hour: int
    client: int  # index into the sample's clients
    title: str
    body: str
    incident: SampleIncident | None
    ratings: Ratings


@dataclass(frozen=True)
class Sample:
    clients: tuple[str, ...]
    tag: str
    stories: tuple[SampleStory, ...]


def load_sample(lang: str = "en", folder: Path | None = None) -> Sample:
    """The sample journal in `lang`, from resources/sample_journal.json (its texts are data,
    like the book's questions). A damaged file is a packaging bug: a StorageError naming it."""
    lang = language(lang)
    path = (folder or resources_dir()) / SAMPLE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        stories = tuple(
            SampleStory(
                days_ago=int(s["days_ago"]),
                hour=int(s["hour"]),
                client=int(s["client"]),
                title=s["title"][lang],
                body=s["body"][lang],
                incident=SampleIncident(**s["incident"]) if s.get("incident") else None,
                ratings=Ratings(**s["ratings"]),
            )
            for s in data["stories"]
        )
        sample = Sample(tuple(c[lang] for c in data["clients"]), data["tag"][lang], stories)
    except (OSError, ValueError) as error:
        raise StorageError(DATA_FILE_UNREADABLE, path=path, error=error) from None
    except (KeyError, TypeError, AttributeError) as error:
        raise StorageError(SAMPLE_INCOMPLETE, path=path, error=error) from None
    if any(not 0 <= s.client < len(sample.clients) for s in stories):
        raise StorageError(SAMPLE_UNKNOWN_CLIENT, path=path)
    return sample


def create_sample(journal: Any, lang: str = "en", today: dt.date | None = None) -> list[str]:
    """Write the sample journal; the uuids of its entries (keep them to remove it later)."""
    sample = load_sample(lang)
    today = today or dt.date.today()
    names = sample.clients
    ids = []
    for index, (weekdays, start, end, channels) in AGREEMENTS.items():
        known = journal.clients.find(names[index])
        client_id = known.id if known is not None else journal.clients.add(names[index])
        journal.clients.set_agreement(client_id, Agreement(weekdays, start, end, channels))
    for story in sample.stories:
        day = today - dt.timedelta(days=story.days_ago)
        entry_id = journal.entries.add(
            EntryDraft(
                date=day,
                time=dt.time(story.hour, 30),
                title=story.title,
                body=story.body,
                clients=(names[story.client],),
                tags=(sample.tag,),
            )
        )
        journal.entries.set_ratings(entry_id, story.ratings)
        incident = story.incident
        if incident is not None:
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry_id,
                    client=names[story.client],
                    kind=incident.kind,
                    occurred_at=dt.datetime.combine(day, dt.time(incident.hour, 5)),
                    channel=CHANNELS[incident.kind],
                    response=incident.response,
                    severity=incident.severity,
                    note=story.title,
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
