"""Small builders the dialogs share: a named combo box filled with (text, data) pairs, and a
named button added to a row."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QComboBox, QPushButton, QWidget


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
