"""Argument parsing only: what the command line accepts. Commands live in `commands.py`."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence

from .. import __version__
from .encryption_cli import add_encryption_commands, add_passphrase_options
from .parser_boundaries import add_boundary_commands
from .parser_reflection import add_agreement_command, add_lang, add_reflection_commands
from .parser_review import add_review_commands
from .safety import add_safety_commands
from .sample_cli import add_sample_command
from .transfer import add_transfer_commands

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    from typing import Any


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def time_arg(value: str) -> dt.time:
    try:
        return dt.datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {value!r}") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, not {value!r}")
    return number


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = action.choices.get(name)
            return found if isinstance(found, argparse.ArgumentParser) else None
    return None


def _options(parser: argparse.ArgumentParser) -> dict[str, bool]:
    """Each option string of `parser`, and whether a value follows it."""
    return {
        option: action.nargs != 0 for action in parser._actions for option in action.option_strings
    }


def _command_at(parser: argparse.ArgumentParser, argv: Sequence[str]) -> int | None:
    """Where the command is in `argv`: the first word that is not a global option or its
    value (or something argparse will call an invalid choice). None: there is none."""
    top = _options(parser)
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        if argv[i] == "--":
            return None
        i += 1 + (top.get(argv[i], False) and "=" not in argv[i])
    return i if i < len(argv) else None


def search_argv(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`search -word`, `search a -b`: after `search`, whatever is not one of its options is
    the query, even when it starts with "-" (and everything after `--` is). The words are
    passed on after `--`, where argparse takes them as they are."""
    argv = list(argv)
    search = _subparser(parser, "search")
    i = _command_at(parser, argv)
    if i is None or argv[i] != "search" or search is None:
        return argv
    own = _options(search)
    options, words = argv[: i + 1], []
    rest = iter(argv[i + 1 :])
    for token in rest:
        name = token.partition("=")[0]
        if token == "--":
            words += list(rest)
        elif token.startswith("--") and name in own:
            options.append(token)
            if own[name] and "=" not in token:
                options += [next(rest, "")]
        elif token in ("-h",):
            options.append(token)
        else:
            words.append(token)
    return [*options, "--", " ".join(words)] if words else options


# File names may be any bytes (Linux allows it); everything else goes into the journal.
PATH_ARGUMENTS = frozenset({"data_dir", "out", "path", "passphrase_file", "new_passphrase_file"})


