"""Light or dark: the system's scheme (Qt 6.8+ `colorScheme`) unless Settings chooses one.

Colours the app draws itself (charts, client chips, the heat map) read the palette or are
chosen to read on both; `is_dark()` tells the charts which QtCharts theme to use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,  # Unknown hands the choice back to the system
}


def apply_theme(setting: str) -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    app.styleHints().setColorScheme(SCHEMES.get(setting, Qt.ColorScheme.Unknown))


def is_dark() -> bool:
    """Whether the window is dark now: by the scheme, or failing that by the palette."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
