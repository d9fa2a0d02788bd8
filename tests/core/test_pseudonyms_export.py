"""Pseudonymised exports of a journal full of name forms: in every format and both export
languages, no form of a client's name survives anywhere (titles, text, incident notes,
answers, own questions, tags, kind names and keys, file names), and ordinary words stay."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core.agreements import Agreement
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.paths import AppPaths

from .name_cases import CLIENTS, FORMS, written
from .test_pseudonyms import holds

FORMATS = ("json", "md", "md-folder", "html", "csv", "jrnl")
ORDINARY = "The sky was grey; the media plan slipped. Ветер с севера, Нева, капитал."


def read_export(path: Path) -> str:
    if path.is_dir():  # the file names are part of what leaves
        return "\n".join(
            f"{p.name}\n{p.read_text(encoding='utf-8')}" for p in sorted(path.iterdir())
        )
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def journal_of_forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    with Journal.open(AppPaths.resolve(tmp_path_factory.mktemp("forms") / "j")) as journal:
        for name in CLIENTS:
            client = journal.clients.add(name)
            # Each with an agreement history (a zone in it) that the JSON export carries.
            journal.clients.set_agreement(client, Agreement(days=frozenset(range(5)), tz="UTC"))
            journal.clients.set_agreement(
                client, Agreement(days=frozenset(range(4))), since=dt.date(2026, 1, 5)
            )
        kind = journal.kinds.add("Звонки Ромашки", "client")
        group = journal.questions.all()[0].group
        own = journal.questions.add(group, "Что ответила Ромашка Нордвинду?")
        catalogue_question = journal.questions.all()[0].id
        for n, (client, form) in enumerate(FORMS):
            w = written(form)
            entry = journal.entries.add(
                EntryDraft(
                    date=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                    title=f"Звонок от {w}",
                    body=f"Сегодня {w} снова писала. Then {w} called; mail boss@acme.example.",
                    clients=(client,),
                    tags=(w.replace(" ", "_"), "media"),
                )
            )
            journal.incidents.add(
                IncidentDraft(
                    entry_id=entry,
                    client=client,
                    kind=kind,
                    occurred_at=dt.datetime(2026, 1, 1, 21, 0) + dt.timedelta(days=n),
                    note=f"{w} позвонил(а) с +7 495 123–45–67",
                )
            )
            journal.questions.set_answer(entry, own, f"{w} ответила «нет»")
            journal.questions.set_answer(entry, catalogue_question, f"I let {w} decide")
        journal.entries.add(
            EntryDraft(date=dt.date(2026, 6, 1), title="Grey day", body=ORDINARY, tags=("media",))
        )
        yield journal


@pytest.fixture(scope="module")
def exports(
    journal_of_forms: Journal, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], str]:
    folder = tmp_path_factory.mktemp("exports")
    out = {}
    for lang in ("en", "ru"):
        for fmt in FORMATS:
            target = folder / f"{lang}-{fmt}"
            journal_of_forms.exports.export(ExportScope(pseudonymise=True, lang=lang), fmt, target)
            out[(lang, fmt)] = read_export(target)
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("client", "form"), FORMS)
def test_no_form_of_a_name_leaves_in_any_format(
    exports: dict[tuple[str, str], str], client: str, form: str, fmt: str, lang: str
) -> None:
    assert not holds(exports[(lang, fmt)], form), (client, form, fmt, lang)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_the_aliases_and_no_contact(
    exports: dict[tuple[str, str], str], fmt: str
) -> None:
    ru, en = exports[("ru", fmt)], exports[("en", fmt)]
    assert "Клиент" in ru and "Client" in en
    for text in (ru, en):
        assert "acme.example" not in text and "123–45–67" not in text
    if fmt != "csv":  # the CSV holds incidents only
        assert "Звонок от Клиента Е" in ru  # «Звонок от Ромашки», inflected
        assert "Звонок от Client F" in en


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_ordinary_words_of_names_stay(exports: dict[tuple[str, str], str], fmt: str) -> None:
    for lang in ("en", "ru"):
        text = exports[(lang, fmt)]
        assert "The sky was grey; the media plan slipped." in text, (fmt, lang)
        assert "Ветер с севера, Нева, капитал." in text, (fmt, lang)
        assert re.search(r"#?media\b", text), (fmt, lang)  # the tag


def test_own_kinds_keys_do_not_name_a_client(exports: dict[tuple[str, str], str]) -> None:
    for (_, fmt), text in exports.items():
        assert "звонки_ромашки" not in text.casefold(), fmt
        if fmt in ("json", "csv", "md-folder"):
            assert "custom_1" in text, fmt
    data = json.loads(exports[("ru", "json")])
    assert {k["key"] for k in data["kinds"]} == {"custom_1"}
    assert data["kinds"][0]["name"] == "Звонки Клиента Е"
    assert {i["kind"] for e in data["entries"] for i in e["incidents"]} == {"custom_1"}
    assert data["questions"][0]["text"] == "Что ответила Клиент Е Клиенту В?"  # Nordwind is C


def test_a_plain_export_keeps_names_and_keys(journal_of_forms: Journal, tmp_path: Path) -> None:
    target = tmp_path / "plain.json"
    journal_of_forms.exports.export(ExportScope(), "json", target)
    text = target.read_text(encoding="utf-8")
    assert "звонки_ромашки" in text and "Звонок от Ромашки" in text
    histories = [c["agreement_history"] for c in json.loads(text)["clients"]]
    assert [len(h) for h in histories] == [2] * len(CLIENTS)
