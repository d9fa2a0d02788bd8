"""Indexes in the shape of the three trend passes over incidents, so that each reads its
groups in index order instead of computing a value for every incident and sorting them
(issue #21: at 100,000 entries, all time, in raw SQLite here: the heat map 27 → 4 ms, the
months 29 → 18 ms, the per-client pass 19 → 10 ms; see docs/benchmarks.md).

- `ix_incident_heat`: the weekday and the hour as core.trends' heat map spells them. SQLite
  (3.41 and later) reads an indexed expression's value from the index instead of computing it,
  so the heat map is a walk along this index.
- `ix_incident_months`: the month as core.periods spells it, then kind and direction: the
  over-time and responses pass groups by these three (quarters are summed from its months).
- `ix_incident_clients`: the client first, with what the summary sums, so the per-client pass
  groups in index order.

Each also holds the columns every trend filter tests (time, client, kind, direction, entry),
so that no incident row is read. The queries must spell the expressions exactly so:
tests/core/test_trend_indexes.py checks that each pass uses its index.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_incident_heat": (
        "(CAST(strftime('%w', occurred_at) AS INTEGER) + 6) % 7, "
        "CAST(substr(occurred_at, 12, 2) AS INTEGER), "
        "occurred_at, client_id, kind_id, direction, entry_id"
    ),
    "ix_incident_months": (
        "substr(occurred_at, 1, 7), kind_id, direction, response, "
        "occurred_at, client_id, entry_id"
    ),
    "ix_incident_clients": (
        "client_id, outside_hours, response, occurred_at, kind_id, direction, entry_id"
    ),
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON incident ({columns})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
