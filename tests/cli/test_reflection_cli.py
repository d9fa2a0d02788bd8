"""The incident, kind, agreement, question, answer and rating commands: the README's contract."""

from __future__ import annotations

from .conftest import Cli


def test_logging_the_9pm_call_from_the_command_line(cli: Cli) -> None:
    entry = cli("add", "--title", "The unsigned contract", "--text", "He was ill.").strip()
    cli("clients", "add", "Acme")
    out = cli("clients", "agreement", "Acme", "--days", "mon-fri", "--hours", "09:00-18:00")
    assert "mon-fri 09:00-18:00" in out
    incident_id = cli(
        "incident",
        "add",
        "--entry",
        entry,
        "--client",
        "Acme",
        "--kind",
        "pushing_for_gain",
        "--direction",
        "me",
        "--at",
        "2026-11-20 21:00",
        "--channel",
        "phone",
        "--severity",
        "4",
        "--response",
        "gave_in",
        "--note",
        "bonus at stake",
    ).strip()
    listed = cli.json("incident", "list", "--client", "Acme")
    assert listed == [
        {
            "id": int(incident_id),
            "entry_id": int(entry),
            "client": "Acme",
            "kind": "pushing_for_gain",
            "kind_name": "Pushing the client for my own gain",
            "direction": "me",
            "at": "2026-11-20 21:00",
            "channel": "phone",
            "severity": 4,
            "response": "gave_in",
            "note": "bonus at stake",
            "outside_agreed_hours": True,
            "outside_agreed_channels": False,
        }
    ]
    assert "OUTSIDE AGREED HOURS" in cli("incident", "list")
    cli("incident", "edit", incident_id, "--at", "2026-11-20 10:00")
    (edited,) = cli.json("incident", "list")  # type: ignore[misc]
    assert edited["outside_agreed_hours"] is False
    assert cli.json("incident", "list", "--from", "2026-11-21") == []
    cli("incident", "delete", incident_id)
    assert cli.json("incident", "list") == []


def test_show_json_has_incidents_answers_and_ratings(cli: Cli) -> None:
    entry = cli("add", "--title", "Concierge again", "--text", "Booked her hotel.").strip()
    cli("incident", "add", "--entry", entry, "--client", "Beta", "--kind", "personal_favour")
    cli("answer", entry, "self_respect.like", "No, I do not.")
    cli("rate", entry, "--self-respect", "2", "--partnership", "3")
    cli("rate", entry, "--partnership", "0")  # 0 clears one rating, the others stay
    shown = cli.json("show", entry)
    assert isinstance(shown, dict)
    assert [i["kind"] for i in shown["incidents"]] == ["personal_favour"]
    assert shown["answers"] == [
        {"question_id": "self_respect.like", "question": "Do you like it?", "text": "No, I do not."}
    ]
    assert shown["ratings"] == {"respect_client": None, "self_respect": 2, "partnership": None}
    assert shown["clients"] == ["Beta"]
    cli("answer", entry, "self_respect.like", "")
    assert cli.json("show", entry)["answers"] == []  # type: ignore[index]


def test_kinds_and_questions(cli: Cli) -> None:
    kinds = cli.json("kinds", "--lang", "ru")
    assert {"key": "rudeness", "name": "Грубость", "direction": "client"} in kinds  # type: ignore[operator]
    assert cli("kinds", "add", "Ghosting", "--direction", "client").strip() == "ghosting"
    cli("kinds", "rename", "ghosting", "Going silent")
    cli("kinds", "archive", "scope_creep")
    keys = {k["key"]: k["name"] for k in cli.json("kinds")}  # type: ignore[union-attr]
    assert keys["ghosting"] == "Going silent" and "scope_creep" not in keys

    questions = cli.json("questions", "--lang", "en")
    first = questions[0]  # type: ignore[index]
    assert first["id"] == "respect_client.respect"
    assert first["text"] == "Do you respect the client?"
    assert first["original"] == "Уважаете\u00a0ли вы\u00a0клиента?"
    assert "Boris Shpirt" in cli("questions")
    own = cli("questions", "add", "partnership", "What would a partner do?").strip()
    cli("questions", "hide", "partnership.aim")
    ids = [q["id"] for q in cli.json("questions")]  # type: ignore[union-attr]
    assert own in ids and "partnership.aim" not in ids


