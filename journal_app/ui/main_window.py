"""The main window (placeholder until the main-window issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from ..core.journal import Journal
from ..paths import AppPaths


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, paths: AppPaths) -> None:
        super().__init__()
        self._journal = journal
        self.setWindowTitle(self.tr("Boundary Journal"))
        entries = QListWidget(self)
        entries.setObjectName("entryList")
        for summary in journal.entries.summaries(limit=200):
            entries.addItem(f"{summary.date:%Y-%m-%d} {summary.time:%H:%M}  {summary.heading}")
        self.setCentralWidget(entries)
        self.resize(900, 600)
