"""The window's modules load no ORM (issue #22): every module under journal_app/ui and
journal_app/pdf imports without SQLAlchemy, SQLModel, Pydantic or Alembic. They come with the
journal, when one is opened; annotations name its classes under TYPE_CHECKING, and what is
needed at run time is imported where it is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("journal_app/ui", "journal_app/pdf")
ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")
# Modules that need the ORM when imported, each with why. None does today.
NEEDS_ORM: dict[str, str] = {}


def window_modules() -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found.append(".".join(parts))
    return found


SCRIPT = """
import importlib, json, sys
orm = {orm!r}
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in orm)
    if loaded:
        print(json.dumps([name, loaded[0]]))
        break
"""


def test_no_window_module_loads_the_orm() -> None:
    modules = [m for m in window_modules() if m not in NEEDS_ORM]
    assert len(modules) > 50
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(orm=ORM), json.dumps(modules)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    if done.stdout.strip():
        module, orm = json.loads(done.stdout)
        raise AssertionError(f"importing {module} loaded {orm}")
