"""Every path the app touches, in one place.

Nothing here creates anything at import time: `AppPaths.resolve()` only computes, and
`AppPaths.ensure()` (called from `main()`) creates the folders with owner-only permissions.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "BoundaryJournal"
DATA_DIR_ENV = "BOUNDARY_JOURNAL_DATA_DIR"
DB_FILENAME = "journal.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    backup_dir: Path | None = None  # chosen in Settings; None: the data folder's backups/

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """`--data-dir` wins, then $BOUNDARY_JOURNAL_DATA_DIR, then the platform default.

        An overridden data folder keeps its settings inside it too, so a test or a second
        journal never touches the user's real settings.
        """
        chosen = data_dir or os.environ.get(DATA_DIR_ENV) or None
        if chosen:
            root = Path(chosen).expanduser().absolute()
            found = cls(data_dir=root, config_dir=root / "settings")
        else:
            import platformdirs  # only here: a data folder given needs none of it

            found = cls(
                data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
                config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            )
        return found.with_backup_dir(found.chosen_backup_folder())

    def chosen_backup_folder(self) -> str:
        """The backup folder chosen in Settings (core.settings keeps the rest of them)."""
        try:
            chosen = json.loads(self.settings_file.read_text(encoding="utf-8")).get(
                "backup_folder", ""
            )
        except (OSError, ValueError, AttributeError):
            return ""
        return chosen if isinstance(chosen, str) else ""

    def with_backup_dir(self, folder: str | os.PathLike[str] | None) -> AppPaths:
        chosen = Path(folder).expanduser().absolute() if folder else None
        return AppPaths(self.data_dir, self.config_dir, chosen)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def keys_path(self) -> Path:
        """The wrapped key of an encrypted journal (see core.keys); absent when not encrypted."""
        return self.data_dir / "journal.keys"

    @property
    def lock_path(self) -> Path:
        """Held by the running app (QLockFile): one window per journal."""
        return self.data_dir / "app.lock"

    @property
    def backups_dir(self) -> Path:
        return self.backup_dir or self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "ui-state.ini"

    def ensure(self) -> None:
        """Create the folders (0700: the journal is nobody else's business)."""
        for folder in (self.data_dir, self.backups_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(folder, 0o700)


def resources_dir() -> Path:
    """Data files (questions, translations, icons): in the wheel, or beside the source tree."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    return installed if installed.is_dir() else here.parent / "resources"
