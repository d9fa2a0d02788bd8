"""Start the GUI: check the platform, create the QApplication, make sure this is the only
window on this journal, open it (recovering a damaged one from a backup if the person
agrees), make the day's backup, show the window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..paths import AppPaths
from .core_messages import said
from .platform_check import display_problem

if TYPE_CHECKING:
    from ..core.journal import Journal


APP_ID = "org.boundaryjournal.BoundaryJournal"
# SQLite's full check reads the whole file (about 3 ms a MB here). The window does not wait
# for it past this size: it opens with a quick look at the schema, and the full check runs
# on a thread just after the window shows (ui.safety_controller), damage found then offered
# the latest good backup as at open. (The command line checks up to core's larger limit.)
CHECK_AT_OPEN_MAX_BYTES = 4 * 2**20


def run_gui(paths: AppPaths, profile: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.settings import Settings
    from ..paths import resources_dir
    from .i18n import TRANSLATIONS
    from .main_window import MainWindow
    from .single_instance import SingleInstance
    from .theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Boundary Journal")
    app.setOrganizationName("BoundaryJournal")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg")))
    settings = Settings.load(paths.settings_file)
    TRANSLATIONS.apply(settings.language)
    apply_theme(settings.theme)
    try:
        paths.ensure()
    except OSError as error:
        QMessageBox.critical(None, app.tr("Boundary Journal"), said(error))
        return 1
    restart = False
    instance = SingleInstance(paths)
    if not instance.acquire():
        print(
            "Boundary Journal is already open on this journal; it was brought forward.",
            file=sys.stderr,
        )
        return 0
    try:
        first_run = not paths.db_path.exists()
        opened = open_journal(paths)
        if opened is None:
            return 1
        journal, with_recovery_key = opened
        window = MainWindow(journal, paths)
        instance.activated.connect(window.bring_forward)
        if profile:
            from .startup_profile import FirstPaint

            FirstPaint(window.entry_list, app)
        window.show()
        window.raise_()
        window.activateWindow()
        if not profile:
            window.safety.start_background_work()
        from .entry_list_view import AfterFirstPaint
        from .quiet_gc import QuietCollector

        collector = QuietCollector(window.safety.idle, app)
        AfterFirstPaint(window.entry_list.viewport(), collector.start)
        if with_recovery_key:
            QTimer.singleShot(0, window.safety.ask_new_passphrase)
        elif first_run and not profile:
            QTimer.singleShot(300, window.preferences.welcome)
        try:
            return app.exec()
        finally:
            collector.stop()
            window.close()  # saves and forgets the window even if the loop was quit
            restart = window.restart_requested
            window.deleteLater()
            journal.close()
    finally:
        instance.release()
        if restart:  # once this window has let go of the journal
            relaunch()


def relaunch() -> bool:
    """Start the app again, as it was started this time (the same options: the data folder
    among them), in a process of its own."""
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):  # the packaged app is its own program
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, ["-m", "journal_app", *sys.argv[1:]]
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def open_journal(paths: AppPaths) -> tuple[Journal, bool] | None:
    """The journal, and whether its recovery key opened it; None when it cannot be opened
    (the person has been told why, or chose to quit)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.db import migration_progress
    from ..core.errors import DatabaseCorruptError, JournalError
    from ..core.journal import Journal, needs_passphrase
    from .migration_progress import MigrationProgress
    from .recovery import offer_recovery
    from .unlock_dialog import UnlockDialog

    title = QApplication.translate("app", "Boundary Journal")
    for attempt in range(2):  # the second after a damaged journal was replaced by a backup
        key, with_recovery_key = None, False
        if needs_passphrase(paths):
            dialog = UnlockDialog(paths)
            if not dialog.exec() or dialog.key is None:
                return None
            key, with_recovery_key = dialog.key, dialog.form.used_recovery_key
        try:
            small = not paths.db_path.exists() or (
                paths.db_path.stat().st_size <= CHECK_AT_OPEN_MAX_BYTES
            )
            with migration_progress(MigrationProgress()):
                return Journal.open(paths, key, full_check=small), with_recovery_key
        except DatabaseCorruptError as error:
            if attempt or not offer_recovery(paths, said(error), key):
                return None
        except JournalError as error:
            QMessageBox.critical(None, title, said(error))
            return None
    return None
