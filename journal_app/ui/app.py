"""Start the GUI: check the platform, create the QApplication, make sure this is the only
window on this journal, open it (recovering a damaged one from a backup if the person
agrees), make the day's backup, show the window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..paths import AppPaths
from .platform_check import display_problem

if TYPE_CHECKING:
    from ..core.journal import Journal


def run_gui(paths: AppPaths) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication, QMessageBox

    from .main_window import MainWindow
    from .single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Boundary Journal")
    app.setOrganizationName("BoundaryJournal")
    app.setDesktopFileName("org.boundaryjournal.BoundaryJournal")
    try:
        paths.ensure()
    except OSError as error:
        QMessageBox.critical(None, app.tr("Boundary Journal"), str(error))
        return 1
    instance = SingleInstance(paths)
    if not instance.acquire():
        print(
            "Boundary Journal is already open on this journal; it was brought forward.",
            file=sys.stderr,
        )
        return 0
    try:
        journal = open_journal(paths)
        if journal is None:
            return 1
        window = MainWindow(journal, paths)
        instance.activated.connect(window.bring_forward)
        window.show()
        window.raise_()
        window.activateWindow()
        window.make_daily_backup()
        try:
            return app.exec()
        finally:
            journal.close()
    finally:
        instance.release()


def open_journal(paths: AppPaths) -> Journal | None:
    """The journal, or None when it cannot be opened (the person has been told why)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.errors import DatabaseCorruptError, JournalError
    from ..core.journal import Journal
    from .recovery import offer_recovery

    title = QApplication.translate("app", "Boundary Journal")
    try:
        return Journal.open(paths)
    except DatabaseCorruptError as error:
        if not offer_recovery(paths, str(error)):
            return None
    except JournalError as error:
        QMessageBox.critical(None, title, str(error))
        return None
    try:
        return Journal.open(paths)
    except JournalError as error:
        QMessageBox.critical(None, title, str(error))
        return None
