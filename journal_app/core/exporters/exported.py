"""The plain records an export is made of: what leaves the computer, and the scope it was
chosen by."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..agreement_history import Version
from ..agreements import Agreement
from ..pseudonyms import Plain, Pseudonymiser
from ..records import OtherName, Ratings


@dataclass(frozen=True)
class ExportScope:
    """Which entries to export. Within one kind of condition any match will do (entries
    about Acme *or* Beta); different kinds must all hold (Acme, *and* in March)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    client_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    kind_keys: tuple[str, ...] = ()
    entry_ids: tuple[int, ...] | None = None  # a selection
    query: str = ""  # a search result
    include_reflection: bool = True  # answers to the guiding questions, and ratings
    pseudonymise: bool = False
    lang: str = "en"


@dataclass(frozen=True)
class ExportedIncident:
    uuid: str
    client: str
    kind: str  # key
    kind_name: str
    direction: str
    occurred_at: dt.datetime
    channel: str
    severity: int
    response: str
    note: str
    outside_hours: bool
    outside_channels: bool
    # Which version of the client's agreement judged it, when it has several (1 = the first;
    # 0: one version or none, nothing to tell apart), and the day that version began.
    version: int = 0
    version_since: dt.date | None = None
    tz: str = ""  # the zone `occurred_at` was logged in ("" = the agreement's own)


@dataclass(frozen=True)
class ExportedAnswer:
    question_id: str
    group: str
    question: str
    text: str


@dataclass(frozen=True)
class ExportedEntry:
    uuid: str
    date: dt.date
    time: dt.time
    title: str
    body: str
    clients: tuple[str, ...]
    tags: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    incidents: tuple[ExportedIncident, ...] = ()
    answers: tuple[ExportedAnswer, ...] = ()
    ratings: Ratings = field(default_factory=Ratings)


@dataclass(frozen=True)
class ExportedClient:
    name: str
    uuid: str  # empty when pseudonymised
    organisation: str
    colour: str
    notes: str
    archived: bool
    agreement: Agreement
    other_names: tuple[OtherName, ...] = ()  # empty when pseudonymised
    history: tuple[Version, ...] = ()  # the agreement's versions, oldest first


@dataclass(frozen=True)
class ExportedKind:
    key: str
    name: str
    direction: str
    builtin: bool
    archived: bool


@dataclass(frozen=True)
class ExportedQuestion:
    """One of the person's own questions that an exported answer refers to."""

    id: str
    group: str
    text: str


@dataclass(frozen=True)
class ExportBundle:
    scope: ExportScope
    generated_at: dt.datetime
    entries: tuple[ExportedEntry, ...]
    clients: tuple[ExportedClient, ...]
    kinds: tuple[ExportedKind, ...]
    questions: tuple[ExportedQuestion, ...]
    private_left_out: int
    attribution: str
    chosen: tuple[str, ...] = ()  # what the person chose, in the export's words and names
    # What made the texts; the exporters' leak check looks for what it knows in the output.
    masker: Pseudonymiser = field(default_factory=Plain, compare=False, repr=False)

    @property
    def first_date(self) -> dt.date | None:
        return self.entries[0].date if self.entries else None

    @property
    def last_date(self) -> dt.date | None:
        return self.entries[-1].date if self.entries else None


@dataclass(frozen=True)
class ExportPreview:
    """Exactly what will leave, shown before anything is written."""

    bundle: ExportBundle
    names: tuple[tuple[str, str], ...]  # (real name, name in the export): stays here

    @property
    def count(self) -> int:
        return len(self.bundle.entries)
