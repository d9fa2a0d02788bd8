"""Files sealed with a passphrase: a coach's review and the notes that come back (#20).

    header = magic (8) · version (1) · log2 N, r, p (3) · salt (16) · nonce (12) · check (16)
             · digest (8)
    file   = header · AES-256-GCM(key, nonce, plaintext, associated data = header)

The key comes from scrypt of the passphrase (the cost is in the header, bounded on reading
so that a hostile file cannot ask for gigabytes). `check` (an HMAC of the key) tells a wrong
passphrase from a damaged file, and `digest` (SHA-256 of the header before it) a damaged
header from a wrong passphrase; GCM authenticates everything, header included, so any changed
byte makes the file refuse to open. The plaintext only ever lives in memory.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable
from pathlib import Path

from .errors import JournalError, ValidationError
from .files import write_bytes
from .keys import WrongPassphraseError, normalise
from .messages import (
    SEAL_NEEDS_PASSPHRASE,
    SEALED_DAMAGED,
    SEALED_NOT_OURS,
    SEALED_TOO_NEW,
    SEALED_UNREADABLE,
    SEALED_WRONG_PASSPHRASE,
)

VERSION = 1
# OWASP's minimum for scrypt; tests lower it.
SCRYPT_COST = {"n": 2**17, "r": 8, "p": 1}
_LOG_N_RANGE = range(10, 21)  # what a file may ask for when it is opened: at most 1 GiB
_HEAD = struct.Struct(">8sBBBB16s12s16s")
_DIGEST = 8
HEADER_SIZE = _HEAD.size + _DIGEST
_CHECK = b"boundary-journal sealed check"


class SealedFileError(JournalError):
    """The file is not one of ours, or it was damaged or altered."""


# `cryptography` (OpenSSL) is imported where a file is sealed or opened: the window lists
# the reviews at start and needs none of it then (#22).


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log_n, r=r, p=p).derive(normalise(passphrase))


def _check(key: bytes) -> bytes:
    return hmac.new(key, _CHECK, hashlib.sha256).digest()[:16]


def seal(plaintext: bytes, passphrase: str, magic: bytes) -> bytes:
    """`plaintext` sealed under `passphrase`; `magic` (8 bytes) names the kind of file."""
    assert len(magic) == 8
    if not passphrase:
        raise ValidationError(SEAL_NEEDS_PASSPHRASE)
    cost = SCRYPT_COST
    log_n = cost["n"].bit_length() - 1
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _key(passphrase, salt, log_n, cost["r"], cost["p"])
    head = _HEAD.pack(magic, VERSION, log_n, cost["r"], cost["p"], salt, nonce, _check(key))
    header = head + hashlib.sha256(head).digest()[:_DIGEST]
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def is_sealed(data: bytes, magic: bytes) -> bool:
    return data[:8] == magic


def unseal(data: bytes, passphrase: str, magic: bytes, what: str) -> bytes:
    """The plaintext of a file `seal` made; `what` names the file in messages."""
    if len(data) < HEADER_SIZE + 16 or data[:8] != magic:
        raise SealedFileError(SEALED_NOT_OURS, what=what)
    head, digest = data[: _HEAD.size], data[_HEAD.size : HEADER_SIZE]
    if not hmac.compare_digest(hashlib.sha256(head).digest()[:_DIGEST], digest):
        raise SealedFileError(SEALED_DAMAGED, what=what)
    _, version, log_n, r, p, salt, nonce, check = _HEAD.unpack(head)
    if version != VERSION:
        raise SealedFileError(SEALED_TOO_NEW, what=what)
    if log_n not in _LOG_N_RANGE or not 1 <= r <= 16 or not 1 <= p <= 4:
        raise SealedFileError(SEALED_DAMAGED, what=what)
    key = _key(passphrase, salt, log_n, r, p)
    if not hmac.compare_digest(_check(key), check):
        raise WrongPassphraseError(SEALED_WRONG_PASSPHRASE, what=what)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except InvalidTag:
        raise SealedFileError(SEALED_DAMAGED, what=what) from None


def read_sealed(path: Path, passphrase: str, magic: bytes) -> bytes:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(SEALED_UNREADABLE, path=path.name, error=error.strerror) from None
    return unseal(data, passphrase, magic, path.name)


def write_sealed(
    target: Path,
    plaintext: bytes,
    passphrase: str,
    magic: bytes,
    check: Callable[[Path], None] | None = None,
) -> None:
    """Sealed in memory, then written atomically: the plaintext never reaches the disk.
    `check` is run on the written temporary file before the rename (see core.files)."""
    write_bytes(Path(target), seal(plaintext, passphrase, magic), check)
