"""Search by word forms, in everything the person wrote.

The index gains the answers to the questions, the incidents' notes and (each in a column of
its own) the tags and the clients' names, and beside each text column a shadow column of the
dictionary forms of its words (`bj_forms`, see core.morphology.index_forms), so that any form
of a word finds every other. The shadow columns are computed by the view the index reads, so
they take no room in the file beyond the index itself; `bj_forms` is registered on every
connection the app makes (core.db), and a writer without it (the sqlite3 tool) is refused by
the triggers rather than left with a wrong index.

The index is rebuilt once here, 2,000 entries at a time with progress reported (the window
shows it): 17 s at 100,000 entries, its backup included (docs/benchmarks.md).

Clients' other names: when a `client_other_name` table (client_id, name) exists as this
migration runs, its names join the client column and its changes are followed (HOOK below).

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-02
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("title", "body", "answers", "notes", "tags", "clients")
FORM_COLUMNS = tuple(f"f_{c}" for c in TEXT_COLUMNS)
COLS = ", ".join(TEXT_COLUMNS + FORM_COLUMNS)
CHUNK = 2000  # entries indexed between two reports of progress
OTHER_NAMES = "client_other_name"  # HOOK: the clients' other names (migration 0006)


def _fold(expr: str) -> str:
    # unicode61 does not fold ё to е; Russians write both. The index sees е only.
    return f"replace(replace({expr}, 'ё', 'е'), 'Ё', 'Е')"


def _joined(select: str) -> str:
    # An ordered subquery rather than group_concat(... ORDER BY), so that SQLite older than
    # 3.44 (Debian's sqlite3 tool, Python's own module) can still read the file.
    return f"coalesce((SELECT group_concat(v, ' ') FROM ({select})), '')"


def _sources(other_names: bool) -> dict[str, str]:
    clients = (
        "SELECT x.name AS v, x.name_key AS k FROM entry_client l JOIN client x "
        "ON x.id = l.client_id WHERE l.entry_id = e.id"
    )
    if other_names:
        clients += (
            f" UNION ALL SELECT o.name AS v, x.name_key AS k FROM entry_client l "
            f"JOIN client x ON x.id = l.client_id JOIN {OTHER_NAMES} o ON o.client_id = x.id "
            "WHERE l.entry_id = e.id"
        )
    return {
        "title": "e.title",
        "body": "e.body",
        "answers": _joined(
            "SELECT a.text AS v FROM answer a WHERE a.entry_id = e.id ORDER BY a.question_id"
        ),
        "notes": _joined(
            "SELECT i.note AS v FROM incident i WHERE i.entry_id = e.id ORDER BY i.id"
        ),
        "tags": _joined(
            "SELECT x.name AS v FROM entry_tag l JOIN tag x ON x.id = l.tag_id "
            "WHERE l.entry_id = e.id ORDER BY x.name_key"
        ),
        "clients": _joined(f"SELECT v FROM ({clients}) ORDER BY k, v"),
    }


def search_view(other_names: bool) -> str:
    sources = _sources(other_names)
    columns = [f"{_fold(sources[c])} AS {c}" for c in TEXT_COLUMNS]
    columns += [f"bj_forms({sources[c]}) AS f_{c}" for c in TEXT_COLUMNS]
    return "CREATE VIEW entry_search AS SELECT e.id AS id, " + ", ".join(columns) + " FROM entry e"


def _remove(where: str, cols: str) -> str:
    return (
        f"INSERT INTO entry_fts(entry_fts, rowid, {cols}) "
        f"SELECT 'delete', id, {cols} FROM entry_search WHERE {where};"
    )


def _add(where: str, cols: str) -> str:
    return f"INSERT INTO entry_fts(rowid, {cols}) SELECT id, {cols} FROM entry_search WHERE {where};"


def _trigger(name: str, timing: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {timing} BEGIN {body} END"


def triggers(
    other_names: bool,
    cols: str = COLS,
    links: tuple[str, ...] = ("entry_tag", "entry_client", "answer", "incident"),
) -> list[str]:
    def _around(name: str, event: str, table: str, of_old: str, of_new: str) -> list[str]:
        """Out of the index before the change, back in after it."""
        e = event[0].lower()
        return [
            _trigger(f"{name}_b{e}", f"BEFORE {event} ON {table}", _remove(of_old, cols)),
            _trigger(f"{name}_a{e}", f"AFTER {event} ON {table}", _add(of_new, cols)),
        ]

    made = [
        _trigger("entry_fts_ai", "AFTER INSERT ON entry", _add("id = new.id", cols)),
        _trigger("entry_fts_bd", "BEFORE DELETE ON entry", _remove("id = old.id", cols)),
        *_around("entry_fts", "UPDATE OF title, body", "entry", "id = old.id", "id = new.id"),
    ]
    for link in links:
        made += _around(f"{link}_fts", "INSERT", link, "id = new.entry_id", "id = new.entry_id")
        made += _around(f"{link}_fts", "DELETE", link, "id = old.entry_id", "id = old.entry_id")
    if "answer" in links:
        made += _around("answer_fts", "UPDATE OF text", "answer", "id = old.entry_id",
                        "id = new.entry_id")
        made += _around("incident_fts", "UPDATE OF note", "incident", "id = old.entry_id",
                        "id = new.entry_id")
    of_client = "id IN (SELECT entry_id FROM entry_client WHERE client_id = {}.{})"
    made += _around("tag_fts", "UPDATE OF name", "tag",
                    "id IN (SELECT entry_id FROM entry_tag WHERE tag_id = old.id)",
                    "id IN (SELECT entry_id FROM entry_tag WHERE tag_id = new.id)")
    made += _around("client_fts", "UPDATE OF name", "client",
                    of_client.format("old", "id"), of_client.format("new", "id"))
    if other_names:
        for event, before, after in (
            ("INSERT", "new", "new"),
            ("DELETE", "old", "old"),
            ("UPDATE OF name", "old", "new"),
        ):
            made += _around(f"{OTHER_NAMES}_fts", event, OTHER_NAMES,
                            of_client.format(before, "client_id"),
                            of_client.format(after, "client_id"))
    return made


def _names(kind: str) -> list[str]:
    conn = op.get_bind()
    rows = conn.exec_driver_sql(f"SELECT name FROM sqlite_master WHERE type = '{kind}'")
    return [r[0] for r in rows]


def _has_other_names() -> bool:
    if OTHER_NAMES not in _names("table"):
        return False
    columns = {r[1] for r in op.get_bind().exec_driver_sql(f"PRAGMA table_info({OTHER_NAMES})")}
    return {"client_id", "name"} <= columns


def upgrade() -> None:
    _drop_index()
    other_names = _has_other_names()
    op.execute(search_view(other_names))
    op.execute(
        f"CREATE VIRTUAL TABLE entry_fts USING fts5({COLS}, content='entry_search', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    # Deleted or edited text must not stay readable inside the index.
    op.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1)")
    _index_all()
    for trigger in triggers(other_names):
        op.execute(trigger)


def _index_all() -> None:
    """Every entry into the new index, a chunk at a time, saying how far it has got."""
    from journal_app.core.db import report_progress

    conn = op.get_bind()
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM entry ORDER BY id")]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.exec_driver_sql(
            f"INSERT INTO entry_fts(rowid, {COLS}) SELECT id, {COLS} FROM entry_search "
            "WHERE id BETWEEN ? AND ?",
            (chunk[0], chunk[-1]),
        )
        report_progress(start + len(chunk), len(ids))


def _drop_index() -> None:
    for name in _names("trigger"):
        if "_fts_" in name:
            op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE IF EXISTS entry_fts")
    op.execute("DROP VIEW IF EXISTS entry_search")


def downgrade() -> None:
    """Back to 0001's index: titles, bodies, tag and client names, as written."""
    _drop_index()
    sources = _sources(False)
    old = ("title", "body", "tags", "clients")
    op.execute(
        "CREATE VIEW entry_search AS SELECT e.id AS id, "
        + ", ".join(f"{_fold(sources[c])} AS {c}" for c in old)
        + " FROM entry e"
    )
    cols = ", ".join(old)
    op.execute(
        f"CREATE VIRTUAL TABLE entry_fts USING fts5({cols}, content='entry_search', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1)")
    op.execute("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')")
    for trigger in triggers(False, cols, links=("entry_tag", "entry_client")):
        op.execute(trigger)
