"""One window per journal: a second launch on the same data folder brings the first window
forward instead of opening the journal twice (QLockFile + a local socket, never TCP). A
second launch with a review (`boundary-journal FILE.bjreview`) asks the first to open it.

The lock file is the owner's alone (0600), and the sockets that crashed windows of any
journal left in the temporary folder are cleared away at start.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal

from ...paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAKE = b"raise\n"
OPEN = b" open "  # "raise open <the review's path, os.fsencode>\n": one line
MAX_MESSAGE = 64 * 1024
PREFIX = "boundary-journal-"
NAME = re.compile(re.escape(PREFIX) + "[0-9a-f]{16}")


def server_name(paths: AppPaths) -> str:
    # Qt's SHA-256, not hashlib's: the same name, without loading OpenSSL before the window.
    sha256 = QCryptographicHash.Algorithm.Sha256
    digest = bytes(QCryptographicHash.hash(str(paths.data_dir).encode(), sha256).toHex())[:16]
    return f"{PREFIX}{digest.decode('ascii')}"


@contextlib.contextmanager
def owner_only() -> Iterator[None]:
    """Files made meanwhile are the owner's alone (the umask is the process's: used only
    around a call that creates a file, at start, before any other thread runs)."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def is_live(name: str, timeout_ms: int = 200) -> bool:
    """Someone is listening on the local socket `name` (a window of that journal)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    live = socket.waitForConnected(timeout_ms)
    if live:
        socket.disconnectFromServer()
    return live


def remove_stale_sockets(folder: Path | None = None) -> list[str]:
    """Take away the socket files of windows that crashed (no one answers on them); a live
    window's socket, and anything not ours, is left alone. Returns the names removed."""
    from PySide6.QtNetwork import QLocalServer

    folder = folder or Path(QDir.tempPath())
    removed = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        found = list(folder.iterdir())
    except OSError:
        return []
    for path in found:
        if not NAME.fullmatch(path.name):
            continue
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISSOCK(info.st_mode) or (uid is not None and info.st_uid != uid):
            continue
        if not is_live(str(path)):
            QLocalServer.removeServer(str(path))
            removed.append(path.name)
    return removed


class SingleInstance(QObject):
    """`acquire()` is True for the first instance; `activated` fires when another one asks
    it to come forward."""

    activated = Signal()
    openRequested = Signal(Path)  # a review the second launch was given

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(paths)
        self._lock_path = paths.lock_path
        self._lock = QLockFile(str(paths.lock_path))
        self._lock.setStaleLockTime(0)  # a lock left by a crash is recognised by its pid
        self._server: QLocalServer | None = None
        self.unwritable = False

    def acquire(self, review: Path | None = None, serve: bool = True) -> bool:
        """True for the first instance. Else the first is woken (and asked to open
        `review`, if one is given) and False is returned. `serve=False`: the first instance
        listens for the others only when `serve` is called (the window calls it after its
        first paint: QtNetwork and the temporary folder's sockets need not wait for it;
        a second launch meanwhile finds the journal taken, and stops)."""
        with owner_only():
            locked = self._lock.tryLock(200)
        if not locked:
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # The lock cannot be written (a full disk, read-only media), not held by
                # another window: the journal opens read-only then, which two windows may.
                self.unwritable = True
                return True
            self._wake_the_other(review)
            return False
        with contextlib.suppress(OSError):
            os.chmod(self._lock_path, 0o600)
        if serve:
            self.serve()
        return True

    def serve(self) -> None:
        """Listen for a second launch on this journal (once the lock is ours)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(self._name)  # a socket file left by a crash
        remove_stale_sockets()  # and those of other journals' crashed windows
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _wake_the_other(self, review: Path | None) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.connectToServer(self._name)
        if socket.waitForConnected(1000):
            message = WAKE
            if review is not None and "\n" not in str(review):
                message = WAKE.strip() + OPEN + os.fsencode(str(Path(review).absolute())) + b"\n"
            socket.write(message)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._on_data(s, r))

    def _on_data(self, socket: QLocalSocket, received: bytearray) -> None:
        """The message is one line: "raise", or "raise open PATH"."""
        received += bytes(socket.readAll().data())
        if b"\n" not in received and len(received) < MAX_MESSAGE:
            return  # the rest is on its way
        line = bytes(received).split(b"\n", 1)[0]
        received.clear()
        socket.disconnectFromServer()
        if not line.startswith(WAKE.strip()):
            return
        self.activated.emit()
        rest = line[len(WAKE.strip()) :]
        if rest.startswith(OPEN) and len(rest) > len(OPEN):
            self.openRequested.emit(Path(os.fsdecode(rest[len(OPEN) :])))
