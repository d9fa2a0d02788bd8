"""The app's settings: one typed object with every default in one place, kept as JSON in the
config folder (TagStudio's app_settings). Unknown or broken values fall back to defaults."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ValidationError
from .files import storage_error, write_text
from .messages import (
    BAD_LANGUAGE,
    BAD_MINUTES,
    BAD_SETTING_TIME,
    BAD_SWITCH,
    BAD_THEME,
    UNKNOWN_SETTING,
)

LANGUAGES = ("system", "en", "ru")
THEMES = ("system", "light", "dark")
# What the settings dialog shows, so `settings set KEY VALUE` can script it too.
SCRIPTABLE = (
    "language",
    "theme",
    "auto_lock_minutes",
    "backup_folder",
    "export_folder",
    "reminder",
    "reminder_time",
)
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


@dataclass
class Settings:
    auto_lock_minutes: int = 10  # an encrypted journal locks after this much idle time; 0: never
    offered_encryption: bool = False  # the first-run offer was made
    welcomed: bool = False  # the first-run welcome was shown
    language: str = "system"  # "system" follows the system's locale; or "en", "ru"
    theme: str = "system"  # "system" follows the system's light or dark scheme
    backup_folder: str = ""  # "": the data folder's backups/
    export_folder: str = ""  # "": the Documents folder
    reminder: bool = False  # a gentle daily reminder to write (never a streak)
    reminder_time: str = "18:00"
    sample_entries: list[str] = field(default_factory=list)  # uuids of the sample journal

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        made = cls()
        for spec in dataclasses.fields(cls):
            value = data.get(spec.name)
            if isinstance(value, type(getattr(made, spec.name))) and not (
                isinstance(value, bool) and spec.type == "int"
            ):
                setattr(made, spec.name, value)
        made.auto_lock_minutes = max(0, min(made.auto_lock_minutes, 24 * 60))
        defaults = cls()
        if made.language not in LANGUAGES:
            made.language = defaults.language
        if made.theme not in THEMES:
            made.theme = defaults.theme
        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", made.reminder_time):
            made.reminder_time = defaults.reminder_time
        made.sample_entries = [u for u in made.sample_entries if isinstance(u, str)]
        return made

    def scriptable(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in SCRIPTABLE}

    def set_text(self, key: str, text: str) -> None:
        """Set one of the dialog's settings from text, or a ValidationError saying why not."""
        if key not in SCRIPTABLE:
            raise ValidationError(UNKNOWN_SETTING, key=key, scriptable=", ".join(SCRIPTABLE))
        text = text.strip()
        value: object = text
        current = getattr(self, key)
        if isinstance(current, bool):
            if text.lower() not in _TRUE + _FALSE:
                raise ValidationError(BAD_SWITCH, key=key, text=text)
            value = text.lower() in _TRUE
        elif isinstance(current, int):
            if not text.isdigit() or int(text) > 24 * 60:
                raise ValidationError(BAD_MINUTES, key=key, text=text)
            value = int(text)
        elif key == "language" and text not in LANGUAGES:
            raise ValidationError(BAD_LANGUAGE, languages=", ".join(LANGUAGES), text=text)
        elif key == "theme" and text not in THEMES:
            raise ValidationError(BAD_THEME, themes=", ".join(THEMES), text=text)
        elif key == "reminder_time" and not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", text):
            raise ValidationError(BAD_SETTING_TIME, text=text)
        setattr(self, key, value)

    def save(self, path: Path) -> None:
        """Written whole or not at all; a failure is a `StorageError` that says why."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise storage_error(error, path) from error
        write_text(path, json.dumps(dataclasses.asdict(self), indent=2) + "\n")
