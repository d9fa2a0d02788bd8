"""The brief before a meeting with the coach, as one page in the window: per client or for
all, since a date (by default the last review shared, or 30 days ago), saved as PDF,
Markdown or JSON. The coach gets the same page for a review (its period, no choices)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.files import write_text
from ...core.review.brief import Brief
from ...core.review.brief_page import BriefPage, brief_html, brief_json, brief_markdown, brief_page
from ..common.core_messages import said
from ..common.errors import show_error

# (client or None, since) → the brief
MakeBrief = Callable[[str | None, dt.date], Brief]


class BriefDialog(QDialog):
    def __init__(
        self,
        make: MakeBrief,
        lang: str,
        parent: QWidget | None = None,
        clients: list[str] | None = None,
        since: dt.date | None = None,
        of_review: bool = False,
    ) -> None:
        """`clients`: the names to choose from (None: no choice, as for a review)."""
        super().__init__(parent)
        self._make, self._lang, self._of_review = make, lang, of_review
        self.brief: Brief | None = None
        self.page: BriefPage | None = None
        self.folder = Path.home()
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("Brief"))
        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.client = QComboBox(self)
        self.client.setObjectName("briefClient")
        self.client.addItem(self.tr("All clients"), None)
        for name in clients or []:
            self.client.addItem(name, name)
        client_label = QLabel(self.tr("&Client:"), self)
        client_label.setBuddy(self.client)
        self.since = QDateEdit(self)
        self.since.setObjectName("briefSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        start = since or dt.date.today() - dt.timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        since_label = QLabel(self.tr("&Since:"), self)
        since_label.setBuddy(self.since)
        for widget in (client_label, self.client, since_label, self.since):
            choices.addWidget(widget)
            widget.setVisible(clients is not None)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.view = QTextBrowser(self)
        self.view.setObjectName("briefPage")
        self.view.setAccessibleName(self.tr("The brief"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.pdf_button = buttons.addButton(self.tr("Save as &PDF…"), role)
        self.md_button = buttons.addButton(self.tr("Save as &Markdown…"), role)
        self.json_button = buttons.addButton(self.tr("Save as &JSON…"), role)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button.clicked.connect(lambda: self.save("md"))
        self.json_button.clicked.connect(lambda: self.save("json"))
        self.client.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.resize(720, 680)
        self.refresh()

    def refresh(self) -> None:
        since = self.since.date().toPython()
        assert isinstance(since, dt.date)
        try:
            self.brief = self._make(self.client.currentData(), since)
        except JournalError as error:
            self.view.setPlainText(said(error))
            self.brief = self.page = None
            self._enable()
            return
        self.page = brief_page(self.brief, self._lang, self._of_review)
        self.view.setHtml(brief_html(self.page))
        self._enable()

    def _enable(self) -> None:
        for button in (self.pdf_button, self.md_button, self.json_button):
            button.setEnabled(self.page is not None)

    def ask_target(self, fmt: str) -> Path | None:
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "md": self.tr("Markdown (*.md)"),
            "json": self.tr("JSON (*.json)"),
        }
        assert self.brief is not None
        name = f"brief-{self.brief.until.isoformat()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Brief"), str(self.folder / name), filters[fmt]
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(f".{fmt}")

    def save(self, fmt: str) -> Path | None:
        if self.page is None or self.brief is None:
            return None
        target = self.ask_target(fmt)
        if target is None:
            return None
        try:
            if fmt == "pdf":
                from ...pdf.brief_pdf import write_brief_pdf

                write_brief_pdf(self.page, target)
            elif fmt == "md":
                write_text(target, brief_markdown(self.page))
            else:
                write_text(target, brief_json(self.brief))
        except (JournalError, OSError) as error:
            show_error(self, self.tr("Save the Brief"), error)
            return None
        self.folder = target.parent
        return target
