"""What commands take from their arguments beyond parsing: an entry's draft (its body from
standard input when asked) and the language to answer in. Shared by the ordinary commands
and the quick path (cli/quick.py), so it imports no storage."""

from __future__ import annotations

import argparse
import os
import sys

from ..core.catalogue import language
from ..core.errors import ValidationError
from ..core.records import EntryDraft


def cli_language(args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None)
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    return language(chosen or env)


def read_stdin() -> str:
    try:
        return sys.stdin.read()
    except UnicodeDecodeError as error:
        raise ValidationError(
            f"The text on standard input is not UTF-8 (a byte that does not fit at position "
            f"{error.start}); nothing was written."
        ) from None


def body(args: argparse.Namespace, editing: bool) -> str | None:
    if args.text == "-" or (args.text is None and not editing and not sys.stdin.isatty()):
        return read_stdin()
    if args.text is None and not editing:
        print("Write the entry, then press Ctrl+D on a new line.", file=sys.stderr)
        return read_stdin()
    return args.text


def draft(args: argparse.Namespace, editing: bool) -> EntryDraft:
    return EntryDraft(
        date=args.date,
        time=args.time,
        title=args.title,
        body=body(args, editing),
        private=args.private,
        clients=tuple(args.client) if args.client is not None else None,
        tags=tuple(args.tag) if args.tag is not None else None,
    )
