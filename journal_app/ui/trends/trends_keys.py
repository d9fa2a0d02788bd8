"""The Trends window's shortcuts, kept apart from the window (and QtCharts) so the main
window's Help → Keyboard Shortcuts can list them without loading the charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

# Ctrl+Shift+E is the main window's Export…; a chart's picture is saved as a file is.
EXPORT_CHART = ("Ctrl+Shift+S",)
CLOSE = ("Esc", "Ctrl+W")


def trends_shortcut_rows() -> list[tuple[str, str]]:
    """(what it does, its keys) for the shortcuts dialog."""

    def keys(sequence: tuple[str, ...]) -> str:
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(QKeySequence(k).toString(native) for k in sequence)

    translate = QCoreApplication.translate
    return [
        (translate("TrendsWindow", "Trends: save the chart as a picture"), keys(EXPORT_CHART)),
        (translate("TrendsWindow", "Trends: close the window"), keys(CLOSE)),
    ]
