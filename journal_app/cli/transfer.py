"""`export` and `import`: the coach's copy out, other journals in (issue #6)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from ..core.errors import ValidationError
from .parser_review import add_review_export_options

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:  # the parser imports this module: it loads no storage (issue #22)
    from ..core.journal import Journal

# The formats the parser offers, without importing the exporters and importers (they load
# the models); tests/cli/test_parser_imports.py keeps them equal to the registries.
EXPORT_FORMATS = ("pdf", "md", "md-folder", "html", "json", "csv", "jrnl")
IMPORT_FORMATS = ("auto", "json", "jrnl", "dayone")

Command = Callable[[str, str], argparse.ArgumentParser]


def add_transfer_commands(command: Command, date_arg: Callable[[str], object]) -> None:
    p = command("export", "export entries for a coach (private entries never leave)")
    p.add_argument(
        "--format",
        choices=(*EXPORT_FORMATS, "review"),
        help="required, except with --rescue; review: a sealed .bjreview for a coach",
    )
    add_review_export_options(p)
    p.add_argument(
        "--rescue",
        action="store_true",
        help="a damaged journal: save everything that can still be read, as JSON to import "
        "into a new journal (rows that cannot be read are counted and left out)",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the file to write (for md-folder, or md with PATH/, a new folder)",
    )
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument(
        "--client",
        action="append",
        default=[],
        metavar="NAME",
        help="entries about this client (repeat: any of them)",
    )
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="entries with this tag (repeat: any of them)",
    )
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KEY",
        help="entries with an incident of this kind (repeat: any of them)",
    )
    p.add_argument(
        "--entry",
        action="append",
        type=int,
        metavar="ID",
        help="exactly these entries (repeatable)",
    )
    p.add_argument(
        "--search", default="", metavar="QUERY", help="only the entries this search finds"
    )
    p.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="clients become Client A, B…; e-mails and phone numbers are masked",
    )
    p.add_argument(
        "--no-reflection",
        action="store_true",
        help="leave out answers to the guiding questions and ratings",
    )
    p.add_argument(
        "--lang",
        choices=("en", "ru"),
        help="language of the export's headings and aliases (default: $LANG)",
    )

    p = command("import", "import entries from a file (all or nothing)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--format", default="auto", choices=IMPORT_FORMATS)
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported and write nothing"
    )
    p.add_argument(
        "--map-tag",
        action="append",
        default=[],
        metavar="TAG=CLIENT",
        help="turn a tag into a client, e.g. @Acme=Acme (repeatable)",
    )


def cmd_export(journal: Journal, args: argparse.Namespace) -> None:
    from pathlib import Path

    from ..core.exporters.bundle import ExportScope
    from . import output
    from .reflection import cli_language

    fmt, out = args.format, Path(args.out).expanduser()
    if fmt == "md" and (args.out.endswith(os.sep) or out.is_dir()):
        fmt = "md-folder"
    if fmt == "pdf":
        from ..pdf.export_pdf import register_pdf  # Qt is loaded only for PDF

        register_pdf()
    scope = ExportScope(
        date_from=args.date_from,
        date_to=args.date_to,
        client_ids=tuple(journal.clients.by_name(n).id for n in args.client),
        tag_ids=tuple(journal.tags.by_name(t) for t in args.tag),
        kind_keys=tuple(journal.kinds.get(k).key for k in args.kind),
        entry_ids=tuple(args.entry) if args.entry else None,
        query=args.search,
        include_reflection=not args.no_reflection,
        pseudonymise=args.pseudonymise,
        lang=cli_language(args),
    )
    if fmt == "review":
        from .review import export_review

        export_review(journal, args, scope)
        return
    bundle = journal.exports.export(scope, fmt, out)
    left = f"; {bundle.private_left_out} private left out" if bundle.private_left_out else ""
    print(f"Exported {output.entries(len(bundle.entries))} to {out}{left}.")


def _tag_map(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        tag, sep, client = pair.partition("=")
        if not sep or not tag.strip() or not client.strip():
            raise ValidationError(f"--map-tag takes TAG=CLIENT, like @Acme=Acme, not “{pair}”.")
        mapping[tag.strip()] = client.strip()
    return mapping


def cmd_import(journal: Journal, args: argparse.Namespace) -> None:
    from . import output
    from .review import cmd_import_notes, is_notes_file

    if is_notes_file(args.path):
        cmd_import_notes(journal, args)
        return
    mapping = _tag_map(args.map_tag)
    from pathlib import Path

    batch = journal.imports.read(Path(args.path).expanduser(), args.format)
    preview = journal.imports.preview(batch)
    span = f", {preview.first_date} – {preview.last_date}" if preview.first_date is not None else ""
    print(f"{batch.source.name}: {output.entries(preview.total)} ({batch.format}){span}.")
    for skipped in preview.skipped:
        e = skipped.entry
        why = "twice in the file" if skipped.in_file else "already in the journal"
        title = f" “{e.title[:60]}”" if e.title.strip() else ""
        print(f"  skipped, {why}: {e.where}, {e.date} {e.time.strftime('%H:%M')}{title}")
    for choice in preview.tags:
        target = mapping.get(choice.tag)
        if target:
            print(f"  tag {choice.tag} ({choice.entries}) → client “{target}”")
        elif choice.client:
            print(
                f"  tag {choice.tag} ({choice.entries}) looks like a client: "
                f"--map-tag '{choice.tag}={choice.client}'"
            )
    for note in batch.notes:
        print(f"  not imported: {note}")
    if args.dry_run:
        print("Dry run: nothing was written.")
        return
    result = journal.imports.apply(batch, mapping)
    print(
        f"Imported {output.entries(result.added)}; {result.duplicates} skipped as already there; "
        f"{result.clients_created} new clients."
    )
    if result.backup is not None:
        print(f"A backup from before the import: {result.backup}")
