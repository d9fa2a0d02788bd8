"""Encrypted journals from the terminal: scripts give the passphrase by file or environment;
a wrong one exits 1 with "wrong passphrase"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def test_encrypt_use_change_and_decrypt(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "--title", "Acme at 9 pm", "--text", "PLAINWORD")
    (first := tmp_path / "pass").write_text("my long passphrase\n")
    out = cli("encrypt", "--new-passphrase-file", str(first))
    recovery = out.split("\n\n")[1].strip()
    assert len(recovery.split("-")) == 8
    assert not any(b"PLAINWORD" in p.read_bytes() for p in cli.data_dir.rglob("*") if p.is_file())

    cli("list", code=1)  # no passphrase given, no terminal to ask on
    assert "give its passphrase with --passphrase-file FILE" in cli.err
    (wrong := tmp_path / "wrong").write_text("not it at all")
    cli("list", "--passphrase-file", str(wrong), code=1)
    assert cli.err.strip() == "boundary-journal: wrong passphrase"
    assert [e["title"] for e in cli.json("list", "--passphrase-file", str(first))] == [
        "Acme at 9 pm"
    ]
    monkeypatch.setenv("BOUNDARY_JOURNAL_PASSPHRASE", "my long passphrase")
    assert cli("search", "plainword").count("Acme at 9 pm") == 1
    monkeypatch.delenv("BOUNDARY_JOURNAL_PASSPHRASE")

    (second := tmp_path / "pass2").write_text("another long passphrase")
    cli("change-passphrase", "--passphrase-file", str(first), "--new-passphrase-file", str(second))
    cli("list", "--passphrase-file", str(first), code=1)
    assert cli.err.strip() == "boundary-journal: wrong passphrase"
    cli("decrypt", "--passphrase-file", str(second))
    assert [e["title"] for e in cli.json("list")] == ["Acme at 9 pm"]


def test_the_recovery_key_unlocks_on_the_terminal(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "--title", "x", "--text", "x")
    (pw := tmp_path / "pass").write_text("my long passphrase")
    recovery = cli("encrypt", "--new-passphrase-file", str(pw)).split("\n\n")[1].strip()
    from journal_app.cli import encryption_cli

    asked: list[str] = []
    monkeypatch.setattr(encryption_cli, "_ask", lambda prompt: asked.append(prompt) or recovery)
    assert "x" in cli("list", "--recovery-key")
    assert asked == ["Recovery key: "]


def test_encrypting_twice_or_decrypting_a_plain_journal_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    cli("add", "--title", "x", "--text", "x")
    cli("decrypt", code=1)
    assert "This journal is not encrypted." in cli.err
    (pw := tmp_path / "pass").write_text("my long passphrase")
    cli("encrypt", "--new-passphrase-file", str(pw))
    cli("encrypt", "--passphrase-file", str(pw), "--new-passphrase-file", str(pw), code=1)
    assert "already encrypted" in cli.err
    (short := tmp_path / "short").write_text("short")
    cli("decrypt", "--passphrase-file", str(pw))
    cli("encrypt", "--new-passphrase-file", str(short), code=1)
    assert "at least 8 characters" in cli.err


def test_an_encryption_interrupted_on_the_terminal_is_finished_by_the_next_command(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import conversion
    from journal_app.core.db import is_encrypted

    cli("add", "--title", "Acme at 9 pm", "--text", "PLAINWORD")
    cli("backup")
    (pw := tmp_path / "pass").write_text("my long passphrase")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt  # Ctrl+C once the journal itself is encrypted

    with monkeypatch.context() as patched:
        patched.setattr(conversion, "convert_backups", interrupted)
        out = cli("encrypt", "--new-passphrase-file", str(pw), code=130)
    assert len(out.split("\n\n")[1].strip().split("-")) == 8  # the key was shown first
    backups = sorted((cli.data_dir / "backups").glob("*.sqlite3"))
    assert not all(is_encrypted(b) for b in backups)
    assert [e["title"] for e in cli.json("list", "--passphrase-file", str(pw))] == ["Acme at 9 pm"]
    assert all(is_encrypted(b) for b in backups)
    assert not any(b"PLAINWORD" in p.read_bytes() for p in cli.data_dir.rglob("*") if p.is_file())
    cli("encrypt", "--passphrase-file", str(pw), "--new-passphrase-file", str(pw), code=1)
    assert "already encrypted" in cli.err
    assert len(json.loads(cli("backups", "--json", "--passphrase-file", str(pw)))) == 2
