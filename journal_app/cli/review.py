"""The coach review on the command line (issue #20): `export --format review`,
`review show|note|notes|brief`, `import FILE.bjnotes`.

The review's passphrase is read from `--passphrase-file FILE`, else from
$BOUNDARY_JOURNAL_REVIEW_PASSPHRASE, else asked for on the terminal. For these commands an
encrypted journal's own passphrase comes from $BOUNDARY_JOURNAL_PASSPHRASE or the terminal.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..core.errors import ValidationError
from ..core.exporters.bundle import ExportScope
from ..core.journal import Journal
from ..core.review.document import NOTES_SUFFIX, OpenedReview, read_review
from ..core.review.service import NoteRecord
from . import output
from .brief import give_brief

REVIEW_PASSPHRASE_ENV = "BOUNDARY_JOURNAL_REVIEW_PASSPHRASE"


def is_notes_file(path: str) -> bool:
    return Path(path).suffix.lower() == NOTES_SUFFIX


def uses_review_passphrase(args: argparse.Namespace) -> bool:
    """Whether `--passphrase-file` is the review's here, not the journal's."""
    command = getattr(args, "command", None)
    if command == "review":
        return True
    if command == "export":
        return getattr(args, "format", None) == "review"
    return command == "import" and is_notes_file(getattr(args, "path", ""))


def journal_args(args: argparse.Namespace) -> argparse.Namespace:
    """The arguments the journal is unlocked with: without the review's passphrase file."""
    if not uses_review_passphrase(args) or not hasattr(args, "passphrase_file"):
        return args
    rest = argparse.Namespace(**vars(args))
    del rest.passphrase_file
    return rest


def review_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    name = getattr(args, "passphrase_file", None)
    if name:
        try:
            text = Path(name).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not UTF-8 text"
            raise ValidationError(f"The passphrase file cannot be read: {reason}: {name}") from None
        return text.rstrip("\r\n")
    if os.environ.get(REVIEW_PASSPHRASE_ENV):
        return os.environ[REVIEW_PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise ValidationError(
            "A review needs its passphrase: give it with --passphrase-file FILE "
            f"or ${REVIEW_PASSPHRASE_ENV}."
        )
    first = getpass.getpass("Review passphrase: ")
    if confirm and getpass.getpass("The same again: ") != first:
        raise ValidationError("The two passphrases differ; nothing was written.")
    return first


def export_review(journal: Journal, args: argparse.Namespace, scope: ExportScope) -> None:
    out = Path(args.out).expanduser()
    phrase = review_passphrase(args, confirm=True)
    scope = dataclasses.replace(scope, pseudonymise=not args.real_names)
    bundle = journal.reviews.share(scope, out, phrase)
    left = f"; {bundle.private_left_out} private left out" if bundle.private_left_out else ""
    names = "real names" if args.real_names else "pseudonymised"
    print(
        f"Shared {output.entries(len(bundle.entries))} for review in {out} ({names}){left}. "
        "Tell the coach the passphrase another way."
    )


def _open(args: argparse.Namespace) -> OpenedReview:
    return read_review(Path(args.path).expanduser(), review_passphrase(args))


def note_json(note: NoteRecord) -> dict[str, Any]:
    return {
        "uuid": note.uuid,
        "on": note.on,
        "target": note.target_uuid or None,
        "text": note.text,
        "at": note.at.isoformat(),
    }


def cmd_review(journal: Journal, args: argparse.Namespace) -> None:
    review = _open(args)
    if args.action == "show":
        _show(journal, review, args.json)
    elif args.action == "note":
        text = sys.stdin.read() if args.text == "-" else args.text
        if args.summary:
            on, target = "summary", ""
        elif args.entry:
            on, target = "entry", args.entry
        else:
            on, target = "incident", args.incident
        note = journal.reviews.add_note(review, on, target, text)
        print(note)
    elif args.action == "brief":
        _review_brief(journal, review, args)
    elif args.action == "notes":
        out = Path(args.out).expanduser()
        if not is_notes_file(str(out)):
            raise ValidationError(f"The notes file's name should end in {NOTES_SUFFIX}: {out}")
        count = journal.reviews.send_notes(review, out, review_passphrase(args))
        print(
            f"{count} note{'' if count == 1 else 's'} written to {out}; "
            "send it back with the same passphrase."
        )


def _show(journal: Journal, review: OpenedReview, as_json: bool) -> None:
    notes = journal.reviews.notes(review.review_id)
    if as_json:
        output.print_json(
            {
                "schema_version": review.export.get("schema_version"),
                "review_id": review.review_id,
                "generated_at": review.generated_at.isoformat(),
                "period": {
                    "from": review.period_from.isoformat() if review.period_from else None,
                    "to": review.period_to.isoformat() if review.period_to else None,
                },
                "pseudonymised": review.export.get("pseudonymised"),
                "entries": review.entries,
                "notes": [note_json(n) for n in notes],
            }
        )
        return
    span = f"{review.period_from or '…'} – {review.period_to or '…'}"
    print(
        f"Review of {review.title or 'no clients'}, {span}: {output.entries(len(review.entries))}."
    )
    by_target: dict[str, list[NoteRecord]] = {}
    for note in notes:
        by_target.setdefault(note.target_uuid, []).append(note)
    for entry in review.entries:
        print(f"\n{entry['date']} {entry['time']}  {entry['title']}  [{entry['uuid']}]")
        if entry["body"]:
            print("  " + entry["body"].replace("\n", "\n  "))
        for incident in entry["incidents"]:
            print(
                f"  incident {incident['kind_name']} ({incident['response']}) [{incident['uuid']}]"
            )
            for note in by_target.get(incident["uuid"], []):
                print(f"    coach's note: {note.text}")
        for note in by_target.get(entry["uuid"], []):
            print(f"  coach's note: {note.text}")
    for note in by_target.get("", []):
        print(f"\nSummary: {note.text}")


def cmd_import_notes(journal: Journal, args: argparse.Namespace) -> None:
    path = Path(args.path).expanduser()
    result = journal.reviews.import_notes(path, review_passphrase(args))
    print(
        f"Coach's notes from {path.name}: {result.added} new, {result.updated} updated "
        "(beside their entries; read-only)."
    )


def cmd_brief(journal: Journal, args: argparse.Namespace) -> None:
    from ..core.review.brief import make_brief
    from .reflection import cli_language

    lang = cli_language(args)
    give_brief(make_brief(journal, args.client, args.since, lang=lang), args, lang)


def _review_brief(journal: Journal, review: OpenedReview, args: argparse.Namespace) -> None:
    """`review brief`: the coach's brief of a review, as the review window's Brief… makes it."""
    from ..core.review.brief import review_brief
    from ..core.review.reading import review_journal
    from .reflection import cli_language

    lang = cli_language(args)
    inside = review_journal(review)
    try:
        brief = review_brief(review, inside, journal, lang)
    finally:
        inside.close()
    give_brief(brief, args, lang)
