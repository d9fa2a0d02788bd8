"""File → Share for Review…: choose what the coach sees (dates, clients), see exactly what
will leave, choose a passphrase, and write one sealed .bjreview file. Pseudonymised unless
the person switches it off; private entries never included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.exporters.bundle import ExportPreview, ExportScope
from ...core.journal import Journal
from ...core.review.document import REVIEW_SUFFIX
from ..common.core_messages import said
from ..common.errors import show_error
from ..common.labels import date_span
from .passphrase_row import PassphraseRow

PREVIEW_DELAY_MS = 150
PREVIEW_TITLES = 500


class ShareReviewDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._lang = lang
        self._folder = folder or Path.home()
        self._count = 0
        self.written: Path | None = None
        self.setObjectName("shareReviewDialog")
        self.setWindowTitle(self.tr("Share for Review"))
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._connect()
        self.refresh_preview()
        self.resize(900, 600)

    def _build(self) -> None:
        left = QVBoxLayout()
        what = QGroupBox(self.tr("What the coach will see"), self)
        form = QFormLayout(what)
        self.from_check, self.from_date = self._date_row(form, self.tr("&From:"), "reviewFrom")
        self.to_check, self.to_date = self._date_row(form, self.tr("&To:"), "reviewTo")
        self.to_date.setDate(QDate.currentDate())
        self.from_date.setDate(QDate.currentDate().addMonths(-1))
        self.from_check.setChecked(True)
        self.client_list = QListWidget(what)
        self.client_list.setObjectName("reviewClients")
        self.client_list.setAccessibleName(self.tr("Clients"))
        for client in self._journal.clients.all():
            item = QListWidgetItem(client.name, self.client_list)
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form.addRow(QLabel(self.tr("Clients (tick none to include all):"), what))
        form.addRow(self.client_list)
        self.reflection_check = QCheckBox(
            self.tr("Include &answers to the guiding questions and ratings"), what
        )
        self.reflection_check.setObjectName("reviewReflection")
        self.reflection_check.setChecked(True)
        form.addRow(self.reflection_check)
        self.pseudonymise_check = QCheckBox(
            self.tr("&Pseudonymise: clients become “Client A”, “Client B”…"), what
        )
        self.pseudonymise_check.setObjectName("reviewPseudonymise")
        self.pseudonymise_check.setChecked(True)
        form.addRow(self.pseudonymise_check)
        left.addWidget(what)

        seal = QGroupBox(self.tr("Passphrase"), self)
        seal_column = QVBoxLayout(seal)
        hint = QLabel(
            self.tr(
                "The file can only be opened with this passphrase. Tell it to the coach "
                "another way than the file: on the phone, or in person."
            ),
            seal,
        )
        hint.setWordWrap(True)
        seal_column.addWidget(hint)
        self.passphrase = PassphraseRow(self._lang, seal)
        seal_column.addWidget(self.passphrase)
        left.addWidget(seal)

        right = QVBoxLayout()
        preview = QGroupBox(self.tr("What will leave this computer"), self)
        column = QVBoxLayout(preview)
        self.summary = QLabel(preview)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.titles = QListWidget(preview)
        self.titles.setObjectName("reviewTitles")
        self.titles.setAccessibleName(self.tr("Entries the coach will see"))
        self.titles.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        column.addWidget(self.titles, 3)
        column.addWidget(QLabel(self.tr("Clients, and the names they will have:"), preview))
        self.names = QListWidget(preview)
        self.names.setObjectName("reviewNames")
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        column.addWidget(self.names, 1)
        right.addWidget(preview)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.share_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.share_button.setText(self.tr("&Share…"))
        self.share_button.setObjectName("reviewShareButton")
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

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

    def _connect(self) -> None:
        later = self._timer.start
        for check in (
            self.from_check,
            self.to_check,
            self.reflection_check,
            self.pseudonymise_check,
        ):
            check.toggled.connect(lambda _on: later())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: later())
        self.client_list.itemChanged.connect(lambda _item: later())
        self.passphrase.changed.connect(self._update_button)
        self.buttons.accepted.connect(self.share)
        self.buttons.rejected.connect(self.reject)

    def scope(self) -> ExportScope:
        clients = [
            self.client_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.client_list.count())
            if self.client_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        return ExportScope(
            date_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toPython() if self.to_check.isChecked() else None,
            client_ids=tuple(clients),
            include_reflection=self.reflection_check.isChecked(),
            pseudonymise=self.pseudonymise_check.isChecked(),
            lang=self._lang,
        )

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            preview = self._journal.exports.preview(self.scope())
        except JournalError as error:
            self.summary.setText(said(error))
            self.titles.clear()
            self.names.clear()
            self._count = 0
            self._update_button()
            return
        self._show(preview)

    def _show(self, preview: ExportPreview) -> None:
        bundle = preview.bundle
        lines = [self.tr("Entries the coach will see: %n.", "", preview.count)]
        if bundle.first_date is not None and bundle.last_date is not None:
            lines.append(date_span(bundle.first_date, bundle.last_date))
        if bundle.private_left_out:
            lines.append(self.tr("Private entries left out: %n.", "", bundle.private_left_out))
        if not bundle.scope.pseudonymise:
            lines.append(self.tr("The clients' real names will be in the file."))
        self.summary.setText(" ".join(lines))
        self.titles.clear()
        untitled = self.tr("Untitled")
        for entry in bundle.entries[:PREVIEW_TITLES]:
            self.titles.addItem(f"{entry.date.isoformat()} · {entry.title or untitled}")
        if preview.count > PREVIEW_TITLES:
            self.titles.addItem(self.tr("… and more: %n", "", preview.count - PREVIEW_TITLES))
        self.names.clear()
        for real, shown in preview.names:
            self.names.addItem(f"{real} → {shown}" if real != shown else real)
        self._count = preview.count
        self._update_button()

    def _update_button(self) -> None:
        self.share_button.setEnabled(self._count > 0 and self.passphrase.acceptable())

    def ask_target(self) -> Path | None:
        suggested = self._folder / f"review-{dt.date.today().isoformat()}{REVIEW_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Share for Review"),
            str(suggested),
            self.tr("Reviews (*.bjreview)"),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(REVIEW_SUFFIX)

    def share(self) -> None:
        if not self.share_button.isEnabled():
            return
        target = self.ask_target()
        if target is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bundle = self._journal.reviews.share(self.scope(), target, self.passphrase.text())
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("Share for Review"), error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.written = target
        QMessageBox.information(
            self,
            self.tr("Share for Review"),
            self.tr(
                "Sealed %n entries into {0}. Send the file to the coach, and tell them the "
                "passphrase another way.",
                "",
                len(bundle.entries),
            ).format(target),
        )
        self.accept()
