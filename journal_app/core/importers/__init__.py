"""Importers: small registered readers, each with a name and the file endings it takes,
looked up by format or recognised from the file itself ("auto").

A reader turns a file into an `ImportBatch` and writes nothing; `ImportService` previews and
applies a batch in one transaction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from .batch import ImportBatch, ImportFormatError
from .dayone import looks_dayone, read_dayone_json, read_dayone_zip
from .files import decode, parse_json, read_bytes
from .jrnl import looks_jrnl_json, looks_jrnl_text, read_jrnl_json, read_jrnl_text
from .native import looks_native, read_native


class Importer(ABC):
    name: ClassVar[str]
    label: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def read(self, path: Path, data: bytes) -> ImportBatch: ...

    @abstractmethod
    def recognises(self, path: Path, data: bytes) -> bool: ...


def _json_of(path: Path, data: bytes) -> object:
    return parse_json(decode(data, path.name), path.name)


class NativeImporter(Importer):
    name, label, extensions = "json", "Boundary Journal JSON", ("json",)

    def read(self, path: Path, data: bytes) -> ImportBatch:
        parsed = _json_of(path, data)
        if not looks_native(parsed):
            raise ImportFormatError(f"{path.name}: not a Boundary Journal export.")
        return read_native(parsed, path)

    def recognises(self, path: Path, data: bytes) -> bool:
        return data.lstrip()[:1] == b"{" and b'"boundary-journal"' in data[:4096]


class JrnlImporter(Importer):
    name, label, extensions = "jrnl", "jrnl (JSON export or plain-text journal)", ("json", "txt")

    def read(self, path: Path, data: bytes) -> ImportBatch:
        if data.lstrip()[:1] == b"{":
            parsed = _json_of(path, data)
            if not looks_jrnl_json(parsed):
                raise ImportFormatError(f"{path.name}: not a jrnl JSON export.")
            return read_jrnl_json(parsed, path)
        return read_jrnl_text(decode(data, path.name), path)

    def recognises(self, path: Path, data: bytes) -> bool:
        if data.lstrip()[:1] == b"{":
            try:
                return looks_jrnl_json(_json_of(path, data))
            except ImportFormatError:
                return False
        try:
            return looks_jrnl_text(decode(data[:4096], path.name))
        except ImportFormatError:
            return False


class DayOneImporter(Importer):
    name, label, extensions = "dayone", "Day One (JSON export or .zip)", ("json", "zip")

    def read(self, path: Path, data: bytes) -> ImportBatch:
        if data[:2] == b"PK":
            return read_dayone_zip(path)
        parsed = _json_of(path, data)
        if not looks_dayone(parsed):
            raise ImportFormatError(f"{path.name}: not a Day One JSON export.")
        return read_dayone_json(parsed, path)

    def recognises(self, path: Path, data: bytes) -> bool:
        if data[:2] == b"PK":
            return True
        if data.lstrip()[:1] != b"{":
            return False
        try:
            return looks_dayone(_json_of(path, data))
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
    fmt = fmt.strip().lower()
    if fmt != "auto":
        importer = REGISTRY.get(fmt)
        if importer is None:
            raise ImportFormatError(f"Unknown import format “{fmt}”; use {', '.join(FORMATS)}.")
        return importer.read(path, data)
    if not data.strip():
        raise ImportFormatError(f"{path.name}: the file is empty.")
    for importer in REGISTRY.values():
        if importer.recognises(path, data):
            return importer.read(path, data)
    if data.lstrip()[:1] == b"{":
        _json_of(path, data)  # a JSON syntax error names its line
    raise ImportFormatError(
        f"{path.name}: not a journal this app can import "
        "(Boundary Journal JSON, jrnl JSON or text, Day One JSON or .zip)."
    )
