"""Boundaries that change over time: agreement versions in force from a date and in a time
zone (each client's agreement so far becomes its first version, in force from the start),
the zone an incident was logged in, personal days off, the journal's own settings (the
holidays' country), goals, events on a client's timeline, and the book's further incident
kinds (a person's own kinds, even under one of these keys, are left as they are).

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen here on purpose, like 0002's: names come from resources/incident_kinds.json by key.
NEW_KINDS = [
    ("discount_pressure", "client"),
    ("impossible_deadline", "client"),
    ("dismissing_workload", "client"),
    ("threat_to_leave", "client"),
    ("indifference", "me"),
    ("over_promising", "me"),
]


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of these tables would drop the search triggers.
    op.add_column("client", sa.Column("agreed_tz", sa.String(), nullable=False, server_default=""))
    op.add_column("incident", sa.Column("tz", sa.String(), nullable=False, server_default=""))
    versions = op.create_table(
        "agreement_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "client_id", sa.Integer(), sa.ForeignKey("client.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("days", sa.String(), nullable=False, server_default=""),
        sa.Column("agreed_from", sa.Integer(), nullable=True),
        sa.Column("agreed_to", sa.Integer(), nullable=True),
        sa.Column("channels", sa.String(), nullable=False, server_default=""),
        sa.Column("tz", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("client_id", "since", name="uq_agreement_version_since"),
    )
    op.create_index("ix_agreement_version_client_id", "agreement_version", ["client_id"])
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, agreed_days, agreed_from, agreed_to, agreed_channels FROM client "
            "WHERE agreed_days != '' OR agreed_channels != ''"
        )
    ).all()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(
        versions,
        [
            {"client_id": r[0], "since": None, "days": r[1], "agreed_from": r[2],
             "agreed_to": r[3], "channels": r[4], "tz": "", "created_at": now}
            for r in rows
        ],
    )
    op.create_table(
        "day_off",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("first <= last", name="ck_day_off_order"),
    )
    op.create_table(
        "journal_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("metric", sa.String(), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column(
            "client_id", sa.Integer(), sa.ForeignKey("client.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(), nullable=False, server_default=""),
        sa.Column("period", sa.String(), nullable=False, server_default="month"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "metric IN ('held_share', 'count', 'rating')", name="ck_goal_metric"
        ),
        sa.CheckConstraint("period IN ('month', 'quarter')", name="ck_goal_period"),
    )
    op.create_table(
        "client_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "client_id", sa.Integer(), sa.ForeignKey("client.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False, server_default="other"),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('agreement_sent', 'talk', 'coaching', 'other')", name="ck_client_event_kind"
        ),
    )
    op.create_index("ix_client_event_client_id", "client_event", ["client_id"])
    taken = {k for (k,) in bind.execute(sa.text("SELECT key FROM incident_kind")).all()}
    position = bind.execute(sa.text("SELECT MAX(position) FROM incident_kind")).scalar() or 0
    kinds = sa.table(
        "incident_kind",
        sa.column("key", sa.String()),
        sa.column("name", sa.String()),
        sa.column("direction", sa.String()),
        sa.column("builtin", sa.Boolean()),
        sa.column("archived", sa.Boolean()),
        sa.column("position", sa.Integer()),
    )
    new = [(key, direction) for key, direction in NEW_KINDS if key not in taken]
    op.bulk_insert(
        kinds,
        [
            {"key": key, "name": "", "direction": direction, "builtin": True,
             "archived": False, "position": position + 1 + i}
            for i, (key, direction) in enumerate(new)
        ],
    )


def downgrade() -> None:
    # The new kinds stay: incidents may use them.
    for table in ("client_event", "goal", "journal_setting", "day_off", "agreement_version"):
        op.drop_table(table)
    op.drop_column("incident", "tz")
    op.drop_column("client", "agreed_tz")
