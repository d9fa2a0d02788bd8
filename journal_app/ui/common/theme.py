"""Light or dark, in the app's own colours: the system's scheme (Qt 6.8+ `colorScheme`) unless
Settings chooses one.

The window is drawn by Fusion with one of two palettes (`LIGHT`, `DARK`: every text and
background pair in them reads at 4.5:1 or better, `tests/ui/common/test_design_checks.py`
measures it) and the stylesheet in `resources/styles/app.qss`, whose `@name` words are this
module's colours. With "system" the scheme follows the system's while the app runs. Colours the
app paints itself (cards, chips, charts) come from `colours()`; `is_dark()` tells the charts
which QtCharts theme to use. `TYPE` is the type scale in points and `font()` makes one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from ...paths import resources_dir
from . import indicators

SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,  # Unknown hands the choice back to the system
}
SETTING = "boundaryJournalTheme"  # the setting applied, kept on the app
WATCHING = "boundaryJournalThemeWatch"  # connected to the system's scheme changing

# The type scale (points). Nothing smaller than `meta`.
TYPE = {"title": 18, "body": 12, "heading": 11, "list_title": 10, "ui": 10, "meta": 9, "day": 16}


@dataclass(frozen=True)
class Colours:
    window: str
    page: str
    text: str
    muted: str
    accent: str
    on_accent: str
    selection: str
    incident: str
    border: str  # decorative lines only
    outline: str  # a field's edge: 3:1 against page and window
    outgoing: str  # me → client
    card: str  # an incident card's fill
    card_held: str  # the fill of a card whose boundary was held: calm, not alarm
    button: str
    held: tuple[str, str]  # pills: (text, fill)
    negotiated: tuple[str, str]
    gave_in: tuple[str, str]
    escalated: tuple[str, str]
    open: tuple[str, str]
    off_hours: tuple[str, str]
    chip_alpha: float  # a client's colour behind a chip's label


LIGHT = Colours(
    window="#f6f5f4",
    page="#ffffff",
    text="#1f2328",
    muted="#5d6470",
    accent="#1b5fc1",
    on_accent="#ffffff",
    selection="#dde8f8",
    incident="#b42318",
    border="#dedee2",
    outline="#868a93",
    outgoing="#7e3fc4",
    card="#fdf0ef",
    card_held="#f1f3f5",
    button="#ffffff",
    held=("#146c2e", "#e6f4ea"),
    negotiated=("#1b5fc1", "#e3edfb"),
    gave_in=("#b42318", "#fce8e6"),
    escalated=("#7e3fc4", "#f1e9fb"),
    open=("#5d6470", "#eef0f2"),
    off_hours=("#8a4b00", "#fff3e0"),
    chip_alpha=0.18,
)
DARK = Colours(
    window="#232427",
    page="#1b1c1f",
    text="#e6e6e9",
    muted="#a3a7af",
    accent="#8ab4ff",
    on_accent="#0f1420",
    selection="#2a3a55",
    incident="#ff8a80",
    border="#35373c",
    outline="#6b6f78",
    outgoing="#c7a4ff",
    card="#2c2020",
    card_held="#25272b",
    button="#2c2e33",
    held=("#6fd08c", "#1f2d23"),
    negotiated=("#8ab4ff", "#1f2a3d"),
    gave_in=("#ff8a80", "#3a2222"),
    escalated=("#c7a4ff", "#2d2540"),
    open=("#a3a7af", "#2a2c30"),
    off_hours=("#f5b25c", "#33291a"),
    chip_alpha=0.28,
)


def apply_theme(setting: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wanted = SCHEMES.get(setting, Qt.ColorScheme.Unknown)
    app.setProperty(SETTING, setting)
    app.styleHints().setColorScheme(wanted)
    if not app.property(WATCHING):
        app.setProperty(WATCHING, True)
        app.styleHints().colorSchemeChanged.connect(_on_system_scheme)
    if not isinstance(app.style(), GridStyle):
        app.setStyle(GridStyle())
    _paint(app)


class GridStyle(QProxyStyle):
    """Fusion, with the default margins and spacings of layouts on the 4 px grid: 12 around
    a dialog's content, 8 between its widgets (Fusion's are 9 and 6); and check boxes and
    radio buttons of its own (`indicators`: Fusion darkens the window's colour, which a dark
    page hides: the clients, tags and kinds to tick in Export… showed no boxes at all)."""

    METRICS = {
        QStyle.PixelMetric.PM_LayoutLeftMargin: 12,
        QStyle.PixelMetric.PM_LayoutTopMargin: 12,
        QStyle.PixelMetric.PM_LayoutRightMargin: 12,
        QStyle.PixelMetric.PM_LayoutBottomMargin: 12,
        QStyle.PixelMetric.PM_LayoutHorizontalSpacing: 8,
        QStyle.PixelMetric.PM_LayoutVerticalSpacing: 8,
        QStyle.PixelMetric.PM_IndicatorWidth: 16,  # check boxes and radios (Fusion's: 14)
        QStyle.PixelMetric.PM_IndicatorHeight: 16,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth: 16,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight: 16,
    }

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in self.METRICS:
            return self.METRICS[metric]
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:  # item views' too
            indicators.draw_check(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            indicators.draw_radio(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)


def _on_system_scheme(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(SETTING) == "system":
        _paint(app)


def _paint(app: QApplication) -> None:
    # The setting's scheme, even where the platform cannot switch its own; else the system's.
    scheme = SCHEMES.get(str(app.property(SETTING)), Qt.ColorScheme.Unknown)
    if scheme == Qt.ColorScheme.Unknown:
        scheme = app.styleHints().colorScheme()
    chosen = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    if app.palette() != palette(chosen):
        app.setPalette(palette(chosen))
    base = QFont(app.font())
    base.setPointSize(TYPE["ui"])
    app.setFont(base)
    app.setStyleSheet(stylesheet(chosen))


def palette(c: Colours) -> QPalette:
    result = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.page,
        role.AlternateBase: c.window,
        role.ToolTipBase: c.page,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.muted,
        role.Text: c.text,
        role.Button: c.button,
        role.ButtonText: c.text,
        role.BrightText: c.incident,
        role.Light: c.page,
        role.Midlight: c.border,
        role.Mid: c.outline,
        role.Dark: c.outline,
        role.Shadow: "#000000",
        role.Highlight: c.selection,
        role.HighlightedText: c.text,
        role.Accent: c.accent,
        role.Link: c.accent,
        role.LinkVisited: c.outgoing,
    }
    for name, colour in colours.items():
        result.setColor(name, QColor(colour))
    for name in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(group.Disabled, name, QColor(c.muted))
    return result


def stylesheet(c: Colours) -> str:
    """`resources/styles/app.qss` with its `@name` words replaced by the scheme's colours;
    `@arrows` is the folder of the scheme's arrows (combo boxes, spin boxes), drawn in its
    text colour, and in the muted one where they cannot be used (`-off`)."""
    styles = resources_dir() / "styles"
    text = (styles / "app.qss").read_text(encoding="utf-8")
    values = {f.name: getattr(c, f.name) for f in fields(c) if isinstance(getattr(c, f.name), str)}
    values["arrows"] = (styles / "arrows" / ("dark" if c == DARK else "light")).as_posix()
    return re.sub(r"@([a-z_]+)", lambda m: values.get(m.group(1), m.group(0)), text)


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def font(role: str, like: QFont | None = None, weight: QFont.Weight | None = None) -> QFont:
    """A font of the type scale: `like` (the app's font) at the role's size."""
    result = QFont(like if like is not None else QApplication.font())
    result.setPointSize(TYPE[role])
    if weight is not None:
        result.setWeight(weight)
    return result


def blend(colour: str | QColor, over: str | QColor, alpha: float) -> QColor:
    """`colour` laid at `alpha` over `over`, as the eye sees it."""
    a, b = QColor(colour), QColor(over)
    return QColor(
        round(a.red() * alpha + b.red() * (1 - alpha)),
        round(a.green() * alpha + b.green() * (1 - alpha)),
        round(a.blue() * alpha + b.blue() * (1 - alpha)),
    )


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def alert_colour() -> str:
    """A warning's text colour that reads on the window's background, light or dark."""
    return colours().incident


def caution_colour() -> str:
    """A caution's (outside agreed hours) text colour, light or dark."""
    return colours().off_hours[0]
