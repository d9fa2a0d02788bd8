"""Words of Qt's own dialogs that Qt's Russian catalogue (qtbase_ru.qm) lacks: its file
dialog says "Look in:" and "Files of type:" in English otherwise. Marked here so lupdate puts
them in our catalogue under Qt's context; our translator, installed beside Qt's, answers
when QFileDialog asks for them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
