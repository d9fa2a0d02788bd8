"""Each CLI command: read the parsed arguments, call the journal's services, print."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..core.errors import DamagedRowError, NotFoundError, ValidationError
from ..core.journal import Journal
from ..core.records import EntryFilter
from . import output
from .args import cli_language, draft
from .boundaries import cmd_daysoff, cmd_events, cmd_goals, cmd_settings
from .damaged import list_readable, show_readable
from .encryption_cli import cmd_change_passphrase, cmd_decrypt, cmd_encrypt
from .reflection import (
    cmd_agreement,
    cmd_answer,
    cmd_incident,
    cmd_kinds,
    cmd_questions,
    cmd_rate,
    cmd_stats,
)
from .review import cmd_brief, cmd_review
from .safety import cmd_backup, cmd_backups, cmd_check, cmd_restore
from .sample_cli import cmd_sample
from .transfer import cmd_export, cmd_import


def _filter(journal: Journal, args: argparse.Namespace) -> EntryFilter:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError("--from is after --to.")
    return EntryFilter(
        client_ids=tuple(journal.clients.by_name(n).id for n in args.client),
        tag_ids=tuple(journal.tags.by_name(t) for t in args.tag),
        date_from=args.date_from,
        date_to=args.date_to,
        trashed=getattr(args, "trash", False),
    )


def cmd_add(journal: Journal, args: argparse.Namespace) -> None:
    entry_id = journal.entries.add(draft(args, editing=False))
    if args.json:
        output.print_json(output.entry_json(journal.entries.get(entry_id)))
    else:
        print(entry_id)


def cmd_edit(journal: Journal, args: argparse.Namespace) -> None:
    journal.entries.update(args.id, draft(args, editing=True))
    entry = journal.entries.get(args.id)
    if args.json:
        output.print_json(output.entry_json(entry))
    else:
        print(output.summary_line(entry))


def cmd_list(journal: Journal, args: argparse.Namespace) -> None:
    flt = _filter(journal, args)
    remaining = args.limit
    after = None
    records: list[dict[str, object]] = []
    shown: set[int] = set()
    try:
        while remaining is None or remaining > 0:
            page = journal.entries.summaries(flt, limit=min(500, remaining or 500), after=after)
            if not page:
                break
            for summary in page:
                if args.json:
                    records.append(output.entry_json(journal.entries.get(summary.id)))
                else:
                    print(output.summary_line(summary))
                shown.add(summary.id)
            after = page[-1].sort_key
            remaining = None if remaining is None else remaining - len(page)
    except DamagedRowError as error:
        list_readable(journal, args, shown, records, error)  # row by row from here
    if args.json:
        output.print_json(records)


def cmd_show(journal: Journal, args: argparse.Namespace) -> None:
    try:
        entry = journal.entries.get(args.id)
        lang = cli_language(args)
        incidents = journal.incidents.for_entry(entry.id, lang)
        answers = journal.questions.answers(entry.id)
    except DamagedRowError:
        show_readable(journal, args)
        return
    texts = {q.id: q.text for q in journal.questions.all(lang, include_hidden=True)}
    notes = journal.reviews.for_targets([entry.uuid, *(i.uuid for i in incidents)])
    output.show(entry, incidents, answers, texts, notes, args.json)


def cmd_delete(journal: Journal, args: argparse.Namespace) -> None:
    journal.entries.trash(args.id)
    print(f"Entry #{args.id} moved to the trash (restore it with: restore {args.id}).")


def cmd_search(journal: Journal, args: argparse.Namespace) -> None:
    hits = journal.search.search(
        args.query, _filter(journal, args), limit=args.limit or 50, sort=args.sort
    )
    if args.json:
        output.print_json(
            [
                {
                    **output.entry_json(journal.entries.get(h.entry.id)),
                    "snippet": output.marked(h.snippet, tty=False),
                    "matched_in": list(h.matched_in),
                }
                for h in hits
            ]
        )
        return
    tty = sys.stdout.isatty()
    for hit in hits:
        print(output.hit_lines(hit, tty))
    if not hits:
        print("No entries match.", file=sys.stderr)


def cmd_clients(journal: Journal, args: argparse.Namespace) -> None:
    clients = journal.clients
    if args.action == "add":
        print(clients.add(args.name, args.organisation, args.colour, args.notes))
    elif args.action == "rename":
        clients.rename(clients.by_name(args.name).id, args.new_name)
    elif args.action == "merge":
        source, into = clients.by_name(args.name), clients.by_name(args.into)
        clients.merge(source.id, into.id)
        print(
            f"Merged “{source.name}” into “{into.name}” ({output.entries(source.entries)} moved)."
        )
    elif args.action == "archive":
        clients.set_archived(clients.by_name(args.name).id, not args.undo)
    elif args.action == "agreement":
        cmd_agreement(journal, args)
    elif args.action == "alias":
        cmd_alias(journal, args)
    elif args.json:
        output.print_json([output.client_json(c) for c in clients.all()])
    else:
        for c in clients.all():
            mark = "  (archived)" if c.archived else ""
            print(f"{c.name}  — {output.entries(c.entries)}{mark}")


def cmd_alias(journal: Journal, args: argparse.Namespace) -> None:
    """`clients alias NAME [--add OTHER]… [--remove OTHER]… [--person]`: then the list."""
    clients = journal.clients
    client = clients.by_name(args.name)
    have = {" ".join(o.name.split()).casefold() for o in client.other_names}
    for name in args.remove:  # checked first: a mistake changes nothing
        if " ".join(name.split()).casefold() not in have:
            raise NotFoundError(
                f"“{' '.join(name.split())}” is not another name of “{client.name}”."
            )
    if args.add:
        clients.add_other_names(client.id, args.add, person=args.person)
    for name in args.remove:
        clients.remove_other_name(client.id, name)
    client = clients.get(client.id)
    if args.json:
        output.print_json(output.client_json(client))
        return
    for other in client.other_names:
        print(f"{other.name}  (person)" if other.person else other.name)
    if not client.other_names:
        print(f"“{client.name}” has no other names.", file=sys.stderr)


def cmd_tags(journal: Journal, args: argparse.Namespace) -> None:
    tags = journal.tags.all()
    if args.json:
        output.print_json([output.tag_json(t) for t in tags])
    else:
        for t in tags:
            print(f"#{t.name}  — {t.entries}")


COMMANDS: dict[str, Callable[[Journal, argparse.Namespace], None]] = {
    "add": cmd_add,
    "list": cmd_list,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "search": cmd_search,
    "clients": cmd_clients,
    "tags": cmd_tags,
    "incident": cmd_incident,
    "kinds": cmd_kinds,
    "questions": cmd_questions,
    "answer": cmd_answer,
    "rate": cmd_rate,
    "stats": cmd_stats,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "check": cmd_check,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "change-passphrase": cmd_change_passphrase,
    "daysoff": cmd_daysoff,
    "goals": cmd_goals,
    "events": cmd_events,
    "settings": cmd_settings,
    "sample": cmd_sample,
    "review": cmd_review,
    "brief": cmd_brief,
}
