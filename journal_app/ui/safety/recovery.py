"""A damaged journal at start: say so plainly, offer the latest backup that verifies and a
rescue of everything still readable (core.rescue), and keep the damaged file (moved aside,
never overwritten or deleted)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.backups import BackupInfo, BackupService, plain_connect, recover
from ...core.db import keyed_connect
from ...core.errors import JournalError
from ...core.rescue import rescue_export
from ...paths import AppPaths
from ..common.errors import show_error


def offer_recovery(paths: AppPaths, problem: str, key: bytes | None = None) -> bool:
    """True when a backup was put in place of the damaged journal. `key`: the journal's key,
    when it is encrypted (its backups are encrypted with it)."""
    title = QCoreApplication.translate("recovery", "The journal is damaged")
    connect = (lambda p: keyed_connect(p, key)) if key is not None else plain_connect
    service = BackupService(paths.backups_dir, lambda: None, connect)
    good = service.latest_good()
    while True:
        box = _damaged_box(title, problem, paths, good)
        box.exec()
        clicked = box.clickedButton()
        if clicked is not None and clicked.property("role") == "rescue":
            rescue(paths, key)
            continue  # back to the choice: the backup may still be wanted
        if clicked is None or clicked.property("role") != "restore" or good is None:
            return False
        break
    try:
        aside = recover(paths.db_path, good.path, connect)
    except JournalError as error:
        show_error(None, title, error, critical=True)
        return False
    QMessageBox.information(
        None,
        QCoreApplication.translate("recovery", "Restored"),
        QCoreApplication.translate(
            "recovery", "The backup is in place. The damaged file is kept as {0}."
        ).format(aside),
    )
    return True


def _damaged_box(title: str, problem: str, paths: AppPaths, good: BackupInfo | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, problem)
    if good is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "recovery",
                "There is no backup to restore from. The file is at {0}. Rescue saves "
                "everything that can still be read, to import into a new journal.",
            ).format(paths.db_path)
        )
    else:
        when = QLocale().toString(good.created, QLocale.FormatType.LongFormat)
        box.setInformativeText(
            QCoreApplication.translate(
                "recovery",
                "The latest good backup was made {0} and holds {1} entries. Restore it? The "
                "damaged file is kept beside it under another name.",
            ).format(when, good.entries)
        )
        restore = box.addButton(
            QCoreApplication.translate("recovery", "&Restore the Backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setProperty("role", "restore")
        box.setDefaultButton(restore)
    save = box.addButton(
        QCoreApplication.translate("recovery", "Re&scue What Can Be Read…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    save.setProperty("role", "rescue")
    box.addButton(
        QCoreApplication.translate("recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def rescue(paths: AppPaths, key: bytes | None) -> bool:
    """Ask where, then save everything readable of the damaged journal there (our JSON)."""
    title = QCoreApplication.translate("recovery", "Rescue What Can Be Read")
    suggested = Path.home() / f"boundary-journal-rescue-{dt.date.today():%Y%m%d}.json"
    name, _ = QFileDialog.getSaveFileName(
        None, title, str(suggested), QCoreApplication.translate("recovery", "JSON (*.json)")
    )
    if not name:
        return False
    try:
        report = rescue_export(paths.db_path, Path(name), key)
    except JournalError as error:
        show_error(None, title, error, critical=True)
        return False
    text = QCoreApplication.translate(
        "recovery", "{0} entries were saved to {1}. Import the file into a new journal."
    ).format(report.entries, name)
    if report.skipped:
        text += " " + QCoreApplication.translate(
            "recovery", "{0} entries could not be read and are missing."
        ).format(report.skipped)
    if report.damaged:
        text += " " + QCoreApplication.translate(
            "recovery",
            "{0} entries had a damaged date, time or text and are kept as far as readable.",
        ).format(report.damaged)
    QMessageBox.information(None, title, text)
    return True


def on_damaged_row(paths: AppPaths, problem: str, key: bytes | None = None) -> None:
    """A row found damaged while the window runs: say so, and offer the rescue (the backups
    are in File → Backups…)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("recovery", "The journal is damaged"),
        problem,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "recovery",
            "What cannot be read is left out. Rescue saves everything that can still be read, "
            "to import into a new journal; File → Backups… can restore a backup.",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("recovery", "Re&scue What Can Be Read…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is save:
        rescue(paths, key)
