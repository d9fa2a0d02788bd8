from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.paths import AppPaths
from journal_app.ui.common.i18n import TRANSLATIONS
from journal_app.ui.common.theme import SETTING
from journal_app.ui.window.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> None:
    """The window speaks English in tests, with its English catalogue (plural forms) loaded,
    as the app does on an English system."""
    TRANSLATIONS.apply("en")


@pytest.fixture(scope="session")
def _plain(qapp: QApplication) -> tuple[str, QPalette, QFont]:
    return qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font())


@pytest.fixture(autouse=True)
def _plain_look(qapp: QApplication, _plain: tuple[str, QPalette, QFont]) -> Iterator[None]:
    """A test that applied a theme (a stylesheet, a palette, the type scale) leaves the app
    looking as it did, so the next test measures what it expects."""
    yield
    if qapp.styleSheet():
        style, palette, font = _plain
        qapp.setStyleSheet("")
        qapp.setStyle(QStyleFactory.create(style))
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setProperty(SETTING, None)


class Answers:
    """What the patched message boxes answer, and what they were asked."""

    def __init__(self) -> None:
        self.question = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []
        self.warnings: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    ans = Answers()

    def question(_parent, _title, text, *_args, **_kwargs):
        ans.asked.append(text)
        return ans.question

    def warning(_parent, _title, text, *_args, **_kwargs):
        ans.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    return ans


@pytest.fixture
def make_window(
    qtbot: QtBot, journal: Journal, paths: AppPaths, answers: Answers
) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(journal, paths)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.started)  # the questions panel fills after a paint
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.editor.flush()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included: real key events carrying the characters.

    (QTest.keyClicks maps characters to keys and aborts on anything outside ASCII.)
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def in_modal(kind: type, act: Callable[[Any], None]) -> list[str]:
    """Run `act` on the first modal dialog of type `kind` as soon as it is open (exec()
    blocks the test); returns the titles of the dialogs it acted on."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        ready = isinstance(dialog, kind) and dialog.isVisible()
        if ready and not dialog.isActiveWindow() and waited[0] < 25:
            # Give the window system a moment to activate it (keys go to the active window).
            dialog.activateWindow()
            waited[0] += 1
            ready = False
        if ready:
            seen.append(dialog.windowTitle())
            try:
                act(dialog)
            finally:
                if dialog.isVisible():  # a failed step must not leave exec() waiting forever
                    dialog.reject()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    """Switch the window's language ("en", "ru") for a test; English again after it."""
    before = QLocale()
    yield TRANSLATIONS.apply
    TRANSLATIONS.apply("en")
    QLocale.setDefault(before)


def window_process(script: str, *args: str, timeout: int = 120) -> tuple[dict[str, Any], str]:
    """`script` run in a Python process of its own from the repository (a window's start as
    the app makes it); its last line of output read as JSON, and what it wrote to stderr."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr
