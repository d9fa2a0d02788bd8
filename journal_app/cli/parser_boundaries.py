"""Arguments of the commands about boundaries over time: days off and the settings."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

Command = Callable[[str, str], argparse.ArgumentParser]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_boundary_commands(command: Command) -> None:
    p = command("daysoff", "list, add or remove personal days off (vacations, sick days)")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    p.add_argument("--json", action="store_true")
    q = actions.add_parser("add", help="days off: one day, or FROM..TO")
    q.add_argument("range", metavar="FROM[..TO]", help="2026-05-04 or 2026-05-04..2026-05-08")
    q.add_argument("--note", default="", metavar="TEXT")
    q = actions.add_parser("remove", help="forget days off by their id")
    q.add_argument("id", type=int)

    p = command("goals", "list goals with the current period's progress, add or remove one")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    q = actions.add_parser("add", help="add a goal")
    q.add_argument("--metric", required=True, choices=("held_share", "count", "rating"))
    q.add_argument(
        "--target",
        required=True,
        type=float,
        metavar="N",
        help="held_share: at least N%% held; count: at most N; rating: an average of N or more",
    )
    q.add_argument("--client", metavar="NAME", help="one client (default: all)")
    q.add_argument("--kind", metavar="KEY", default="", help="one incident kind")
    q.add_argument("--period", choices=("month", "quarter"), default="month")
    q = actions.add_parser("remove", help="remove a goal by its id")
    q.add_argument("id", type=int)

    p = command("events", "list, add or remove events on a client's timeline")
    p.add_argument("--json", action="store_true")
    p.add_argument("--client", action="append", default=[], metavar="NAME")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    q = actions.add_parser("add", help="an agreement sent, a talk, a coaching session…")
    q.add_argument("--client", required=True, metavar="NAME", dest="event_client")
    q.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--kind", required=True, choices=("agreement_sent", "talk", "coaching", "other"))
    q.add_argument("--note", default="", metavar="TEXT")
    q = actions.add_parser("remove", help="remove an event by its id")
    q.add_argument("id", type=int)

    p = command("settings", "show the settings, or set one: settings set KEY VALUE")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    q = actions.add_parser(
        "set",
        help="holidays COUNTRY (RU, DE…; '' for none), language, theme, auto_lock_minutes, "
        "backup_folder, export_folder, reminder, reminder_time",
    )
    q.add_argument("key")
    q.add_argument("value")
