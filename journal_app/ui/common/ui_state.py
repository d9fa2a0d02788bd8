"""Window geometry, splitter sizes and the last selection: UI state only, in an INI file
inside the config folder (so `--data-dir` keeps tests and second journals apart).

The file is the owner's alone (0600): it names the last entry open. QSettings rewrites it
through QSaveFile, which keeps the mode of the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ...paths import AppPaths


class UiState:
    def __init__(self, paths: AppPaths) -> None:
        self._path = paths.ui_state_file
        with contextlib.suppress(OSError):  # a folder that cannot be written: Qt copes
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(self._path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(self._path, 0o600)
        self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

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
        with contextlib.suppress(OSError):
            os.chmod(self._path, 0o600)
