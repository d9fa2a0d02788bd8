"""Exporters: small registered classes, each with a name and a file extension, looked up by
format (jrnl's plugins). Every exporter writes atomically and owner-only (see core.files).

The PDF exporter needs Qt to draw, so it lives in `journal_app.pdf.export_pdf` and registers
itself when imported; core knows it only by name.
"""

from __future__ import annotations

from .registry import FORMATS, REGISTRY, Exporter, lookup, register


def exporter_for(name: str) -> Exporter:
    """The exporter of format `name`, the built-in ones loaded (the PDF one registers itself
    from journal_app's Qt part)."""
    from . import (  # noqa: F401
        csv_export,
        html_export,
        jrnl_export,
        json_export,
        markdown_export,
    )

    return lookup(name)


__all__ = ["FORMATS", "REGISTRY", "Exporter", "exporter_for", "register"]
