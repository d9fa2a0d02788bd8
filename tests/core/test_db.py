import sqlite3
import stat
import subprocess
import sys

import pytest
from sqlalchemy import text

from journal_app.core import db
from journal_app.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    SchemaTooNewError,
)
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths


def test_every_connection_has_the_safety_pragmas(journal: Journal) -> None:
    with journal.engine.connect() as conn:
        value = lambda name: conn.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert value("foreign_keys") == 1
        assert value("journal_mode") == "wal"
        assert value("synchronous") == 2  # FULL
        assert value("busy_timeout") == db.BUSY_TIMEOUT_MS
        assert value("secure_delete") == 1


def test_reopening_keeps_entries_and_does_not_migrate_again(paths: AppPaths) -> None:
    with Journal.open(paths) as journal:
        entry_id = journal.entries.add(EntryDraft(title="kept"))
    with Journal.open(paths) as journal:
        assert journal.entries.get(entry_id).title == "kept"
    assert list(paths.backups_dir.iterdir()) == []


def test_a_journal_from_a_newer_app_is_refused_untouched(paths: AppPaths) -> None:
    Journal.open(paths).close()
    conn = sqlite3.connect(paths.db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = paths.db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        Journal.open(paths)
    assert paths.db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported_as_damaged(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_path.write_bytes(b"this is a shopping list, not a database" * 200)
    with pytest.raises(DatabaseCorruptError, match="damaged"):
        Journal.open(paths)


def test_another_apps_sqlite_file_is_not_taken_over(paths: AppPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseCorruptError, match="not a Boundary Journal"):
        Journal.open(paths)


def test_a_locked_database_says_so(
    journal: Journal, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    journal.engine.dispose()  # new connections pick up the short timeout
    # Another process holds the write lock (locks are per process, so it must be one).
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(paths.db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError, match="Boundary Journal is already open"):
            journal.entries.add(EntryDraft(title="blocked"))
    finally:
        holder.communicate("release\n", timeout=10)
    journal.entries.add(EntryDraft(title="works again"))
    assert journal.entries.count() == 1


LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_backup_is_a_verified_owner_only_copy(journal: Journal, paths: AppPaths) -> None:
    journal.entries.add(EntryDraft(title="in the backup", body="Ещё одна запись"))
    target = journal.backup(paths.backups_dir / "manual.sqlite3")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in paths.backups_dir.iterdir()] == ["manual.sqlite3"]
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT title FROM entry").fetchall() == [("in the backup",)]


def test_upgrading_an_older_journal_backs_it_up_first_and_keeps_everything(
    paths: AppPaths,
) -> None:
    from alembic import command

    paths.ensure()
    engine = db.create_journal_engine(paths.db_path)
    cfg = db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO entry (uuid, entry_date, entry_time, title, body, private, "
                "created_at, updated_at) VALUES ('u1', '2025-01-02', '09:00:00', 'Old', "
                "'from schema 1', 0, '2025-01-02 09:00:00', '2025-01-02 09:00:00')"
            )
        )
    engine.dispose()

    with Journal.open(paths) as journal:
        (entry,) = journal.entries.summaries()
        assert entry.title == "Old"
        assert journal.search.search("schema")[0].entry.id == entry.id
        assert journal.kinds.get("after_hours").direction == "client"
    (backup,) = paths.backups_dir.iterdir()
    assert backup.name.startswith("pre-migration-0001-")
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT title FROM entry").fetchall() == [("Old",)]
    old.close()


def test_the_head_revision_the_app_checks_at_start_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config())
    assert script.get_current_head() == db.HEAD_REVISION
