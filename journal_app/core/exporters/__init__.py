"""Exporters: small registered classes, each with a name and a file extension, looked up by
format (jrnl's plugins). Every exporter writes atomically and owner-only (see core.files).

The PDF exporter needs Qt to draw, so it lives in `journal_app.pdf.export_pdf` and registers
itself when imported; core knows it only by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .registry import FORMATS, REGISTRY, Exporter, register

# The registry is loaded when first asked for, not with the package: `exporters.words` (the
# words a brief is written in) is read on the command line's quick path, which must not load
# the registry's bundle and with it SQLAlchemy (issue #22).
_FROM_REGISTRY = ("FORMATS", "REGISTRY", "Exporter", "lookup", "register")


def __getattr__(name: str) -> Any:
    if name in _FROM_REGISTRY:
        from . import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    from .registry import lookup

    return lookup(name)


__all__ = ["FORMATS", "REGISTRY", "Exporter", "exporter_for", "register"]
