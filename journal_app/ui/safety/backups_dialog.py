"""File → Backups…: the journal's backups (date, kind, size, entries), a backup made now,
and a restore that first backs up the current state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.backups import BackupInfo, BackupService
from ...core.errors import JournalError
from ..common.errors import ask_yes_no, show_error
from ..common.widgets import add_button

DATE, KIND, SIZE, ENTRIES = range(4)


KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("backups", "Made by you"),
    "pre-import": QT_TRANSLATE_NOOP("backups", "Before an import"),
    "pre-merge": QT_TRANSLATE_NOOP("backups", "Before merging clients"),
    "pre-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
    "pre-encrypt": QT_TRANSLATE_NOOP("backups", "Before encrypting"),
    "pre-decrypt": QT_TRANSLATE_NOOP("backups", "Before decrypting"),
    "pre-migration": QT_TRANSLATE_NOOP("backups", "Before an update"),
}


def kind_label(kind: str) -> str:
    known = KIND_LABELS.get("pre-migration" if kind.startswith("pre-migration") else kind)
    return QCoreApplication.translate("backups", known) if known else kind


def size_label(size: int) -> str:
    """A backup's size in the reader's words: "256 KB", "12.5 MB" («256 КБ»)."""
    locale, tr = QLocale(), QCoreApplication
    if size < 1024 * 1024:
        return tr.translate("backups", "{0} KB").format(locale.toString(max(1, round(size / 1024))))
    if size < 1024**3:
        return tr.translate("backups", "{0} MB").format(locale.toString(size / 1024**2, "f", 1))
    return tr.translate("backups", "{0} GB").format(locale.toString(size / 1024**3, "f", 1))


class BackupsDialog(QDialog):
    restored = Signal()

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._rows: list[BackupInfo] = []
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is made each day the app starts (7 daily and 4 weekly are kept) and "
                "before every import, merge, restore and encryption change. Each one is "
                "checked after it is written."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Entries")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = add_button(
            self, row, self.tr("&Back Up Now"), "backupNow", self.back_up
        )
        self.restore_button = add_button(
            self, row, self.tr("&Restore…"), "restoreBackup", self.restore_selected
        )
        self.folder_button = add_button(
            self, row, self.tr("Show &Folder"), "showBackupFolder", self._show_folder
        )
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.resize(640, 420)

    def reload(self) -> None:
        self._rows = self._backups.list()
        locale = QLocale()
        self.table.setRowCount(0)
        for info in self._rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            cells = (
                locale.toString(info.created, "yyyy-MM-dd HH:mm"),
                kind_label(info.kind),
                size_label(info.size),
                self._entries(info),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (SIZE, ENTRIES):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)
        self.table.resizeColumnToContents(DATE)
        if self._rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _entries(self, info: BackupInfo) -> str:
        if info.size == 0:
            return self.tr("empty")
        return self.tr("unreadable") if info.entries is None else str(info.entries)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.entries is not None)

    def back_up(self) -> None:
        try:
            self._backups.create("manual")
        except JournalError as error:
            show_error(self, self.tr("Backups"), error)
            return
        self.reload()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = QLocale().toString(chosen.created, QLocale.FormatType.LongFormat)
        answer = ask_yes_no(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the journal with the backup made {0} (entries: %n)? The journal as it "
                "is now is backed up first, so this can be undone.",
                "",
                chosen.entries,
            ).format(when),
        )
        if not answer:
            return
        try:
            self._backups.restore(chosen.path)
        except JournalError as error:
            show_error(self, self.tr("Restore"), error)
            return
        self.restored.emit()
        self.reload()

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.folder)))
