"""Which clients' entries mention a name the export leaves as written (the export preview
offers to add it to the first), and reading one file of jrnl's YAML export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.exporters.unknown_names import unknown_names
from journal_app.core.importers import EXTENSIONS, read_file
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft


def test_the_clients_that_mention_a_name_most_come_first(journal: Journal) -> None:
    journal.clients.add("Acme")  # the first client, and the one named Client A
    journal.entries.add(
        EntryDraft(title="Talk", body="I’m sure I'd seen a mail from Jane Doe.", clients=("Acme",))
    )
    late = journal.entries.add(EntryDraft(title="Call", body="Calm.", clients=("Beta",)))
    journal.incidents.add(
        IncidentDraft(
            entry_id=late,
            client="Beta",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 10, 1, 22, 0),
            note="Again from Jane Doe, and from Jane Doe.",
        )
    )
    bundle = journal.exports.collect(ExportScope(pseudonymise=True))
    (found,) = unknown_names(bundle, journal.clients.all())  # not “I’m”, “I'd”
    assert (found.name, found.count) == ("Jane Doe", 3)
    assert found.clients == ("Client B", "Client A")  # Beta: 2 in its incident; Acme: 1


def test_one_file_of_a_yaml_export_reads_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "yaml"
    folder.mkdir()
    for day in (2, 3):
        (folder / f"2024-03-0{day}.md").write_text(
            f"---\r\ntitle: Day {day}\r\ndate: 2024-03-0{day} 09:00\r\nstarred: False\r\n"
            "tags: \r\nbody: |\t\t\r\n\tText\r\n...",
            encoding="utf-8",
        )
    batch = read_file(folder / "2024-03-03.md")
    assert [e.title for e in batch.entries] == ["Day 2", "Day 3"]
    assert batch.source == folder
    assert {"json", "txt", "md", "xml", "zip"} <= set(EXTENSIONS)
