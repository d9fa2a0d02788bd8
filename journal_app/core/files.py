"""Writing files so that a crash or a full disk never leaves half of one behind.

Everything is written beside its target under a temporary name, flushed to disk, made
owner-only (0600, folders 0700), and only then renamed into place (jrnl's `atomic_write`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import StorageError, ValidationError
from .messages import (
    FOLDER_NOT_EMPTY,
    NO_FOLDER,
    NOT_WRITTEN,
    TARGET_IS_FOLDER,
    WRITE_DENIED,
    WRITE_DISK_FULL,
)


def storage_error(error: OSError, target: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError(WRITE_DISK_FULL, target=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(WRITE_DENIED, target=target)
    return StorageError(NOT_WRITTEN, target=target, error=error.strerror or error)


@contextlib.contextmanager
def atomic_path(target: Path, check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """A temporary path beside `target` to write to; renamed onto `target` when the block
    ends without an error, removed otherwise. `check` is run on the written temporary file
    before the rename; whatever it raises stops the rename (the pseudonymised exports' leak
    check)."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError(TARGET_IS_FOLDER, target=target)
    if not target.parent.is_dir():
        raise ValidationError(NO_FOLDER, parent=target.parent)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise storage_error(error, target) from error
    partial = Path(name)
    try:
        yield partial
        if check is not None:
            check(partial)
        os.chmod(partial, 0o600)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except OSError as error:
        raise storage_error(error, target) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def write_bytes(target: Path, data: bytes, check: Callable[[Path], None] | None = None) -> None:
    with atomic_path(target, check) as partial:
        partial.write_bytes(data)


def write_text(
    target: Path,
    text: str,
    encoding: str = "utf-8",
    check: Callable[[Path], None] | None = None,
) -> None:
    write_bytes(target, text.encode(encoding), check)


@contextlib.contextmanager
def atomic_folder(target: Path, check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """A temporary folder beside `target` to fill; it becomes `target` when the block ends
    (after `check`, if given, has passed the filled folder).

    `target` must not exist yet, or be an empty folder: nothing already there is replaced.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ValidationError(FOLDER_NOT_EMPTY, target=target)
    if not target.parent.is_dir():
        raise ValidationError(NO_FOLDER, parent=target.parent)
    try:
        partial = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as error:
        raise storage_error(error, target) from error
    try:
        yield partial
        if check is not None:
            check(partial)
        for child in partial.iterdir():
            os.chmod(child, 0o600)
            with open(child, "rb") as written:
                os.fsync(written.fileno())
        os.chmod(partial, 0o700)
        if target.exists():
            target.rmdir()
        os.replace(partial, target)
    except OSError as error:
        raise storage_error(error, target) from error
    finally:
        if partial.exists():
            shutil.rmtree(partial, ignore_errors=True)
