"""A client's other names, in the clients dialog: short and old names, transliterations, the
names of its people; add, remove, mark as a person, and see the forms that will be matched."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core.records import ClientRecord, OtherName
from ..common.errors import run_or_warn
from ..common.widgets import add_button

if TYPE_CHECKING:
    from ...core.journal import Journal

NameRole = Qt.ItemDataRole.UserRole


class OtherNamesPanel(QGroupBox):
    changed = Signal()

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(self.tr("Other names — replaced too when pseudonymising"), parent)
        self._journal = journal
        self._client: ClientRecord | None = None
        self.setObjectName("otherNames")
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("otherNamesList")
        self.list.setAccessibleName(self.tr("Other names of the client"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)
        side = QVBoxLayout()
        buttons = QHBoxLayout()
        self.add_button = add_button(
            self, buttons, self.tr("Add &name…"), "addOtherName", lambda: self._on_add(False)
        )
        self.add_person_button = add_button(
            self, buttons, self.tr("Add &person…"), "addPerson", lambda: self._on_add(True)
        )
        self.remove_button = add_button(
            self, buttons, self.tr("Remo&ve"), "removeOtherName", self._on_remove
        )
        side.addLayout(buttons)
        self.person_check = QCheckBox(self.tr("A person’&s name (exported as “Person 1”…)"), self)
        self.person_check.setObjectName("otherNamePerson")
        self.person_check.toggled.connect(self._on_person)
        side.addWidget(self.person_check)
        self.forms = QLabel(self)
        self.forms.setObjectName("matchedForms")
        self.forms.setWordWrap(True)
        self.forms.setTextFormat(Qt.TextFormat.PlainText)
        self.forms.setStyleSheet("color: palette(placeholder-text);")
        side.addWidget(self.forms)
        side.addStretch(1)
        layout.addLayout(side, 1)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.show_client(None)

    def show_client(self, client: ClientRecord | None) -> None:
        keep = self.selected()
        self._client = client
        self.list.clear()
        for other in client.other_names if client else ():
            label = self.tr("{0} — a person").format(other.name) if other.person else other.name
            item = QListWidgetItem(label, self.list)
            item.setData(NameRole, other)
            if keep is not None and other.name.casefold() == keep.name.casefold():
                self.list.setCurrentItem(item)
        self._update()

    def selected(self) -> OtherName | None:
        item = self.list.currentItem()
        return item.data(NameRole) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(NameRole).name.casefold() == name.casefold():
                self.list.setCurrentRow(row)

    # -- actions -------------------------------------------------------------------------------
    def _on_add(self, person: bool) -> None:
        client = self._client
        if client is None:
            return
        title = self.tr("Add a person") if person else self.tr("Add another name")
        prompt = (
            self.tr("Name of someone at “{0}”:") if person else self.tr("Another name of “{0}”:")
        ).format(client.name)
        name, ok = QInputDialog.getText(self, title, prompt)
        if ok and self._apply(
            lambda: self._journal.clients.add_other_names(client.id, [name], person=person)
        ):
            self.select(" ".join(name.split()))

    def _on_remove(self) -> None:
        client, other = self._client, self.selected()
        if client is not None and other is not None:
            self._apply(lambda: self._journal.clients.remove_other_name(client.id, other.name))

    def _on_person(self, person: bool) -> None:
        client, other = self._client, self.selected()
        if client is None or other is None or other.person == person:
            return
        if self._apply(
            lambda: self._journal.clients.add_other_names(client.id, [other.name], person=person)
        ):
            self.select(other.name)

    def _apply(self, change: Callable[[], object]) -> bool:
        if not run_or_warn(self, self.tr("Other names"), change):
            return False
        assert self._client is not None
        self.show_client(self._journal.clients.get(self._client.id))
        self.changed.emit()
        return True

    def _update(self) -> None:
        from ...core.exporters.names import matched_forms

        client, other = self._client, self.selected()
        for button in (self.add_button, self.add_person_button):
            button.setEnabled(client is not None)
        self.remove_button.setEnabled(other is not None)
        self.person_check.setEnabled(other is not None)
        self.person_check.blockSignals(True)
        self.person_check.setChecked(bool(other and other.person))
        self.person_check.blockSignals(False)
        shown = other.name if other else client.name if client else ""
        forms = matched_forms(shown)
        self.forms.setText(
            self.tr("Matched in any letter case, among others: {0}…").format(", ".join(forms))
            if forms
            else ""
        )