def undecodable(args: argparse.Namespace) -> str | None:
    """The option or argument holding bytes that are not UTF-8, if any."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        values = value if isinstance(value, list) else [value]
        for one in values:
            if isinstance(one, str):
                try:
                    one.encode("utf-8")
                except UnicodeEncodeError:
                    return f"--{name.replace('_', '-')}" if name != "query" else "the query"
    return None


def _common() -> argparse.ArgumentParser:
    # Global options work before or after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the journal in DIR (default: the user data folder, "
        "or $BOUNDARY_JOURNAL_DATA_DIR)",
    )
    add_passphrase_options(common)
    return common


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--client",
        action="append",
        default=[],
        metavar="NAME",
        help="only entries about this client (repeat to require several)",
    )
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only entries with this tag (repeatable)",
    )
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=positive_int, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON (see README)")


def _entry_fields(p: argparse.ArgumentParser, editing: bool) -> None:
    p.add_argument(
        "--date",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=None if editing else "the entry's date (default: today)",
    )
    p.add_argument(
        "--time",
        type=time_arg,
        metavar="HH:MM",
        help=None if editing else "the entry's time (default: now)",
    )
    p.add_argument("--title")
    p.add_argument(
        "--client",
        action="append",
        metavar="NAME",
        help="a client this entry is about (repeatable; new names are created)"
        + ("; replaces the entry's clients" if editing else ""),
    )
    p.add_argument(
        "--tag",
        action="append",
        metavar="TAG",
        help="a tag (repeatable)" + ("; replaces the entry's tags" if editing else ""),
    )
    privacy = p.add_mutually_exclusive_group()
    privacy.add_argument(
        "--private", action="store_true", default=None, help="private: never exported"
    )
    if editing:
        privacy.add_argument("--not-private", dest="private", action="store_false")
    p.add_argument(
        "--text",
        metavar="TEXT",
        help="the body (Markdown); '-' reads it from standard input"
        + ("" if editing else " (also the default when input is piped)"),
    )
    p.add_argument("--json", action="store_true")


class _Unused:
    """Stands for the parser of a command not on the command line: what its arguments would
    be is not worked out (building all forty parsers was most of `--help`'s time). Every
    call answers itself, so that add_argument, groups and sub-commands need no `if`."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kw: self


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given `argv`, only the parser of its command is built beside the
    names and help lines of the others (what `--help` lists)."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="boundary-journal",
        parents=[common],
        description="A private journal about professional boundaries with clients. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--profile-startup",
        action="store_true",
        help="open the app, print the milliseconds from start to the first paint with the "
        "list filled (and the memory held) to stderr, and quit",
    )
    at = None if argv is None else _command_at(parser, argv)
    only = None if argv is None or at is None else argv[at]
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        if argv is not None and name != only:
            sub.add_parser(name, help=help_text, add_help=False)
            return _Unused()  # type: ignore[return-value]
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    _entry_fields(command("add", "write a new entry; prints its id"), editing=False)
    p = command("list", "list entries, newest first")
    _filters(p)
    p.add_argument("--trash", action="store_true", help="list the entries in the trash")
    p = command("show", "show one entry with its incidents, answers and ratings")
    p.add_argument("id", type=positive_int)
    p.add_argument("--json", action="store_true")
    add_lang(p)
    p = command("edit", "change an entry; only the options given change")
    p.add_argument("id", type=positive_int)
    _entry_fields(p, editing=True)
    command("delete", "move an entry to the trash").add_argument("id", type=positive_int)
    p = command("search", "full-text search, best matches first")
    p.add_argument(
        "query",
        help='words in any form, "a phrase", -excluded, a OR b, client:NAME, tag:TAG, '
        "kind:KIND, from:DATE, to:DATE, is:private, has:incident (README: Search syntax); "
        "everything that is not an option is the query, even a first word starting with -",
    )
    p.add_argument(
        "--sort", choices=("rank", "newest"), default="rank", help="best matches or newest first"
    )
    _filters(p)

    p = command("clients", "list clients with their entry counts, or change them")
    p.add_argument("--json", action="store_true")
    csub = p.add_subparsers(dest="action", metavar="ACTION")
    q = csub.add_parser("add", help="add a client", parents=[common])
    q.add_argument("name")
    q.add_argument("--organisation", default="")
    q.add_argument("--colour", default="", metavar="#RRGGBB")
    q.add_argument("--notes", default="")
    q = csub.add_parser("rename", help="rename a client", parents=[common])
    q.add_argument("name")
    q.add_argument("new_name")
    q = csub.add_parser("merge", help="move all entries of one client to another", parents=[common])
    q.add_argument("name", help="the client that disappears")
    q.add_argument("into", help="the client that keeps both histories")
    q = csub.add_parser("archive", help="archive a client (hidden from pickers)", parents=[common])
    q.add_argument("name")
    q.add_argument("--undo", action="store_true", help="bring the client back")
    q = csub.add_parser(
        "alias",
        help="list, add or remove a client's other names (short, old, transliterated names; "
        "with --person, the names of its people), all replaced when pseudonymising",
        parents=[common],
    )
    q.add_argument("name")
    q.add_argument("--add", action="append", default=[], metavar="OTHER")
    q.add_argument("--remove", action="append", default=[], metavar="OTHER")
    q.add_argument(
        "--person",
        action="store_true",
        help="the names added are people's (exported as Person 1, Person 2…); a name the "
        "client already has changes kind",
    )
    q.add_argument("--json", action="store_true")
    add_agreement_command(lambda name, **kw: csub.add_parser(name, parents=[common], **kw))

    p = command("tags", "list tags with their entry counts")
    p.add_argument("--json", action="store_true")
    add_reflection_commands(command, common, date_arg)
    add_transfer_commands(command, date_arg)
    add_review_commands(command, common, date_arg)
    add_safety_commands(command)
    add_boundary_commands(command)
    add_sample_command(command)
    add_encryption_commands(command)
    return parser
