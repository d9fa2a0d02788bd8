"""What the window's first page reads beyond the command line's: the sidebar's counts and
names, the calendar's days, "on this day", the coach's notes and reviews (EntryService,
ClientService, TagService and ReviewService, from their SQL). The window paints from these
before SQLAlchemy is loaded (core/reads/deferred.py)."""

from __future__ import annotations

import datetime as dt

from ..periods import same_day_in_earlier_years
from ..records import EntryFilter, EntrySummary, ReviewRecord
from .base import date_of, marks, moment
from .entries import EntryReads, conditions


class WindowReads(EntryReads):
    def count(self, flt: EntryFilter | None = None) -> int:
        conds, params = conditions(flt or EntryFilter())
        with self._reading():
            rows = self._rows(f"SELECT count(*) FROM entry e WHERE {' AND '.join(conds)}", params)
        return int(rows[0][0])

    def dates_with_entries(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        with self._reading():
            rows = self._rows(
                "SELECT entry_date, count(*) FROM entry WHERE deleted_at IS NULL AND "
                "entry_date >= ? AND entry_date <= ? GROUP BY entry_date",
                (start.isoformat(), end.isoformat()),
            )
        return {date_of(d): int(n) for d, n in rows}

    def on_this_day(self, day: dt.date) -> list[EntrySummary]:
        """Entries from the same month and day in earlier years, as the service orders them."""
        with self._reading():
            # As the service: two looks into ix_entry_timeline, not a read of every row.
            first = self._rows(
                "SELECT min(d) FROM (SELECT min(entry_date) AS d FROM entry WHERE deleted_at "
                "IS NULL UNION ALL SELECT min(entry_date) FROM entry WHERE deleted_at IS NOT NULL)"
            )[0][0]
            if first is None:
                return []
            days = [d.isoformat() for d in same_day_in_earlier_years(date_of(first), day)]
            if not days:
                return []
            ids = [
                i
                for (i,) in self._rows(
                    "SELECT entry.id FROM entry WHERE entry.deleted_at IS NULL AND "
                    f"entry.entry_date IN ({marks(len(days))})",
                    days,
                )
            ]
            if not ids:
                return []
            found = self._summaries(EntryFilter(ids=tuple(ids)), len(ids))
        order = {entry_id: n for n, entry_id in enumerate(ids)}
        return sorted(found, key=lambda e: order[e.id])

    def client_names(self) -> list[tuple[str, str, bool]]:
        """ClientService.names: (name, colour, archived)."""
        with self._reading():
            rows = self._rows("SELECT name, colour, archived FROM client ORDER BY name_key")
        return [(n, c, bool(a)) for n, c, a in rows]

    def tag_names(self) -> list[str]:
        with self._reading():
            return [n for (n,) in self._rows("SELECT name FROM tag ORDER BY name_key")]

    def noted_entry_ids(self) -> tuple[int, ...]:
        """ReviewService.noted_entry_ids: live entries with a coach's note on them or on
        one of their incidents."""
        with self._reading():
            rows = self._rows(
                "SELECT e.id FROM coach_note n JOIN review r ON r.id = n.review_id "
                "JOIN entry e ON e.uuid = n.target_uuid WHERE r.role = 'shared' AND "
                "n.target != 'summary' AND e.deleted_at IS NULL UNION "
                "SELECT i.entry_id FROM coach_note n JOIN review r ON r.id = n.review_id "
                "JOIN incident i ON i.uuid = n.target_uuid JOIN entry e ON e.id = i.entry_id "
                "WHERE r.role = 'shared' AND n.target != 'summary' AND e.deleted_at IS NULL"
            )
        return tuple(sorted(int(i) for (i,) in rows))

    def reviews(self, role: str = "received") -> list[ReviewRecord]:
        """ReviewService.reviews: newest first, with their notes counted."""
        with self._reading():
            rows = self._rows(
                "SELECT r.uuid, r.role, r.title, r.generated_at, r.period_from, r.period_to, "
                "r.entries, (SELECT count(*) FROM coach_note n WHERE n.review_id = r.id), r.path "
                "FROM review r WHERE r.role = ? ORDER BY r.generated_at DESC",
                (role,),
            )
        return [
            ReviewRecord(
                uuid,
                kind,
                title,
                moment(at),  # type: ignore[arg-type]  # NOT NULL
                None if start is None else date_of(start),
                None if end is None else date_of(end),
                int(entries),
                int(notes),
                path,
            )
            for uuid, kind, title, at, start, end, entries, notes, path in rows
        ]
