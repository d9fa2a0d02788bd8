"""Arguments of the coach review commands (issue #20): `review show|note|notes|brief`. The export
(`export --format review`) and the import of notes (`import FILE.bjnotes`) are options of
`export` and `import`. `parser.py` calls `add_review_commands` while it builds the parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:
    from pathlib import Path

Command = Callable[[str, str], argparse.ArgumentParser]


def add_review_commands(
    command: Command, common: argparse.ArgumentParser, date_arg: Callable[[str], object]
) -> None:
    p = command("brief", "a brief before a meeting with the coach: what happened since a date")
    p.add_argument("--client", metavar="NAME", help="only this client")
    p.add_argument(
        "--since",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="default: the day of the last review shared, or 30 days ago",
    )
    _brief_outputs(p)
    p = command(
        "review",
        "a coach's side of a review: read a .bjreview, write notes on it, send them back "
        "(the review's passphrase: --passphrase-file, $BOUNDARY_JOURNAL_REVIEW_PASSPHRASE, "
        "or asked)",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def act(name: str, help_text: str) -> argparse.ArgumentParser:
        q = actions.add_parser(name, help=help_text, description=help_text, parents=[common])
        q.add_argument("path", metavar="REVIEW.bjreview")
        return q

    q = act("show", "the review's entries, incidents, answers and ratings, and my notes")
    q.add_argument("--json", action="store_true")
    q = act("note", "write a note on an entry, an incident, or the whole review")
    target = q.add_mutually_exclusive_group(required=True)
    target.add_argument("--entry", metavar="UUID", help="an entry of the review")
    target.add_argument("--incident", metavar="UUID", help="an incident of the review")
    target.add_argument(
        "--summary", action="store_true", help="the whole review: topics for the next session"
    )
    q.add_argument("--text", required=True, metavar="TEXT", help="'-' reads it from input")
    q = act("notes", "write my notes on the review into a .bjnotes file, for the journal")
    q.add_argument("--out", required=True, metavar="NOTES.bjnotes")
    q = act("brief", "the brief of the review, over its period, with my summary notes as topics")
    _brief_outputs(q)


def _brief_outputs(p: argparse.ArgumentParser) -> None:
    """How a brief is given: printed as Markdown, as JSON, or written as PDF or Markdown."""
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument(
        "--format", choices=("pdf", "md"), help="write the brief as PDF or Markdown to --out"
    )
    p.add_argument("--out", metavar="FILE")
    p.add_argument(
        "--lang", choices=("en", "ru"), help="the language the brief is written in (default: $LANG)"
    )


def add_review_export_options(p: argparse.ArgumentParser) -> None:
    """`export --format review`'s own option (scope options are the export's)."""
    p.add_argument(
        "--real-names",
        action="store_true",
        help="with --format review: keep the clients' names (a review is pseudonymised "
        "unless this is given)",
    )


def review_to_open(argv: list[str]) -> tuple[list[str], Path | None]:
    """`boundary-journal [options] FILE.bjreview`: the window opens the review (the file
    manager's "Open with"). Returns the arguments without the file, and the file."""
    takes_value = {"--data-dir", "--passphrase-file"}
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return argv, None
        if token.startswith("-"):
            i += 2 if token in takes_value else 1
            continue
        if token.lower().endswith(".bjreview"):
            from pathlib import Path

            return argv[:i] + argv[i + 1 :], Path(token).expanduser()
        return argv, None
    return argv, None
