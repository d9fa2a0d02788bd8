"""Reviews shared with a coach (or received from a journal, on the coach's side) and the
coach's notes on them, keyed by the review's id (issue #20).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("entries", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('shared', 'received')", name="ck_review_role"),
    )
    with op.batch_alter_table("review") as batch:
        batch.create_index("ix_review_uuid", ["uuid"], unique=True)
    op.create_table(
        "coach_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column(
            "review_id",
            sa.Integer(),
            sa.ForeignKey("review.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("target_uuid", sa.String(), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "target IN ('entry', 'incident', 'summary')", name="ck_coach_note_target"
        ),
    )
    with op.batch_alter_table("coach_note") as batch:
        batch.create_index("ix_coach_note_uuid", ["uuid"], unique=True)
        batch.create_index("ix_coach_note_review_id", ["review_id"])
        batch.create_index("ix_coach_note_target_uuid", ["target_uuid"])


def downgrade() -> None:
    op.drop_table("coach_note")
    op.drop_table("review")
