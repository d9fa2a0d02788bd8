"""One window per journal: a second launch on the same data folder brings the first window
forward instead of opening the journal twice (QLockFile + a local socket, never TCP)."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import AppPaths

WAKE = b"raise\n"


def server_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data_dir).encode()).hexdigest()[:16]
    return f"boundary-journal-{digest}"


class SingleInstance(QObject):
    """`acquire()` is True for the first instance; `activated` fires when another one asks
    it to come forward."""

    activated = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(paths)
        self._lock = QLockFile(str(paths.lock_path))
        self._lock.setStaleLockTime(0)  # a lock left by a crash is recognised by its pid
        self._server: QLocalServer | None = None
        self.unwritable = False

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # The lock cannot be written (a full disk, read-only media), not held by
                # another window: the journal opens read-only then, which two windows may.
                self.unwritable = True
                return True
            self._wake_the_other()
            return False
        QLocalServer.removeServer(self._name)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _wake_the_other(self) -> None:
        socket = QLocalSocket(self)
        socket.connectToServer(self._name)
        if socket.waitForConnected(1000):
            socket.write(WAKE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(WAKE.strip()):
            self.activated.emit()
        socket.disconnectFromServer()
