"""Start the GUI: check the platform, create the QApplication, make sure this is the only
window on this journal, open it (recovering a damaged one from a backup if the person
agrees), make the day's backup, show the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..paths import AppPaths
from .window.platform_check import display_problem  # before anything that loads Qt

if TYPE_CHECKING:
    from ..core.errors import JournalError
    from ..core.journal import Journal
    from ..core.said import Said
    from ..core.settings import Settings
    from .window.main_window import MainWindow
    from .window.single_instance import SingleInstance


APP_ID = "org.boundaryjournal.BoundaryJournal"
# SQLite's full check reads the whole file (about 3 ms a MB here). The window does not wait
# for it past this size: it opens with a quick look at the schema, and the full check runs
# on a thread just after the window shows (ui.safety.safety_controller), damage found then offered
# the latest good backup as at open. (The command line checks up to core's larger limit.)
CHECK_AT_OPEN_MAX_BYTES = 4 * 2**20


def follow_second_launches(instance: SingleInstance, window: MainWindow) -> None:
    """Another launch on this journal brings the window forward; given a review
    (`boundary-journal FILE.bjreview`), the review opens here, once the socket's slot has
    returned (its passphrase is asked in a dialog with a loop of its own)."""
    from PySide6.QtCore import QTimer

    instance.activated.connect(window.bring_forward)
    instance.openRequested.connect(
        lambda path: QTimer.singleShot(0, lambda: window.reviews.open_review(path))
    )


def run_gui(paths: AppPaths, profile: bool = False, review: Path | None = None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer

    from .window.qt_source_reads import read_sources_plainly

    read_sources_plainly()  # before the window's modules are imported
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..core.settings import Settings
    from ..paths import resources_dir
    from .common.errors import show_error
    from .common.i18n import TRANSLATIONS
    from .common.theme import apply_theme
    from .window.single_instance import SingleInstance

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
        if not paths.db_path.exists():  # else it opens read-only (Journal.open says why)
            show_error(None, app.tr("Boundary Journal"), error, critical=True)
            return 1
    restart = False
    instance = SingleInstance(paths)
    if not instance.acquire(review, serve=False):  # it serves after the first paint
        print(
            "Boundary Journal is already open on this journal; it was brought forward"
            + (" to open the review." if review is not None else "."),
            file=sys.stderr,
        )
        return 0
    try:
        first_run = not paths.db_path.exists()
        shown = open_window(paths, settings)
        if shown is None:
            return 1
        window, journal, with_recovery_key = shown
        previous_hook = sys.excepthook
        sys.excepthook = damage_hook(paths, journal, previous_hook)
        follow_second_launches(instance, window)
        window.show()
        window.raise_()
        window.activateWindow()
        from .entries.entry_list_view import AfterFirstPaint
        from .window.quiet_gc import QuietCollector

        collector = QuietCollector(window.safety.idle, app)

        def after_first_paint() -> None:
            if not finish_opening(journal, window):
                app.exit(1)
                return
            instance.serve()  # a second launch on this journal brings this window forward
            if not profile:
                window.safety.start_background_work()
            collector.start()

        # Installed after the window's own: Qt asks it first, so the journal is whole
        # before the window's later parts (the questions, the watch) ask it anything.
        AfterFirstPaint(window.entry_list.viewport(), after_first_paint)
        if profile:  # installed last, asked first: the time of the paint itself
            from .window.startup_profile import FirstPaint

            FirstPaint(window.entry_list, app)
        if review is not None:  # `boundary-journal FILE.bjreview`: the coach's window
            QTimer.singleShot(0, lambda: window.reviews.open_review(review))
        if with_recovery_key:
            QTimer.singleShot(0, window.safety.ask_new_passphrase)
        elif first_run and not profile:
            QTimer.singleShot(300, window.preferences.welcome)
        try:
            return app.exec()
        finally:
            sys.excepthook = previous_hook
            collector.stop()
            window.close()  # saves and forgets the window even if the loop was quit
            restart = window.restart_requested
            window.deleteLater()
            journal.close()
    finally:
        instance.release()
        if restart:  # once this window has let go of the journal
            relaunch()


def open_window(
    paths: AppPaths, settings: Settings | None = None
) -> tuple[MainWindow, Journal, bool] | None:
    """The journal in its window; a journal whose rows cannot be read gets the damaged
    journal's dialog (its backup, a rescue) instead of a traceback."""
    from ..core.errors import DamagedRowError
    from .window.main_window import MainWindow

    for attempt in range(2):
        opened = (open_deferred(paths) if not attempt else None) or open_journal(paths)
        if opened is None:
            return None
        journal, with_recovery_key = opened
        try:
            return MainWindow(journal, paths, settings), journal, with_recovery_key
        except DamagedRowError as error:
            from .safety.recovery import offer_recovery  # only for a damaged journal

            key = journal.keys.key
            journal.close()
            if attempt or not offer_recovery(paths, said(error), key):
                return None
    return None


