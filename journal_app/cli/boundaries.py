"""CLI commands for days off and the settings (the holidays' country lives in the journal,
the rest in the settings file)."""

from __future__ import annotations

import argparse

from ..core.daysoff import HOLIDAYS_KEY, parse_range
from ..core.errors import ValidationError
from ..core.events import event_json
from ..core.journal import Journal
from ..core.settings import Settings
from ..paths import AppPaths
from . import output


def cmd_daysoff(journal: Journal, args: argparse.Namespace) -> None:
    if args.action == "add":
        first, last = parse_range(args.range)
        day_off = journal.days_off.add(first, last, args.note)
        print(day_off)
        return
    if args.action == "remove":
        journal.days_off.remove(args.id)
        return
    found = journal.days_off.all()
    if args.json:
        output.print_json(
            [
                {"id": d.id, "from": d.first.isoformat(), "to": d.last.isoformat(), "note": d.note}
                for d in found
            ]
        )
    for d in [] if args.json else found:
        span = d.first.isoformat() if d.first == d.last else f"{d.first}..{d.last}"
        print(f"{d.id:>4}  {span}  {d.note}".rstrip())


def cmd_goals(journal: Journal, args: argparse.Namespace) -> None:
    if args.action == "add":
        client = journal.clients.by_name(args.client).id if args.client else None
        print(journal.goals.add(args.metric, args.target, client, args.kind, args.period))
        return
    if args.action == "remove":
        journal.goals.remove(args.id)
        return
    rows = []
    for g in journal.goals.all():
        (now,) = journal.goals.progress(g.id)
        rows.append(
            {
                "id": g.id,
                "metric": g.metric,
                "target": g.target,
                "client": g.client,
                "kind": g.kind,
                "period": g.period,
                "current": now.current,
                "met": now.met,
            }
        )
    if args.json:
        output.print_json(rows)
    for r in [] if args.json else rows:
        who = r["client"] or "all clients"
        state = {True: "met", False: "not met", None: "nothing yet"}[r["met"]]
        current = "-" if r["current"] is None else f"{r['current']:g}"
        print(
            f"{r['id']:>4}  {r['metric']} {r['target']:g} per {r['period']}, {who}: "
            f"{current} ({state})"
        )


def cmd_events(journal: Journal, args: argparse.Namespace) -> None:
    if args.action == "add":
        client = journal.clients.by_name(args.event_client).id
        print(journal.events.add(client, args.date, args.kind, args.note))
        return
    if args.action == "remove":
        journal.events.remove(args.id)
        return
    ids = tuple(journal.clients.by_name(n).id for n in args.client)
    found = journal.events.all(ids)
    if args.json:
        output.print_json([event_json(e) for e in found])
    for e in [] if args.json else found:
        print(f"{e.id:>4}  {e.day}  {e.client}  {e.kind}  {e.note}".rstrip())


def print_around(journal: Journal, args: argparse.Namespace) -> None:
    if args.days is not None and args.days < 1:
        raise ValidationError("--days is a number of days above 0.")
    found = journal.events.around(args.around, args.days)
    if args.json:
        output.print_json(found)
        return
    event, before, after = found["event"], found["before"], found["after"]
    print(f"{event['client']}, {event['kind']} on {event['date']}: {found['days']} days each side")
    for key in ("incidents", "outside_agreement", "held", "gave_in", "self_respect"):
        print(f"  {key}: {before[key]} -> {after[key]}")


def cmd_settings(journal: Journal, args: argparse.Namespace) -> None:
    path = AppPaths.resolve(getattr(args, "data_dir", None)).settings_file
    settings = Settings.load(path)
    if args.action == "set":
        if args.key == HOLIDAYS_KEY:
            outside = journal.days_off.set_country(args.value)
            print(
                f"holidays: {journal.days_off.country() or 'none'} "
                f"({outside} incidents outside agreements)"
            )
            return
        settings.set_text(args.key, args.value)
        settings.save(path)
        return
    shown = {**settings.scriptable(), HOLIDAYS_KEY: journal.days_off.country()}
    if args.json:
        output.print_json(shown)
    else:
        for key, value in shown.items():
            print(f"{key}: {value}")
