"""Importers: small registered readers, each with a name and the file endings it takes,
looked up by format or recognised from the file itself ("auto").

A reader turns a file into an `ImportBatch` and writes nothing; `ImportService` previews and
applies a batch in one transaction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from .batch import ImportBatch, ImportFormatError
from .dayone import looks_dayone, read_dayone_json, read_dayone_zip
from .files import decode, parse_json, read_bytes
from .jrnl import looks_jrnl_json, looks_jrnl_text, read_jrnl_json, read_jrnl_text
from .native import looks_native, read_native


class Source:
    """A file's bytes, and its JSON parsed at most once however many readers look at it."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data = path, data

    @property
    def is_json(self) -> bool:
        return self.data.lstrip()[:1] == b"{"

    @cached_property
    def json(self) -> object:
        return parse_json(decode(self.data, self.path.name), self.path.name)


class Importer(ABC):
    name: ClassVar[str]
    label: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def read(self, source: Source) -> ImportBatch: ...

    @abstractmethod
    def recognises(self, source: Source) -> bool: ...


class NativeImporter(Importer):
    name, label, extensions = "json", "Boundary Journal JSON", ("json",)

    def read(self, source: Source) -> ImportBatch:
        if not looks_native(source.json):
            raise ImportFormatError(f"{source.path.name}: not a Boundary Journal export.")
        return read_native(source.json, source.path)

    def recognises(self, source: Source) -> bool:
        return source.is_json and b'"boundary-journal"' in source.data[:4096]


class JrnlImporter(Importer):
    name, label, extensions = "jrnl", "jrnl (JSON export or plain-text journal)", ("json", "txt")

    def read(self, source: Source) -> ImportBatch:
        if source.is_json:
            if not looks_jrnl_json(source.json):
                raise ImportFormatError(f"{source.path.name}: not a jrnl JSON export.")
            return read_jrnl_json(source.json, source.path)
        return read_jrnl_text(decode(source.data, source.path.name), source.path)

    def recognises(self, source: Source) -> bool:
        try:
            if source.is_json:
                return looks_jrnl_json(source.json)
            return looks_jrnl_text(decode(source.data[:4096], source.path.name))
        except ImportFormatError:
            return False


class DayOneImporter(Importer):
    name, label, extensions = "dayone", "Day One (JSON export or .zip)", ("json", "zip")

    def read(self, source: Source) -> ImportBatch:
        if source.data[:2] == b"PK":
            return read_dayone_zip(source.path)
        if not looks_dayone(source.json):
            raise ImportFormatError(f"{source.path.name}: not a Day One JSON export.")
        return read_dayone_json(source.json, source.path)

    def recognises(self, source: Source) -> bool:
        if source.data[:2] == b"PK":
            return True
        try:
            return source.is_json and looks_dayone(source.json)
        except ImportFormatError:
            return False


REGISTRY: dict[str, Importer] = {
    cls.name: cls() for cls in (NativeImporter, JrnlImporter, DayOneImporter)
}
FORMATS = ("auto", *REGISTRY)


def read_file(path: Path, fmt: str = "auto") -> ImportBatch:
    """Read `path` as `fmt` (or whatever it turns out to be) without writing anything."""
    path = Path(path)
    data = read_bytes(path)
    source = Source(path, data)
    fmt = fmt.strip().lower()
    if fmt != "auto":
        importer = REGISTRY.get(fmt)
        if importer is None:
            raise ImportFormatError(f"Unknown import format “{fmt}”; use {', '.join(FORMATS)}.")
        return importer.read(source)
    if not data.strip():
        raise ImportFormatError(f"{path.name}: the file is empty.")
    for importer in REGISTRY.values():
        if importer.recognises(source):
            return importer.read(source)
    if source.is_json:
        _ = source.json  # a JSON syntax error names its line
    raise ImportFormatError(
        f"{path.name}: not a journal this app can import "
        "(Boundary Journal JSON, jrnl JSON or text, Day One JSON or .zip)."
    )
