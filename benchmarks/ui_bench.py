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

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.core.journal import Journal  # noqa: E402
from journal_app.paths import AppPaths  # noqa: E402
from journal_app.ui.window.main_window import MainWindow  # noqa: E402
from journal_app.ui.window.quiet_gc import QuietCollector  # noqa: E402

MAX_FRAMES = 3000
NONE = Qt.KeyboardModifier.NoModifier


def main(folder: str) -> dict[str, float]:
    app = QApplication([])
    paths = AppPaths.resolve(folder)
    journal = Journal.open(paths)
    window = MainWindow(journal, paths)
    window.resize(1400, 820)
    window.show()
    app.processEvents()
    collector = QuietCollector(window.safety.idle)  # as the app does once its window is up
    collector.start()  # which the app does at the list's first paint
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

    # Scroll the whole list, top to bottom, as a person holding Page Down would (but in
    # longer steps: about 3,000 frames however long the list). Every row is loaded on the way
    # (the model fetches pages as the end comes into view); it ends at the last entry.
    bar = view.verticalScrollBar()
    total = journal.entries.count()
    frames = []
    bar.setValue(0)
    app.processEvents()
    while len(frames) < MAX_FRAMES * 5:
        step = max(bar.pageStep(), total * 70 // MAX_FRAMES)
        # What a person scrolling does: input, which tells the quiet collector to wait.
        app.sendEvent(view.viewport(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NONE))
        started = time.perf_counter()
        bar.setValue(min(bar.value() + step, bar.maximum()))
        view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - started) * 1000)
        last = view.indexAt(view.viewport().rect().bottomLeft() - QPoint(0, 2)).row()
        if model.rowCount() >= total and last >= total - 1:
            break
    reached = view.indexAt(view.viewport().rect().bottomLeft() - QPoint(0, 2)).row() + 1
    if os.environ.get("BENCH_DEBUG"):
        worst = sorted(range(len(frames)), key=lambda n: -frames[n])[:8]
        print([(n, round(frames[n])) for n in worst], file=sys.stderr)
    collector.stop()
    window.close()
    journal.close()
    return {
        "open_entry_ms": statistics.median(opens),
        "scroll_frames": len(frames),
        "scroll_worst_frame_ms": max(frames),
        "scroll_median_frame_ms": statistics.median(frames),
        "rows_loaded": model.rowCount(),
        "scroll_reached_row": reached,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
