"""What the window's start loads for a plain journal: no OpenSSL (`cryptography`) until a
key is made or opened, a review sealed or opened (issue #22: memory and time to paint)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import window_process

ROOT = Path(__file__).resolve().parents[3]

START = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui.window.main_window import MainWindow


app = QApplication([])
paths = AppPaths.resolve(sys.argv[1])
paths.ensure()
journal = Journal.open(paths)
journal.entries.add(EntryDraft(title="Late call", clients=("Acme",)))
window = MainWindow(journal, paths)
window.show()
app.processEvents()
shown = window.model.rowCount()
crypto = sorted(m for m in sys.modules if m.startswith("cryptography"))
print(json.dumps({"rows": shown, "crypto": crypto}))
"""


def test_a_plain_journal_opens_its_window_without_openssl(tmp_path: Path) -> None:
    report, _ = window_process(START, str(tmp_path / "journal"))
    assert report["rows"] == 1  # the window is up with its entry listed (and its Reviews read)
    assert report["crypto"] == []
