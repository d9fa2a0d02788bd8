"""The command line: `boundary-journal [--data-dir DIR] [COMMAND ...]`.

With no command it opens the app; with one, it is a thin face on the same core services.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    import argparse

    from ..core.said import Said
    from ..paths import AppPaths

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
    args_given = sys.argv[1:] if argv is None else list(argv)
    if args_given == ["--version"]:  # what argparse prints, without building every parser
        from .. import __version__

        print(f"{PROG} {__version__}")
        raise SystemExit(0)  # as argparse's version action ends
    window = _window_only(args_given)
    if window is not None:  # the window, as the parser would open it, without building it
        from ..paths import AppPaths
        from ..ui.app import run_gui

        data_dir, profile = window
        return run_gui(AppPaths.resolve(data_dir), profile=profile)
    _remember_translations()

    from ..core.errors import DamagedRowError, DatabaseCorruptError, JournalError, StorageError
    from .parser import build_parser, search_argv, undecodable
    from .parser_review import review_to_open

    raw, review = review_to_open(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(raw)
    args = parser.parse_args(search_argv(parser, raw))
    bad = undecodable(args)
    if bad is not None:
        # The terminal sent bytes that are not UTF-8 (Python keeps them as surrogates).
        print(f"{PROG}: {bad} is not UTF-8 text; nothing was written.", file=sys.stderr)
        return 2
    if getattr(args, "command", None) == "export" and not args.format and not args.rescue:
        parser.error("export needs --format (or --rescue)")
    from ..paths import AppPaths

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if args.command is None:
        from ..ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(paths, profile=args.profile_startup, review=review)

    gc.enable()
    if args.command in QUICK:
        try:
            if _quick(paths, args):
                return 0
        except BrokenPipeError:
            return _pipe_closed()
        except JournalError as error:  # add's: a locked journal, input that is not UTF-8
            print(f"{PROG}: {error}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130

    from ..core.journal import Journal, needs_passphrase
    from ..core.keys import WrongPassphraseError
    from .commands import COMMANDS
    from .damaged import RESCUE_HINT, cmd_rescue
    from .encryption_cli import unlock_key
    from .review import journal_args
    from .safety import on_damaged

    read_only: Said | None = None
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
        return _pipe_closed()
    except OSError as error:
        print(
            f"{PROG}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _window_only(argv: list[str]) -> tuple[str | None, bool] | None:
    """`boundary-journal`, `--data-dir DIR` (or `--data-dir=DIR`), `--profile-startup`: the
    window with no command, as the parser reads them (its data folder, and whether to
    profile the start). None for anything else, which the parser reads (and says what is
    wrong with)."""
    data_dir: str | None = None
    profile = False
    rest = iter(argv)
    for token in rest:
        if token == "--profile-startup" and not profile:
            profile = True
        elif token == "--data-dir" and data_dir is None:
            data_dir = next(rest, None)
            if data_dir is None or data_dir.startswith("-"):
                return None
        elif token.startswith("--data-dir=") and data_dir is None:
            data_dir = token.removeprefix("--data-dir=")
        else:
            return None
    return data_dir, profile


def _remember_translations() -> None:
    """argparse asks gettext for each of its words once per parser, and gettext looks for
    the catalogue on disk every time (a third of building the parser). The answer cannot
    change within a process: each is looked up once."""
    import argparse
    import functools
    import gettext

    if not isinstance(argparse._, functools._lru_cache_wrapper):  # type: ignore[attr-defined]
        argparse._ = functools.lru_cache(maxsize=None)(gettext.gettext)  # type: ignore[attr-defined]


# The commands that may take the quick path (cli/quick.py: no SQLAlchemy, no ORM).
QUICK = ("list", "search", "show", "stats", "tags", "clients", "brief", "add")


def _quick(paths: AppPaths, args: argparse.Namespace) -> bool:
    from .quick import run

    return run(paths, args)


def _pipe_closed() -> int:
    """The reader (`| head`) has gone: stop quietly, and keep Python from complaining about
    the unflushed rest at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _unwritable(error: Exception, read_only: Said | None) -> str:
    """A change refused by a journal open read-only says why it was open so."""
    from ..core.db import DISK_FULL
    from ..core.errors import JournalError
    from ..core.messages import CANNOT_WRITE, READ_ONLY

    refused = isinstance(error, JournalError) and error.code in (READ_ONLY.code, CANNOT_WRITE.code)
    if read_only is None or not refused:
        return str(error)
    if read_only.code == DISK_FULL.code:
        return "The disk is full: nothing was saved. Free some space and try again."
    return f"Nothing was saved: {read_only}."
