"""Start the GUI: check the platform, create the QApplication, open the journal, show the window."""

from __future__ import annotations

import sys

from ..paths import AppPaths
from .platform_check import display_problem


def run_gui(paths: AppPaths) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.errors import JournalError
    from ..core.journal import Journal
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Boundary Journal")
    app.setOrganizationName("BoundaryJournal")
    app.setDesktopFileName("org.boundaryjournal.BoundaryJournal")
    try:
        journal = Journal.open(paths)
    except JournalError as error:
        QMessageBox.critical(None, app.tr("Boundary Journal"), str(error))
        return 1
    window = MainWindow(journal, paths)
    window.show()
    window.raise_()
    window.activateWindow()
    try:
        return app.exec()
    finally:
        journal.close()
