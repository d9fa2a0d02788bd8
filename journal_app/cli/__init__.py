"""The command line: `boundary-journal [--data-dir DIR] [COMMAND ...]`.

With no command it opens the app; with one, it is a thin face on the same core services.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

PROG = "boundary-journal"


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up is mostly imports (Qt, SQLAlchemy, pydantic): hundreds of thousands of new
    # objects and no garbage worth a collection. Python's collector, left on, walks them
    # again and again (a tenth of the time to the first window). It is switched back on once
    # the command is ready to run, or, in the window, once the list is first painted
    # (ui/window/quiet_gc.py).
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: Sequence[str] | None) -> int:
    from ..core.errors import DamagedRowError, DatabaseCorruptError, JournalError, StorageError
    from ..paths import AppPaths
    from .parser import build_parser, search_argv, undecodable
    from .review import review_to_open

    parser = build_parser()
    raw, review = review_to_open(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(search_argv(parser, raw))
    bad = undecodable(args)
    if bad is not None:
        # The terminal sent bytes that are not UTF-8 (Python keeps them as surrogates).
        print(f"{PROG}: {bad} is not UTF-8 text; nothing was written.", file=sys.stderr)
        return 2
    if getattr(args, "command", None) == "export" and not args.format and not args.rescue:
        parser.error("export needs --format (or --rescue)")
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if args.command is None:
        from ..ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(paths, profile=args.profile_startup, review=review)

    from ..core.journal import Journal, needs_passphrase
    from ..core.keys import WrongPassphraseError
    from .commands import COMMANDS
    from .damaged import RESCUE_HINT, cmd_rescue
    from .encryption_cli import unlock_key
    from .review import journal_args
    from .safety import on_damaged

    gc.enable()
    read_only: str | None = None
    key = None
    try:
        try:
            key = unlock_key(paths, journal_args(args)) if needs_passphrase(paths) else None
            if args.command == "export" and args.rescue:
                report = cmd_rescue(paths, args, key)
                return 0 if report.complete else 1
            with Journal.open(paths, key) as journal:
                read_only = journal.read_only
                if read_only is not None:
                    print(f"{PROG}: the journal is open read-only: {read_only}.", file=sys.stderr)
                COMMANDS[args.command](journal, args)
        except DamagedRowError as damaged:
            print(f"{PROG}: {damaged}", file=sys.stderr)
            if RESCUE_HINT not in str(damaged):
                print(f"{PROG}: {RESCUE_HINT}", file=sys.stderr)
            return 1
        except DatabaseCorruptError as damaged:
            hint = on_damaged(paths, args, key)  # an encrypted journal's backups need its key
            if hint is None:
                return 0
            print(f"{PROG}: {damaged}", file=sys.stderr)
            print(f"{PROG}: {hint} Or: {RESCUE_HINT}", file=sys.stderr)
            return 1
    except WrongPassphraseError as wrong:
        said = str(wrong).rstrip(".")  # "wrong passphrase", "wrong passphrase for R.bjreview"
        print(f"{PROG}: {said[:1].lower()}{said[1:]}", file=sys.stderr)
        return 1
    except StorageError as error:
        print(f"{PROG}: {_unwritable(error, read_only)}", file=sys.stderr)
        return 1
    except JournalError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (`| head`) has gone: stop quietly, and keep Python from complaining
        # about the unflushed rest at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        print(
            f"{PROG}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _unwritable(error: Exception, read_only: str | None) -> str:
    """A change refused by a journal open read-only says why it was open so."""
    from ..core.db import DISK_FULL

    if read_only is None or "cannot be written" not in str(error):
        return str(error)
    if read_only == DISK_FULL:
        return "The disk is full: nothing was saved. Free some space and try again."
    return f"Nothing was saved: {read_only}."
