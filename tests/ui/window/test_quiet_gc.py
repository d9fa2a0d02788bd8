"""Full garbage collections wait for a moment without input, so they never land mid-scroll."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.ui.common.idle import IdleWatch
from journal_app.ui.window import quiet_gc
from journal_app.ui.window.quiet_gc import QuietCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the garbage collector frees it


def test_full_collections_wait_for_quiet(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quiet_gc, "QUIET_MS", 200)
    before = gc.get_threshold()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watch = IdleWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    gc.disable()  # as start-up leaves it (cli.main)
    collector = QuietCollector(watch)
    try:
        assert not gc.isenabled()  # until the first paint
        collector.start()
        assert gc.isenabled()
        assert gc.get_threshold()[2] == quiet_gc.NEVER  # no automatic full collections
        gc.disable()  # nor young ones, for this test: only the collector may free the cycle
        node = Node()
        gone = weakref.ref(node)
        del node
        qtbot.keyClick(field, Qt.Key.Key_A)  # someone is typing
        assert not collector.collect_if_quiet()
        assert gone() is not None
        qtbot.wait(300)  # …and then stops
        assert collector.collect_if_quiet()
        assert gone() is None
    finally:
        gc.enable()
        collector.stop()
        app.removeEventFilter(watch)
    assert gc.get_threshold() == before
    collector.start()  # the latest start, due a few seconds after it was made
    assert gc.get_threshold() == before  # comes after the stop and changes nothing
