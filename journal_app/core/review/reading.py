"""A review as a journal of its own, in memory only: what the coach's window reads, searches
and draws trends from. Nothing of it is ever written to disk."""

from __future__ import annotations

from pathlib import Path

from ..importers.native import read_native
from ..journal import Journal
from .document import OpenedReview


def review_journal(review: OpenedReview) -> Journal:
    """An in-memory journal holding exactly the review's entries (uuids kept, so notes on
    them are matched), with their incidents, answers and ratings."""
    journal = Journal.in_memory()
    batch = read_native(review.export, Path("review.bjreview"))
    journal.imports.apply(batch)
    return journal
