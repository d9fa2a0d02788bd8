"""The window's timings on a generated journal, offscreen: opening an entry from the list
(click → text shown) and scrolling the whole list top to bottom (the longest frame).

    python benchmarks/ui_bench.py DIR  → one JSON line on stdout
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.core.journal import Journal  # noqa: E402
from journal_app.paths import AppPaths  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402

MAX_FRAMES = 3000


def main(folder: str) -> dict[str, float]:
    app = QApplication([])
    paths = AppPaths.resolve(folder)
    journal = Journal.open(paths)
    window = MainWindow(journal, paths)
    window.resize(1400, 820)
    window.show()
    app.processEvents()
    view, model = window.entry_list, window.model

    opens = []
    for row in range(1, 41):
        index = model.index(row)
        started = time.perf_counter()
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        window.editor_view.body.viewport().repaint()
        opens.append((time.perf_counter() - started) * 1000)
        assert window.editor.entry_id == model.entry_at(row).id

    bar = view.verticalScrollBar()
    frames = []
    bar.setValue(0)
    app.processEvents()
    while True:
        # About 3,000 frames over the whole list, however long (rows are ~70 px high); the
        # scroll bar grows as the list lays out more rows in batches.
        step = max(bar.pageStep(), model.rowCount() * 70 // 3000)
        target = min(bar.value() + step, bar.maximum())
        started = time.perf_counter()
        bar.setValue(target)
        view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - started) * 1000)
        if bar.value() >= bar.maximum() and not model.canFetchMore(model.index(-1).parent()):
            break
        if len(frames) > MAX_FRAMES * 5:
            break
    window.close()
    journal.close()
    return {
        "open_entry_ms": statistics.median(opens),
        "scroll_frames": len(frames),
        "scroll_worst_frame_ms": max(frames),
        "scroll_median_frame_ms": statistics.median(frames),
        "rows_loaded": model.rowCount(),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
