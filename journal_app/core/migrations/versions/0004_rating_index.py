"""An index that holds what the respect-balance trend reads, so that it does not read every
entry's text (260 ms → 90 ms at 100,000 entries; see docs/benchmarks.md).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = [
    "deleted_at",
    "entry_date",
    "rating_respect_client",
    "rating_self_respect",
    "rating_partnership",
]


def upgrade() -> None:
    op.create_index("ix_entry_ratings", "entry", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_entry_ratings", "entry")
