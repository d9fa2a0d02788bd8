"""A damaged journal at start: say so plainly, offer the latest backup that verifies, and
keep the damaged file (moved aside, never overwritten or deleted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from ..core.backups import BackupService, plain_connect, recover
from ..core.db import keyed_connect
from ..core.errors import JournalError
from ..paths import AppPaths
from .errors import show_error


def offer_recovery(paths: AppPaths, problem: str, key: bytes | None = None) -> bool:
    """True when a backup was put in place of the damaged journal. `key`: the journal's key,
    when it is encrypted (its backups are encrypted with it)."""
    title = QCoreApplication.translate("recovery", "The journal is damaged")
    connect = (lambda p: keyed_connect(p, key)) if key is not None else plain_connect
    service = BackupService(paths.backups_dir, lambda: None, connect)
    good = service.latest_good()
    if good is None:
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "recovery", "{0}\n\nThere is no backup to restore from. The file is at {1}."
            ).format(problem, paths.db_path),
        )
        return False
    when = QLocale().toString(good.created, QLocale.FormatType.LongFormat)
    box = QMessageBox(QMessageBox.Icon.Warning, title, problem)
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
    box.addButton(
        QCoreApplication.translate("recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
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
