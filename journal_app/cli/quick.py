"""The read commands (`list`, `search`, `show`, `stats`, `tags`, the list of `clients`,
`brief`) and `add` on the quick path (core/reads/): no SQLAlchemy, no SQLModel, no ORM
objects for rows that are only printed (issue #22). They print what commands.py prints;
whenever the quick path cannot answer alike — a journal that needs Journal.open, a name that
is no client's, a row that does not read, a client `add` would create, a brief written to a
file — `run` says so by returning False before printing (or, for `add`, reading) anything,
and the command runs the ordinary way."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..core.errors import StorageError
from ..core.reads import NeedsJournalError, Reads, UnreadableError
from ..core.records import EntryFilter
from ..paths import AppPaths
from . import output
from .args import cli_language, draft

QUICK = ("list", "search", "show", "stats", "tags", "clients", "brief", "add")


def _filter(reads: Reads, args: argparse.Namespace) -> EntryFilter | None:
    """The command's filter, or None when only Journal can make it (a mistake to report: a
    name that is no client's or tag's, dates the wrong way round)."""
    if args.date_from and args.date_to and args.date_from > args.date_to:
        return None
    clients = [reads.client_id(name) for name in args.client]
    tags = [reads.tag_id(name) for name in args.tag]
    if None in clients or None in tags:
        return None
    return EntryFilter(
        client_ids=tuple(i for i in clients if i is not None),
        tag_ids=tuple(i for i in tags if i is not None),
        date_from=args.date_from,
        date_to=args.date_to,
        trashed=getattr(args, "trash", False),
    )


def _list(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    flt = _filter(reads, args)
    if flt is None:
        return None
    if args.json:
        records = [output.entry_json(e) for e in reads.entries(flt, args.limit)]
        return lambda: output.print_json(records)
    text = "".join(output.summary_line(s) + "\n" for s in reads.summaries(flt, args.limit))
    return lambda: sys.stdout.write(text)


def _search(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    flt = _filter(reads, args)
    if flt is None:
        return None
    hits = reads.search(args.query, flt, limit=args.limit or 50, sort=args.sort)
    if args.json:
        whole = reads.get([h.entry.id for h in hits])
        records = [
            {
                **output.entry_json(whole[h.entry.id]),
                "snippet": output.marked(h.snippet, tty=False),
                "matched_in": list(h.matched_in),
            }
            for h in hits
        ]
        return lambda: output.print_json(records)

    def show() -> None:
        tty = sys.stdout.isatty()
        for hit in hits:
            print(output.hit_lines(hit, tty))
        if not hits:
            print("No entries match.", file=sys.stderr)

    return show


def _tags(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    tags = reads.tags()
    if args.json:
        return lambda: output.print_json([output.tag_json(t) for t in tags])
    return lambda: print("".join(f"#{t.name}  — {t.entries}\n" for t in tags), end="")


def _clients(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    if args.action is not None:  # a change: the ordinary way
        return None
    clients = reads.clients()
    if args.json:
        return lambda: output.print_json([output.client_json(c) for c in clients])
    lines = [
        f"{c.name}  — {output.entries(c.entries)}{'  (archived)' if c.archived else ''}\n"
        for c in clients
    ]
    return lambda: print("".join(lines), end="")


def _show(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    from ..core import catalogue

    entry = reads.get([args.id]).get(args.id)
    if entry is None:  # the ordinary path says there is none
        return None
    book, lang = catalogue.load(), cli_language(args)
    incidents = reads.incidents(entry.id, book, lang)
    answers = reads.answers(entry.id)
    texts = reads.question_texts(book, lang)
    notes = reads.notes([entry.uuid, *(i.uuid for i in incidents)])
    return lambda: output.show(entry, incidents, answers, texts, notes, args.json)


def _stats(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    from ..core import catalogue
    from ..core.trends import TrendFilter

    backwards = args.date_from and args.date_to and args.date_from > args.date_to
    if args.around is not None or backwards:
        return None  # the boundaries' view; or a range the service refuses, with its words
    clients = [reads.client_id(name) for name in args.client]
    if None in clients or not all(reads.kind_exists(key) for key in args.kind):
        return None
    flt = TrendFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        client_ids=tuple(i for i in clients if i is not None),
        kinds=tuple(args.kind),
        direction=args.direction,
    )
    t = reads.trends(flt, args.by, catalogue.load(), cli_language(args))
    return lambda: output.trends(t, args.by, args.json)


def _brief(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    from ..core import catalogue
    from ..core.reads.brief import BriefReads
    from ..core.review.brief import brief_of
    from .brief import give_brief

    if args.format or args.out:  # written to a file (PDF: Qt): the ordinary way
        return None
    lang = cli_language(args)
    brief = brief_of(BriefReads(reads, catalogue.load()), args.client, args.since, lang=lang)
    return lambda: give_brief(brief, args, lang)


def _add(reads: Reads, args: argparse.Namespace) -> Callable[[], None] | None:
    names = reads.prepare(tuple(args.client or ()), tuple(args.tag or ()))
    if names is None:
        return None
    entry_id = reads.add(draft(args, editing=False), *names)  # the body is read here
    if args.json:
        try:  # written: from here on, never the ordinary path (it would add it again)
            record = output.entry_json(reads.get([entry_id])[entry_id])
        except UnreadableError as error:
            raise StorageError(
                f"Entry #{entry_id} was saved but does not read back: {error}"
            ) from error
        return lambda: output.print_json(record)
    return lambda: print(entry_id)


_COMMANDS = {
    "list": _list,
    "search": _search,
    "show": _show,
    "stats": _stats,
    "tags": _tags,
    "clients": _clients,
    "brief": _brief,
    "add": _add,
}


def run(paths: AppPaths, args: argparse.Namespace) -> bool:
    """Answer the command on the quick path; False when it must go the ordinary way."""
    reads = Reads.open(paths, write=args.command == "add")
    if reads is None:
        return False
    with reads:
        try:
            printing = _COMMANDS[args.command](reads, args)
        except (UnreadableError, NeedsJournalError):
            return False
    if printing is None:
        return False
    printing()
    return True
