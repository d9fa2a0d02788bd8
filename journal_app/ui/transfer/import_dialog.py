"""File → Import…: read a file from another journal, show what it holds before anything is
written (entries, dates, duplicates, what will be skipped), let the person turn tags into
clients, then import it all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ..common.core_messages import said
from ..common.errors import show_error
from ..common.labels import date_span
from ..common.widgets import combo

if TYPE_CHECKING:
    from ...core.importers.service import ImportPreview, ImportResult
    from ...core.journal import Journal

TAG, ENTRIES, AS, CLIENT = range(4)


def file_filter(notes: bool = False) -> str:
    """The import chooser's filter: every file ending a reader of core/importers takes, first
    all of them, then each format, then all files. A jrnl YAML export is a folder: any of its
    .md files stands for it. With `notes`, a coach's notes (.bjnotes) too."""
    from ...core.importers import EXTENSIONS, REGISTRY

    labels = {
        "json": QCoreApplication.translate("ImportDialog", "Boundary Journal JSON"),
        "jrnl": QCoreApplication.translate(
            "ImportDialog", "jrnl: JSON, plain text, Markdown or XML"
        ),
        "dayone": QCoreApplication.translate("ImportDialog", "Day One: JSON or .zip"),
    }
    every = (*EXTENSIONS, *(("bjnotes",) if notes else ()))
    kinds = [(QCoreApplication.translate("ImportDialog", "Journals"), every)]
    kinds += [(labels.get(n, i.label), i.extensions) for n, i in REGISTRY.items()]
    kinds.append(
        (
            QCoreApplication.translate(
                "ImportDialog", "jrnl YAML export: any .md file of its folder"
            ),
            ("md",),
        )
    )
    if notes:
        kinds.append((QCoreApplication.translate("ImportDialog", "Coach notes"), ("bjnotes",)))
    shown = [f"{label} ({' '.join(f'*.{e}' for e in ends)})" for label, ends in kinds]
    return ";;".join([*shown, QCoreApplication.translate("ImportDialog", "All files") + " (*)"])


