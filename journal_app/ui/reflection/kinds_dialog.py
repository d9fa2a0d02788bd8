"""Incident kinds: rename the book's, add your own, archive what you no longer use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core.enums import Direction
from ...core.records import KindRecord
from ..common.errors import run_or_warn
from ..common.labels import direction_label, direction_short, ui_language
from ..common.widgets import add_button

if TYPE_CHECKING:
    from ...core.journal import Journal

KindRole = Qt.ItemDataRole.UserRole + 1


class KindsDialog(QDialog):
    kindsChanged = Signal()

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("kindsDialog")
        self.setWindowTitle(self.tr("Incident Kinds"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("kindsList")
        self.list.setAccessibleName(self.tr("Incident kinds"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = add_button(self, row, self.tr("&Add…"), "addKind", self._on_add)
        self.rename_button = add_button(
            self, row, self.tr("&Rename…"), "renameKind", self._on_rename
        )
        self.archive_button = add_button(
            self, row, self.tr("Arc&hive"), "archiveKind", self._on_archive
        )
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for kind in self._journal.kinds.all(ui_language(), include_archived=True):
            text = f"{kind.name}   ({direction_short(kind.direction)})"
            if kind.archived:
                text += "   " + self.tr("archived")
            item = QListWidgetItem(text, self.list)
            item.setData(KindRole, kind.key)
            if kind.archived:
                item.setForeground(QColor("#888888"))
            if kind.key == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected(self) -> KindRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._journal.kinds.get(item.data(KindRole), ui_language())

    def _on_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New incident kind"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        choices = [direction_label(d.value) for d in Direction]
        picked, ok = QInputDialog.getItem(
            self, self.tr("New incident kind"), self.tr("Usually:"), choices, 0, False
        )
        if not ok:
            return
        direction = list(Direction)[choices.index(picked)].value
        added: list[str] = []
        if self._apply(lambda: added.append(self._journal.kinds.add(name, direction))):
            self.reload(added[0])

    def _on_rename(self) -> None:
        kind = self.selected()
        if kind is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename incident kind"), self.tr("New name:"), text=kind.name
        )
        if ok and self._apply(lambda: self._journal.kinds.rename(kind.key, name)):
            self.reload(kind.key)

    def _on_archive(self) -> None:
        kind = self.selected()
        if kind is not None and self._apply(
            lambda: self._journal.kinds.set_archived(kind.key, not kind.archived)
        ):
            self.reload(kind.key)

    def _apply(self, change: Any) -> bool:
        if not run_or_warn(self, self.tr("Incident Kinds"), change):
            return False
        self.kindsChanged.emit()
        return True

    def _update_buttons(self) -> None:
        kind = self.selected()
        self.rename_button.setEnabled(kind is not None)
        self.archive_button.setEnabled(kind is not None)
        self.archive_button.setText(
            self.tr("Unarc&hive") if kind and kind.archived else self.tr("Arc&hive")
        )
