"""Arguments of the reflection commands: incidents, kinds, agreements, questions, answers and
ratings (issue #4). `parser.py` calls `add_reflection_commands` while it builds the parser."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from ..core.enums import Channel, Direction, Response

# core.catalogue's question groups and core.locale's languages, written here so that the
# parser reads no file and imports no path (a test keeps them equal).
GROUPS = ("respect_client", "self_respect", "partnership")
LANGUAGES = ("en", "ru")

Command = Callable[[str, str], argparse.ArgumentParser]


def moment_arg(value: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a moment ("YYYY-MM-DD HH:MM"): {value!r}') from None


def rating_arg(value: str) -> int:
    if value not in {"0", "1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError(f"a rating is 1 to 5 (0 clears it), not {value!r}")
    return int(value)


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang", choices=LANGUAGES, help="language of names and questions (default: $LANG)"
    )


def _incident_fields(p: argparse.ArgumentParser, editing: bool) -> None:
    p.add_argument(
        "--entry",
        type=int,
        metavar="ID",
        help=None
        if editing
        else "the entry it belongs to (default: today's latest entry about the client, "
        "or a new one)",
    )
    p.add_argument("--client", metavar="NAME", required=not editing)
    p.add_argument("--kind", metavar="KEY", required=not editing, help="see `kinds`")
    p.add_argument(
        "--direction",
        choices=[d.value for d in Direction],
        help="client: the client crossed my boundary; me: I failed to respect the "
        "client (default: the kind's)",
    )
    p.add_argument(
        "--at",
        type=moment_arg,
        metavar='"YYYY-MM-DD HH:MM"',
        help=None if editing else "when it happened (default: now)",
    )
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.add_argument("--severity", type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument(
        "--response",
        choices=[r.value for r in Response],
        help="how I responded (default: open, not addressed yet)",
    )
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true")


def add_reflection_commands(
    command: Command, common: argparse.ArgumentParser, date_arg: Callable[[str], dt.date]
) -> None:
    def sub(parent: argparse.ArgumentParser, dest: str) -> Callable[..., argparse.ArgumentParser]:
        actions = parent.add_subparsers(dest=dest, metavar="ACTION")

        def make(name: str, help_text: str) -> argparse.ArgumentParser:
            return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

        return make

    p = command("incident", "log, list, change or delete boundary incidents")
    act = sub(p, "action")
    _incident_fields(act("add", "log an incident; prints its id"), editing=False)
    q = act("list", "list incidents, oldest first")
    q.add_argument("--client", action="append", default=[], metavar="NAME")
    q.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD")
    q.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD")
    q.add_argument("--json", action="store_true")
    add_lang(q)
    q = act("edit", "change an incident; only the options given change")
    q.add_argument("id", type=int)
    _incident_fields(q, editing=True)
    act("delete", "delete an incident").add_argument("id", type=int)

    p = command("kinds", "list incident kinds, or change them")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include archived kinds")
    add_lang(p)
    act = sub(p, "action")
    q = act("add", "add a kind; prints its key")
    q.add_argument("name")
    q.add_argument("--direction", choices=[d.value for d in Direction], required=True)
    q = act("rename", "rename a kind (its key stays)")
    q.add_argument("key")
    q.add_argument("name")
    q = act("archive", "archive a kind (hidden when logging)")
    q.add_argument("key")
    q.add_argument("--undo", action="store_true", help="bring the kind back")

    p = command("questions", "the book's guiding questions and your own")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include hidden questions")
    add_lang(p)
    act = sub(p, "action")
    q = act("add", "add a question of your own; prints its id")
    q.add_argument("group", choices=GROUPS)
    q.add_argument("text")
    q = act("hide", "hide a question from the questions panel")
    q.add_argument("id")
    q.add_argument("--undo", action="store_true", help="show it again")

    p = command("stats", "incident trends: over time, by client, responses, ratings, heat map")
    p.add_argument("--by", choices=("week", "month", "quarter"), default="month")
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--client", action="append", default=[], metavar="NAME")
    p.add_argument("--kind", action="append", default=[], metavar="KEY")
    p.add_argument("--direction", choices=[d.value for d in Direction])
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--around",
        type=int,
        metavar="EVENT_ID",
        help="compare the same length of time before and after an event (see `events`)",
    )
    p.add_argument("--days", type=int, metavar="N", help="with --around: N days each side")
    add_lang(p)

    p = command("answer", "answer a question for an entry (an empty answer removes it)")
    p.add_argument("entry_id", type=int)
    p.add_argument("question_id")
    p.add_argument("text", help="the answer; '-' reads it from standard input")

    p = command("rate", "rate an entry 1-5: respect for the client, self-respect, partnership")
    p.add_argument("entry_id", type=int)
    for flag in ("--respect-client", "--self-respect", "--partnership"):
        p.add_argument(flag, type=rating_arg, metavar="N", help="1-5; 0 clears it")


def add_agreement_command(clients: Callable[..., argparse.ArgumentParser]) -> None:
    q = clients("agreement", help="set when and how a client and I agreed to be in touch")
    q.add_argument("name")
    q.add_argument("--days", metavar="DAYS", help="working days: mon-fri, or mon,wed,fri")
    q.add_argument(
        "--hours",
        metavar="HH:MM-HH:MM",
        help="working hours: 09:00-18:00 (22:00-06:00 runs overnight)",
    )
    q.add_argument(
        "--channels", metavar="LIST", help="agreed channels: " + ",".join(c.value for c in Channel)
    )
    q.add_argument("--clear", action="store_true", help="forget the agreement and its history")
    q.add_argument(
        "--since",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the new terms are in force from this day (default: today, or from the start "
        "for a first agreement); incidents before it keep their flags",
    )
    q.add_argument("--tz", metavar="ZONE", help="the agreement's time zone, like Europe/Moscow")
    q.add_argument("--history", action="store_true", help="list the agreement's versions")
    q.add_argument("--json", action="store_true")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
