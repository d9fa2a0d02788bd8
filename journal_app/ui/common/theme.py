"""Light or dark: the system's scheme (Qt 6.8+ `colorScheme`) unless Settings chooses one.

Where the platform cannot switch its scheme on request (some Linux desktops, no platform
theme), the app draws the chosen one itself: Fusion with a light or dark palette. Colours the
app paints (charts, client chips, the heat map) read the palette or read on both;
`is_dark()` tells the charts which QtCharts theme to use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,  # Unknown hands the choice back to the system
}


PLATFORM_STYLE = "boundaryJournalPlatformStyle"  # the style the platform gave, kept on the app


def apply_theme(setting: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not app.property(PLATFORM_STYLE):
        app.setProperty(PLATFORM_STYLE, app.style().name())
    wanted = SCHEMES.get(setting, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or app.styleHints().colorScheme() == wanted:
        if app.style().name() != app.property(PLATFORM_STYLE):
            platform_style = QStyleFactory.create(str(app.property(PLATFORM_STYLE)))
            if platform_style is not None:
                app.setStyle(platform_style)
        # No colour of our own: Qt takes every one from the platform's theme, and keeps doing
        # so when the system switches between light and dark while the app runs.
        app.setPalette(QPalette())
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(
        dark_palette() if wanted == Qt.ColorScheme.Dark else app.style().standardPalette()
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d31",
        role.WindowText: "#e8e8ea",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282c",
        role.ToolTipBase: "#2b2d31",
        role.ToolTipText: "#e8e8ea",
        role.PlaceholderText: "#9a9ca3",
        role.Text: "#e8e8ea",
        role.Button: "#33363b",
        role.ButtonText: "#e8e8ea",
        role.BrightText: "#ff6b6b",
        role.Light: "#45484e",
        role.Midlight: "#3a3d42",
        role.Mid: "#55585e",
        role.Dark: "#1a1b1e",
        role.Shadow: "#000000",
        role.Highlight: "#2f6fde",
        role.HighlightedText: "#ffffff",
        role.Link: "#6ea0ff",
        role.LinkVisited: "#b18cff",
    }
    for name, colour in colours.items():
        palette.setColor(name, QColor(colour))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#6f7278"))
    return palette


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def alert_colour() -> str:
    """A warning's text colour that reads on the window's background, light or dark."""
    return "#ff8a80" if is_dark() else "#b3261e"


def caution_colour() -> str:
    """A caution's (outside agreed hours) text colour, light or dark."""
    return "#fdba74" if is_dark() else "#b45309"
