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
    # (ui/quiet_gc.py).
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: Sequence[str] | None) -> int:
    from ..core.errors import DatabaseCorruptError, JournalError
    from ..paths import AppPaths
    from .parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if args.command is None:
        from ..ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(paths, profile=args.profile_startup)

    from ..core.journal import Journal, needs_passphrase
    from ..core.keys import WrongPassphraseError
    from .commands import COMMANDS
    from .encryption_cli import unlock_key
    from .safety import on_damaged

    gc.enable()
    key = None
    try:
        try:
            key = unlock_key(paths, args) if needs_passphrase(paths) else None
            with Journal.open(paths, key) as journal:
                COMMANDS[args.command](journal, args)
        except DatabaseCorruptError as damaged:
            hint = on_damaged(paths, args, key)  # an encrypted journal's backups need its key
            if hint is None:
                return 0
            print(f"{PROG}: {damaged}", file=sys.stderr)
            print(f"{PROG}: {hint}", file=sys.stderr)
            return 1
    except WrongPassphraseError as wrong:
        print(f"{PROG}: {str(wrong).rstrip('.').lower()}", file=sys.stderr)  # wrong passphrase
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
