"""A chart's picture into a file: PNG, or SVG by the name's ending (for a coach)."""

from __future__ import annotations

import os

from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget


def save_picture(widget: QWidget, path: str) -> bool:
    """Write the widget's picture to `path` via a temporary file, so a failure leaves
    nothing half-written under that name."""
    partial = path + ".partial"
    if path.lower().endswith(".svg"):
        svg = QSvgGenerator()
        svg.setFileName(partial)
        svg.setSize(widget.size())
        svg.setViewBox(widget.rect())
        painter = QPainter(svg)
        widget.render(painter)
        ok = painter.end()
    else:
        ok = widget.grab().save(partial, "PNG")
    try:
        if ok:
            os.replace(partial, path)
    except OSError:
        ok = False
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return ok
