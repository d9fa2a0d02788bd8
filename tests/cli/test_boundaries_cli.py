"""Agreement history, days off and settings from the command line: the README's contract."""

from __future__ import annotations

import pytest

from .conftest import Cli


def incident(cli: Cli, at: str) -> str:
    return cli("incident", "add", "--client", "Acme", "--kind", "after_hours", "--at", at).strip()


def outside(cli: Cli, incident_id: str) -> bool:
    (found,) = [
        i for i in cli.json("incident", "list", "--client", "Acme") if i["id"] == int(incident_id)
    ]
    return bool(found["outside_agreed_hours"])


def test_an_agreement_changed_from_a_date_keeps_earlier_flags(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Moscow")  # where the incidents are logged
    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    before = incident(cli, "2026-11-18 19:00")
    after = incident(cli, "2026-11-26 19:00")
    out = cli(
        "clients",
        "agreement",
        "Acme",
        "--days",
        "mon-fri",
        "--hours",
        "09:00-20:00",
        "--since",
        "2026-11-25",
        "--tz",
        "Europe/Moscow",
    )
    assert "09:00-20:00 in Europe/Moscow" in out
    assert outside(cli, before) and not outside(cli, after)
    assert cli.json("clients", "agreement", "Acme", "--history") == [
        {"since": None, "days": "mon-fri", "hours": "09:00-18:00", "channels": [], "tz": None},
        {
            "since": "2026-11-25",
            "days": "mon-fri",
            "hours": "09:00-20:00",
            "channels": [],
            "tz": "Europe/Moscow",
        },
    ]


def test_a_bad_zone_or_date_is_one_clear_line(cli: Cli) -> None:
    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--tz", "Nowhere/Land", code=1)
    assert "time zone" in cli.err and "Traceback" not in cli.err
    cli("clients", "agreement", "Acme", "--hours", "09:00-18:00", "--since", "soon", code=2)
    assert "not a date" in cli.err
    assert cli.json("clients", "agreement", "Acme", "--history") == []


def test_days_off_and_holidays_count_as_outside_agreed_days(cli: Cli) -> None:
    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    sick = incident(cli, "2026-11-11 10:00")
    holiday = incident(cli, "2026-11-04 10:00")
    day_off = cli("daysoff", "add", "2026-11-10..2026-11-12", "--note", "flu").strip()
    assert cli.json("daysoff") == [
        {"id": int(day_off), "from": "2026-11-10", "to": "2026-11-12", "note": "flu"}
    ]
    assert outside(cli, sick) and not outside(cli, holiday)
    cli("settings", "set", "holidays", "RU")
    assert outside(cli, holiday)
    cli("daysoff", "remove", day_off)
    assert cli.json("daysoff") == [] and not outside(cli, sick)
    cli("daysoff", "add", "2026-11-12..2026-11-10", code=1)
    assert "ends before it starts" in cli.err


def test_settings_can_be_scripted(cli: Cli) -> None:
    shown = cli.json("settings")
    assert shown["holidays"] == "" and shown["theme"] == "system"
    cli("settings", "set", "theme", "dark")
    cli("settings", "set", "reminder", "on")
    cli("settings", "set", "auto_lock_minutes", "5")
    cli("settings", "set", "holidays", "de")
    shown = cli.json("settings")
    assert (shown["theme"], shown["reminder"], shown["auto_lock_minutes"]) == ("dark", True, 5)
    assert shown["holidays"] == "DE"
    cli("settings", "set", "theme", "purple", code=1)
    assert "theme" in cli.err
    cli("settings", "set", "colour", "red", code=1)
    assert "Unknown setting" in cli.err
    assert cli.json("settings")["theme"] == "dark"


def test_goals_from_the_command_line(cli: Cli) -> None:
    import datetime as dt

    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    late = f"{dt.date.today()} 23:00"  # outside 09:00-18:00 on any day
    for response in ("held", "gave_in"):
        cli(
            "incident",
            "add",
            "--client",
            "Acme",
            "--kind",
            "after_hours",
            "--at",
            late,
            "--response",
            response,
        )
    goal = cli("goals", "add", "--metric", "held_share", "--target", "80", "--client", "Acme")
    assert cli.json("goals") == [
        {
            "id": int(goal),
            "metric": "held_share",
            "target": 80.0,
            "client": "Acme",
            "kind": None,
            "period": "month",
            "current": 50.0,
            "met": False,
        }
    ]
    cli("goals", "add", "--metric", "rating", "--target", "9", code=1)
    assert "target" in cli.err
    cli("goals", "remove", goal.strip())
    assert cli.json("goals") == []


def test_events_and_before_and_after(cli: Cli) -> None:
    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    for at in ("2026-03-01 21:00", "2026-03-02 22:00", "2026-03-02 23:00", "2026-03-04 21:00"):
        cli("incident", "add", "--client", "Acme", "--kind", "after_hours", "--at", at)
    cli("incident", "add", "--client", "Acme", "--kind", "pressure", "--at", "2026-03-04 10:00")
    sent = cli(
        "events",
        "add",
        "--client",
        "Acme",
        "--date",
        "2026-03-03",
        "--kind",
        "agreement_sent",
        "--note",
        "the letter",
    ).strip()
    assert cli.json("events") == [
        {
            "id": int(sent),
            "client": "Acme",
            "date": "2026-03-03",
            "kind": "agreement_sent",
            "note": "the letter",
        }
    ]
    around = cli.json("stats", "--around", sent, "--days", "3")
    assert around["days"] == 3
    assert (around["before"]["from"], around["before"]["to"]) == ("2026-02-28", "2026-03-02")
    assert (around["after"]["from"], around["after"]["to"]) == ("2026-03-03", "2026-03-05")
    assert (around["before"]["incidents"], around["before"]["outside_agreement"]) == (3, 3)
    assert (around["after"]["incidents"], around["after"]["outside_agreement"]) == (2, 1)
    cli("events", "add", "--client", "Acme", "--date", "2026-03-03", "--kind", "party", code=2)
    cli("stats", "--around", "99", "--json", code=1)
    assert "no event #99" in cli.err
    cli("events", "remove", sent)
    assert cli.json("events") == []
