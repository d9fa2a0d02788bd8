"""Reading an import file: text or JSON, with errors that name the file and the line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .batch import ImportFormatError

MAX_BYTES = 1 << 30  # a journal export larger than 1 GiB is not one we can hold in memory


def read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ImportFormatError(f"{path} is a folder; choose the exported file.")
        if path.stat().st_size > MAX_BYTES:
            raise ImportFormatError(f"{path.name}: the file is too large to import (over 1 GiB).")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFormatError(f"{path}: there is no such file.") from None
    except PermissionError:
        raise ImportFormatError(f"{path}: the file cannot be read (permission denied).") from None
    except OSError as error:
        raise ImportFormatError(f"{path}: the file cannot be read: {error.strerror}.") from None


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            f"{name}: not UTF-8 text (a byte that does not fit at position {error.start})."
        ) from None


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{name}, line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})."
        ) from None
    except RecursionError:
        raise ImportFormatError(f"{name}: the JSON is nested too deeply to read.") from None
