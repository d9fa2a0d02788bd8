"""The exporters' registry: each format's class, registered by name and looked up by it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from ..errors import ValidationError
from ..messages import PDF_NEEDS_QT, UNKNOWN_EXPORT_FORMAT

if TYPE_CHECKING:
    from .bundle import ExportBundle


class Exporter(ABC):
    name: ClassVar[str]  # the format's name on the command line: "json"
    extension: ClassVar[str]  # "json"; "" for a folder
    label: ClassVar[str]  # what the export dialog calls it
    folder: ClassVar[bool] = False  # writes a folder of files rather than one file

    @abstractmethod
    def write(self, bundle: ExportBundle, target: Path) -> None:
        """Write the bundle to `target` (a file, or a folder that does not exist yet)."""


REGISTRY: dict[str, type[Exporter]] = {}
FORMATS = (
    "pdf",
    "md",
    "md-folder",
    "html",
    "json",
    "csv",
    "jrnl",
)  # in the order the dialog offers


def register(cls: type[Exporter]) -> type[Exporter]:
    REGISTRY[cls.name] = cls
    return cls


def lookup(name: str) -> Exporter:
    """The exporter registered for `name` (the package's `exporter_for` loads the built-in
    ones first)."""
    cls = REGISTRY.get(name.strip().lower())
    if cls is None:
        if name.strip().lower() == "pdf":
            raise ValidationError(PDF_NEEDS_QT)
        raise ValidationError(UNKNOWN_EXPORT_FORMAT, name=name, formats=", ".join(FORMATS))
    return cls()
