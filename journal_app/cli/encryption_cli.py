"""Encrypted journals on the command line: where the passphrase comes from, and the
`encrypt`, `decrypt` and `change-passphrase` commands.

The passphrase is read from `--passphrase-file FILE`, else from $BOUNDARY_JOURNAL_PASSPHRASE,
else asked for on the terminal (never echoed). A wrong one exits 1 with "wrong passphrase".
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from ..core.errors import JournalError, ValidationError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:  # the parser imports this module: it loads no storage (issue #22)
    from ..core.journal import Journal
    from ..paths import AppPaths

PASSPHRASE_ENV = "BOUNDARY_JOURNAL_PASSPHRASE"
Command = Callable[[str, str], argparse.ArgumentParser]


def add_passphrase_options(common: argparse.ArgumentParser) -> None:
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"read an encrypted journal's passphrase from FILE (or set ${PASSPHRASE_ENV})",
    )
    common.add_argument(
        "--recovery-key",
        action="store_true",
        default=argparse.SUPPRESS,
        help="unlock an encrypted journal with its recovery key instead (asked for)",
    )


def add_encryption_commands(command: Command) -> None:
    p = command("encrypt", "encrypt the journal and its backups; prints the recovery key once")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the passphrase to set")
    command("decrypt", "store the journal and its backups unencrypted again")
    p = command("change-passphrase", "set a new passphrase (the journal is not re-encrypted)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase")


def _read_file(name: str) -> str:
    try:
        from pathlib import Path

        text = Path(name).expanduser().read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError(
            f"The passphrase file cannot be read: {error.strerror}: {name}"
        ) from None
    return text.rstrip("\r\n")


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise ValidationError(
            "This journal is encrypted: give its passphrase with --passphrase-file FILE "
            f"or ${PASSPHRASE_ENV}."
        )
    return getpass.getpass(prompt)


def passphrase(args: argparse.Namespace) -> str:
    name = getattr(args, "passphrase_file", None)
    if name:
        return _read_file(name)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return _ask("Passphrase: ")


def unlock_key(paths: AppPaths, args: argparse.Namespace) -> bytes:
    from ..core.encryption import unlock

    if getattr(args, "recovery_key", False):
        return unlock(paths, recovery_key=_ask("Recovery key: "))
    return unlock(paths, passphrase(args))


def new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return _read_file(args.new_passphrase_file)
    if args.command == "encrypt" and (
        getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV)
    ):
        return passphrase(args)
    first = _ask("New passphrase: ")
    if _ask("The same again: ") != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def app_is_running(paths: AppPaths) -> bool:
    """The window holds a lock file naming its process (see ui.window.single_instance)."""
    try:
        pid = int(paths.lock_path.read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def _refuse_while_open(paths: AppPaths) -> None:
    if app_is_running(paths):
        raise ValidationError("Boundary Journal is open on this journal: close it first.")


def cmd_encrypt(journal: Journal, args: argparse.Namespace) -> None:
    """The recovery key is printed (and flushed) before any file is encrypted with it."""
    from ..core.encryption import carry_out, prepare_encrypt
    from ..paths import AppPaths

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    _refuse_while_open(paths)
    plan = prepare_encrypt(journal, paths, new_passphrase(args))
    print("Your recovery key — write it down or print it, and keep it apart from this computer.")
    print("It opens the journal if the passphrase is forgotten; it is not shown again:\n")
    print(f"    {plan.recovery_key}\n", flush=True)
    try:
        carry_out(plan)
    except JournalError as error:
        if journal.encrypted:
            raise  # encrypted with the key above; the rest is finished at the next open
        raise type(error)(f"{error} Nothing was encrypted: the key above is not used.") from error
    print("The journal and its backups are encrypted.")


def cmd_decrypt(journal: Journal, args: argparse.Namespace) -> None:
    from ..core.encryption import decrypt
    from ..paths import AppPaths

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    _refuse_while_open(paths)
    decrypt(journal, paths)
    print("The journal and its backups are no longer encrypted.")


def cmd_change_passphrase(journal: Journal, args: argparse.Namespace) -> None:
    from ..core.encryption import change_passphrase
    from ..paths import AppPaths

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    change_passphrase(journal, paths, new_passphrase(args))
    print("The passphrase is changed; the recovery key still works.")
