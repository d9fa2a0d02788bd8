"""Shared fixtures: a fresh data folder and journal per test; Qt always offscreen."""

from __future__ import annotations

import os

# The one place tests choose Qt's platform: headless, everywhere, CI included.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_configure(config) -> None:  # noqa: ANN001
    """A missing GLib or D-Bus is named with its package, not met as an ImportError in
    tests/ui/conftest.py (Qt loads them even offscreen)."""
    from journal_app.ui.window.platform_check import display_problem

    problem = display_problem()
    if problem:
        raise pytest.UsageError(problem)


import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journal_app.core.journal import Journal  # noqa: E402
from journal_app.paths import DATA_DIR_ENV, AppPaths  # noqa: E402


@pytest.fixture(autouse=True)
def _local_zone_restored() -> Iterator[None]:
    """A test that sets TZ (Moscow, Lisbon) leaves the process in the computer's own zone:
    the C library keeps the zone it read first until told again, so without this, dates
    of "today" in later tests come out in Moscow's (the next day, after 21:00 UTC)."""
    yield
    time.tzset()  # after monkeypatch has put TZ back (this fixture is set up before it)


@pytest.fixture(autouse=True)
def _no_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user folders, even by mistake."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "journal")


@pytest.fixture
def journal(paths: AppPaths) -> Iterator[Journal]:
    with Journal.open(paths) as opened:
        yield opened


REVIEW_PASS = "correct horse battery staple"
FAST_SCRYPT = {"n": 2**10, "r": 8, "p": 1}  # tests only


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sealed review files at a test's speed (scrypt's cost lowered)."""
    from journal_app.core import sealed

    monkeypatch.setattr(sealed, "SCRYPT_COST", FAST_SCRYPT)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """An encrypted journal's key derived at a test's speed (the app uses OWASP's cost)."""
    from journal_app.core import keys

    monkeypatch.setattr(keys, "SCRYPT_COST", FAST_SCRYPT)


def share_late_call(journal: Journal, target: Path) -> Path:
    """A review of one entry ("Late call", Acme) with an incident, sealed at `target`."""
    import datetime as dt

    from journal_app.core.exporters.bundle import ExportScope
    from journal_app.core.records import EntryDraft, IncidentDraft

    entry = journal.entries.add(
        EntryDraft(date=dt.date(2026, 10, 1), title="Late call", body="x", clients=("Acme",))
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Acme",
            kind="after_hours",
            occurred_at=dt.datetime(2026, 10, 1, 22, 0),
        )
    )
    journal.reviews.share(ExportScope(pseudonymise=True), target, REVIEW_PASS)
    return target
