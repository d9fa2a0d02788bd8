"""Pick several names (clients, tags): chips with a remove button, and a field with completion.

Enter or a comma adds what was typed. A name that is not known yet is offered for creation
through `confirm_new` (clients ask first; tags are simply created).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QSizePolicy, QToolButton, QWidget

from ..common import theme
from ..common.chips import CHIP_H, CHIP_PAD, CHIP_RADIUS, DOT, chip_style, colour_dot
from ..common.flow_layout import FlowLayout


class TokenPicker(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._colours: dict[str, str] = {}
        self._choices: list[str] = []
        self.confirm_new: Callable[[str], bool] = lambda _name: True
        # Chips wrap on to more lines: a long name never pushes the label out of sight.
        self._layout = FlowLayout(self, spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.edit.setClearButtonEnabled(False)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_completion)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self.commit_text)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)
        self.edit.setMinimumWidth(120)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    # -- public -------------------------------------------------------------------------------
    def tokens(self) -> list[str]:
        return list(self._tokens)

    def set_tokens(self, names: list[str] | tuple[str, ...]) -> None:
        self._tokens = list(names)
        self._rebuild_chips()

    def set_choices(self, names: list[str], colours: dict[str, str] | None = None) -> None:
        self._choices = list(names)
        self._colours = dict(colours or {})
        self._refresh_completions()
        self._rebuild_chips()

    def add_token(self, typed: str) -> bool:
        name = " ".join(typed.split()).lstrip("#") if typed.strip() else ""
        if not name:
            return False
        known = next((c for c in self._choices if c.casefold() == name.casefold()), None)
        if known is None and not self.confirm_new(name):
            return False
        name = known or name
        if any(t.casefold() == name.casefold() for t in self._tokens):
            return False
        self._tokens.append(name)
        self._rebuild_chips()
        self.changed.emit()
        return True

    def remove_token(self, name: str) -> None:
        if name in self._tokens:
            self._tokens.remove(name)
            self._rebuild_chips()
            self.changed.emit()
            self.edit.setFocus()

    def commit_text(self) -> None:
        if self.add_token(self.edit.text()):
            self.edit.clear()

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        for chip in self.findChildren(QToolButton):
            chip.setEnabled(not read_only)

    # -- private ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (
                event.key() == Qt.Key.Key_Backspace
                and not self.edit.text()
                and self._tokens
                and not self.edit.isReadOnly()
            ):
                self.remove_token(self._tokens[-1])
                return True
        return super().eventFilter(watched, event)

    def _on_text_edited(self, text: str) -> None:
        if "," in text:
            for part in text.split(",")[:-1]:
                self.add_token(part)
            self.edit.setText(text.split(",")[-1].lstrip())

    def _on_completion(self, text: str) -> None:
        self.add_token(text)
        self.edit.clear()

    def _refresh_completions(self) -> None:
        taken = {t.casefold() for t in self._tokens}
        self._completions.setStringList([c for c in self._choices if c.casefold() not in taken])

    def _rebuild_chips(self) -> None:
        for chip in self.findChildren(QToolButton):
            self._layout.removeWidget(chip)
            chip.deleteLater()
        for n, name in enumerate(self._tokens):
            chip = QToolButton(self)
            chip.setText(f"{name}  ✕")
            chip.setToolTip(self.tr("Remove {0}").format(name))
            chip.setAccessibleName(self.tr("Remove {0}").format(name))
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            colour = self._colours.get(name)
            if colour:
                chip.setIcon(colour_dot(colour, DOT))
                chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                chip.setStyleSheet(chip_style(colour, theme.colours().page))
            else:  # a tag: outlined
                chip.setStyleSheet(
                    f"QToolButton {{ color: {theme.colours().text}; border: 1px solid"
                    f" {theme.colours().outline}; border-radius: {CHIP_RADIUS}px;"
                    f" padding: 0px {CHIP_PAD}px; min-height: {CHIP_H - 4}px; }}"
                )
            chip.clicked.connect(lambda _=False, name=name: self.remove_token(name))
            self._layout.insertWidget(n, chip)
        self._refresh_completions()
