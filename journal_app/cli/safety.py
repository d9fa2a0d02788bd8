"""`backup`, `backups`, `restore`, `check`: the journal's safety net from the terminal.

`backups`, `restore` and `check` also work when the journal itself is damaged and cannot be
opened: `restore` then moves the damaged file aside and puts the backup in its place."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..core.errors import NotFoundError, ValidationError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:  # the parser imports this module: it loads no storage (issue #22)
    from ..core.backups import BackupInfo, BackupService
    from ..core.journal import Journal
    from ..paths import AppPaths

Command = Callable[[str, str], argparse.ArgumentParser]
WORKS_ON_DAMAGED = ("backups", "restore", "check")


def add_safety_commands(command: Command) -> None:
    command("backup", "make a verified backup now; prints where")
    p = command("backups", "list the backups, newest first (date, size, entries)")
    p.add_argument("--json", action="store_true")
    p = command(
        "restore",
        "restore ID: bring an entry back from the trash; restore BACKUP or --latest: replace "
        "the journal with a backup (the current state is backed up first)",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "name", nargs="?", metavar="ID|BACKUP", help="an entry's id, or a name from `backups`"
    )
    which.add_argument("--latest", action="store_true", help="the newest backup that verifies")
    command("check", "check the journal for damage (SQLite and the search index)")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def backup_line(b: BackupInfo) -> str:
    from . import output

    entries = output.entries(b.entries) if b.entries is not None else "unreadable"
    if b.size == 0:
        entries = "empty: never restored"
    return f"{b.name}  {b.created:%Y-%m-%d %H:%M}  {b.kind:<22} {_size(b.size):>9}  {entries}"


def backup_json(b: BackupInfo) -> dict[str, object]:
    return {
        "name": b.name,
        "path": str(b.path),
        "kind": b.kind,
        "created": b.created.isoformat(timespec="seconds"),
        "size": b.size,
        "entries": b.entries,
    }


def offline_backups(paths: AppPaths, key: bytes | None = None) -> BackupService:
    """Backups of a journal that cannot be opened: they can be listed, checked and restored
    (an encrypted journal's with its key: they are encrypted with it too)."""

    from ..core.backups import BackupService
    from ..core.db import keyed_connect

    def no_source() -> object:
        raise ValidationError("The journal cannot be opened, so no new backup can be made.")

    return BackupService(paths.backups_dir, no_source, lambda p: keyed_connect(p, key))


def _chosen(service: BackupService, args: argparse.Namespace) -> BackupInfo:
    if args.latest:
        found = service.latest_good()
        if found is None:
            raise NotFoundError("There is no backup that verifies.")
        return found
    return service.find(args.name)


def cmd_backup(journal: Journal, args: argparse.Namespace) -> None:
    assert journal.backups is not None
    print(journal.backups.create("manual"))


def cmd_backups(journal: Journal, args: argparse.Namespace) -> None:
    assert journal.backups is not None
    show_backups(journal.backups, args)


def show_backups(service: BackupService, args: argparse.Namespace) -> None:
    from . import output

    found = service.list()
    if args.json:
        output.print_json([backup_json(b) for b in found])
        return
    for b in found:
        print(backup_line(b))
    if not found:
        print("No backups yet (one is made each day the app starts; `backup` makes one now).")


def cmd_restore(journal: Journal, args: argparse.Namespace) -> None:
    from . import output

    if args.name and args.name.isdigit():
        journal.entries.restore(int(args.name))
        print(f"Entry #{args.name} restored.")
        return
    assert journal.backups is not None
    chosen = _chosen(journal.backups, args)
    before = journal.backups.restore(chosen.path)
    restored = f"Restored {chosen.name} ({output.entries(chosen.entries)})."
    print(f"{restored} The state before: {before.name}")


def cmd_check(journal: Journal, args: argparse.Namespace) -> None:
    problems = journal.check()
    if problems:
        raise ValidationError("The journal has problems: " + "; ".join(problems[:5]))
    print("The journal is in good order.")


def on_damaged(paths: AppPaths, args: argparse.Namespace, key: bytes | None = None) -> str | None:
    """Run a recovery command on a journal that cannot be opened (`key`: its key, when it is
    encrypted); returns the hint to print for any other command."""
    from ..core.backups import check_file, recover
    from . import output

    service = offline_backups(paths, key)
    connect = service.connect
    if args.command == "backups":
        show_backups(service, args)
        return None
    if args.command == "restore" and not (args.name or "").isdigit():
        chosen = _chosen(service, args)
        aside = recover(paths.db_path, chosen.path, connect)
        print(f"Restored {chosen.name} ({output.entries(chosen.entries)}).")
        print(f"The damaged file is kept as {aside}")
        return None
    if args.command == "check":
        raise ValidationError(f"The journal is damaged: {check_file(paths.db_path, connect)}")
    good = service.latest_good()
    if good is None:
        return "There is no backup to restore from."
    return (
        f"The latest good backup is {good.name} ({good.created:%Y-%m-%d %H:%M}, "
        f"{output.entries(good.entries)}): `boundary-journal restore {good.name}` puts it in place "
        "and keeps the damaged file."
    )
