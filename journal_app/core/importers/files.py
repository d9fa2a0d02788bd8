"""Reading an import file: text or JSON, with errors that name the file and the line.

Only a regular file is read (a folder only where a format is one), and never more than
`MAX_BYTES`: a device such as /dev/zero or a FIFO would otherwise eat memory or hang.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from ..messages import (
    BAD_JSON,
    CUT_MID_CHARACTER,
    FILE_DENIED,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    JSON_TOO_DEEP,
    NO_SUCH_FILE,
    NOT_REGULAR_FILE,
    NOT_UTF8,
    SOURCE_IS_DEVICE,
    SOURCE_IS_FIFO,
    SOURCE_IS_FOLDER,
    TOO_MANY_FILES,
)
from .batch import ImportFormatError

MAX_BYTES = 1 << 30  # a journal export larger than 1 GiB is not one we can hold in memory
MAX_FOLDER_FILES = 200_000


def _not_a_file(path: Path, mode: int) -> ImportFormatError:
    if stat.S_ISFIFO(mode):
        return ImportFormatError(SOURCE_IS_FIFO, path=path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return ImportFormatError(SOURCE_IS_DEVICE, path=path)
    return ImportFormatError(NOT_REGULAR_FILE, path=path)


def _os_error(path: Path, error: OSError) -> ImportFormatError:
    if isinstance(error, FileNotFoundError):
        return ImportFormatError(NO_SUCH_FILE, path=path)
    if isinstance(error, PermissionError):
        return ImportFormatError(FILE_DENIED, path=path)
    return ImportFormatError(FILE_UNREADABLE, path=path, error=error.strerror or error)


def kind_of(path: Path) -> str:
    """ "file", "folder", or an ImportFormatError for anything else (devices, FIFOs…)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise _os_error(path, error) from None
    if stat.S_ISDIR(mode):
        return "folder"
    if not stat.S_ISREG(mode):
        raise _not_a_file(path, mode)
    return "file"


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refused before reading if it is larger than `limit`
    (and checked again while reading, should it grow)."""
    if kind_of(path) == "folder":
        raise ImportFormatError(SOURCE_IS_FOLDER, path=path)
    too_large = ImportFormatError(FILE_TOO_LARGE, path=path.name, limit=limit >> 20)
    try:
        # O_NONBLOCK: should the path become a FIFO between the check and the open, the
        # open does not hang; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_a_file(path, info.st_mode)
            if info.st_size > limit:
                raise too_large
            data = handle.read(limit + 1)
    except OSError as error:
        raise _os_error(path, error) from None
    if len(data) > limit:
        raise too_large
    return data


def folder_files(path: Path, suffix: str) -> list[Path]:
    """The regular files ending in `suffix` directly in the folder, sorted by name."""
    try:
        found = []
        for n, child in enumerate(sorted(path.iterdir())):
            if n > MAX_FOLDER_FILES:
                raise ImportFormatError(TOO_MANY_FILES, path=path)
            if child.name.lower().endswith(suffix) and child.is_file() and not child.is_symlink():
                found.append(child)
        return found
    except OSError as error:
        raise _os_error(path, error) from None


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.end == len(data) and error.reason == "unexpected end of data":
            raise ImportFormatError(CUT_MID_CHARACTER, name=name) from None
        raise ImportFormatError(NOT_UTF8, name=name, start=error.start) from None


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            BAD_JSON, name=name, lineno=error.lineno, colno=error.colno, problem=error.msg
        ) from None
    except RecursionError:
        raise ImportFormatError(JSON_TOO_DEEP, name=name) from None
