"""Opening a journal from before migration 0007 reindexes it; a large one shows how far."""

from __future__ import annotations

import pytest
from alembic import command
from pytestqt.qtbot import QtBot

from journal_app.core import db
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui.app import open_journal
from journal_app.ui.window import migration_progress


def _older_journal(paths: AppPaths, entries: int) -> None:
    with Journal.open(paths) as journal:
        for n in range(entries):
            journal.entries.add(EntryDraft(body=f"звонки {n}"))
        cfg = db._alembic_config()
        with journal.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")


@pytest.mark.parametrize(("show_from", "shown"), [(1, True), (migration_progress.SHOW_FROM, False)])
def test_reindexing_an_older_journal_shows_progress_when_large(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, show_from: int, shown: bool
) -> None:
    _older_journal(paths, 3)
    monkeypatch.setattr(migration_progress, "SHOW_FROM", show_from)
    seen = []
    original = migration_progress.MigrationProgress.__call__

    def spy(self: migration_progress.MigrationProgress, done: int, total: int) -> None:
        original(self, done, total)
        dialog = self.dialog
        seen.append(None if dialog is None else (dialog.maximum(), dialog.labelText()))
        if dialog is not None:
            qtbot.addWidget(dialog)
            assert not dialog.isVisible()  # closed once every entry is in

    monkeypatch.setattr(migration_progress.MigrationProgress, "__call__", spy)
    opened = open_journal(paths)
    assert opened is not None
    journal, _ = opened
    with journal:
        assert len(journal.search.search("звонок ")) == 3
    assert seen == [(3, "Updating the search index…") if shown else None]
