"""Small builders the dialogs share: a named combo box filled with (text, data) pairs, a
named button added to a row, the auto-lock minutes field (Settings, Encryption)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QComboBox, QPushButton, QSpinBox, QWidget


def combo(
    parent: QWidget, name: str, items: list[tuple[str, object]], accessible: str = ""
) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    if accessible:
        box.setAccessibleName(accessible)
    for text, data in items:
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    """Choose the item carrying `data`; nothing changes when no item does."""
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


def add_button(parent: QWidget, row: QBoxLayout, text: str, name: str, slot: Any) -> QPushButton:
    made = QPushButton(text, parent)
    made.setObjectName(name)
    made.clicked.connect(slot)
    row.addWidget(made)
    return made


def auto_lock_field(minutes: int, name: str, parent: QWidget) -> QSpinBox:
    """Minutes without use before an encrypted journal locks; 0 shows as "never"."""
    field = QSpinBox(parent)
    field.setObjectName(name)
    field.setRange(0, 24 * 60)
    field.setSuffix(QCoreApplication.translate("SettingsDialog", " min"))
    field.setSpecialValueText(QCoreApplication.translate("SettingsDialog", "never"))
    field.setValue(minutes)
    return field


def make_action(parent: QWidget, text: str, slot: Any, name: str, *keys: str) -> QAction:
    """A controller's action: named (tests and menus find it), with its shortcuts; the window
    places it in its menus."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action


def bring_forward(window: QWidget) -> None:
    """Show `window` in front, restored if it was minimised (another launch asked for it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
