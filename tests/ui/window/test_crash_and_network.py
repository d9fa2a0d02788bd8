"""Promises checked from outside the app's process: a killed app loses at most the last
second of typing however steadily the person types, leaves no blank entry behind, and the
app never opens a network connection."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths

from ..conftest import window_process

ROOT = Path(__file__).resolve().parents[3]

TYPIST = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journal_app.core.journal import Journal
from journal_app.paths import AppPaths
from journal_app.ui.window.main_window import MainWindow

app = QApplication([])
paths = AppPaths.resolve(sys.argv[1])
window = MainWindow(Journal.open(paths), paths)
window.show()
window.activateWindow()
assert QTest.qWaitForWindowActive(window)
QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
print("new", flush=True)
if sys.argv[2] == "blank":
    time.sleep(120)  # killed before a key is typed
QTest.keyClicks(window.editor_view.title, "Crash test")
window.editor_view.body.setFocus()
typed = ""
while True:  # steady typing, a key every ~100 ms, never a pause: killed while typing
    for ch in "every word typed before the crash ":
        QTest.keyClicks(window.editor_view.body, ch)
        typed += ch
        print(f"{time.monotonic()} {typed}", flush=True)
        QTest.qWait(100)
"""


def _kill_after(paths: AppPaths, mode: str, until: Any) -> list[str]:
    """Run the typist; read its lines until `until(line)`; kill it; return the lines read."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(paths.data_dir), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            while not lines or not until(lines[-1]):
                line = child.stdout.readline()
                assert line, "the typist stopped"
                lines.append(line.rstrip("\n"))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == -signal.SIGKILL
    return lines


def _blank_entries(journal: Journal) -> int:
    ids = [s.id for s in journal.entries.summaries()]
    return sum(journal.entries.get(i).is_blank for i in ids)


def test_killing_the_app_while_typing_steadily_loses_at_most_the_last_second(
    paths: AppPaths,
) -> None:
    typed: list[tuple[float, str]] = []

    def three_seconds_in(line: str) -> bool:
        if line == "new":
            return False
        stamp, _, text = line.partition(" ")
        typed.append((float(stamp), text))
        return typed[-1][0] - typed[0][0] >= 3.0

    _kill_after(paths, "type", three_seconds_in)
    killed_at = time.monotonic()
    # Everything typed more than a second before the kill is in the journal (half a second
    # more allowed for a busy machine: a debounce alone would have saved nothing at all).
    due = [text for stamp, text in typed if stamp < killed_at - 1.5]
    assert due, "the typist typed too slowly to tell"
    with Journal.open(paths) as journal:
        (summary,) = journal.entries.summaries()
        entry = journal.entries.get(summary.id)
        assert _blank_entries(journal) == 0
    assert entry.title == "Crash test"
    assert ("every word typed before the crash " * 100).startswith(entry.body)
    assert entry.body.startswith(due[-1])


def test_killing_the_app_after_ctrl_n_leaves_no_blank_entry(
    paths: AppPaths, journal: Journal, make_window: Any
) -> None:
    journal.entries.add(EntryDraft(title="written before"))
    _kill_after(paths, "blank", lambda line: line == "new")
    assert journal.entries.count() == 2  # the blank one, made by Ctrl+N
    make_window()  # the next start
    assert _blank_entries(journal) == 0
    assert [e.title for e in journal.entries.summaries()] == ["written before"]


USER = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
seen = []
def audit(event, args):
    if event.startswith(("socket.", "urllib.", "http.")):
        seen.append(event)
sys.addaudithook(audit)

import datetime as dt
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import IncidentDraft
from journal_app.paths import AppPaths
from journal_app.pdf.export_pdf import register_pdf
from journal_app.ui.window.main_window import MainWindow
from journal_app.ui.window.single_instance import SingleInstance

app = QApplication([])
paths = AppPaths.resolve(sys.argv[1])
paths.ensure()
instance = SingleInstance(paths)
assert instance.acquire()
journal = Journal.open(paths)
window = MainWindow(journal, paths)
window.show()
window.activateWindow()
assert QTest.qWaitForWindowActive(window)
window.safety.make_daily_backup()
QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(window.editor_view.title, "Late call from Acme")
window.editor.flush()
journal.incidents.add(IncidentDraft(client="Acme", kind="after_hours"))
window.search_bar.box.setText("late")
QTest.qWait(300)
window.open_trends()
QTest.qWait(200)
register_pdf()
out = Path(sys.argv[1]) / "out"
out.mkdir()
for fmt in ("pdf", "md", "html", "json", "csv"):
    journal.exports.export(ExportScope(pseudonymise=True), fmt, out / f"x.{fmt}")
journal.imports.apply(journal.imports.read(out / "x.json"))
journal.backups.create("manual")
window.close()
instance.release()
modules = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("urllib", "http", "ssl", "requests", "httpx", "socket", "PySide6")
)
print(json.dumps({"audit": seen, "modules": modules}))
"""


def test_a_full_session_opens_no_network_connection(tmp_path: Path) -> None:
    report, _ = window_process(USER, str(tmp_path / "journal"))
    assert report["audit"] == []  # no socket made, resolved, bound or connected from Python
    loaded = set(report["modules"])
    # (`socket` and `ssl` are loaded, unused, because SQLAlchemy imports asyncio.)
    for module in ("urllib.request", "http.client", "requests", "httpx"):
        assert module not in loaded, module
    qt_network = {m for m in loaded if m == "PySide6.QtNetwork"}
    assert qt_network == {"PySide6.QtNetwork"}  # loaded, for the single-instance socket only


def test_only_the_single_instance_module_uses_qtnetwork_and_only_local_sockets() -> None:
    users = {}
    for path in (ROOT / "journal_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "QtNetwork" in text:
            users[path.name] = set(
                re.findall(r"\bQ[A-Z]\w*(?:Socket|Server|Manager|Reply)\b", text)
            )
    assert users == {"single_instance.py": {"QLocalServer", "QLocalSocket"}}


@pytest.mark.parametrize("entries", [1, 0])
def test_profile_startup_reports_the_first_paint_and_quits(paths: AppPaths, entries: int) -> None:
    """With entries, and with none (the list is hidden behind its hint: the window's first
    paint counts; a packaged app's smoke test starts on an empty journal)."""
    with Journal.open(paths) as journal:
        from journal_app.core.records import EntryDraft

        for _ in range(entries):
            journal.entries.add(EntryDraft(title="one entry to paint"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal_app",
            "--data-dir",
            str(paths.data_dir),
            "--profile-startup",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0
    line = next(x for x in done.stderr.splitlines() if x.startswith("startup_ms="))
    figures = dict(pair.split("=") for pair in line.split())
    assert 0 < float(figures["startup_ms"]) < 60_000 and float(figures["rss_mb"]) > 0
    assert not list(paths.backups_dir.iterdir())  # profiling makes no backup
