"""The book's guiding questions beside each entry, the person's own questions, and answers.

Which questions fit an entry follows from its incidents (see `fitting_groups`): the book's
two failure modes each have their questions, and partnership is what is left to aim for.
The app's own questions for a kind (discount pressure, a threat to leave…) come first when
an entry has an incident of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, delete, select

from .catalogue import GROUPS, BookQuestion, Catalogue, language
from .db import translate_errors
from .errors import NotFoundError, ValidationError
from .messages import (
    ANSWER_TOO_LONG,
    BAD_QUESTION_GROUP,
    NO_ENTRY,
    NO_QUESTION,
    QUESTION_EMPTY,
    QUESTION_TOO_LONG,
    REWORD_OWN_ONLY,
)
from .models import Answer, Direction, Entry, Incident, IncidentKind, Question, Response, utcnow
from .records import QuestionRecord

MAX_QUESTION = 300
MAX_ANSWER = 20_000
# Not holding the line counts as giving in: the book asks whether you *stop* disrespect.
_NOT_HELD = {Response.GAVE_IN.value, Response.OPEN.value}


def fitting_groups(incidents: Iterable[tuple[str, str]]) -> list[str]:
    """The question groups for an entry whose incidents have these (direction, response).

    - a client crossed my boundary and I gave in (or have not addressed it): self-respect;
    - I crossed the client's boundary: respect for the client;
    - otherwise (no incidents, or boundaries held): partnership.
    """
    groups: list[str] = []
    pairs = list(incidents)
    if any(d == Direction.CLIENT.value and r in _NOT_HELD for d, r in pairs):
        groups.append("self_respect")
    if any(d == Direction.ME.value for d, _ in pairs):
        groups.append("respect_client")
    return groups or ["partnership"]


class QuestionService:
    def __init__(self, engine: Engine, catalogue: Catalogue) -> None:
        self._engine = engine
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    # -- the questions -----------------------------------------------------------------------
    def all(self, lang: str = "en", include_hidden: bool = False) -> list[QuestionRecord]:
        """The book's questions, then the person's own, group by group."""
        lang = language(lang)
        with translate_errors(), Session(self._engine) as s:
            rows = {q.id: q for q in s.exec(select(Question).order_by(col(Question.created_at)))}
        found: list[QuestionRecord] = []
        for group in GROUPS:
            for q in self._catalogue.questions:
                if q.group != group:
                    continue
                row = rows.get(q.id)
                found.append(
                    QuestionRecord(
                        id=q.id,
                        group=q.group,
                        text=q.text[lang],
                        original=q.text["ru"],
                        quoted=q.quoted,
                        based_on=q.based_on,
                        custom=False,
                        hidden=bool(row and row.hidden),
                        app=q.app,
                        kind=q.kind,
                    )
                )
            for row in rows.values():
                if row.custom and row.group == group:
                    found.append(
                        QuestionRecord(
                            id=row.id,
                            group=row.group,
                            text=row.text,
                            original=row.text,
                            quoted=False,
                            based_on="",
                            custom=True,
                            hidden=row.hidden,
                        )
                    )
        return [q for q in found if include_hidden or not q.hidden]

    def add(self, group: str, text: str) -> str:
        group, text = _check_group(group), _check_text(text)
        with translate_errors(), Session(self._engine) as s:
            taken = set(s.exec(select(Question.id)).all())
            n = 1
            while f"own-{n}" in taken:
                n += 1
            s.add(Question(id=f"own-{n}", group=group, text=text, custom=True))
            s.commit()
            return f"own-{n}"

    def edit(self, question_id: str, text: str) -> None:
        text = _check_text(text)
        with translate_errors(), Session(self._engine) as s:
            row = s.get(Question, question_id)
            if row is None or not row.custom:
                raise ValidationError(REWORD_OWN_ONLY)
            row.text = text
            s.add(row)
            s.commit()

    def set_hidden(self, question_id: str, hidden: bool) -> None:
        with translate_errors(), Session(self._engine) as s:
            row = s.get(Question, question_id)
            if row is None:
                book = self._book_question(question_id)
                row = Question(id=question_id, group=book.group)
            row.hidden = hidden
            s.add(row)
            s.commit()

    # -- answers -----------------------------------------------------------------------------
    def answers(self, entry_id: int) -> dict[str, str]:
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(select(Answer).where(Answer.entry_id == entry_id)).all()
            return {a.question_id: a.text for a in rows}

    def set_answer(self, entry_id: int, question_id: str, text: str) -> None:
        """Store an answer; an empty one is removed."""
        if len(text) > MAX_ANSWER:
            raise ValidationError(ANSWER_TOO_LONG, limit=MAX_ANSWER)
        self._check_exists(question_id)
        with translate_errors(), Session(self._engine) as s:
            if s.get(Entry, entry_id) is None:
                raise NotFoundError(NO_ENTRY, entry_id=entry_id)
            row = s.get(Answer, (entry_id, question_id))
            if not text.strip():
                if row is not None:
                    s.exec(
                        delete(Answer).where(
                            col(Answer.entry_id) == entry_id, col(Answer.question_id) == question_id
                        )
                    )
            elif row is None:
                s.add(Answer(entry_id=entry_id, question_id=question_id, text=text))
            elif row.text != text:
                row.text, row.updated_at = text, utcnow()
                s.add(row)
            s.commit()

    def for_entry(self, entry_id: int, lang: str = "en") -> tuple[list[str], list[QuestionRecord]]:
        """The groups that fit the entry, and the questions to show beside it: the visible
        questions of those groups, plus any question already answered in it."""
        with translate_errors(), Session(self._engine) as s:
            rows = s.exec(
                select(Incident.direction, Incident.response, IncidentKind.key)
                .join(IncidentKind, col(IncidentKind.id) == col(Incident.kind_id))
                .where(Incident.entry_id == entry_id)
            ).all()
        groups = fitting_groups((d, r) for d, r, _ in rows)
        kinds = {k for _, _, k in rows}
        answered = self.answers(entry_id)
        shown = []
        for q in self.all(lang, include_hidden=True):
            if q.kind and q.kind in kinds:
                # A kind's questions go first, in the group that fits the entry.
                if q.id in answered or not q.hidden:
                    shown.append(replace(q, group=groups[0]))
            elif q.id in answered or (not q.kind and q.group in groups and not q.hidden):
                shown.append(q)
        # Stable: the fitting groups first, in each the questions of the entry's kinds first.
        shown.sort(key=lambda q: (q.group not in groups, q.kind not in kinds))
        return groups, shown

    # -- helpers -----------------------------------------------------------------------------
    def _book_question(self, question_id: str) -> BookQuestion:
        for q in self._catalogue.questions:
            if q.id == question_id:
                return q
        raise NotFoundError(NO_QUESTION, question_id=question_id)

    def _check_exists(self, question_id: str) -> None:
        if any(q.id == question_id for q in self._catalogue.questions):
            return
        with translate_errors(), Session(self._engine) as s:
            row = s.get(Question, question_id)
        if row is None or not row.custom:
            raise NotFoundError(NO_QUESTION, question_id=question_id)


def _check_group(group: str) -> str:
    group = group.strip().lower().replace("-", "_")
    if group not in GROUPS:
        raise ValidationError(BAD_QUESTION_GROUP, groups=", ".join(GROUPS), group=group)
    return group


def _check_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValidationError(QUESTION_EMPTY)
    if len(text) > MAX_QUESTION:
        raise ValidationError(QUESTION_TOO_LONG, limit=MAX_QUESTION)
    return text
