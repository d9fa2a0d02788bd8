"""Imports that never refuse or lose a real journal (issue #18): detection that does not
depend on where a multi-byte letter falls, duplicates only when they really are, jrnl's own
title rule and date-only headers, jrnl's other exports, tags as the person spelled them,
Day One text as typed, and zone-less timestamps."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.importers import read_file
from journal_app.core.importers.batch import ImportFormatError
from journal_app.core.importers.files import read_bytes
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft


def test_detection_does_not_depend_on_where_a_letter_falls(tmp_path: Path) -> None:
    for pad in range(4):  # one of these puts byte 4096 inside a two-byte letter
        path = tmp_path / f"j{pad}.txt"
        text = "[2026-01-01 10:00] " + "x" * pad + "Звонок клиента вечером. " * 300 + "\n"
        path.write_text(text + "[2026-01-02 10:00] Второй.\n", encoding="utf-8")
        assert len(path.read_bytes()) > 4096
        batch = read_file(path)
        assert batch.format == "jrnl" and len(batch.entries) == 2


def test_a_cp1251_file_says_it_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_bytes("[2026-01-01 10:00] Звонок.\n".encode("cp1251"))
    for fmt in ("auto", "jrnl"):
        with pytest.raises(ImportFormatError, match=r"j\.txt: not UTF-8 text"):
            read_file(path, fmt)


def test_distinct_entries_are_never_taken_for_one(journal: Journal, tmp_path: Path) -> None:
    day = dt.date(2026, 1, 5)
    journal.entries.add(EntryDraft(date=day, time=dt.time(9, 0)))
    journal.entries.add(EntryDraft(date=day, time=dt.time(9, 0)))  # two empty entries
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)
    fresh = Journal.in_memory()
    preview = fresh.imports.preview(fresh.imports.read(target))
    assert (preview.new, preview.duplicates, preview.skipped) == (2, 0, ())
    assert fresh.imports.apply(preview.batch).added == 2
    assert fresh.imports.preview(fresh.imports.read(target)).duplicates == 2  # same uuids

    text = tmp_path / "j.txt"
    text.write_text(
        "[2026-01-05 09:00] Call.\n\n[2026-01-05 17:00] Call.\n\n"  # same day, other time
        "[2026-01-05 17:00] Call.\n",  # the same entry twice in the file
        encoding="utf-8",
    )
    other = Journal.in_memory()
    preview = other.imports.preview(other.imports.read(text))
    assert (preview.new, preview.duplicates) == (2, 1)
    [skipped] = preview.skipped
    assert skipped.in_file and str(skipped.entry.where) == "line 5"
    assert other.imports.apply(preview.batch).added == 2
    preview = other.imports.preview(other.imports.read(text))
    assert preview.new == 0
    assert [(str(s.entry.where), s.in_file) for s in preview.skipped] == [
        ("line 1", False),
        ("line 3", False),
        ("line 5", False),  # in the journal now, as well as twice in the file
    ]


def test_an_entry_differing_in_title_or_time_is_new(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(EntryDraft(date=dt.date(2026, 1, 5), time=dt.time(9, 0), title="Call"))
    path = tmp_path / "j.txt"
    path.write_text(
        "[2026-01-05 09:00] Call\n\n[2026-01-05 09:01] Call\n\n[2026-01-05 09:00] Call!\n"
    )
    preview = journal.imports.preview(journal.imports.read(path))
    assert (preview.new, [str(s.entry.where) for s in preview.skipped]) == (2, ["line 1"])


def test_a_cut_short_last_header_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2024-01-01 10:00] Fine.\nBody.\n\n[2024-01-0", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"j\.txt, line 4: .*“\[2024-01-0”.*cut short"):
        read_file(path)
    path.write_text("[2024-01-01 10:00] Fine.\n[2024-01-0 is in the middle\nend\n")
    assert read_file(path).entries[0].body == "[2024-01-0 is in the middle\nend"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # More than one line: the whole first line.
        ("[2024-01-01 10:00] One. Two! Three?\nbody\n", [("One. Two! Three?", "body")]),
        # jrnl's own file: every entry ends with a line break, so the first line again.
        (
            "[2024-01-01 10:00] One. Two\n\n[2024-01-02 10:00] Three. Four\n",
            [("One. Two", ""), ("Three. Four", "")],
        ),
        # No line break at all (the last entry of a file without one): the first sentence.
        ("[2024-01-01 10:00] One. Two", [("One.", "Two")]),
        ("[2024-01-01 10:00] «Вопрос?” Ответ", [("«Вопрос?”", "Ответ")]),
        ("[2024-01-01 10:00] «Вопрос?» Ответ", [("«Вопрос?» Ответ", "")]),  # » is not jrnl's
        ("[2024-01-01 10:00] 第一。第二", [("第一。", "第二")]),
        ("[2024-01-01 10:00] v2.0 is out", [("v2.0 is out", "")]),
        # A star ends the first line: starred, and the title without it.
        ("[2024-01-01 10:00] Important. Really *\nbody\n", [("Important. Really", "body")]),
    ],
)
def test_titles_follow_jrnls_rule(tmp_path: Path, text: str, titles: list[tuple[str, str]]) -> None:
    path = tmp_path / "j.txt"
    path.write_text(text, encoding="utf-8")
    assert [(e.title, e.body) for e in read_file(path).entries] == titles


def test_date_only_headers_are_entries_at_midnight_as_in_jrnl(tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2024-03-02] Date only.\nText.\n\n[2024-03-03 18:30:15] With seconds.\n")
    first, second = read_file(path).entries
    assert (first.date, first.time, first.title) == (
        dt.date(2024, 3, 2),
        dt.time(0, 0),
        "Date only.",
    )
    assert (second.date, second.time) == (dt.date(2024, 3, 3), dt.time(18, 30))


def test_a_file_larger_than_the_limit_is_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (3 << 20))
    with pytest.raises(ImportFormatError, match=r"big\.txt: the file is too large .*over 2 MiB"):
        read_bytes(path, limit=2 << 20)


def test_jrnl_tags_keep_the_spelling_and_find_their_client(
    journal: Journal, tmp_path: Path
) -> None:
    journal.clients.add("Vega Telecom")
    path = tmp_path / "jrnl.json"
    path.write_text(
        json.dumps(
            {
                "tags": {"@vega_telecom": 1, "#work": 1},
                "entries": [
                    {
                        "title": "Call with @Vega_Telecom.",
                        "body": "Then #Work again.",
                        "date": "2026-01-05",
                        "time": "21:10",
                        "tags": ["#work", "@vega_telecom", "@gone"],
                        "starred": False,
                    }
                ],
            }
        )
    )
    batch = journal.imports.read(path)
    assert batch.entries[0].tags == ("#Work", "@Vega_Telecom", "@gone")
    offered = {c.tag: c.client for c in journal.imports.preview(batch).tags}
    assert offered["@Vega_Telecom"] == "Vega Telecom"  # the existing client, not a new one
    assert offered["#Work"] is None and offered["@gone"] == "gone"
    journal.imports.apply(batch, {"@Vega_Telecom": "Vega Telecom"})
    entry = journal.entries.get(journal.entries.summaries()[0].id)
    assert entry.clients == ("Vega Telecom",) and len(journal.clients.all()) == 1
    assert set(entry.tags) == {"Work", "gone"}


def test_jrnl_markdown_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.md"
    path.write_text(
        "# 2024\n\n## March\n\n### 2024-03-02 09:00 Meeting with @Vega_Telecom. Again.\n\n"
        "Second line #work.\n\n#### Heading\nmore\n \n### 2024-03-03 10:00 One line\n\n \n"
        "# 2025\n\n## January\n\n### 2025-01-04 11:00 Next year\n\nText\n \n",
        encoding="utf-8",
    )
    entries = read_file(path).entries
    assert [(e.date.isoformat(), e.time.strftime("%H:%M"), e.title, e.body) for e in entries] == [
        (
            "2024-03-02",
            "09:00",
            "Meeting with @Vega_Telecom. Again.",
            "Second line #work.\n\n# Heading\nmore",
        ),
        ("2024-03-03", "10:00", "One line", ""),
        ("2025-01-04", "11:00", "Next year", "Text"),
    ]
    assert entries[0].tags == ("@Vega_Telecom", "#work")


def test_jrnl_yaml_folder_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "yaml"
    folder.mkdir()
    (folder / "2024-03-02_meeting.md").write_text(
        "---\ntitle: Meeting with @Vega_Telecom. Again.\ndate: 2024-03-02 09:00\n"
        "starred: True\ntags: work, vega_telecom\nbody: |\t\t\n\tSecond line #work.\n\t\n"
        "\t## Heading\n\tmore\n...",
        encoding="utf-8",
    )
    (folder / "2024-03-03_one.md").write_text(
        "---\ntitle: One line\ndate: 2024-03-03 10:00\nstarred: False\ntags: \nbody: |\t\t\n..."
    )
    batch = read_file(folder)
    first, second = batch.entries
    assert (first.title, first.body) == (
        "Meeting with @Vega_Telecom. Again.",
        "Second line #work.\n\n# Heading\nmore",
    )
    assert first.tags == ("#work", "@Vega_Telecom", "starred")
    assert (second.date, second.time, second.title, second.body) == (
        dt.date(2024, 3, 3),
        dt.time(10, 0),
        "One line",
        "",
    )


def test_jrnl_xml_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.xml"
    path.write_text(
        '<?xml version="1.0" ?>\n<journal>\n\t<entries>\n'
        '\t\t<entry date="2024-03-02T09:00:00" starred="True">\n'
        '\t\t\t<tag name="@vega_telecom"/>\n'
        "\t\t\tCall with @Vega_Telecom. They asked &amp; asked.\nSecond line\n\t\t</entry>\n"
        '\t</entries>\n\t<tags>\n\t\t<tag name="@vega_telecom">1</tag>\n\t</tags>\n</journal>\n',
        encoding="utf-8",
    )
    [entry] = read_file(path).entries
    assert (entry.date, entry.time) == (dt.date(2024, 3, 2), dt.time(9, 0))
    assert (entry.title, entry.body) == (
        "Call with @Vega_Telecom.",
        "They asked & asked.\nSecond line",
    )
    assert entry.tags == ("@Vega_Telecom", "starred")


def test_dayone_text_comes_back_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(
        json.dumps(
            {
                "metadata": {},
                "entries": [
                    {
                        "uuid": "D1",
                        "creationDate": "2026-03-01T18:30:00Z",
                        "text": "Title line\n\nBefore the photo\\.\n\n"
                        "![](dayone-moment://ABC)\n\nAfter it\\!\n\\- a dash, not a list\n"
                        "\\# not a heading\n1\\. not numbered\nInline ![](dayone-moment://X) here",
                    }
                ],
            }
        )
    )
    [entry] = read_file(path).entries
    assert entry.title == "Title line"
    assert entry.body == (
        "Before the photo.\n\nAfter it!\n- a dash, not a list\n# not a heading\n"
        "1. not numbered\nInline  here"
    )
    assert "\n\n\n" not in entry.body


def test_our_json_without_time_zones_is_read_as_utc(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(EntryDraft(title="naive"))
    target = tmp_path / "all.json"
    journal.exports.export(ExportScope(), "json", target)
    data = json.loads(target.read_text())
    data["entries"][0]["created_at"] = "2026-01-02T03:04:05"
    data["entries"][0]["updated_at"] = "2026-01-02T03:04:05"
    target.write_text(json.dumps(data))
    fresh = Journal.in_memory()
    assert fresh.imports.apply(fresh.imports.read(target)).added == 1
    exported = fresh.exports.collect(ExportScope()).entries[0]
    assert exported.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
