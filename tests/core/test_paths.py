import os
import stat
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.paths import DATA_DIR_ENV, AppPaths


def test_data_dir_argument_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert AppPaths.resolve(tmp_path / "from-arg").data_dir == tmp_path / "from-arg"
    assert AppPaths.resolve().data_dir == tmp_path / "from-env"


def test_default_is_the_platform_data_folder(tmp_path: Path) -> None:
    resolved = AppPaths.resolve()
    assert resolved.data_dir == tmp_path / "xdg-data" / "BoundaryJournal"
    assert resolved.config_dir == tmp_path / "xdg-config" / "BoundaryJournal"


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    resolved = AppPaths.resolve(tmp_path / "j")
    assert not resolved.data_dir.exists()


def test_folders_and_database_are_owner_only(paths: AppPaths) -> None:
    old = os.umask(0o022)
    try:
        Journal.open(paths).close()
    finally:
        os.umask(old)
    for folder in (paths.data_dir, paths.backups_dir, paths.config_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.db_path.stat().st_mode) == 0o600
