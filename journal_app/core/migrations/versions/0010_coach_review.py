"""The coach review, its second half (issue #20): search finds the coach's notes, and the
coach's Reviews list remembers where each review's file was.

Search: the index's `notes` column (and its forms' shadow, `f_notes`) reads the coach's
notes imported beside an entry or one of its incidents after the incidents' own notes, so
both search paths (core.search and the command line's raw read, core.reads) find them
without a change to their queries. Triggers on `coach_note` keep the index in step when
notes are imported again, updated or removed. Only entries that have notes are re-indexed
here, so the migration costs nothing on a journal without any.

Reviews: `review.path`, the file a received review was last opened from (empty when the
coach has not opened it in this version), to reopen it from the list.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# 0007 built the index; its view and triggers are reused, the notes column extended.
_search = importlib.import_module("journal_app.core.migrations.versions.0007_search_forms")

# The coach's notes on the entry or on an incident of it, from reviews this journal shared.
COACH_NOTES = (
    "SELECT n.text AS v, 1 AS g, n.id AS o FROM coach_note n "
    "JOIN review r ON r.id = n.review_id WHERE r.role = 'shared' AND n.target != 'summary' "
    "AND (n.target_uuid = e.uuid OR n.target_uuid IN "
    "(SELECT i2.uuid FROM incident i2 WHERE i2.entry_id = e.id))"
)
INCIDENT_NOTES = "SELECT i.note AS v, 0 AS g, i.id AS o FROM incident i WHERE i.entry_id = e.id"
# The entries a note is about: by the entry's uuid, or by one of its incidents'.
_OF_NOTE = (
    "id IN (SELECT id FROM entry WHERE uuid = {0}.target_uuid "
    "UNION SELECT entry_id FROM incident WHERE uuid = {0}.target_uuid)"
)
_NOTED = (
    "id IN (SELECT id FROM entry WHERE uuid IN (SELECT target_uuid FROM coach_note) "
    "UNION SELECT entry_id FROM incident WHERE uuid IN (SELECT target_uuid FROM coach_note))"
)


def search_view(other_names: bool, coach_notes: bool) -> str:
    sources = _search._sources(other_names)
    if coach_notes:
        sources["notes"] = _search._joined(
            f"SELECT v FROM ({INCIDENT_NOTES} UNION ALL {COACH_NOTES}) ORDER BY g, o"
        )
    cols = _search.TEXT_COLUMNS
    columns = [f"{_search._fold(sources[c])} AS {c}" for c in cols]
    columns += [f"bj_forms({sources[c]}) AS f_{c}" for c in cols]
    return "CREATE VIEW entry_search AS SELECT e.id AS id, " + ", ".join(columns) + " FROM entry e"


def coach_note_triggers() -> list[str]:
    cols, remove, add, trigger = _search.COLS, _search._remove, _search._add, _search._trigger
    made = []
    for event, before, after in (
        ("INSERT", "new", "new"),
        ("DELETE", "old", "old"),
        ("UPDATE OF text, target, target_uuid, review_id", "old", "new"),
    ):
        e = event[0].lower()
        made += [
            trigger(
                f"coach_note_fts_b{e}",
                f"BEFORE {event} ON coach_note",
                remove(_OF_NOTE.format(before), cols),
            ),
            trigger(
                f"coach_note_fts_a{e}",
                f"AFTER {event} ON coach_note",
                add(_OF_NOTE.format(after), cols),
            ),
        ]
    return made


def _replace_view(coach_notes: bool) -> None:
    """The entries with notes out of the index, the view replaced, the same entries back in
    (the index must be told exactly what it holds before what it reads changes)."""
    op.execute(_search._remove(_NOTED, _search.COLS).rstrip(";"))
    op.execute("DROP VIEW entry_search")
    op.execute(search_view(_search._has_other_names(), coach_notes))
    op.execute(_search._add(_NOTED, _search.COLS).rstrip(";"))


def upgrade() -> None:
    _replace_view(True)
    for made in coach_note_triggers():
        op.execute(made)
    op.add_column("review", sa.Column("path", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    for made in coach_note_triggers():
        op.execute(f"DROP TRIGGER {made.split()[2]}")
    _replace_view(False)
    # The view no longer reads `review`, so the table can be rebuilt without the column.
    with op.batch_alter_table("review") as batch:
        batch.drop_column("path")
