"""Other names of clients: short names, old names, transliterations, and the names of the
client's people, all replaced in pseudonymised exports. A person's alias number ("Person 1")
is given the first time it is pseudonymised, like a client's in 0003.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_other_name",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "client_id",
            sa.Integer(),
            sa.ForeignKey("client.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False, server_default="other"),
        sa.Column("alias_no", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('other', 'person')", name="ck_client_other_name_kind"),
    )
    with op.batch_alter_table("client_other_name") as batch:
        batch.create_index("ix_client_other_name_client_id", ["client_id"])
        batch.create_index("ix_client_other_name_name_key", ["name_key"], unique=True)
        batch.create_index("ix_client_other_name_alias_no", ["alias_no"], unique=True)


def downgrade() -> None:
    op.drop_table("client_other_name")
