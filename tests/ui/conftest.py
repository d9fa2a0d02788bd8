from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.paths import AppPaths
from journal_app.ui.main_window import MainWindow


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
