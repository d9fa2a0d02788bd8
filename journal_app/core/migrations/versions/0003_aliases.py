"""Stable pseudonyms for exports: each client's alias number ("Client A" = 1), given the first
time the client is pseudonymised. The mapping lives only in this database.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client", sa.Column("alias_no", sa.Integer(), nullable=True))
    op.create_index("ix_client_alias_no", "client", ["alias_no"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_client_alias_no", "client")
    op.drop_column("client", "alias_no")
