"""Qt's file dialog speaks Russian all through: the two labels Qt's catalogue lacks come
from ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from journal_app.ui.common.i18n import TRANSLATIONS


@pytest.fixture
def russian() -> Iterator[None]:
    TRANSLATIONS.apply("ru")
    yield
    TRANSLATIONS.apply("en")


def test_the_file_dialog_says_look_in_and_files_of_type_in_russian(
    qtbot: QtBot, russian: None
) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Папка:"
    assert labels["fileTypeLabel"] == "&Тип файлов:"
