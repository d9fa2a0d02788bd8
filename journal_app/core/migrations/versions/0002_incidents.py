"""Boundary incidents and their kinds, client agreements, questions, answers and ratings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when resources/ does. Names come from
# resources/incident_kinds.json by key, in the reader's language.
BUILTIN_KINDS = [
    ("after_hours", "client"),
    ("personal_favour", "client"),
    ("friend_outlet", "client"),
    ("pressure", "client"),
    ("rudeness", "client"),
    ("scope_creep", "client"),
    ("pushing_for_gain", "me"),
    ("ignoring_interests", "me"),
    ("hollow_politeness", "me"),
]


def upgrade() -> None:
    for column in (
        sa.Column("agreed_days", sa.String(), nullable=False, server_default=""),
        sa.Column("agreed_from", sa.Integer(), nullable=True),
        sa.Column("agreed_to", sa.Integer(), nullable=True),
        sa.Column("agreed_channels", sa.String(), nullable=False, server_default=""),
    ):
        op.add_column("client", column)
    for name in ("rating_respect_client", "rating_self_respect", "rating_partnership"):
        op.add_column("entry", sa.Column(name, sa.Integer(), nullable=True))

    kinds = op.create_table(
        "incident_kind",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.bulk_insert(
        kinds,
        [
            {"key": key, "name": "", "direction": direction, "builtin": True,
             "archived": False, "position": position}
            for position, (key, direction) in enumerate(BUILTIN_KINDS)
        ],
    )
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entry.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("client.id"), nullable=False),
        sa.Column("kind_id", sa.Integer(), sa.ForeignKey("incident_kind.id"), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("response", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("outside_hours", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("outside_channels", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("severity BETWEEN 1 AND 5", name="ck_incident_severity"),
        sa.CheckConstraint("direction IN ('client', 'me')", name="ck_incident_direction"),
    )
    op.create_index("ix_incident_entry", "incident", ["entry_id"])
    op.create_index("ix_incident_client_time", "incident", ["client_id", "occurred_at"])
    op.create_index("ix_incident_time", "incident", ["occurred_at"])
    op.create_table(
        "question",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("group", sa.String(), nullable=False, server_default=""),
        sa.Column("text", sa.String(), nullable=False, server_default=""),
        sa.Column("custom", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("hidden", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "answer",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entry.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("question_id", sa.String(), primary_key=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("answer", "question", "incident", "incident_kind"):
        op.drop_table(table)
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy would drop the search triggers.
    for name in ("rating_respect_client", "rating_self_respect", "rating_partnership"):
        op.drop_column("entry", name)
    for name in ("agreed_days", "agreed_from", "agreed_to", "agreed_channels"):
        op.drop_column("client", name)
