"""A progress dialog for the one slow step of opening a journal: a migration that reindexes
every entry (0007 takes some 10–30 s at 100,000 entries). Shown only for large journals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

SHOW_FROM = 5000  # entries; below this the step takes about a second or less


class MigrationProgress:
    """Called with (done, total) as the migration goes; keeps the window's dialog moving."""

    def __init__(self, parent: Any = None) -> None:
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < SHOW_FROM:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(
                QCoreApplication.translate("app", "Updating the search index…"),
                "",
                0,
                total,
                self._parent,
            )
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setWindowTitle(QCoreApplication.translate("app", "Boundary Journal"))
        self.dialog.setValue(done)
        QApplication.processEvents()
        if done >= total:
            self.dialog.close()
