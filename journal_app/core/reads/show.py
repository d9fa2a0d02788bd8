"""What `show ID` prints beside the entry, on the quick path: its incidents
(`IncidentService.for_entry`), answers (`QuestionService.answers`), the questions' words
(`QuestionService.all`) and the coach's notes (`ReviewService.for_targets`), from their SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..catalogue import GROUPS, Catalogue, language
from ..records import ClientRef, IncidentFilter, IncidentRecord, KindRecord, NoteRecord
from .base import Base, marks, moment, naive

_INCIDENTS = (
    "SELECT i.id, i.uuid, i.entry_id, c.id, c.name, c.colour, k.id, k.key, k.name, "
    "k.direction, k.builtin, k.archived, i.direction, i.occurred_at, i.channel, i.severity, "
    "i.response, i.note, i.outside_hours, i.outside_channels, i.created_at, i.updated_at, i.tz "
    "FROM incident i JOIN client c ON c.id = i.client_id "
    "JOIN incident_kind k ON k.id = i.kind_id JOIN entry e ON e.id = i.entry_id "
)
_ORDER = " ORDER BY i.occurred_at, i.id"


class ShowReads(Base):
    def incidents(self, entry_id: int, book: Catalogue, lang: str = "en") -> list[IncidentRecord]:
        """The entry's incidents, oldest first, kinds named in `lang`."""
        return self.find_incidents(IncidentFilter(entry_id=entry_id), book, lang)

    def find_incidents(
        self, flt: IncidentFilter, book: Catalogue, lang: str = "en"
    ) -> list[IncidentRecord]:
        """IncidentService.find: oldest first; those of trashed entries left out unless
        `flt.entry_id` names the entry."""
        conds: list[str] = []
        params: list[Any] = []
        if flt.entry_id is not None:
            conds.append("i.entry_id = ?")
            params.append(flt.entry_id)
        else:  # "+": SQLite then reads the incidents' time index, not every live entry
            conds.append("+e.deleted_at IS NULL")
        if flt.client_ids:
            conds.append(f"i.client_id IN ({marks(len(flt.client_ids))})")
            params.extend(flt.client_ids)
        # A stored time ("YYYY-MM-DD HH:MM:SS…") sorts after its day's date and before the next.
        if flt.date_from is not None:
            conds.append("i.occurred_at >= ?")
            params.append(flt.date_from.isoformat())
        if flt.date_to is not None:
            conds.append("i.occurred_at < date(?, '+1 day')")
            params.append(flt.date_to.isoformat())
        with self._reading():
            rows = self._rows(_INCIDENTS + "WHERE " + " AND ".join(conds) + _ORDER, params)
        return [
            IncidentRecord(
                id=i,
                uuid=uuid,
                entry_id=entry,
                client=ClientRef(client_id, client, colour),
                kind=KindRecord(
                    id=kind_id,
                    key=key,
                    name=kind_name or book.kind_name(key, lang),
                    direction=kind_direction,
                    builtin=bool(builtin),
                    archived=bool(archived),
                ),
                direction=direction,
                occurred_at=naive(occurred),
                channel=channel,
                severity=severity,
                response=response,
                note=note,
                outside_hours=bool(hours),
                outside_channels=bool(channels),
                created_at=moment(created),  # type: ignore[arg-type]  # NOT NULL
                updated_at=moment(updated),  # type: ignore[arg-type]
                tz=tz,
            )
            for (
                i,
                uuid,
                entry,
                client_id,
                client,
                colour,
                kind_id,
                key,
                kind_name,
                kind_direction,
                builtin,
                archived,
                direction,
                occurred,
                channel,
                severity,
                response,
                note,
                hours,
                channels,
                created,
                updated,
                tz,
            ) in rows
        ]

    def answers(self, entry_id: int) -> dict[str, str]:
        with self._reading():
            rows = self._rows(
                "SELECT question_id, text FROM answer WHERE entry_id = ?", (entry_id,)
            )
        return dict(rows)

    def answer_count(self, entry_ids: Sequence[int]) -> int:
        """How many answers these entries hold (QuestionService.answers of each, counted)."""
        with self._reading():
            rows = self._by_entry(
                "SELECT entry_id, count(*) FROM answer WHERE entry_id IN ({marks}) "
                "GROUP BY entry_id",
                entry_ids,
            )
        return sum(int(n) for found in rows.values() for (n,) in found)

    def question_texts(self, book: Catalogue, lang: str = "en") -> dict[str, str]:
        """Each question's words in `lang`, hidden ones too: the book's, then the person's."""
        lang = language(lang)
        with self._reading():
            own = self._rows(
                'SELECT id, "group", text FROM question WHERE custom ORDER BY created_at'
            )
        texts = {q.id: q.text[lang] for q in book.questions if q.group in GROUPS}
        texts.update({i: text for i, group, text in own if group in GROUPS})
        return texts

    def notes(self, uuids: list[str]) -> list[NoteRecord]:
        """The coach's notes on these entries and incidents (by uuid), oldest first."""
        if not uuids:
            return []
        with self._reading():
            rows = self._rows(
                "SELECT n.uuid, r.uuid, n.target, n.target_uuid, n.text, n.written_at "
                "FROM coach_note n JOIN review r ON r.id = n.review_id "
                f"WHERE n.target_uuid IN ({marks(len(uuids))}) AND r.role = 'shared' "
                "ORDER BY n.written_at, n.id",
                uuids,
            )
        return [
            NoteRecord(u, review, on, target, text, moment(at))  # type: ignore[arg-type]  # NOT NULL
            for u, review, on, target, text, at in rows
        ]

    def shared_reviews(self) -> list[tuple[str, dt.datetime]]:
        """ReviewService.reviews("shared"), as (id, made at): newest first."""
        with self._reading():
            rows = self._rows(
                "SELECT uuid, generated_at FROM review WHERE role = 'shared' "
                "ORDER BY generated_at DESC"
            )
        return [(uuid, moment(at)) for uuid, at in rows]  # type: ignore[misc]  # NOT NULL

    def summary_notes(self, review_id: str) -> list[str]:
        """The coach's notes on a review as a whole (ReviewService.notes), oldest first."""
        with self._reading():
            rows = self._rows(
                "SELECT n.text FROM coach_note n JOIN review r ON r.id = n.review_id "
                "WHERE r.uuid = ? AND n.target = 'summary' ORDER BY n.written_at, n.id",
                (review_id,),
            )
        return [text for (text,) in rows]
