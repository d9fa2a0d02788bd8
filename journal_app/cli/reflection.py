"""CLI commands for incidents, kinds, agreements, questions, answers and ratings."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from ..core.agreements import Agreement, agreement_dict, parse_channels, parse_days, parse_hours
from ..core.errors import ValidationError
from ..core.journal import Journal
from ..core.records import IncidentDraft, IncidentFilter, Ratings
from ..core.trends import TrendFilter
from ..core.zones import check_zone
from . import output
from .args import cli_language


def _draft(args: argparse.Namespace) -> IncidentDraft:
    return IncidentDraft(
        entry_id=args.entry,
        client=args.client,
        kind=args.kind,
        direction=args.direction,
        occurred_at=args.at,
        channel=args.channel,
        severity=args.severity,
        response=args.response,
        note=args.note,
    )


def cmd_incident(journal: Journal, args: argparse.Namespace) -> None:
    incidents, lang = journal.incidents, cli_language(args)
    if args.action in ("add", "edit"):
        if args.action == "add":
            incident_id = incidents.add(_draft(args))
        else:
            incident_id = args.id
            incidents.update(incident_id, _draft(args))
        incident = incidents.get(incident_id, lang)
        if args.json:
            output.print_json(output.incident_json(incident))
        elif args.action == "add":
            print(incident_id)
        else:
            print(output.incident_line(incident))
    elif args.action == "delete":
        incidents.delete(args.id)
        print(f"Incident #{args.id} deleted.")
    elif args.action == "list":
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise ValidationError("--from is after --to.")
        flt = IncidentFilter(
            client_ids=tuple(journal.clients.by_name(n).id for n in args.client),
            date_from=args.date_from,
            date_to=args.date_to,
        )
        found = incidents.find(flt, lang)
        if args.json:
            output.print_json([output.incident_json(i) for i in found])
        else:
            for incident in found:
                print(output.incident_line(incident))
    else:
        raise ValidationError("Say what to do: incident add, list, edit or delete.")


def cmd_kinds(journal: Journal, args: argparse.Namespace) -> None:
    kinds = journal.kinds
    if args.action == "add":
        print(kinds.add(args.name, args.direction))
    elif args.action == "rename":
        kinds.rename(args.key, args.name)
    elif args.action == "archive":
        kinds.set_archived(args.key, not args.undo)
    else:
        found = kinds.all(cli_language(args), include_archived=args.all)
        if args.json:
            output.print_json(
                [{"key": k.key, "name": k.name, "direction": k.direction} for k in found]
            )
        for k in [] if args.json else found:
            mark = "  (archived)" if k.archived else ""
            print(f"{k.key:<22} {k.direction:<7} {k.name}{mark}")


def cmd_agreement(journal: Journal, args: argparse.Namespace) -> None:
    client = journal.clients.by_name(args.name)
    if args.history:
        versions = journal.clients.history(client.id)
        if args.json:
            output.print_json([output.version_json(v) for v in versions])
        for v in [] if args.json else versions:
            since = v.since.isoformat() if v.since else "the start"
            zone = f" ({v.agreement.tz})" if v.agreement.tz else ""
            print(f"from {since}: {output.agreement_text(v.agreement)}{zone}")
        return
    if args.clear:
        outside = journal.clients.clear_agreement(client.id)
        print(f"{client.name}: no agreement ({outside} incidents outside it)")
        return
    if not (args.days or args.hours or args.channels or args.tz is not None):
        if args.json:
            output.print_json(agreement_dict(client.agreement))
        else:
            print(f"{client.name}: {output.agreement_text(client.agreement)}")
        return
    current = client.agreement
    tz = check_zone(args.tz) if args.tz is not None else current.tz
    if args.days or args.hours or args.channels:
        days = parse_days(args.days) if args.days else frozenset(range(7))
        start, end = parse_hours(args.hours) if args.hours else (0, 24 * 60)
        if not (args.days or args.hours):
            days = frozenset()
        channels = parse_channels(args.channels) if args.channels else frozenset()
        agreement = Agreement(days=days, start=start, end=end, channels=channels, tz=tz)
    else:
        agreement = dataclasses.replace(current, tz=tz)
    outside = journal.clients.set_agreement(client.id, agreement, since=args.since)
    zone = f" in {agreement.tz}" if agreement.tz else ""
    print(
        f"{client.name}: {output.agreement_text(agreement)}{zone} ({outside} incidents outside it)"
    )


def cmd_questions(journal: Journal, args: argparse.Namespace) -> None:
    questions = journal.questions
    if args.action == "add":
        print(questions.add(args.group, args.text))
    elif args.action == "hide":
        questions.set_hidden(args.id, not args.undo)
    else:
        lang = cli_language(args)
        found = questions.all(lang, include_hidden=args.all)
        if args.json:
            output.print_json([output.question_json(q) for q in found])
            return
        print(f"From {questions.catalogue.attribution(lang)}; the app's own are marked so:")
        for q in found:
            mark = f"  (the app's own, for {q.kind})" if q.app else ""
            mark += "  (hidden)" if q.hidden else ""
            print(f"{q.id:<32} {q.text}{mark}")


def cmd_answer(journal: Journal, args: argparse.Namespace) -> None:
    text = sys.stdin.read() if args.text == "-" else args.text
    journal.questions.set_answer(args.entry_id, args.question_id, text)


def cmd_rate(journal: Journal, args: argparse.Namespace) -> None:
    old = journal.entries.get(args.entry_id).ratings

    def pick(given: int | None, kept: int | None) -> int | None:
        return kept if given is None else (given or None)

    journal.entries.set_ratings(
        args.entry_id,
        Ratings(
            respect_client=pick(args.respect_client, old.respect_client),
            self_respect=pick(args.self_respect, old.self_respect),
            partnership=pick(args.partnership, old.partnership),
        ),
    )


def cmd_stats(journal: Journal, args: argparse.Namespace) -> None:
    if args.around is not None:
        from .boundaries import print_around

        print_around(journal, args)
        return
    for key in args.kind:
        journal.kinds.get(key)  # an unknown key is a clear error, not an empty report
    flt = TrendFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        client_ids=tuple(journal.clients.by_name(n).id for n in args.client),
        kinds=tuple(args.kind),
        direction=args.direction,
    )
    lang = cli_language(args)
    output.trends(journal.trends.compute(flt, args.by, lang), args.by, args.json)
