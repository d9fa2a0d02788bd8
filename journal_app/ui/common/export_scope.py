"""What leaves the computer, as File → Export… and Share for Review… both ask it: all
entries, the ones the list shows (a search or a filter) or the selected ones; dates;
clients, tags and incident kinds; the answers to the questions; pseudonyms or real names.
Private entries never leave, whatever is chosen (the core leaves them out)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)

from .widgets import combo, select_data

if TYPE_CHECKING:
    from ...core.exporters.bundle import ExportScope
    from ...core.journal import Journal


class Offered(TypedDict, total=False):
    """What the window offers besides all entries: `view_ids`, the entries the list shows (a
    search or a filter; None when it shows them all), `selected_ids`, the ones selected in
    it; `start_with`, the choice to start with ("all", "view" or "selected")."""

    view_ids: tuple[int, ...] | None
    selected_ids: tuple[int, ...]
    start_with: str


class ScopeChoices(QGroupBox):
    """The choices of the scope (`offered`: see `Offered`). `since`: the start date to tick
    at first (None: from the first entry, unticked)."""

    changed = Signal()  # any choice changed: show the preview anew

    def __init__(
        self,
        journal: Journal,
        title: str,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        pseudonymise: bool = False,
        since: QDate | None = None,
        **offered: Unpack[Offered],
    ) -> None:
        super().__init__(title, parent)
        self._journal = journal
        self._view_ids = view_ids = offered.get("view_ids")
        self._selected_ids = selected_ids = offered.get("selected_ids", ())
        self.setObjectName("scopeChoices")
        form = QFormLayout(self)
        scopes = [(self.tr("All entries"), "all")]
        if view_ids is not None:
            scopes.append((self.tr("The entries in the list (%n)", "", len(view_ids)), "view"))
        if selected_ids:
            scopes.append((self.tr("Selected entries (%n)", "", len(selected_ids)), "selected"))
        self.scope_box = combo(self, "exportScope", scopes, self.tr("Entries to export"))
        select_data(self.scope_box, offered.get("start_with", "all"))
        form.addRow(self.tr("E&ntries:"), self.scope_box)
        self.from_check, self.from_date = self._date_row(form, self.tr("&From:"), "exportFrom")
        self.to_check, self.to_date = self._date_row(form, self.tr("&To:"), "exportTo")
        self.to_date.setDate(QDate.currentDate())
        if since is not None:
            self.from_date.setDate(since)
            self.from_check.setChecked(True)
        else:
            first = journal.entries.first_date()  # ticked, From starts with the oldest entry
            self.from_date.setDate(QDate(first) if first else QDate.currentDate().addMonths(-1))
        self.filters = QTabWidget(self)
        self.filters.setObjectName("exportFilters")
        self.client_list = self._check_list(
            "exportClients", [(c.name, c.id) for c in journal.clients.all()], self.tr("Clients")
        )
        self.tag_list = self._check_list(
            "exportTags", [(t.name, t.id) for t in journal.tags.all()], self.tr("Tags")
        )
        self.kind_list = self._check_list(
            "exportKinds",
            [(k.name, k.key) for k in journal.kinds.all(lang, include_archived=True)],
            self.tr("Incident kinds"),
        )
        hint = QLabel(self.tr("Tick none to include all; tick some to keep only those."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.filters)
        form.addRow(hint)
        self.reflection_check = QCheckBox(
            self.tr("Include &answers to the guiding questions and ratings"), self
        )
        self.reflection_check.setObjectName("exportReflection")
        self.reflection_check.setChecked(True)
        self.pseudonymise_check = QCheckBox(
            self.tr(
                "&Pseudonymise: clients become “Client A”, “Client B”…; "
                "e-mail addresses and phone numbers are hidden"
            ),
            self,
        )
        self.pseudonymise_check.setObjectName("exportPseudonymise")
        self.pseudonymise_check.setChecked(pseudonymise)
        for check in (self.reflection_check, self.pseudonymise_check):
            form.addRow(check)
        self._connect()

    def _date_row(self, form: QFormLayout, label: str, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label, self)
        check.setObjectName(name + "Check")
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")  # as the editor writes a day
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
        changed = self.changed.emit
        self.scope_box.currentIndexChanged.connect(lambda _i: changed())
        for check in (
            self.from_check,
            self.to_check,
            self.reflection_check,
            self.pseudonymise_check,
        ):
            check.toggled.connect(lambda _on: changed())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: changed())
        for box in (self.client_list, self.tag_list, self.kind_list):
            box.itemChanged.connect(lambda _item: changed())

    def scope(self, lang: str) -> ExportScope:
        """The choices as the core takes them; `lang`: the export's words and aliases."""
        from ...core.exporters.bundle import ExportScope

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
            lang=lang,
        )

    @staticmethod
    def _checked(box: QListWidget) -> list[Any]:
        return [
            box.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(box.count())
            if box.item(n).checkState() == Qt.CheckState.Checked
        ]
