"""Opening a damaged journal to rescue it: read-only, through its -wal if it can, and from a
copy with the header repaired when SQLite refuses the file for its header alone."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from .db import SQLITE_HEADER, apply_key, read_only_uri
from .errors import DatabaseCorruptError
from .messages import RESCUE_UNREADABLE

# The header fields SQLite refuses a file over, and the values every journal has there.
_HEADER_FIXES = ((18, b"\x01\x01"), (21, b"\x40\x20\x20"), (44, b"\x00\x00\x00\x04"))


@contextlib.contextmanager
def readable_connection(path: Path, key: bytes | None = None) -> Iterator[Any]:
    """A read-only connection on `path` with text as bytes; a plain file SQLite refuses for
    its header is read from a copy with the header repaired."""
    scratch: Path | None = None
    try:
        conn = _probe(path, key)
        if conn is None:
            if key is not None or not _plain(path):
                raise DatabaseCorruptError(RESCUE_UNREADABLE)
            scratch = _repaired_copy(path)
            conn = _probe(scratch, None)
            if conn is None:
                raise DatabaseCorruptError(RESCUE_UNREADABLE)
        try:
            yield conn
        finally:
            conn.close()
    finally:
        if scratch is not None:
            with contextlib.suppress(OSError):
                scratch.unlink()


def _probe(path: Path, key: bytes | None) -> Any:
    """A connection that reads `path`, through its -wal if it can, else as the file stands;
    None when SQLite cannot read it at all."""
    for immutable in (False, True):
        conn = sqlite.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            apply_key(conn, key)
            conn.text_factory = bytes
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError:
            conn.close()
            continue
        return conn
    return None


def _plain(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


def _repaired_copy(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".rescue", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
            header = bytearray(src.read(100))
            for offset, value in _HEADER_FIXES:
                header[offset : offset + len(value)] = value
            out.write(header)
            while chunk := src.read(1 << 20):
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)
