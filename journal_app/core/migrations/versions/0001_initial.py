"""Initial schema: clients, entries, tags, and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _fold(expr: str) -> str:
    # unicode61 does not fold ё to е; Russians write both. The index sees е only.
    return f"replace(replace({expr}, 'ё', 'е'), 'Ё', 'Е')"


def _names(link: str, table: str, key: str) -> str:
    # An ordered subquery rather than group_concat(... ORDER BY), so that SQLite older than
    # 3.44 (Debian's sqlite3 tool, Python's own module) can still read the file.
    return (
        f"coalesce((SELECT group_concat(n, ' ') FROM (SELECT x.name AS n FROM {link} l "
        f"JOIN {table} x ON x.id = l.{key} WHERE l.entry_id = e.id ORDER BY x.name_key)), '')"
    )


SEARCH_VIEW = f"""
CREATE VIEW entry_search AS
SELECT e.id AS id,
       {_fold("e.title")} AS title,
       {_fold("e.body")} AS body,
       {_fold(_names("entry_tag", "tag", "tag_id"))} AS tags,
       {_fold(_names("entry_client", "client", "client_id"))} AS clients
FROM entry e
"""

COLS = "title, body, tags, clients"


def _remove(where: str) -> str:
    return (
        f"INSERT INTO entry_fts(entry_fts, rowid, {COLS}) "
        f"SELECT 'delete', id, {COLS} FROM entry_search WHERE {where};"
    )


def _add(where: str) -> str:
    return f"INSERT INTO entry_fts(rowid, {COLS}) SELECT id, {COLS} FROM entry_search WHERE {where};"


def _trigger(name: str, timing: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {timing} BEGIN {body} END"


TRIGGERS = [
    _trigger("entry_fts_ai", "AFTER INSERT ON entry", _add("id = new.id")),
    _trigger("entry_fts_bd", "BEFORE DELETE ON entry", _remove("id = old.id")),
    _trigger("entry_fts_bu", "BEFORE UPDATE OF title, body ON entry", _remove("id = old.id")),
    _trigger("entry_fts_au", "AFTER UPDATE OF title, body ON entry", _add("id = new.id")),
]
for _link, _key, _parent in (("entry_tag", "tag_id", "tag"), ("entry_client", "client_id", "client")):
    TRIGGERS += [
        _trigger(f"{_link}_fts_bi", f"BEFORE INSERT ON {_link}", _remove("id = new.entry_id")),
        _trigger(f"{_link}_fts_ai", f"AFTER INSERT ON {_link}", _add("id = new.entry_id")),
        _trigger(f"{_link}_fts_bd", f"BEFORE DELETE ON {_link}", _remove("id = old.entry_id")),
        _trigger(f"{_link}_fts_ad", f"AFTER DELETE ON {_link}", _add("id = old.entry_id")),
    ]
    _of_parent = f"id IN (SELECT entry_id FROM {_link} WHERE {_key} = %s.id)"
    TRIGGERS += [
        _trigger(f"{_parent}_fts_bu", f"BEFORE UPDATE OF name ON {_parent}",
                 _remove(_of_parent % "old")),
        _trigger(f"{_parent}_fts_au", f"AFTER UPDATE OF name ON {_parent}",
                 _add(_of_parent % "new")),
    ]


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False, unique=True),
        sa.Column("organisation", sa.String(), nullable=False, server_default=""),
        sa.Column("colour", sa.String(), nullable=False, server_default=""),
        sa.Column("notes", sa.String(), nullable=False, server_default=""),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_stamps(),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False, unique=True),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("entry_time", sa.Time(), nullable=False),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("body", sa.String(), nullable=False, server_default=""),
        sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_stamps(),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_entry_timeline", "entry", ["deleted_at", "entry_date", "entry_time", "id"])
    for link, key, parent in (("entry_client", "client_id", "client"), ("entry_tag", "tag_id", "tag")):
        op.create_table(
            link,
            sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entry.id", ondelete="CASCADE"),
                      primary_key=True),
            sa.Column(key, sa.Integer(), sa.ForeignKey(f"{parent}.id", ondelete="CASCADE"),
                      primary_key=True),
        )
        op.create_index(f"ix_{link}_{key}", link, [key, "entry_id"])

    op.execute(SEARCH_VIEW)
    op.execute(
        f"CREATE VIRTUAL TABLE entry_fts USING fts5({COLS}, content='entry_search', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    # Deleted or edited text must not stay readable inside the index.
    op.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1)")
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    op.execute("DROP TABLE IF EXISTS entry_fts")
    op.execute("DROP VIEW IF EXISTS entry_search")
    for table in ("entry_tag", "entry_client", "entry", "tag", "client"):
        op.drop_table(table)
