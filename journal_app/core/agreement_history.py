"""An agreement's history: versions, each in force from a date, so a past incident is judged
by the terms in force when it happened, in the agreement's time zone, with days off (public
holidays, vacations) outside the agreed days.

A client without stored versions (a journal imported from elsewhere) has one version: its
agreed_* columns, in force from the start.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from .agreements import Agreement, from_columns, to_columns
from .models import AgreementVersion, Client, Incident
from .zones import move

NoDaysOff: Callable[[dt.date], bool] = lambda day: False  # noqa: E731


@dataclass(frozen=True)
class Version:
    since: dt.date | None  # None: from the start
    agreement: Agreement


@dataclass(frozen=True)
class Terms:
    """Everything a client's incidents are judged by."""

    versions: tuple[Version, ...]
    day_off: Callable[[dt.date], bool] = NoDaysOff
    # A weekend day the country's calendar makes a working day (a transfer).
    workday: Callable[[dt.date], bool] = NoDaysOff

    def in_force(self, day: dt.date) -> Agreement:
        i = self._index(day)
        return self.versions[i].agreement if i >= 0 else Agreement()

    def version_at(self, moment: dt.datetime, logged_in: str) -> int:
        """Which version (1 = the first, 0 = none) judges a moment logged in zone
        `logged_in`: the one `local` finds, on the wall clock of its own zone."""
        agreement = self.in_force(moment.date())
        if agreement.tz:
            moment = move(moment, logged_in, agreement.tz)
        return self._index(moment.date()) + 1

    def _index(self, day: dt.date) -> int:
        starts = [v.since or dt.date.min for v in self.versions]
        return bisect.bisect_right(starts, day) - 1

    def judge(self, moment: dt.datetime, logged_in: str, channel: str) -> tuple[bool, bool]:
        """(outside the hours or days, outside the channels) for a wall-clock moment of the
        zone `logged_in`."""
        agreement, moment = self.local(moment, logged_in)
        hours = agreement.is_outside_hours(moment)
        if agreement.has_hours:
            day = agreement.span_day(moment)
            if self.day_off(day):
                hours = True
            elif hours and day.weekday() not in agreement.days and self._worked(agreement, day):
                every_day = replace(agreement, days=frozenset(range(7)))
                hours = every_day.is_outside_hours(moment)
        return hours, agreement.is_outside_channels(channel)

    def local(self, moment: dt.datetime, logged_in: str) -> tuple[Agreement, dt.datetime]:
        """The version in force at a moment logged in zone `logged_in`, and the moment on
        the wall clock of the version's zone."""
        agreement = self.in_force(moment.date())
        if agreement.tz:
            moment = move(moment, logged_in, agreement.tz)
            agreement = self.in_force(moment.date())
        return agreement, moment

    def on_day_off(self, moment: dt.datetime, logged_in: str) -> bool:
        """Whether the moment falls on a day off (a holiday, a vacation) of agreed hours."""
        agreement, moment = self.local(moment, logged_in)
        return agreement.has_hours and self.day_off(agreement.span_day(moment))

    def _worked(self, agreement: Agreement, day: dt.date) -> bool:
        """A transferred working day counts for an agreement of working weekdays."""
        return any(d < 5 for d in agreement.days) and self.workday(day)


def version_from_row(row: AgreementVersion) -> Version:
    return Version(
        row.since, from_columns(row.days, row.agreed_from, row.agreed_to, row.channels, row.tz)
    )


def versions(s: Session, client: Client) -> tuple[Version, ...]:
    rows = s.exec(
        select(AgreementVersion)
        .where(AgreementVersion.client_id == client.id)
        .order_by(col(AgreementVersion.since).is_not(None), col(AgreementVersion.since))
    ).all()
    if rows:
        return tuple(version_from_row(r) for r in rows)
    current = from_columns(
        client.agreed_days,
        client.agreed_from,
        client.agreed_to,
        client.agreed_channels,
        client.agreed_tz,
    )
    return () if current.is_empty and not current.tz else (Version(None, current),)


def put_version(s: Session, client: Client, since: dt.date | None, agreement: Agreement) -> None:
    """Add (or replace, for the same date) the version in force from `since`, keep the
    columns in step with today's, and leave the session to the caller to commit."""
    if not s.exec(
        select(AgreementVersion.id).where(AgreementVersion.client_id == client.id)
    ).first():
        for old in versions(s, client):  # the columns so far become the first version
            _add_row(s, client, old.since, old.agreement)
    existing = s.exec(
        select(AgreementVersion).where(
            AgreementVersion.client_id == client.id,
            col(AgreementVersion.since).is_(None)
            if since is None
            else AgreementVersion.since == since,
        )
    ).first()
    if existing is not None:
        s.delete(existing)
        s.flush()
    _add_row(s, client, since, agreement)
    s.flush()
    mirror_today(s, client)


def put_versions(s: Session, client: Client, found: tuple[Version, ...]) -> None:
    """Store these versions (an import's) as the client's whole history: a later one for the
    same date wins. The session is left to the caller to commit."""
    forget(s, client)
    by_day = {v.since: v.agreement for v in found}
    for since, agreement in by_day.items():
        _add_row(s, client, since, agreement)
    s.flush()
    mirror_today(s, client)


def forget(s: Session, client: Client) -> None:
    for row in s.exec(select(AgreementVersion).where(AgreementVersion.client_id == client.id)):
        s.delete(row)
    s.flush()
    _set_columns(client, Agreement())


def mirror_today(s: Session, client: Client) -> None:
    terms = Terms(versions(s, client))
    _set_columns(client, terms.in_force(dt.date.today()) if terms.versions else Agreement())


def _set_columns(client: Client, agreement: Agreement) -> None:
    (client.agreed_days, client.agreed_from, client.agreed_to, client.agreed_channels) = to_columns(
        agreement
    )
    client.agreed_tz = agreement.tz


def _add_row(s: Session, client: Client, since: dt.date | None, agreement: Agreement) -> None:
    assert client.id is not None
    days, start, end, channels = to_columns(agreement)
    s.add(
        AgreementVersion(
            client_id=client.id,
            since=since,
            days=days,
            agreed_from=start,
            agreed_to=end,
            channels=channels,
            tz=agreement.tz,
        )
    )


def flag(incident: Incident, terms: Terms) -> None:
    """Mark an incident that fell outside the agreed hours, days or channels (stored with it)."""
    incident.outside_hours, incident.outside_channels = terms.judge(
        incident.occurred_at, incident.tz, incident.channel
    )
