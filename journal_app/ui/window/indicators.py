"""Check boxes and radio buttons that can be seen on the dark scheme.

Fusion draws an indicator's border a shade darker than the window (#1e1f22-ish on #2b2d31),
which all but vanishes in the dark (the export's client list, the Private switch, the
direction radios). On the dark scheme the window draws them itself: a border in the hint
colour, filled with the accent when checked. The light scheme keeps the style's own."""

from __future__ import annotations

from PySide6.QtGui import QPalette

SIZE = 14


def indicator_colour(palette: QPalette) -> str:
    """The border of an unchecked indicator: the hint colour, which reads on the window."""
    return palette.color(QPalette.ColorRole.PlaceholderText).name()


def indicator_sheet(palette: QPalette) -> str:
    """The style sheet for indicators on this palette ("" on a light one)."""
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return ""
    border = indicator_colour(palette)
    base = palette.color(QPalette.ColorRole.Base).name()
    # The accent, not the selection tint (which is meant to sit behind text, not to stand out).
    fill = mark = palette.color(QPalette.ColorRole.Accent).name()
    off = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    box = f"width: {SIZE}px; height: {SIZE}px; border: 2px solid {border}; background: {base};"
    return (
        f"QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {{ {box} }}\n"
        "QCheckBox::indicator, QGroupBox::indicator { border-radius: 3px; }\n"
        f"QRadioButton::indicator {{ border-radius: {SIZE // 2 + 2}px; }}\n"
        "QCheckBox::indicator:checked, QGroupBox::indicator:checked, "
        f"QRadioButton::indicator:checked {{ background: {fill}; border-color: {mark}; }}\n"
        "QCheckBox::indicator:indeterminate "
        f"{{ background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0.45 {base}, "
        f"stop:0.5 {fill}, stop:0.55 {base}); }}\n"
        "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled "
        f"{{ border-color: {off}; }}\n"
    )
