"""The key of an encrypted journal, and the two ways to reach it.

The journal is encrypted by SQLCipher with a random 256-bit *data key*, applied as a raw key.
That key is never stored as it is: the key file (`journal.keys`, beside the journal) holds it
twice, wrapped (AES-256-GCM) by

- a key derived from the person's passphrase with scrypt (OWASP's cost: N=2^17, r=8, p=1),
- a key derived from a printable *recovery key* shown once, when encryption is turned on.

Changing the passphrase re-wraps the data key; the journal itself is not re-encrypted. A wrong
passphrase fails the wrap's authentication and is reported as a wrong passphrase; a check
value (HMAC of the data key) then tells a key that does not fit the journal from a damaged
journal, which SQLCipher alone cannot tell apart.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import JournalError, StorageError, ValidationError
from .files import write_text
from .messages import (
    KEY_FILE_AT_DAMAGED,
    KEY_FILE_DAMAGED,
    KEY_FILE_MISSING,
    KEY_FILE_NOT_OURS,
    KEY_FILE_TOO_NEW,
    NOT_RECOVERY_KEY,
    PASSPHRASE_TOO_SHORT,
    WRONG_PASSPHRASE,
    WRONG_RECOVERY_KEY,
)

FORMAT = "boundary-journal-keys"
VERSION = 1
# OWASP's minimum for scrypt; tests lower it through `Keyring.create(cost=…)`.
SCRYPT_COST = {"n": 2**17, "r": 8, "p": 1}
MIN_PASSPHRASE = 8
RECOVERY_BYTES = 20  # 160 bits → 32 base32 letters, written in 8 groups of 4
_AAD = b"boundary-journal data key v1"
_CHECK = b"boundary-journal key check"
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class WrongPassphraseError(JournalError):
    """The passphrase (or recovery key) does not open this journal."""


class KeyFileError(StorageError):
    """The key file is missing or damaged."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise(passphrase: str) -> bytes:
    """The same passphrase typed on any system gives the same bytes (NFC)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(PASSPHRASE_TOO_SHORT, limit=MIN_PASSPHRASE)


def format_recovery_key(raw: bytes) -> str:
    bits = int.from_bytes(raw, "big")
    letters = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(len(raw) * 8 // 5)))
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def parse_recovery_key(text: str) -> bytes:
    letters = "".join(c for c in text.upper() if c.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(letters) != RECOVERY_BYTES * 8 // 5 or any(c not in _ALPHABET for c in letters):
        raise WrongPassphraseError(NOT_RECOVERY_KEY)
    bits = 0
    for c in letters:
        bits = (bits << 5) | _ALPHABET.index(c)
    return bits.to_bytes(RECOVERY_BYTES, "big")


# `cryptography` (OpenSSL) is imported where a key is made or opened, not with this module:
# its errors and names are everywhere, and a plain journal's window needs no OpenSSL (#22).


def _scrypt(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=cost["n"], r=cost["r"], p=cost["p"])
    return kdf.derive(normalise(passphrase))


def _hkdf(recovery: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"boundary-journal recovery")
    return kdf.derive(recovery)


def _wrap(kek: bytes, data_key: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, _AAD))}


def _unwrap(kek: bytes, box: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(kek).decrypt(_unb64(box["nonce"]), _unb64(box["wrapped"]), _AAD)


def key_check(data_key: bytes) -> str:
    return _b64(hmac.new(data_key, _CHECK, hashlib.sha256).digest()[:16])


@dataclass(frozen=True)
class Keyring:
    """The key file's contents: the data key wrapped twice, and its check value."""

    passphrase_box: dict[str, Any]
    recovery_box: dict[str, Any]
    check: str

    # -- making ------------------------------------------------------------------------------
    @classmethod
    def create(
        cls, passphrase: str, cost: dict[str, int] | None = None
    ) -> tuple[Keyring, bytes, str]:
        """A new data key wrapped for `passphrase`; returns the keyring, the data key and
        the recovery key to show the person once."""
        check_new_passphrase(passphrase)
        data_key = secrets.token_bytes(32)
        recovery = secrets.token_bytes(RECOVERY_BYTES)
        ring = cls._build(data_key, passphrase, recovery, cost or SCRYPT_COST)
        return ring, data_key, format_recovery_key(recovery)

    @classmethod
    def _build(
        cls,
        data_key: bytes,
        passphrase: str,
        recovery: bytes | None,
        cost: dict[str, int],
        recovery_box: dict[str, Any] | None = None,
    ) -> Keyring:
        salt = os.urandom(16)
        passphrase_box = {"kdf": "scrypt", **cost, "salt": _b64(salt)}
        passphrase_box |= _wrap(_scrypt(passphrase, salt, cost), data_key)
        if recovery is not None:
            rsalt = os.urandom(16)
            recovery_box = {"kdf": "hkdf-sha256", "salt": _b64(rsalt)}
            recovery_box |= _wrap(_hkdf(recovery, rsalt), data_key)
        assert recovery_box is not None
        return cls(passphrase_box, recovery_box, key_check(data_key))

    def with_passphrase(self, data_key: bytes, passphrase: str) -> Keyring:
        """The same data key (and recovery key) wrapped for a new passphrase."""
        check_new_passphrase(passphrase)
        cost = {k: int(self.passphrase_box[k]) for k in ("n", "r", "p")}
        return self._build(data_key, passphrase, None, cost, recovery_box=self.recovery_box)

    # -- opening -----------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        box = self.passphrase_box
        try:
            cost = {k: int(box[k]) for k in ("n", "r", "p")}
            kek = _scrypt(passphrase, _unb64(box["salt"]), cost)
            return self._checked(_unwrap(kek, box))
        except InvalidTag:
            raise WrongPassphraseError(WRONG_PASSPHRASE) from None
        except (KeyError, ValueError, TypeError) as error:
            raise KeyFileError(KEY_FILE_DAMAGED, error=error) from None

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        raw = parse_recovery_key(recovery_key)
        box = self.recovery_box
        try:
            return self._checked(_unwrap(_hkdf(raw, _unb64(box["salt"])), box))
        except InvalidTag:
            raise WrongPassphraseError(WRONG_RECOVERY_KEY) from None
        except (KeyError, ValueError, TypeError) as error:
            raise KeyFileError(KEY_FILE_DAMAGED, error=error) from None

    def _checked(self, data_key: bytes) -> bytes:
        if not hmac.compare_digest(key_check(data_key), self.check):
            raise KeyFileError(KEY_FILE_NOT_OURS)
        return data_key

    # -- the file ----------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "cipher": "sqlcipher4-raw-key",
                "passphrase": self.passphrase_box,
                "recovery": self.recovery_box,
                "check": self.check,
            },
            indent=2,
        )

    def save(self, path: Path) -> None:
        write_text(path, self.to_json() + "\n")

    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a Boundary Journal key file")
            if int(data.get("version", 0)) > VERSION:
                raise KeyFileError(KEY_FILE_TOO_NEW)
            return cls(dict(data["passphrase"]), dict(data["recovery"]), str(data["check"]))
        except FileNotFoundError:
            raise KeyFileError(KEY_FILE_MISSING, path=path.name) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileError(KEY_FILE_AT_DAMAGED, path=path.name, error=error) from None


def sqlcipher_key(data_key: bytes) -> str:
    """The PRAGMA key value for a raw key: never logged, never put in a URL."""
    return f"\"x'{data_key.hex()}'\""
