"""Sharing a review, writing notes on one, and taking the notes back (issue #20).

The account manager's journal remembers each review it shared (its id, period, size), so
that notes coming back are matched to it and notes for another review are refused. The
coach's journal remembers each review the coach wrote notes on, and the notes; the review's
contents stay in its sealed file and are never copied into the coach's journal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from ..db import translate_errors
from ..errors import NotFoundError, ValidationError
from ..models import new_uuid, utcnow
from ..records import NoteRecord, ReviewRecord
from ..sealed import write_sealed
from .document import (
    NOTES_MAGIC,
    REVIEW_MAGIC,
    NoteDoc,
    OpenedReview,
    notes_json,
    read_notes,
    review_json,
)
from .models import CoachNote, Review

if TYPE_CHECKING:
    from ..exporters.bundle import BundleCollector, ExportBundle, ExportScope
from ..messages import (
    BAD_NOTE_TARGET,
    NO_NOTE_TARGET,
    NOTE_EMPTY,
    NOTE_GONE,
    NOTES_DAMAGED,
    NOTES_NOT_OURS,
    OWN_REVIEW,
)
from .passphrases import check_review_passphrase


class ReviewMismatchError(ValidationError):
    """Notes written on a review this journal did not share."""


@dataclass(frozen=True)
class NotesImport:
    added: int
    updated: int


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _note(n: CoachNote, review_id: str) -> NoteRecord:
    return NoteRecord(n.uuid, review_id, n.target, n.target_uuid, n.text, _aware(n.written_at))


class ReviewService:
    def __init__(self, engine: Engine, collector: Callable[[], BundleCollector]) -> None:
        """`collector`: the journal's exports, asked for only when a review is shared (the
        exporters load then, not when the window starts)."""
        self._engine = engine
        self._collector = collector

    # -- the account manager's side ---------------------------------------------------------
    def share(self, scope: ExportScope, target: Path, passphrase: str) -> ExportBundle:
        """Seal the scope's versioned JSON export into `target` (.bjreview) and remember the
        review. The text is leak-checked in memory before it is sealed."""
        from ..exporters.json_export import bundle_dict
        from ..leaks import checker

        check_review_passphrase(passphrase)
        bundle = self._collector().collect(scope)
        review_id = new_uuid()
        first = scope.date_from or bundle.first_date
        last = scope.date_to or bundle.last_date
        text = review_json(review_id, bundle_dict(bundle), first, last)
        check = checker(bundle)
        if check is not None:
            check.text(text, Path(target).name)
        with translate_errors(), Session(self._engine) as s:
            s.add(
                Review(
                    uuid=review_id,
                    role="shared",
                    title=", ".join(c.name for c in bundle.clients),
                    generated_at=_aware(bundle.generated_at),
                    period_from=first,
                    period_to=last,
                    entries=len(bundle.entries),
                )
            )
            s.flush()
            write_sealed(Path(target), text.encode("utf-8"), passphrase, REVIEW_MAGIC)
            s.commit()
        return bundle

    def import_notes(self, path: Path, passphrase: str) -> NotesImport:
        """The coach's notes from a .bjnotes file, beside their entries and incidents;
        a note imported before is updated, not repeated. All or nothing."""
        review_id, notes = read_notes(path, passphrase)
        added = updated = 0
        with translate_errors(), Session(self._engine) as s:
            review = s.exec(select(Review).where(Review.uuid == review_id)).first()
            if review is None or review.role != "shared":
                raise ReviewMismatchError(NOTES_NOT_OURS, name=Path(path).name)
            assert review.id is not None
            for doc in notes:
                row = s.exec(select(CoachNote).where(CoachNote.uuid == doc.uuid)).first()
                if row is not None and row.review_id != review.id:
                    raise ReviewMismatchError(NOTES_DAMAGED, name=Path(path).name)
                if row is None:
                    row = CoachNote(uuid=doc.uuid, review_id=review.id, target=doc.on, text="")
                    added += 1
                elif row.text != doc.text or row.written_at != _aware(doc.at):
                    updated += 1
                row.target, row.target_uuid = doc.on, doc.target_uuid
                row.text, row.written_at, row.updated_at = doc.text, _aware(doc.at), utcnow()
                s.add(row)
            s.commit()
        return NotesImport(added, updated)

    def for_targets(self, uuids: list[str]) -> list[NoteRecord]:
        """The coach's notes on these entries and incidents (by uuid), oldest first."""
        if not uuids:
            return []
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(
                select(CoachNote, Review.uuid)
                .join(Review, col(Review.id) == CoachNote.review_id)
                .where(col(CoachNote.target_uuid).in_(uuids), Review.role == "shared")
                .order_by(col(CoachNote.written_at), col(CoachNote.id))
            ).all()
            return [_note(n, rid) for n, rid in rows]

    def noted_targets(self) -> set[str]:
        """The uuids of entries and incidents with a coach's note (the sidebar's item)."""
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(
                select(CoachNote.target_uuid)
                .join(Review, col(Review.id) == CoachNote.review_id)
                .where(Review.role == "shared", CoachNote.target != "summary")
            ).all()
            return set(rows)

    def noted_entry_ids(self) -> tuple[int, ...]:
        """The entries (not in the trash) with a coach's note on them or on an incident of
        theirs: the sidebar's "Coach notes"."""
        from ..models import Entry, Incident

        targets = self.noted_targets()
        if not targets:
            return ()
        with translate_errors(), Session(self._engine) as s:
            direct = s.exec(
                select(Entry.id).where(
                    col(Entry.uuid).in_(targets), col(Entry.deleted_at).is_(None)
                )
            ).all()
            through = s.exec(
                select(Incident.entry_id)
                .join(Entry, col(Entry.id) == Incident.entry_id)
                .where(col(Incident.uuid).in_(targets), col(Entry.deleted_at).is_(None))
            ).all()
            return tuple(sorted({i for i in (*direct, *through) if i is not None}))

    # -- the coach's side --------------------------------------------------------------------
    def _received(self, s: Session, review: OpenedReview) -> Review:
        row = s.exec(select(Review).where(Review.uuid == review.review_id)).first()
        if row is not None and row.role == "shared":
            raise ValidationError(OWN_REVIEW)
        if row is None:
            row = Review(
                uuid=review.review_id,
                role="received",
                title=review.title,
                generated_at=_aware(review.generated_at),
                period_from=review.period_from,
                period_to=review.period_to,
                entries=len(review.entries),
            )
            s.add(row)
            s.flush()
        return row

    def remember(self, review: OpenedReview, path: Path) -> None:
        """The coach opened `review` from `path`: it joins the Reviews list (or its file
        is updated there), so that it can be reopened from the list."""
        with translate_errors(), Session(self._engine) as s:
            row = self._received(s, review)
            row.path = str(Path(path).expanduser().absolute())
            s.add(row)
            s.commit()

    def add_note(self, review: OpenedReview, on: str, target_uuid: str, text: str) -> str:
        """A coach's note on an entry, an incident or the whole review; returns its id."""
        text = text.strip()
        if not text:
            raise ValidationError(NOTE_EMPTY)
        if on not in ("entry", "incident", "summary"):
            raise ValidationError(BAD_NOTE_TARGET, on=on)
        target_uuid = "" if on == "summary" else target_uuid.strip()
        if not review.has(on, target_uuid):
            raise NotFoundError(NO_NOTE_TARGET, on=on, target_uuid=target_uuid)
        with translate_errors(), Session(self._engine) as s:
            row = self._received(s, review)
            assert row.id is not None
            note = CoachNote(review_id=row.id, target=on, target_uuid=target_uuid, text=text)
            s.add(note)
            s.commit()
            return note.uuid

    def edit_note(self, note_uuid: str, text: str) -> None:
        """The coach's own note changed (emptied: removed). Notes that came back to the
        account manager's journal are read-only there."""
        with translate_errors(), Session(self._engine) as s:
            note = s.exec(
                select(CoachNote)
                .join(Review, col(Review.id) == CoachNote.review_id)
                .where(CoachNote.uuid == note_uuid, Review.role == "received")
            ).first()
            if note is None:
                raise NotFoundError(NOTE_GONE)
            if not text.strip():
                s.delete(note)
            else:
                note.text, note.updated_at = text.strip(), utcnow()
                s.add(note)
            s.commit()

    def delete_note(self, note_uuid: str) -> None:
        self.edit_note(note_uuid, "")

    def notes(self, review_id: str) -> list[NoteRecord]:
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(
                select(CoachNote)
                .join(Review, col(Review.id) == CoachNote.review_id)
                .where(Review.uuid == review_id)
                .order_by(col(CoachNote.written_at), col(CoachNote.id))
            ).all()
            return [_note(n, review_id) for n in rows]

    def reviews(self, role: str = "received") -> list[ReviewRecord]:
        """The reviews this journal received (the coach's Reviews list), newest first."""
        with translate_errors(), Session(self._engine) as s:
            found = []
            for r in s.exec(
                select(Review).where(Review.role == role).order_by(col(Review.generated_at).desc())
            ).all():
                count = len(s.exec(select(CoachNote.id).where(CoachNote.review_id == r.id)).all())
                found.append(
                    ReviewRecord(
                        r.uuid,
                        r.role,
                        r.title,
                        _aware(r.generated_at),
                        r.period_from,
                        r.period_to,
                        r.entries,
                        count,
                        r.path,
                    )
                )
            return found

    def send_notes(self, review: OpenedReview, target: Path, passphrase: str) -> int:
        """The coach's notes on `review`, sealed with its passphrase into `target`
        (.bjnotes); returns how many."""
        from .notes_leaks import sealed_notes_check

        notes = self.notes(review.review_id)
        docs = [NoteDoc(n.uuid, n.on, n.target_uuid, n.text, n.at) for n in notes]
        text = notes_json(review.review_id, docs)
        check = sealed_notes_check(self._engine, review, passphrase, Path(target).name)
        write_sealed(Path(target), text.encode("utf-8"), passphrase, NOTES_MAGIC, check)
        return len(docs)
