"""The search field above the list (live, debounced) and its filter chips."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import EntryFilter
from ...core.search_query import FILTERS

if TYPE_CHECKING:
    from ...core.journal import Journal

DEBOUNCE_MS = 200


class SearchBox(QLineEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    changed = Signal()

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.client: tuple[int, str] | None = None
        self.tag: tuple[int, str] | None = None
        self.dates: tuple[dt.date | None, dt.date | None, str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = SearchBox(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Search entries"))
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self.client_chip = self._chip("clientFilter", self._fill_client_menu)
        self.tag_chip = self._chip("tagFilter", self._fill_tag_menu)
        self.date_chip = self._chip("dateFilter", self._fill_date_menu)
        for chip in (self.client_chip, self.tag_chip, self.date_chip):
            chips.addWidget(chip)
        self.newest = QToolButton(self)
        self.newest.setObjectName("newestFirst")
        self.newest.setCheckable(True)
        self.newest.setText(self.tr("Newest first"))
        self.newest.setToolTip(self.tr("Show matches newest first instead of best first"))
        self.newest.setAccessibleName(self.tr("Newest first"))
        self.newest.toggled.connect(lambda _on: self.changed.emit())
        chips.addWidget(self.newest)
        chips.addStretch(1)
        layout.addLayout(chips)
        self._update_chip_texts()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        # The query language's filters, offered as the person types their first letters.
        self.completer = QCompleter(list(FILTERS), self)
        self.completer.setWidget(self.box)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert_filter)
        self.box.textEdited.connect(self._offer_filters)

    @property
    def sort(self) -> str:
        return "newest" if self.newest.isChecked() else "rank"

    def _typed_word(self) -> str:
        return self.box.text()[: self.box.cursorPosition()].split(" ")[-1]

    def _offer_filters(self, _text: str) -> None:
        word = self._typed_word().lower()
        if word.isalpha() and any(f.startswith(word) and f != word for f in FILTERS):
            self.completer.setCompletionPrefix(word)
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert_filter(self, choice: str) -> None:
        text, at = self.box.text(), self.box.cursorPosition()
        start = at - len(self._typed_word())
        self.box.setText(text[:start] + choice + text[at:])
        self.box.setCursorPosition(start + len(choice))

    @property
    def query(self) -> str:
        return self.box.text()

    def apply_to(self, flt: EntryFilter) -> EntryFilter:
        """`flt` narrowed by the chips that are set."""
        changes: dict[str, Any] = {}
        if self.client:
            changes["client_ids"] = (*flt.client_ids, self.client[0])
        if self.tag:
            changes["tag_ids"] = (*flt.tag_ids, self.tag[0])
        if self.dates:
            changes["date_from"], changes["date_to"] = self.dates[0], self.dates[1]
        return dataclasses.replace(flt, **changes)

    def clear_query(self) -> None:
        """Empty the search field without announcing it (the caller reloads the list)."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)

    def clear_filters(self) -> None:
        """Empty the search field and unset every chip, without announcing each change."""
        self.clear_query()
        self.client = self.tag = self.dates = None
        self._update_chip_texts()

    def has_filters(self) -> bool:
        return bool(self.client or self.tag or self.dates)

    # -- chips ---------------------------------------------------------------------------------
    def _chip(self, name: str, fill: Any) -> QToolButton:
        chip = QToolButton(self)
        chip.setObjectName(name)
        chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(chip)
        menu.aboutToShow.connect(lambda: fill(menu))
        chip.setMenu(menu)
        return chip

    def _set(self, attr: str, value: Any) -> None:
        setattr(self, attr, value)
        self._update_chip_texts()
        self.changed.emit()

    def _fill_client_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.tr("Any client"), lambda: self._set("client", None))
        menu.addSeparator()
        for c in self._journal.clients.all():
            menu.addAction(c.name, lambda c=c: self._set("client", (c.id, c.name)))

    def _fill_tag_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.tr("Any tag"), lambda: self._set("tag", None))
        menu.addSeparator()
        for t in self._journal.tags.all():
            menu.addAction("#" + t.name, lambda t=t: self._set("tag", (t.id, t.name)))

    def _fill_date_menu(self, menu: QMenu) -> None:
        menu.clear()
        today = dt.date.today()
        presets = [
            (self.tr("Any time"), None),
            (self.tr("Last 7 days"), (today - dt.timedelta(days=6), today)),
            (self.tr("Last 30 days"), (today - dt.timedelta(days=29), today)),
            (self.tr("This year"), (dt.date(today.year, 1, 1), today)),
        ]
        for label, span in presets:
            value = None if span is None else (span[0], span[1], label)
            menu.addAction(label, lambda value=value: self._set("dates", value))
        menu.addAction(self.tr("Custom range…"), self._ask_custom_range)

    def _ask_custom_range(self) -> None:
        dialog = DateRangeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            start, end = dialog.range()
            label = f"{start.isoformat()} – {end.isoformat()}"
            self._set("dates", (start, end, label))

    def _update_chip_texts(self) -> None:
        def text(value: Any, label: str, shown: str) -> str:
            return f"{label} ▾" if value is None else f"{shown} ✕"

        self.client_chip.setText(
            text(self.client, self.tr("Client"), self.client[1] if self.client else "")
        )
        self.tag_chip.setText(text(self.tag, self.tr("Tag"), "#" + self.tag[1] if self.tag else ""))
        self.date_chip.setText(
            text(self.dates, self.tr("Dates"), self.dates[2] if self.dates else "")
        )
        self.client_chip.setAccessibleName(self.tr("Filter by client"))
        self.tag_chip.setAccessibleName(self.tr("Filter by tag"))
        self.date_chip.setAccessibleName(self.tr("Filter by date"))


class DateRangeDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Date range"))
        form = QFormLayout(self)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def range(self) -> tuple[dt.date, dt.date]:
        a = self.start.date().toPython()
        b = self.end.date().toPython()
        return (min(a, b), max(a, b))  # type: ignore[type-var,return-value]
