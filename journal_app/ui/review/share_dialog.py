"""File → Share for Review…: choose what the coach sees (the same choices as File →
Export…: the entries in the list or the selected ones, dates, clients, tags, incident
kinds), see exactly what will leave, choose a passphrase, and write one sealed .bjreview
file. Pseudonymised unless the person switches it off; private entries never included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.review.document import REVIEW_SUFFIX
from ..common.errors import show_error
from ..common.export_preview import ExportPreviewPanel, preview_columns
from ..common.export_scope import Offered, ScopeChoices
from .passphrase_row import PassphraseRow

if TYPE_CHECKING:
    from ...core.exporters.bundle import ExportScope
    from ...core.journal import Journal


class ShareReviewDialog(QDialog):
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
        self._journal = journal
        self._lang = lang
        self._folder = folder or Path.home()
        self.written: Path | None = None
        self.setObjectName("shareReviewDialog")
        self.setWindowTitle(self.tr("Share for Review"))
        self.choices = ScopeChoices(
            journal,
            self.tr("What the coach will see"),
            self,
            lang=lang,
            pseudonymise=True,
            since=QDate.currentDate().addMonths(-1),
            **offered,
        )
        seal = self._build_seal()
        self.preview = ExportPreviewPanel(
            journal,
            self.scope,
            lambda n: self.tr("Entries the coach will see: %n.", "", n),
            self,
            warn_real_names=True,
        )
        self.buttons = preview_columns(self, [self.choices, seal], self.preview)
        self.share_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.share_button.setText(self.tr("&Share…"))
        self.share_button.setObjectName("reviewShareButton")
        self.choices.changed.connect(self.preview.later)
        self.preview.counted.connect(lambda _n: self._update_button())
        self.passphrase.changed.connect(self._update_button)
        self.buttons.accepted.connect(self.share)
        self.buttons.rejected.connect(self.reject)
        self.preview.refresh()
        self.resize(980, 680)

    def _build_seal(self) -> QGroupBox:
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
        return seal

    def scope(self) -> ExportScope:
        return self.choices.scope(self._lang)

    def _update_button(self) -> None:
        self.share_button.setEnabled(self.preview.count > 0 and self.passphrase.acceptable())

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
