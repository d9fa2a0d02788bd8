"""File → Export…: choose what leaves (scope, format, pseudonyms), see exactly what will
leave, then write it. Private entries never appear, whatever is chosen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.exporters import FORMATS, exporter_for
from ...core.exporters.bundle import ExportPreview, ExportScope
from ...core.exporters.unknown_names import unknown_names
from ...core.journal import Journal
from ...pdf.export_pdf import register_pdf
from ..common.core_messages import said
from ..common.errors import show_error, shows_errors
from ..common.labels import date_span
from ..common.widgets import combo, select_data

PREVIEW_DELAY_MS = 150
PREVIEW_TITLES = 500  # the list shows this many titles; the count is always exact


class ExportDialog(QDialog):
    """`view_ids`: the entries the list shows (a search or filter), `selected_ids`: the
    entries selected in it; either can be offered as the scope."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        view_ids: tuple[int, ...] | None = None,
        selected_ids: tuple[int, ...] = (),
        start_with: str = "all",
        lang: str = "en",
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        register_pdf()
        self._journal = journal
        self._view_ids = view_ids
        self._selected_ids = selected_ids
        self._folder = folder or Path.home()
        self.written: Path | None = None
        self._count = 0
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for a Coach"))
        self._build(lang)
        select_data(self.scope_box, start_with)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._connect()
        self.refresh_preview()
        self.resize(980, 640)

    # -- building ------------------------------------------------------------------------------
    def _build(self, lang: str) -> None:
        left = QVBoxLayout()
        what = QGroupBox(self.tr("What to export"), self)
        form = QFormLayout(what)
        scopes = [(self.tr("All entries"), "all")]
        if self._view_ids is not None:
            scopes.append(
                (self.tr("The entries in the list (%n)", "", len(self._view_ids)), "view")
            )
        if self._selected_ids:
            scopes.append(
                (self.tr("Selected entries (%n)", "", len(self._selected_ids)), "selected")
            )
        self.scope_box = combo(what, "exportScope", scopes, self.tr("Entries to export"))
        form.addRow(self.tr("E&ntries:"), self.scope_box)
        self.from_check, self.from_date = self._date_row(form, self.tr("&From:"), "exportFrom")
        self.to_check, self.to_date = self._date_row(form, self.tr("&To:"), "exportTo")
        first = self._journal.entries.summaries(limit=1)
        self.to_date.setDate(QDate.currentDate())
        self.from_date.setDate(QDate(first[0].date) if first else QDate.currentDate().addMonths(-1))
        self.filters = QTabWidget(what)
        self.filters.setObjectName("exportFilters")
        self.client_list = self._check_list(
            "exportClients",
            [(c.name, c.id) for c in self._journal.clients.all()],
            self.tr("Clients"),
        )
        self.tag_list = self._check_list(
            "exportTags", [(t.name, t.id) for t in self._journal.tags.all()], self.tr("Tags")
        )
        self.kind_list = self._check_list(
            "exportKinds",
            [(k.name, k.key) for k in self._journal.kinds.all(lang, include_archived=True)],
            self.tr("Incident kinds"),
        )
        hint = QLabel(self.tr("Tick none to include all; tick some to keep only those."), what)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.filters)
        form.addRow(hint)
        left.addWidget(what)

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
        self.reflection_check = QCheckBox(
            self.tr("Include &answers to the guiding questions and ratings"), how
        )
        self.reflection_check.setObjectName("exportReflection")
        self.reflection_check.setChecked(True)
        self.pseudonymise_check = QCheckBox(
            self.tr(
                "&Pseudonymise: clients become “Client A”, “Client B”…; "
                "e-mail addresses and phone numbers are hidden"
            ),
            how,
        )
        self.pseudonymise_check.setObjectName("exportPseudonymise")
        for check in (self.reflection_check, self.pseudonymise_check):
            how_form.addRow(check)
        left.addWidget(how)

        right = QVBoxLayout()
        preview = QGroupBox(self.tr("What will leave this computer"), self)
        column = QVBoxLayout(preview)
        self.summary = QLabel(preview)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.titles = QListWidget(preview)
        self.titles.setObjectName("exportTitles")
        self.titles.setAccessibleName(self.tr("Entries that will be exported"))
        self.titles.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        column.addWidget(self.titles, 3)
        names_label = QLabel(self.tr("Clients, and the names they will have:"), preview)
        column.addWidget(names_label)
        self.names = QListWidget(preview)
        self.names.setObjectName("exportNames")
        self.names.setAccessibleName(self.tr("Clients in the export and their names there"))
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        column.addWidget(self.names, 1)
        self._build_unknown(preview, column)
        right.addWidget(preview)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _build_unknown(self, parent: QWidget, column: QVBoxLayout) -> None:
        """The names a pseudonymised export would leave as written, each addable to a client."""
        self.unknown_label = QLabel(
            self.tr(
                "Capitalised words that will stay as written — add the ones that are names "
                "(double-click adds one):"
            ),
            parent,
        )
        self.unknown_label.setWordWrap(True)
        column.addWidget(self.unknown_label)
        self.unknown = QListWidget(parent)
        self.unknown.setObjectName("exportUnknown")
        self.unknown.setAccessibleName(self.tr("Names that will stay as written"))
        self.unknown.itemDoubleClicked.connect(self._on_add_unknown)
        column.addWidget(self.unknown, 1)
        row = QHBoxLayout()
        targets: list[tuple[str, object]] = []
        for client in self._journal.clients.all(include_archived=False):
            targets.append(
                (self.tr("as another name of “{0}”").format(client.name), (client.id, False))
            )
            targets.append((self.tr("as a person at “{0}”").format(client.name), (client.id, True)))
        self.unknown_target = combo(
            parent, "exportUnknownTarget", targets, self.tr("Add the name to")
        )
        row.addWidget(self.unknown_target, 1)
        self.add_unknown_button = QPushButton(self.tr("A&dd"), parent)
        self.add_unknown_button.setObjectName("exportAddUnknown")
        self.add_unknown_button.clicked.connect(lambda: self._on_add_unknown(None))
        row.addWidget(self.add_unknown_button)
        column.addLayout(row)
        self._unknown_row = (self.unknown_label, self.unknown, self.unknown_target)

    def _date_row(self, form: QFormLayout, label: str, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label, self)
        check.setObjectName(name + "Check")
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        check.toggled.connect(edit.setEnabled)
        form.addRow(check, edit)
        return check, edit

    def _check_list(self, name: str, items: list[tuple[str, Any]], title: str) -> QListWidget:
        box = QListWidget(self)
        box.setObjectName(name)
        box.setAccessibleName(title)
        for text, data in items:
            item = QListWidgetItem(text, box)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.filters.addTab(box, title)
        return box

    def _connect(self) -> None:
        later = self._timer.start
        for box in (self.scope_box, self.lang_box):
            box.currentIndexChanged.connect(lambda _i: later())
        for check in (
            self.from_check,
            self.to_check,
            self.reflection_check,
            self.pseudonymise_check,
        ):
            check.toggled.connect(lambda _on: later())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: later())
        for box in (self.client_list, self.tag_list, self.kind_list):
            box.itemChanged.connect(lambda _item: later())
        self.format_box.currentIndexChanged.connect(lambda _i: self._update_button())
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    # -- the scope -----------------------------------------------------------------------------
    def scope(self) -> ExportScope:
        chosen = self.scope_box.currentData()
        ids = {"view": self._view_ids, "selected": self._selected_ids}.get(chosen)
        return ExportScope(
            date_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toPython() if self.to_check.isChecked() else None,
            client_ids=tuple(self._checked(self.client_list)),
            tag_ids=tuple(self._checked(self.tag_list)),
            kind_keys=tuple(self._checked(self.kind_list)),
            entry_ids=tuple(ids) if ids is not None else None,
            include_reflection=self.reflection_check.isChecked(),
            pseudonymise=self.pseudonymise_check.isChecked(),
            lang=self.lang_box.currentData(),
        )

    @staticmethod
    def _checked(box: QListWidget) -> list[Any]:
        return [
            box.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(box.count())
            if box.item(n).checkState() == Qt.CheckState.Checked
        ]

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            preview = self._journal.exports.preview(self.scope())
        except JournalError as error:
            self._show_problem(said(error))
            return
        self._show(preview)

    def _show_problem(self, text: str) -> None:
        self.summary.setText(text)
        self.titles.clear()
        self.names.clear()
        self.unknown.clear()
        self.export_button.setEnabled(False)

    def _show(self, preview: ExportPreview) -> None:
        bundle = preview.bundle
        lines = [self.tr("Entries to export: %n.", "", preview.count)]
        if bundle.first_date is not None and bundle.last_date is not None:
            lines.append(date_span(bundle.first_date, bundle.last_date))
        incidents = sum(len(e.incidents) for e in bundle.entries)
        if incidents:
            lines.append(self.tr("Boundary incidents: %n.", "", incidents))
        if bundle.private_left_out:
            lines.append(self.tr("Private entries left out: %n.", "", bundle.private_left_out))
        self.summary.setText(" ".join(lines))
        self.titles.clear()
        for entry in bundle.entries[:PREVIEW_TITLES]:
            title = entry.title or self.tr("Untitled")
            self.titles.addItem(f"{entry.date.isoformat()} · {title}")
        if preview.count > PREVIEW_TITLES:
            self.titles.addItem(self.tr("… and more: %n", "", preview.count - PREVIEW_TITLES))
        self.names.clear()
        for real, shown in preview.names:
            self.names.addItem(f"{real} → {shown}" if real != shown else real)
        self._show_unknown(preview)
        self._count = preview.count
        self._update_button()

    def _show_unknown(self, preview: ExportPreview) -> None:
        pseudonymised = preview.bundle.scope.pseudonymise
        for widget in (*self._unknown_row, self.add_unknown_button):
            widget.setVisible(pseudonymised)
        self.unknown.clear()
        if not pseudonymised:
            return
        for found in unknown_names(preview.bundle, self._journal.clients.all()):
            item = QListWidgetItem(f"{found.name} ({found.count})", self.unknown)
            item.setData(Qt.ItemDataRole.UserRole, found.name)
        self.add_unknown_button.setEnabled(
            self.unknown.count() > 0 and self.unknown_target.count() > 0
        )

    def _on_add_unknown(self, item: QListWidgetItem | None) -> None:
        item = item or self.unknown.currentItem()
        target = self.unknown_target.currentData()
        if item is None or target is None:
            return
        client_id, person = target
        name = item.data(Qt.ItemDataRole.UserRole)
        with shows_errors(self, self.tr("Export")) as attempt:
            self._journal.clients.add_other_names(client_id, [name], person=person)
        if not attempt.failed:
            self.refresh_preview()

    def _update_button(self) -> None:
        fmt = self.format_box.currentData()
        self.export_button.setEnabled(self._count > 0)
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
