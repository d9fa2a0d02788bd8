"""Importers: small registered readers, each with a name and the file endings it takes,
looked up by format or recognised from the file itself ("auto").

A reader turns a file into an `ImportBatch` and writes nothing; `ImportService` previews and
applies a batch in one transaction.
"""

from __future__ import annotations

import codecs
from abc import ABC, abstractmethod
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from ..messages import (
    FILE_EMPTY,
    NOT_DAYONE_JSON,
    NOT_JRNL_JSON,
    NOT_NATIVE,
    SOURCE_IS_FOLDER,
    UNKNOWN_FILE,
    UNKNOWN_IMPORT_FORMAT,
)
from .batch import ImportBatch, ImportFormatError
from .dayone import looks_dayone, read_dayone_json, read_dayone_zip
from .files import decode, kind_of, parse_json, read_bytes
from .jrnl import looks_jrnl_json, looks_jrnl_text, read_jrnl_json, read_jrnl_text
from .jrnl_exports import (
    looks_jrnl_markdown,
    looks_jrnl_xml,
    read_jrnl_markdown,
    read_jrnl_xml,
    read_jrnl_yaml_folder,
)
from .native import looks_native, read_native


class Source:
    """A file's bytes, and its JSON parsed at most once however many readers look at it."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data = path, data

    @property
    def is_json(self) -> bool:
        return self.data.lstrip()[:1] == b"{"

    @property
    def is_zip(self) -> bool:
        return self.data[:2] == b"PK"

    @property
    def is_xml(self) -> bool:
        return looks_jrnl_xml(self.data)

    @cached_property
    def text(self) -> str:
        """The whole file decoded, so that no check depends on where a multi-byte
        character falls."""
        return decode(self.data, self.path.name)

    @cached_property
    def json(self) -> object:
        return parse_json(self.text, self.path.name)


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
            raise ImportFormatError(NOT_NATIVE, path=source.path.name)
        return read_native(source.json, source.path)

    def recognises(self, source: Source) -> bool:
        return source.is_json and b'"boundary-journal"' in source.data[:4096]


class JrnlImporter(Importer):
    name, label = "jrnl", "jrnl (JSON export or plain-text journal)"
    # JSON, the plain text, Markdown, XML; a YAML export is a folder of .md files.
    extensions = ("json", "txt", "md", "xml")

    def read(self, source: Source) -> ImportBatch:
        if source.is_json:
            if not looks_jrnl_json(source.json):
                raise ImportFormatError(NOT_JRNL_JSON, path=source.path.name)
            return read_jrnl_json(source.json, source.path)
        if source.is_xml:
            return read_jrnl_xml(source.data, source.path)
        if looks_jrnl_markdown(source.text):
            return read_jrnl_markdown(source.text, source.path)
        return read_jrnl_text(source.text, source.path)

    def recognises(self, source: Source) -> bool:
        if source.is_zip:
            return False
        if source.is_xml:
            return True
        if source.is_json:
            try:
                return looks_jrnl_json(source.json)
            except ImportFormatError:
                return False
        text = source.text  # not UTF-8: the error says so, whichever format was meant
        return looks_jrnl_text(text) or looks_jrnl_markdown(text)


class DayOneImporter(Importer):
    name, label, extensions = "dayone", "Day One (JSON export or .zip)", ("json", "zip")

    def read(self, source: Source) -> ImportBatch:
        if source.is_zip:
            return read_dayone_zip(source.path)
        if not looks_dayone(source.json):
            raise ImportFormatError(NOT_DAYONE_JSON, path=source.path.name)
        return read_dayone_json(source.json, source.path)

    def recognises(self, source: Source) -> bool:
        if source.is_zip:
            return True
        try:
            return source.is_json and looks_dayone(source.json)
        except ImportFormatError:
            return False


REGISTRY: dict[str, Importer] = {
    cls.name: cls() for cls in (NativeImporter, JrnlImporter, DayOneImporter)
}
FORMATS = ("auto", *REGISTRY)
# Every file ending some reader takes, for a file chooser's filter.
EXTENSIONS = tuple(dict.fromkeys(e for importer in REGISTRY.values() for e in importer.extensions))


def looks_jrnl_yaml_entry(data: bytes) -> bool:
    """One file of jrnl's YAML export (a folder of them): "---", then its fields."""
    head = data[:4096].replace(b"\r\n", b"\n")
    return head.startswith(b"---\n") and b"\nbody: |" in head


def read_folder(path: Path, fmt: str) -> ImportBatch:
    """A folder is read only as a format that is one: jrnl's YAML export."""
    if fmt not in ("auto", "jrnl"):
        raise ImportFormatError(SOURCE_IS_FOLDER, path=path)
    return read_jrnl_yaml_folder(path)


def read_file(path: Path, fmt: str = "auto") -> ImportBatch:
    """Read `path` as `fmt` (or whatever it turns out to be) without writing anything."""
    path = Path(path)
    fmt = fmt.strip().lower()
    if fmt != "auto" and fmt not in REGISTRY:
        raise ImportFormatError(UNKNOWN_IMPORT_FORMAT, fmt=fmt, formats=", ".join(FORMATS))
    if kind_of(path) == "folder":
        return read_folder(path, fmt)
    data = read_bytes(path)
    source = Source(path, data)
    if not data.strip() or data.strip() == codecs.BOM_UTF8:
        raise ImportFormatError(FILE_EMPTY, path=path.name)
    if fmt in ("auto", "jrnl") and looks_jrnl_yaml_entry(data):
        return read_folder(path.parent, fmt)  # one file of a YAML export: the whole folder
    if fmt != "auto":
        return REGISTRY[fmt].read(source)
    for importer in REGISTRY.values():
        if importer.recognises(source):
            return importer.read(source)
    if source.is_json:
        _ = source.json  # a JSON syntax error names its line
    elif not source.is_zip:
        _ = source.text  # text that is not UTF-8 says so
    raise ImportFormatError(UNKNOWN_FILE, path=path.name)
