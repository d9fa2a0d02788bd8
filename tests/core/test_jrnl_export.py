"""The door out: `export --format jrnl` writes a journal that jrnl 4 reads back entry for
entry — dates, times, titles, bodies, tags (clients as @Tags) and stars. Checked against the
real jrnl, installed into a venv of its own (benchmarks/.venv-jrnl, or one this test makes
in pytest's cache); skipped when it cannot be installed (offline)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.importers import read_file
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def jrnl(request: pytest.FixtureRequest) -> Path:
    ready = ROOT / "benchmarks" / ".venv-jrnl" / "bin" / "jrnl"
    if ready.exists():
        return ready
    venv = Path(request.config.cache.mkdir("jrnl-4-venv"))
    program = venv / "bin" / "jrnl"
    if not program.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
            subprocess.run(
                [
                    str(venv / "bin" / "pip"),
                    "install",
                    "--quiet",
                    "--retries",
                    "0",
                    "--timeout",
                    "20",
                    "jrnl==4.*",
                ],
                check=True,
                timeout=600,
                capture_output=True,
            )
        except (subprocess.SubprocessError, OSError):
            pytest.skip("jrnl 4 cannot be installed here (offline?)")
    return program


def jrnl_reads(
    program: Path, journal_file: Path, home: Path, *args: str
) -> list[dict[str, object]]:
    """What jrnl makes of the file, as its own JSON export (or, with `args`, runs them)."""
    home.mkdir(exist_ok=True)
    config = home / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals: {{default: {{journal: {json.dumps(str(journal_file))}}}}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_DATA_HOME=str(home))
    done = subprocess.run(
        [str(program), "--config-file", str(config), *(args or ("--format", "json"))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)["entries"] if not args else []


def fill(journal: Journal) -> None:
    journal.clients.add("Vega Telecom")
    journal.clients.add("Ромашка")
    add = journal.entries.add
    add(
        EntryDraft(
            date=dt.date(2024, 3, 2),
            time=dt.time(9, 5),
            title="Meeting. They asked again.",
            body="Second line.\n\n# Heading\nmore",
            clients=("Vega Telecom",),
            tags=("urgent",),
        )
    )
    add(
        EntryDraft(
            date=dt.date(2024, 3, 2),
            time=dt.time(9, 5),
            title="Same minute",
            body="Another entry.",
            tags=("вечер", "starred"),
        )
    )
    add(
        EntryDraft(
            date=dt.date(2024, 3, 3),
            time=dt.time(23, 59),
            title="Звонок от @Ромашка. Снова поздно",
            body="",
            clients=("Ромашка",),
        )
    )
    add(EntryDraft(date=dt.date(2024, 3, 4), time=dt.time(0, 0), title="One line only"))
    add(
        EntryDraft(
            date=dt.date(2024, 3, 5),
            time=dt.time(7, 30),
            title="Quoted",
            body="[2024-01-01 10:00] this line is not an entry\nend",
        )
    )


EXPECTED = [  # (date, time, title, body, tags, starred) as jrnl should read them
    (
        "2024-03-02",
        "09:05",
        "Meeting. They asked again.",
        "Second line.\n\n# Heading\nmore\n\n@Vega_Telecom #urgent",
        ["#urgent", "@vega_telecom"],
        False,
    ),
    ("2024-03-02", "09:05", "Same minute", "Another entry.\n\n#вечер", ["#вечер"], True),
    ("2024-03-03", "23:59", "Звонок от @Ромашка. Снова поздно", "", ["@ромашка"], False),
    ("2024-03-04", "00:00", "One line only", "", [], False),
    (
        "2024-03-05",
        "07:30",
        "Quoted",
        "[2024-01-01 10:00] this line is not an entry\nend",  # moved in, then stripped
        [],
        False,
    ),
]


def test_jrnl_reads_the_export_entry_for_entry(
    journal: Journal, jrnl: Path, tmp_path: Path
) -> None:
    fill(journal)
    target = tmp_path / "journal.txt"
    journal.exports.export(ExportScope(), "jrnl", target)
    read = jrnl_reads(jrnl, target, tmp_path / "home")
    got = [
        (e["date"], e["time"], str(e["title"]).strip(), e["body"], sorted(e["tags"]), e["starred"])
        for e in read
    ]
    assert got == [(d, t, ti, b, sorted(tags), s) for d, t, ti, b, tags, s in EXPECTED]


def test_a_pseudonymised_jrnl_export_names_clients_by_alias(
    journal: Journal, jrnl: Path, tmp_path: Path
) -> None:
    fill(journal)
    target = tmp_path / "coach.txt"
    journal.exports.export(ExportScope(pseudonymise=True), "jrnl", target)
    text = target.read_text(encoding="utf-8")
    assert "Vega" not in text and "Ромашк" not in text
    tags = {t for e in jrnl_reads(jrnl, target, tmp_path / "home") for t in e["tags"]}
    assert {"@client_a", "@client_b"} <= tags


def test_what_jrnl_has_no_field_for_is_kept_as_text(journal: Journal, tmp_path: Path) -> None:
    entry = journal.entries.add(EntryDraft(date=dt.date(2024, 3, 2), title="Late call"))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Acme", kind="after_hours", note="at 23:10")
    )
    target = tmp_path / "journal.txt"
    journal.exports.export(ExportScope(), "jrnl", target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("[2024-03-02 ")
    assert "Boundary incidents:\n- " in text and "at 23:10" in text and "@Acme" in text
    assert "\n#" not in text  # no heading jrnl would read as a tag


def test_our_importer_reads_the_export_back(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    target = tmp_path / "journal.txt"
    journal.exports.export(ExportScope(), "jrnl", target)
    batch = journal.imports.read(target)
    assert [
        (e.date.isoformat(), e.time.strftime("%H:%M"), e.title, e.body) for e in batch.entries
    ] == [(d, t, ti, b) for d, t, ti, b, _, _ in EXPECTED]
    preview = Journal.in_memory().imports.preview(batch)
    assert {c.tag: c.client for c in preview.tags}["@Vega_Telecom"] == "Vega_Telecom"
    # Unchanged entries are known again; the two whose tags became a line of text are not.
    assert journal.imports.preview(batch).new == 2


TRICKY = (
    "[2024-03-01 08:00] One. Two sentences on one line\n\n"
    "[2024-03-01 08:00] One. Two sentences on one line\n\n"  # the same twice: jrnl keeps both
    "[2024-03-02 09:15] Multi-line. Title is the whole line\nbody @Vega_Telecom #Work\n\n"
    "# a heading in the body\n\n"
    "[2024-03-03] Date only *\n\n"
    "[2024-03-04 10:00] Вопрос? Ответ. Ещё\nтекст про @Ромашку\n\n"
    "[2024-03-05 23:59] Last one. Without a line break at the end"
)


def jrnl_view(read: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [
        (
            e["date"],
            e["time"],
            str(e["title"]).strip(),
            e["body"],
            sorted(map(str, e["tags"])),
            e["starred"],
        )
        for e in read
    ]


def our_view(path: Path) -> list[tuple[object, ...]]:
    return [
        (
            e.date.isoformat(),
            e.time.strftime("%H:%M"),
            e.title,
            e.body,
            sorted(t.casefold() for t in e.tags if t != "starred"),
            "starred" in e.tags,
        )
        for e in read_file(path).entries
    ]


def test_our_reader_agrees_with_jrnl_on_its_own_files(jrnl: Path, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(TRICKY, encoding="utf-8")
    expected = jrnl_view(jrnl_reads(jrnl, path, tmp_path / "home"))
    assert len(expected) == 6
    assert our_view(path) == expected
    # jrnl's Markdown and YAML exports of the same journal read back the same.
    markdown = tmp_path / "journal.md"
    jrnl_reads(jrnl, path, tmp_path / "home", "--format", "markdown", "--file", str(markdown))
    assert [v[:4] for v in our_view(markdown)] == [v[:4] for v in expected]
    folder = tmp_path / "yaml"
    folder.mkdir()
    jrnl_reads(jrnl, path, tmp_path / "home", "--format", "yaml", "--file", f"{folder}/")
    assert len(list(folder.iterdir())) == 5  # jrnl names the two same entries' files alike
    ours = {v[:4] for v in our_view(folder)}
    assert ours == {v[:4] for v in expected} and len(our_view(folder)) == 5