def test_mistakes_get_one_clear_line(cli: Cli) -> None:
    cli("incident", "add", "--client", "Acme", "--kind", "nope", code=1)
    assert "no incident kind “nope”" in cli.err
    cli("incident", "add", "--client", "Acme", "--kind", "rudeness", "--at", "9pm", code=2)
    cli("clients", "add", "Acme")
    cli("clients", "agreement", "Acme", "--hours", "9-18", code=1)
    assert "HH:MM" in cli.err
    cli("answer", "1", "no.such.question", "x", code=1)
    cli("rate", "1", "--self-respect", "7", code=2)
    cli("incident", "edit", "99", "--severity", "2", code=1)
    assert "no incident #99" in cli.err


def test_stats_json_prints_the_figures_the_charts_draw(cli: Cli) -> None:
    entry = cli("add", "--date", "2026-11-02", "--title", "Calls").strip()
    for when, response in (("2026-11-02 21:00", "gave_in"), ("2026-11-09 10:00", "held")):
        cli(
            "incident",
            "add",
            "--entry",
            entry,
            "--client",
            "Acme",
            "--kind",
            "after_hours",
            "--at",
            when,
            "--response",
            response,
        )
    cli("rate", entry, "--self-respect", "3")
    stats = cli.json("stats", "--by", "week", "--from", "2026-11-01", "--to", "2026-11-30")
    assert isinstance(stats, dict)
    assert stats["over_time"] == [
        {"period": "2026-W45", "kind": "after_hours", "direction": "client", "count": 1},
        {"period": "2026-W46", "kind": "after_hours", "direction": "client", "count": 1},
    ]
    assert stats["by_client"] == [{"client": "Acme", "count": 2, "previous_count": 0}]
    # Every week of the range, the quiet ones too: 1 November is the Sunday of week 44.
    assert stats["periods"] == [f"2026-W{n}" for n in range(44, 50)]  # to Monday 30th
    assert [r["period"] for r in stats["responses"]] == stats["periods"]
    assert stats["responses"][0] == {
        "period": "2026-W44",
        "held": 0,
        "negotiated": 0,
        "gave_in": 0,
        "escalated": 0,
        "open": 0,
    }
    assert stats["responses"][1] == {
        "period": "2026-W45",
        "held": 0,
        "negotiated": 0,
        "gave_in": 1,
        "escalated": 0,
        "open": 0,
    }
    assert stats["ratings"] == [
        {"period": "2026-W45", "respect_client": None, "self_respect": 3.0, "partnership": None}
    ]
    assert stats["heatmap"] == [
        {"weekday": 0, "hour": 10, "count": 1},
        {"weekday": 0, "hour": 21, "count": 1},
    ]
    assert isinstance(stats["observations"], list)
    summary = stats["summary"]  # the range at a glance, as on top of the Trends window
    assert summary["incidents"] == sum(r["count"] for r in stats["over_time"])
    assert summary["gave_in"] == sum(r["gave_in"] for r in stats["responses"])
    assert "Incidents per month:" in cli("stats")
    text = cli("stats", "--by", "week", "--from", "2026-11-01", "--to", "2026-11-30")
    assert "  2026-W44  0\n" in text and "  2026-W48  0\n" in text  # a quiet week says 0
    cli("stats", "--kind", "nope", code=1)
    cli("stats", "--from", "2026-12-01", "--to", "2026-11-01", code=1)
    assert "after its end" in cli.err


def test_the_apps_own_questions_are_marked_so(cli: Cli) -> None:
    found = {q["id"]: q for q in cli.json("questions")}  # type: ignore[union-attr]
    assert found["threat_to_leave.wants"]["source"] == "app"
    assert found["threat_to_leave.wants"]["kind"] == "threat_to_leave"
    assert not found["threat_to_leave.wants"]["quoted"]
    assert found["self_respect.respect"]["source"] == "book"
    listed = cli("questions")
    assert "the app's own are marked so" in listed
    line = next(x for x in listed.splitlines() if x.startswith("threat_to_leave.wants"))
    assert line.endswith("(the app's own, for threat_to_leave)")
