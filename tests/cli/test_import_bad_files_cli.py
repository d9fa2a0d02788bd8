"""A set of bad files of every kind — truncated and garbled JSON, text and zip, wrong
encodings, binary, empty, folders, devices and FIFOs, zip bombs and unsafe member names,
bad dates, kinds and severities: each gives one clear line, exits non-zero, and changes
nothing in the journal or its folder."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

Make = Callable[[Path], Path]


def native(**entry: object) -> str:
    base = {"uuid": "e1", "date": "2026-01-01", "time": "10:00", "title": "t", "body": ""}
    return json.dumps(
        {"format": "boundary-journal", "schema_version": 1, "entries": [base | entry]}
    )


def incident(**fields: object) -> str:
    base = {
        "client": "Acme",
        "kind": "after_hours",
        "direction": "client",
        "at": "2026-01-01 10:00",
    }
    return native(incidents=[base | fields])


def jrnl_json(**entry: object) -> str:
    base = {"title": "t", "body": "", "date": "2026-01-01", "time": "10:00", "tags": []}
    return json.dumps({"tags": {}, "entries": [base | entry]})


def dayone(**entry: object) -> str:
    return json.dumps({"metadata": {}, "entries": [{"uuid": "D1", "text": "x"} | entry]})


GOOD_TEXT = "[2026-01-01 10:00] Первая запись о звонке.\nТекст.\n\n[2026-01-02 11:00] Вторая.\n"


def file(name: str, content: str | bytes) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def archive(members: dict[str, str | bytes], name: str = "export.zip") -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for member, data in members.items():
                z.writestr(member, data)
        return path

    return make


def cut(make: Make, keep: float) -> Make:
    def cut_make(folder: Path) -> Path:
        path = make(folder)
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * keep)])
        return path

    return cut_make


def declared_huge(folder: Path) -> Path:
    """A zip whose central directory claims a 4 GiB journal: refused before it is read."""
    path = archive({"Journal.json": dayone(creationDate="2026-01-01T10:00:00Z")})(folder)
    data = bytearray(path.read_bytes())
    at = data.rindex(b"PK\x01\x02")
    data[at + 24 : at + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def bomb(folder: Path) -> Path:
    """Three members of 200 MiB of zeros each, a few hundred KiB packed."""
    path = folder / "bomb.zip"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for n in range(3):
            with z.open(f"Journal{n}.json", "w", force_zip64=True) as member:
                for _ in range(200):
                    member.write(chunk)
    return path


def folder_of(files: dict[str, str]) -> Make:
    def make(folder: Path) -> Path:
        path = folder / "yaml-export"
        path.mkdir()
        for name, text in files.items():
            (path / name).write_text(text, encoding="utf-8")
        return path

    return make


def fifo(folder: Path) -> Path:
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path


def link_to(target: str) -> Make:
    def make(folder: Path) -> Path:
        path = folder / "journal.txt"
        path.symlink_to(target)
        return path

    return make


YAML = "---\ntitle: Hello\ndate: 2026-01-01 10:00\nstarred: False\ntags: \nbody: |\t\t\n\tText\n..."
JRNL_XML = (
    '<?xml version="1.0" ?>\n<journal>\n\t<entries>\n\t\t<entry date="2026-01-01T10:00:00" '
    'starred="False">\n\t\t\tHello. Text\n\t\t</entry>\n\t</entries>\n\t<tags/>\n</journal>\n'
)

CASES: list[tuple[str, Make, tuple[str, ...], str]] = [
    # (id, file, extra arguments, what the one line says)
    ("json-truncated", cut(file("all.json", native(body="x" * 200)), 0.5), (), "not valid JSON"),
    ("json-garbled", file("all.json", native().replace('":', '"=')), (), "not valid JSON"),
    ("json-nested", file("deep.json", '{"a":' + "[" * 100_000), (), "nested too deeply"),
    ("json-array", file("list.json", "[1, 2, 3]"), (), "not a journal this app can import"),
    ("json-unknown", file("other.json", '{"hello": 1}'), (), "not a journal this app can import"),
    ("json-bad-date", file("a.json", native(date="2026-02-30")), (), "“date” is not a date"),
    ("json-bad-time", file("a.json", native(time="25:61")), (), "“time” is not a time"),
    ("json-date-number", file("a.json", native(date=5)), (), "“date” should be text"),
    (
        "json-entry-text",
        file("a.json", native().replace("[{", '["x", {')),
        (),
        "expected an object",
    ),
    (
        "json-entries-object",
        file("a.json", native().replace('"entries": [', '"entries": {"a": [')[:-1] + "}}"),
        (),
        "should be a list",
    ),
    (
        "json-newer",
        file("a.json", native().replace('"schema_version": 1', '"schema_version": 99')),
        (),
        "newer Boundary Journal",
    ),
    (
        "json-unknown-kind",
        file("a.json", incident(kind="no_such_kind")),
        (),
        "the incident kind “no_such_kind” is unknown",
    ),
    (
        "json-severity",
        file("a.json", incident(severity=9)),
        (),
        "“severity” should be a whole number from 1 to 5",
    ),
    (
        "json-severity-text",
        file("a.json", incident(severity="high")),
        (),
        "“severity” should be a whole number",
    ),
    ("json-direction", file("a.json", incident(direction="sideways")), (), "“direction” is one of"),
    ("json-channel", file("a.json", incident(channel="pigeon")), (), "“channel” is one of"),
    ("json-response", file("a.json", incident(response="shrug")), (), "“response” is one of"),
    ("json-incident-at", file("a.json", incident(at="yesterday")), (), "is not a date and time"),
    (
        "json-bad-kind-list",
        file(
            "a.json",
            native().replace('"entries"', '"kinds": [{"key": "k", "direction": "up"}], "entries"'),
        ),
        (),
        "“direction” is one of",
    ),
    (
        "json-rating",
        file("a.json", native(ratings={"self_respect": 0})),
        (),
        "should be a whole number from 1 to 5",
    ),
    (
        "json-cp1251",
        file(
            "a.json",
            native()
            .replace('"t"', '"Звонок"')
            .encode("utf-8")
            .replace("Звонок".encode(), "Звонок".encode("cp1251")),
        ),
        (),
        "not UTF-8",
    ),
    (
        "json-latin1-literal",
        file("a.json", '{"format": "boundary-journal", "title": "caf\xe9"}'.encode("latin-1")),
        (),
        "not UTF-8",
    ),
    ("jrnl-json-date", file("j.json", jrnl_json(date="2026-13-01")), (), "“date” is not a date"),
    ("jrnl-json-time", file("j.json", jrnl_json(time="noon")), (), "“time” is not a time"),
    (
        "jrnl-json-tags",
        file("j.json", jrnl_json(tags="work")),
        (),
        "“tags” should be a list of text",
    ),
    (
        "dayone-empty-date",
        file("Journal.json", dayone(creationDate="")),
        (),
        "“creationDate” is empty",
    ),
    (
        "dayone-bad-date",
        file("Journal.json", dayone(creationDate="last Tuesday")),
        (),
        "“creationDate” is not a date and time",
    ),
    (
        "text-truncated-mid-letter",
        file("j.txt", (GOOD_TEXT + "[2026-01-03 12:00] Третья").encode()[:-1]),
        (),
        "ends in the middle of a character (is it cut short?)",
    ),
    (
        "text-truncated-header",
        file("j.txt", GOOD_TEXT + "\n[2026-01-0"),
        (),
        "is the file cut short?",
    ),
    ("text-prose", file("j.txt", "Dear diary,\n" + GOOD_TEXT), (), "line 1: expected an entry"),
    (
        "text-bad-day",
        file("j.txt", GOOD_TEXT + "\n[2026-02-30 10:00] Нет такого дня.\n"),
        (),
        "“2026-02-30 10:00” is not a real date",
    ),
    (
        "text-bad-hour",
        file("j.txt", "[2026-01-01 25:00] Поздно.\n"),
        (),
        "is not a real date and time",
    ),
    (
        "text-cp1251",
        file("j.txt", ("[2026-01-01 10:00] " + "Звонок клиента. " * 400).encode("cp1251")),
        (),
        "not UTF-8",
    ),
    (
        "text-cp1251-forced",
        file("j.txt", GOOD_TEXT.encode("cp1251")),
        ("--format", "jrnl"),
        "not UTF-8",
    ),
    ("text-utf16", file("j.txt", GOOD_TEXT.encode("utf-16")), (), "not UTF-8"),
    (
        "markdown-bad-date",
        file("j.md", "# 2026\n\n## January\n\n### 2026-01-32 10:00 Title\nbody\n"),
        (),
        "is not a real date",
    ),
    ("xml-truncated", cut(file("j.xml", JRNL_XML), 0.6), (), "not valid XML"),
    (
        "xml-bad-date",
        file("j.xml", JRNL_XML.replace("2026-01-01T10:00:00", "someday")),
        (),
        "“date” is not a date",
    ),
    (
        "binary-png",
        file("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        (),
        "not UTF-8",
    ),
    (
        "binary-random",
        file("x.txt", bytes((i * 97 + 13) % 256 for i in range(4096))),
        (),
        "not UTF-8",
    ),
    ("binary-nul", file("x.txt", b"\0" * 512), (), "not a journal this app can import"),
    ("empty", file("empty.json", ""), (), "the file is empty"),
    ("blank", file("blank.txt", " \n\n\t\n"), (), "the file is empty"),
    ("bom-only", file("bom.txt", "\ufeff"), (), "the file is empty"),
    ("folder-empty", folder_of({}), (), "no jrnl YAML files"),
    ("folder-as-json", folder_of({"a.md": YAML}), ("--format", "json"), "is a folder"),
    ("folder-yaml-cut", folder_of({"a.md": YAML, "b.md": YAML[:60]}), (), "b.md"),
    (
        "folder-yaml-date",
        folder_of({"a.md": YAML.replace("2026-01-01 10:00", "soon")}),
        (),
        "“date” is not a date",
    ),
    ("dev-null", lambda folder: Path(os.devnull), (), "a device, not a file"),
    ("dev-zero", lambda folder: Path("/dev/zero"), (), "a device, not a file"),
    ("link-to-dev-zero", link_to("/dev/zero"), (), "a device, not a file"),
    ("fifo", fifo, (), "a named pipe (FIFO), not a file"),
    ("missing", lambda folder: folder / "nowhere.json", (), "there is no such file"),
    ("zip-garbage", file("x.zip", b"PK\x03\x04garbage"), (), "not a readable .zip archive"),
    (
        "zip-truncated",
        cut(
            archive({"Journal.json": dayone(creationDate="2026-01-01T10:00:00Z" + " " * 4000)}), 0.5
        ),
        (),
        "x",
    ),
    (
        "zip-no-journal",
        archive({"photos/a.jpeg": b"\xff\xd8"}),
        (),
        "no Day One journal (.json) inside",
    ),
    (
        "zip-backslash-name",
        archive({"..\\..\\x.json": dayone(creationDate="2026-01-01T10:00:00Z")}),
        (),
        "an unsafe name (“..\\..\\x.json”)",
    ),
    (
        "zip-dotdot-name",
        archive({"../x.json": "{}", "Journal.json": "{}"}),
        (),
        "an unsafe name (“../x.json”)",
    ),
    ("zip-absolute-name", archive({"/etc/x.json": "{}"}), (), "an unsafe name"),
    ("zip-drive-name", archive({"C:/x.json": "{}"}), (), "an unsafe name"),
    ("zip-declared-huge", declared_huge, (), "too large to import (over 512 MiB unpacked)"),
    ("zip-bomb", bomb, (), "too large to import (over 512 MiB unpacked)"),
    (
        "zip-truncated-json",
        archive({"Journal.json": dayone(creationDate="2026-01-01T10:00:00Z")[:30]}),
        (),
        "export.zip/Journal.json, line 1",
    ),
    (
        "zip-cp1251-json",
        archive(
            {
                "Journal.json": '{"entries": [{"creationDate": "2026-01-01T10:00:00Z", '
                '"text": "Привет"}]}'.encode("cp1251")
            }
        ),
        (),
        "not UTF-8",
    ),
    (
        "zip-bad-date",
        archive({"Journal.json": dayone(creationDate="2026-99-01T10:00:00Z")}),
        (),
        "“creationDate” is not a date and time",
    ),
]


@pytest.mark.parametrize(
    ("make", "extra", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_bad_file_gives_one_clear_line_and_changes_nothing(
    cli: Cli, tmp_path: Path, make: Make, extra: tuple[str, ...], message: str
) -> None:
    cli("add", "--title", "Mine", "--text", "kept as it was")
    before = cli.json("list")
    files_before = sorted(str(p.relative_to(cli.data_dir)) for p in cli.data_dir.rglob("*"))
    source = tmp_path / "files"
    source.mkdir()
    path = make(source)
    out = cli("import", str(path), *extra, code=1)
    error = cli.err.strip()
    assert error.startswith("boundary-journal: ") and "\n" not in error, cli.err
    assert message in error
    assert "Traceback" not in cli.err and "Dry run" not in out
    assert cli.json("list") == before
    files_after = sorted(str(p.relative_to(cli.data_dir)) for p in cli.data_dir.rglob("*"))
    assert files_after == files_before  # no backup, no half-written file


def test_the_set_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)