class ImportDialog(QDialog):
    def __init__(self, journal: Journal, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._path = path
        self._preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import “{0}”").format(path.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format_box = combo(
            self,
            "importFormat",
            [
                (self.tr("Recognise it"), "auto"),
                (self.tr("Boundary Journal JSON"), "json"),
                (self.tr("jrnl (JSON export or plain-text journal)"), "jrnl"),
                (self.tr("Day One (JSON export or .zip)"), "dayone"),
            ],
            self.tr("File format"),
        )
        form.addRow(self.tr("&Read as:"), self.format_box)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.tags_label = QLabel(
            self.tr("Tags in the file. Choose which are really clients (jrnl's @names often are):"),
            self,
        )
        self.tags_label.setWordWrap(True)
        layout.addWidget(self.tags_label)
        self.tags = QTableWidget(0, 4, self)
        self.tags.setObjectName("importTags")
        self.tags.setAccessibleName(self.tr("Tags and how to import them"))
        self.tags.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Entries"), self.tr("Import as"), self.tr("Client name")]
        )
        self.tags.verticalHeader().hide()
        self.tags.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.tags.horizontalHeader()
        header.setSectionResizeMode(TAG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLIENT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tags, 2)
        self.notes_label = QLabel(self.tr("Not imported:"), self)
        layout.addWidget(self.notes_label)
        self.notes = QListWidget(self)
        self.notes.setObjectName("importNotes")
        self.notes.setAccessibleName(self.tr("What will not be imported"))
        layout.addWidget(self.notes, 1)
        self.skipped_label = QLabel(self.tr("Skipped, not imported again:"), self)
        layout.addWidget(self.skipped_label)
        self.skipped = QListWidget(self)
        self.skipped.setObjectName("importSkipped")
        self.skipped.setAccessibleName(self.tr("Entries that will be skipped"))
        layout.addWidget(self.skipped, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.format_box.currentIndexChanged.connect(lambda _i: self.read())
        self.resize(720, 560)

    def read(self) -> bool:
        """Read the file as the chosen format and show what it holds; False if it cannot be
        imported (the reason is shown)."""
        self._preview = None
        self.tags.setRowCount(0)
        self.notes.clear()
        self.skipped.clear()
        try:
            batch = self._journal.imports.read(self._path, self.format_box.currentData())
            preview = self._journal.imports.preview(batch)
        except JournalError as error:
            self.summary.setText(self.tr("This file cannot be imported: {0}").format(said(error)))
            self.import_button.setEnabled(False)
            self.import_button.setText(self.tr("&Import"))
            for widget in (
                self.tags_label,
                self.tags,
                self.notes_label,
                self.notes,
                self.skipped_label,
                self.skipped,
            ):
                widget.setVisible(False)
            return False
        self._preview = preview
        self._show(preview)
        return True

    def _show(self, preview: ImportPreview) -> None:
        names = {"json": "Boundary Journal", "jrnl": "jrnl", "dayone": "Day One"}
        lines = [
            self.tr("Entries in this {0} file: %n.", "", preview.total).format(
                names.get(preview.batch.format, preview.batch.format)
            )
        ]
        if preview.first_date is not None and preview.last_date is not None:
            lines.append(date_span(preview.first_date, preview.last_date))
        in_file = sum(1 for skipped in preview.skipped if skipped.in_file)
        if preview.duplicates - in_file:
            lines.append(
                self.tr(
                    "Already in this journal, will be skipped: %n.",
                    "",
                    preview.duplicates - in_file,
                )
            )
        if in_file:
            lines.append(self.tr("Twice in the file, will be skipped: %n.", "", in_file))
        self.summary.setText(" ".join(lines))
        for choice in preview.tags:
            row = self.tags.rowCount()
            self.tags.insertRow(row)
            tag = QTableWidgetItem(choice.tag)
            tag.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tags.setItem(row, TAG, tag)
            count = QTableWidgetItem(str(choice.entries))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tags.setItem(row, ENTRIES, count)
            kind = QComboBox(self.tags)
            kind.addItem(self.tr("Tag"), "tag")
            kind.addItem(self.tr("Client"), "client")
            kind.setAccessibleName(self.tr("Import {0} as").format(choice.tag))
            name = QLineEdit(choice.client or choice.tag.lstrip("@#"), self.tags)
            name.setAccessibleName(self.tr("Client name for {0}").format(choice.tag))
            kind.currentIndexChanged.connect(
                lambda _i, k=kind, n=name: n.setEnabled(k.currentData() == "client")
            )
            kind.setCurrentIndex(1 if choice.client else 0)
            name.setEnabled(choice.client is not None)
            self.tags.setCellWidget(row, AS, kind)
            self.tags.setCellWidget(row, CLIENT, name)
        self.tags.resizeColumnToContents(ENTRIES)
        self.tags.resizeColumnToContents(AS)
        has_tags = bool(preview.tags)
        self.tags_label.setVisible(has_tags)
        self.tags.setVisible(has_tags)
        self.notes.addItems([said(note) for note in preview.batch.notes])
        self.notes_label.setVisible(bool(preview.batch.notes))
        self.notes.setVisible(bool(preview.batch.notes))
        for skipped in preview.skipped:
            e = skipped.entry
            why = (
                self.tr("twice in the file")
                if skipped.in_file
                else self.tr("already in this journal")
            )
            title = e.title.strip() or self.tr("(untitled)")
            self.skipped.addItem(
                self.tr("{0} {1} “{2}”: {3}").format(
                    e.date.isoformat(), e.time.strftime("%H:%M"), title[:80], why
                )
            )
        self.skipped_label.setVisible(bool(preview.skipped))
        self.skipped.setVisible(bool(preview.skipped))
        self.import_button.setEnabled(preview.new > 0)
        self.import_button.setText(self.tr("&Import (%n)", "", preview.new))

    def tag_map(self) -> dict[str, str]:
        mapping = {}
        for row in range(self.tags.rowCount()):
            kind = self.tags.cellWidget(row, AS)
            name = self.tags.cellWidget(row, CLIENT)
            assert isinstance(kind, QComboBox) and isinstance(name, QLineEdit)
            if kind.currentData() == "client" and name.text().strip():
                mapping[self.tags.item(row, TAG).text()] = name.text().strip()
        return mapping

    def run_import(self) -> None:
        if self._preview is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._journal.imports.apply(self._preview.batch, self.tag_map())
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("Import"), error, self.tr("Nothing was imported. {0}"))
            return
        QGuiApplication.restoreOverrideCursor()
        self.result_ = result
        QMessageBox.information(
            self,
            self.tr("Import"),
            self.tr("Entries imported: %n.", "", result.added)
            + (
                " " + self.tr("Already there, skipped: %n.", "", result.duplicates)
                if result.duplicates
                else ""
            ),
        )
        self.accept()
