"""`export` and `import` as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def seed(cli: Cli) -> None:
    cli(
        "add",
        "--date",
        "2026-03-02",
        "--title",
        "Call from Acme",
        "--client",
        "Acme",
        "--tag",
        "late",
        "--text",
        "Acme's CEO rang at 9 pm: +44 20 7946 0958.",
    )
    cli(
        "add",
        "--date",
        "2026-03-03",
        "--title",
        "Diary",
        "--private",
        "--client",
        "Acme",
        "--text",
        "PRIVATEWORD",
    )
    cli(
        "incident",
        "add",
        "--client",
        "Acme",
        "--kind",
        "after_hours",
        "--entry",
        "1",
        "--at",
        "2026-03-02 21:00",
        "--response",
        "gave_in",
    )


def test_export_every_format_and_pseudonymise(cli: Cli, tmp_path: Path) -> None:
    seed(cli)
    out = cli("export", "--format", "json", "--out", str(tmp_path / "a.json"))
    assert out.strip() == f"Exported 1 entry to {tmp_path / 'a.json'}; 1 private left out."
    data = json.loads((tmp_path / "a.json").read_text())
    assert [e["title"] for e in data["entries"]] == ["Call from Acme"]
    cli(
        "export",
        "--format",
        "md",
        "--out",
        str(tmp_path / "a.md"),
        "--pseudonymise",
        "--lang",
        "en",
    )
    text = (tmp_path / "a.md").read_text()
    assert "Acme" not in text and "7946" not in text and "Client A's CEO" in text
    cli("export", "--format", "md", "--out", str(tmp_path / "vault") + "/")
    assert len(list((tmp_path / "vault").iterdir())) == 1
    cli("export", "--format", "csv", "--out", str(tmp_path / "i.csv"), "--kind", "after_hours")
    assert "gave_in" in (tmp_path / "i.csv").read_text(encoding="utf-8-sig")


def test_export_errors_are_one_line(cli: Cli, tmp_path: Path) -> None:
    seed(cli)
    cli("export", "--format", "json", "--out", str(tmp_path / "no" / "x.json"), code=1)
    assert cli.err.strip() == f"boundary-journal: The folder {tmp_path / 'no'} does not exist."
    cli("export", "--format", "json", "--out", str(tmp_path), "--client", "Nobody", code=1)
    assert "There is no client called “Nobody”" in cli.err


def test_import_dry_run_then_import_then_again(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(
        "[2026-01-05 21:10] Called @Acme. Late again.\n\n[2026-01-06 09:00] Calm day.\n"
    )
    out = cli("import", str(path), "--dry-run")
    assert "journal.txt: 2 entries (jrnl), 2026-01-05 – 2026-01-06." in out
    assert "--map-tag '@Acme=Acme'" in out
    assert "Dry run: nothing was written." in out
    assert cli.json("list") == []
    out = cli("import", str(path), "--map-tag", "@Acme=Acme")
    assert "Imported 2 entries; 0 skipped as already there; 1 new clients." in out
    assert [c["name"] for c in cli.json("clients")] == ["Acme"]
    out = cli("import", str(path))
    assert "Imported 0 entries; 2 skipped as already there" in out


def test_import_errors_are_one_line_and_change_nothing(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "boundary-journal", "schema_version": 1, "entries": [{"date": 5}]}')
    cli("import", str(path), code=1)
    assert cli.err.strip() == (
        "boundary-journal: bad.json: entry 1: “date” should be text, not a number."
    )
    cli("import", str(tmp_path / "missing.json"), code=1)
    assert "there is no such file" in cli.err
    cli("import", str(path), "--map-tag", "nonsense", code=1)
    assert "--map-tag takes TAG=CLIENT" in cli.err
    assert cli.json("list") == []


def test_export_then_import_round_trips_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    seed(cli)
    cli("export", "--format", "json", "--out", str(tmp_path / "all.json"))
    other = Cli(tmp_path / "other", cli._capsys, cli._monkeypatch)
    other("import", str(tmp_path / "all.json"))
    mine, theirs = cli.json("show", "1"), other.json("show", "1")
    for record in (mine, theirs):
        record.pop("id")
        for incident in record["incidents"]:
            incident.pop("id")
            incident.pop("entry_id")
    assert mine == theirs


def test_export_jrnl_and_the_skipped_entries_are_listed(cli: Cli, tmp_path: Path) -> None:
    seed(cli)
    out = cli("export", "--format", "jrnl", "--out", str(tmp_path / "journal.txt"))
    assert out.strip() == f"Exported 1 entry to {tmp_path / 'journal.txt'}; 1 private left out."
    text = (tmp_path / "journal.txt").read_text(encoding="utf-8")
    assert text.startswith("[2026-03-02 ") and "@Acme" in text
    path = tmp_path / "j.txt"
    path.write_text("[2026-01-05 09:00] Call.\n\n[2026-01-05 09:00] Call.\n")
    out = cli("import", str(path), "--dry-run")
    assert "  skipped, twice in the file: line 3, 2026-01-05 09:00 “Call.”" in out
    cli("import", str(path))
    out = cli("import", str(path), "--dry-run")
    assert "  skipped, already in the journal: line 1, 2026-01-05 09:00 “Call.”" in out
