"""Exports as the journal offers them: a scope collected into a bundle (bundle.py), written
by the registered exporter of the format (registry.py)."""

from __future__ import annotations

from pathlib import Path

from . import exporter_for
from .bundle import BundleCollector, ExportBundle, ExportScope


class ExportService(BundleCollector):
    def export(self, scope: ExportScope, fmt: str, target: Path) -> ExportBundle:
        """Write the scope in format `fmt` to `target`; returns what was written."""
        writer = exporter_for(fmt)
        bundle = self.collect(scope)
        writer.write(bundle, Path(target))
        return bundle
