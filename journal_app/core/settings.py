"""The app's settings: one typed object with every default in one place, kept as JSON in the
config folder (TagStudio's app_settings). Unknown or broken values fall back to defaults."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import write_text


@dataclass
class Settings:
    auto_lock_minutes: int = 10  # an encrypted journal locks after this much idle time; 0: never
    offered_encryption: bool = False  # the first-run offer was made

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        made = cls()
        for field in dataclasses.fields(cls):
            value = data.get(field.name)
            if isinstance(value, type(getattr(made, field.name))) and not (
                isinstance(value, bool) and field.type == "int"
            ):
                setattr(made, field.name, value)
        made.auto_lock_minutes = max(0, min(made.auto_lock_minutes, 24 * 60))
        return made

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_text(path, json.dumps(dataclasses.asdict(self), indent=2) + "\n")
