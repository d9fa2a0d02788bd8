"""PySide's question of each imported module (does its source say "PySide6"?) answered from
the file, keeping no module's text in memory (issue #22: 24 MB of the window's memory), and
with PySide's own answers."""

from __future__ import annotations

from pathlib import Path

from ..conftest import window_process

SCRIPT = r"""
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from journal_app.ui.window.qt_source_reads import read_sources_plainly
installed = read_sources_plainly()
import uses_qt, plain_module
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "installed": installed,
    "kept": sorted(f for f in linecache.cache if f.startswith(sys.argv[1])),
    "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
    "plain": feature.pyside_feature_dict.get("plain_module"),
}))
"""


def test_imported_modules_are_asked_about_without_keeping_their_text(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain_module.py").write_text("import json\n" + "X = 1\n" * 1000)
    report, _ = window_process(SCRIPT, str(tmp_path))
    assert report["installed"]
    assert report["kept"] == []  # PySide's own inspect.getsource kept both files' lines
    assert report["uses_qt"] == 0  # "no feature", as PySide says of a module using it
    assert report["plain"] == -1  # "ignore this module"
