"""Window geometry, splitter sizes and the last selection: UI state only, in an INI file
inside the config folder (so `--data-dir` keeps tests and second journals apart)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..paths import AppPaths


class UiState:
    def __init__(self, paths: AppPaths) -> None:
        self._settings = QSettings(str(paths.ui_state_file), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        # A default keeps Qt from handing Python an empty QVariant (see entry_list_model.py).
        value = self._settings.value(key, QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def value(self, key: str, default: Any = None) -> Any:
        return self._settings.value(key, default)

    def set(self, key: str, value: Any) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