def open_deferred(paths: AppPaths) -> tuple[Journal, bool] | None:
    """A journal that needs nothing done to it (core/reads: plain, at the head revision,
    writable, whole), for the window to paint its first page from before SQLAlchemy is
    loaded; `finish_opening` opens it wholly just after. None: `open_journal` must."""
    from ..core.reads import Reads
    from ..core.reads.deferred import DeferredJournal

    try:
        small = paths.db_path.stat().st_size <= CHECK_AT_OPEN_MAX_BYTES
    except OSError:
        return None
    reads = Reads.open(paths, full_check=small)
    if reads is None:
        return None

    def opener() -> Journal:
        from ..core.journal import Journal

        return Journal.open(paths, full_check=small)

    return cast("Journal", DeferredJournal(paths, reads, opener)), False


def finish_opening(journal: Journal, window: MainWindow) -> bool:
    """After the first paint: the journal the window painted from Reads, opened wholly.
    False (the person told why) when it cannot be."""
    from PySide6.QtWidgets import QApplication

    from ..core.errors import JournalError
    from ..core.reads.deferred import DeferredJournal
    from .common.errors import show_error

    if not isinstance(journal, DeferredJournal):
        return True
    try:
        opened = journal.journal()
    except JournalError as error:
        window.hide()
        show_error(None, QApplication.translate("app", "Boundary Journal"), error, critical=True)
        return False
    if opened.read_only is not None:  # the disk filled in between
        say_read_only(opened.read_only)
    if journal.changed_meanwhile:  # the command line wrote since the first page was read
        window.watch.changedElsewhere.emit()
    return True


def damage_hook(paths: AppPaths, journal: Journal, previous: Any) -> Any:
    """An excepthook for the running window: a row found damaged while reading gets the
    damaged-row dialog (with a rescue); anything else goes to `previous`."""
    from ..core.errors import DamagedRowError
    from .safety.recovery import on_damaged_row

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        if isinstance(error, DamagedRowError):
            on_damaged_row(paths, said(error), journal.keys.key)
        else:
            previous(kind, error, trace)

    return hook


def say_read_only(reason: Said) -> None:
    """The journal opened read-only: say why, once, before the window shows."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.db import DISK_FULL

    if reason.code == DISK_FULL.code:
        text = QApplication.translate(
            "app",
            "The disk is full, so the journal is open read-only: you can read and search it, "
            "but nothing you change can be saved. Free some space and start the app again.",
        )
    else:
        text = QApplication.translate(
            "app",
            "The journal's folder cannot be written (read-only media or permissions), so the "
            "journal is open read-only: you can read and search it, but nothing you change "
            "can be saved.",
        )
    QMessageBox.warning(None, QApplication.translate("app", "Read-Only Journal"), text)


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
    from PySide6.QtWidgets import QApplication

    from ..core.db import migration_progress
    from ..core.errors import DatabaseCorruptError, JournalError
    from ..core.journal import Journal, needs_passphrase
    from .common.errors import show_error
    from .safety.recovery import offer_recovery
    from .safety.unlock_dialog import UnlockDialog
    from .window.migration_progress import MigrationProgress

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
                journal = Journal.open(paths, key, full_check=small)
            if journal.read_only is not None:
                say_read_only(journal.read_only)
            return journal, with_recovery_key
        except DatabaseCorruptError as error:
            if attempt or not offer_recovery(paths, said(error), key):
                return None
        except JournalError as error:
            show_error(None, title, error, critical=True)
            return None
    return None


def said(error: JournalError) -> str:
    """Core's message in the window's language (loaded with Qt, after the platform check)."""
    from .common.core_messages import said as translated

    return translated(error)
