"""File → Export…: choose what leaves (scope, format, pseudonyms), see exactly what will
leave, then write it. Private entries never appear, whatever is chosen. The choices and the
preview are the ones Share for Review… shows too (`ui/common/export_scope.py`,
`export_preview.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QWidget,
)

from ...core.errors import JournalError
from ...core.exporters import FORMATS, exporter_for
from ...pdf.export_pdf import register_pdf
from ..common.errors import show_error
from ..common.export_preview import ExportPreviewPanel, preview_columns
from ..common.export_scope import Offered, ScopeChoices
from ..common.widgets import combo, select_data

if TYPE_CHECKING:
    from ...core.exporters.bundle import ExportScope
    from ...core.journal import Journal


class ExportDialog(QDialog):
    """`offered`: the list's entries and the selected ones, as the scope (see `Offered`)."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        folder: Path | None = None,
        **offered: Unpack[Offered],
    ) -> None:
        super().__init__(parent)
        register_pdf()
        self._journal = journal
        self._folder = folder or Path.home()
        self.written: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for a Coach"))
        self.choices = ScopeChoices(journal, self.tr("What to export"), self, lang=lang, **offered)
        how = self._build_how(lang)
        self.preview = ExportPreviewPanel(
            journal, self.scope, lambda n: self.tr("Entries to export: %n.", "", n), self
        )
        self.buttons = preview_columns(self, [self.choices, how], self.preview)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.choices.changed.connect(self.preview.later)
        self.lang_box.currentIndexChanged.connect(lambda _i: self.preview.later())
        self.format_box.currentIndexChanged.connect(lambda _i: self._update_button())
        self.preview.counted.connect(lambda _n: self._update_button())
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.preview.refresh()
        self.resize(980, 640)

    def _build_how(self, lang: str) -> QGroupBox:
        how = QGroupBox(self.tr("How"), self)
        how_form = QFormLayout(how)
        labels = {
            "pdf": self.tr("PDF — to read with a coach"),
            "md": self.tr("Markdown — one file"),
            "md-folder": self.tr("Markdown — a folder, one file per entry (Obsidian)"),
            "html": self.tr("HTML — one self-contained file"),
            "json": self.tr("JSON — complete, can be imported again"),
            "csv": self.tr("CSV — incidents, for spreadsheets"),
            "jrnl": self.tr("jrnl — a plain-text journal that jrnl reads"),
        }
        self.format_box = combo(
            how, "exportFormat", [(labels[f], f) for f in FORMATS], self.tr("Export format")
        )
        how_form.addRow(self.tr("F&ormat:"), self.format_box)
        self.lang_box = combo(
            how,
            "exportLanguage",
            [("English", "en"), ("Русский", "ru")],
            self.tr("Language of the export"),
        )
        select_data(self.lang_box, lang)
        how_form.addRow(self.tr("&Language:"), self.lang_box)
        return how

    def scope(self) -> ExportScope:
        return self.choices.scope(self.lang_box.currentData())

    def refresh_preview(self) -> None:
        self.preview.refresh()

    def _update_button(self) -> None:
        fmt = self.format_box.currentData()
        self.export_button.setEnabled(self.preview.count > 0)
        self.export_button.setText(
            self.tr("&Export Folder…") if fmt == "md-folder" else self.tr("&Export…")
        )

    # -- writing -------------------------------------------------------------------------------
    def ask_target(self) -> Path | None:
        fmt = self.format_box.currentData()
        stamp = dt.date.today().isoformat()
        if fmt == "md-folder":
            parent = QFileDialog.getExistingDirectory(
                self, self.tr("Choose where to create the export folder"), str(self._folder)
            )
            return Path(parent) / f"boundary-journal-{stamp}" if parent else None
        writer = exporter_for(fmt)
        suggested = self._folder / f"boundary-journal-{stamp}.{writer.extension}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(suggested),
            self.tr("{0} files (*.{1})").format(fmt.upper(), writer.extension),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix("." + writer.extension)

    def export(self) -> None:
        target = self.ask_target()
        if target is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bundle = self._journal.exports.export(
                self.scope(), self.format_box.currentData(), target
            )
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("Export"), error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.written = target
        QMessageBox.information(
            self,
            self.tr("Export"),
            self.tr("Exported to {0}. Entries: %n.", "", len(bundle.entries)).format(target),
        )
        self.accept()
