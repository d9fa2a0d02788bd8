"""Clients' other names and their people: kept, refused when ambiguous, kept through renames
and merges, and replaced in pseudonymised exports with stable aliases."""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import text

from journal_app.core import db
from journal_app.core.errors import ConflictError, NotFoundError, ValidationError
from journal_app.core.exporters.bundle import ExportScope
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, OtherName
from journal_app.paths import AppPaths


def others(journal: Journal, name: str) -> tuple[OtherName, ...]:
    return journal.clients.by_name(name).other_names


def test_other_names_are_added_listed_and_removed(journal: Journal) -> None:
    acme = journal.clients.add("ООО Ромашка")
    journal.clients.add_other_names(acme, ["Ромашка", "  Romashka ", "Ромашка"])
    journal.clients.add_other_names(acme, ["Иван  Петров"], person=True)
    assert others(journal, "ООО Ромашка") == (
        OtherName("Romashka"),
        OtherName("Иван Петров", person=True),
        OtherName("Ромашка"),
    )
    journal.clients.remove_other_name(acme, "ромашка")
    assert OtherName("Ромашка") not in others(journal, "ООО Ромашка")
    with pytest.raises(NotFoundError, match="“Ромашка” is not another name of “ООО Ромашка”"):
        journal.clients.remove_other_name(acme, "Ромашка")
    with pytest.raises(ValidationError, match="cannot be empty"):
        journal.clients.add_other_names(acme, ["  "])


def test_marking_a_name_as_a_persons_changes_its_kind(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.add_other_names(acme, ["Jane Doe"])
    journal.clients.add_other_names(acme, ["jane doe"], person=True)
    assert others(journal, "Acme") == (OtherName("Jane Doe", person=True),)


def test_ambiguous_names_are_refused_and_nothing_is_added(journal: Journal) -> None:
    acme, beta = journal.clients.add("Acme"), journal.clients.add("Beta")
    journal.clients.add_other_names(acme, ["ACM"])
    with pytest.raises(ConflictError, match="“ACM” is already another name of “Acme”"):
        journal.clients.add_other_names(beta, ["Beta Corp", "acm"])
    with pytest.raises(ConflictError, match="“ACM” is already another name of “Acme”"):
        journal.clients.add_other_names(acme, ["ACM"])
    with pytest.raises(ConflictError, match="already the name of the client “Beta”"):
        journal.clients.add_other_names(acme, ["beta"])
    assert others(journal, "Beta") == ()
    with pytest.raises(ConflictError, match="“ACM” is another name of “Acme”"):
        journal.clients.add("Acm")
    with pytest.raises(ConflictError, match="“ACM” is another name of “Acme”"):
        journal.clients.rename(beta, "acm")
    assert [c.name for c in journal.clients.all()] == ["Acme", "Beta"]


def test_an_entry_naming_an_other_name_is_about_its_client(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.add_other_names(acme, ["Acme Ltd"])
    entry = journal.entries.add(EntryDraft(clients=("acme ltd",)))
    assert journal.entries.get(entry).clients == ("Acme",)
    assert len(journal.clients.all()) == 1


def test_rename_keeps_the_old_name_and_renaming_back_drops_it(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.rename(acme, "Acme Holdings")
    assert others(journal, "Acme Holdings") == (OtherName("Acme"),)
    journal.clients.rename(acme, "ACME HOLDINGS")  # only the case: nothing to keep
    assert others(journal, "ACME HOLDINGS") == (OtherName("Acme"),)
    journal.clients.rename(acme, "Acme")
    assert others(journal, "Acme") == (OtherName("ACME HOLDINGS"),)


def test_merge_keeps_the_source_names_and_moves_its_other_names(journal: Journal) -> None:
    old = journal.clients.add("Нордвинд", organisation="ООО Нордвинд")
    into = journal.clients.add("Nordwind")
    journal.clients.add_other_names(old, ["Анна Смирнова"], person=True)
    journal.clients.merge(old, into)
    assert others(journal, "Nordwind") == (
        OtherName("Анна Смирнова", person=True),
        OtherName("Нордвинд"),
        OtherName("ООО Нордвинд"),
    )


def test_pseudonymised_exports_replace_other_names_and_people(journal: Journal) -> None:
    acme = journal.clients.add("Acme")
    journal.clients.add_other_names(acme, ["Acmo"])
    journal.clients.add_other_names(acme, ["Jane Doe", "Иван Сидоров"], person=True)
    journal.entries.add(
        EntryDraft(
            title="Acmo called",
            body="Jane Doe asked; Иван Сидоров agreed.",
            clients=("Acme",),
        )
    )
    (entry,) = journal.exports.collect(ExportScope(pseudonymise=True)).entries
    assert entry.title == "Client A called"
    assert entry.body == "Person 1 asked; Person 2 agreed."
    ru = journal.exports.collect(ExportScope(pseudonymise=True, lang="ru")).entries[0]
    assert ru.body == "Человек 1 asked; Человек 2 agreed."


def test_people_keep_their_numbers_across_exports(journal: Journal) -> None:
    acme, beta = journal.clients.add("Acme"), journal.clients.add("Beta")
    journal.clients.add_other_names(beta, ["Zoe Quill"], person=True)
    journal.entries.add(EntryDraft(body="Zoe Quill, Ada Vance", clients=("Acme",)))
    assert journal.exports.collect(ExportScope(pseudonymise=True)).entries[0].body == (
        "Person 1, Ada Vance"
    )
    journal.clients.add_other_names(acme, ["Ada Vance"], person=True)
    journal.clients.add_other_names(acme, ["Abe Tull"], person=True)  # added later: next number
    body = journal.exports.collect(ExportScope(pseudonymise=True)).entries[0].body
    assert body == "Person 1, Person 2"
    journal.clients.add_other_names(beta, ["zoe quill"])  # no longer a person …
    journal.clients.add_other_names(beta, ["Zoe Quill"], person=True)  # … and one again
    body = journal.exports.collect(ExportScope(pseudonymise=True)).entries[0].body
    assert body == "Person 1, Person 2"


def test_an_existing_journal_gains_other_names_when_opened(paths: AppPaths) -> None:
    from alembic import command

    paths.ensure()
    engine = db.create_journal_engine(paths.db_path)
    cfg = db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(
            text(
                "INSERT INTO client (uuid, name, name_key, organisation, colour, notes, archived, "
                "agreed_days, agreed_channels, created_at, updated_at) VALUES ('c1', 'Acme', "
                "'acme', '', '#112233', '', 0, '', '', '2025-01-02 09:00:00', "
                "'2025-01-02 09:00:00')"
            )
        )
    engine.dispose()
    with Journal.open(paths) as journal:
        acme = journal.clients.by_name("Acme")
        assert acme.other_names == ()
        journal.clients.add_other_names(acme.id, ["Acme Corp"])
        assert others(journal, "Acme") == (OtherName("Acme Corp"),)
    with sqlite3.connect(paths.db_path) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (db.HEAD_REVISION,)


def test_the_preview_lists_the_names_that_would_stay(journal: Journal) -> None:
    from journal_app.core.exporters.unknown_names import unknown_names

    journal.clients.add("Acme")
    journal.entries.add(
        EntryDraft(
            title="Звонок от Acme",
            body="Вчера звонил Иван Сидоров из Газпрома. Иван Сидоров опять просил скидку. "
            "Then Jane Doe wrote on Monday; I said no.",
            clients=("Acme",),
        )
    )
    scope = ExportScope(pseudonymise=True, lang="ru")

    def listed() -> list[str]:
        bundle = journal.exports.collect(scope)
        return [u.name for u in unknown_names(bundle, journal.clients.all())]

    assert listed() == ["Иван Сидоров", "Jane Doe", "Газпрома"]
    acme = journal.clients.by_name("Acme").id
    journal.clients.add_other_names(acme, ["Иван Сидоров", "Jane Doe"], person=True)
    assert listed() == ["Газпрома"]
    (entry,) = journal.exports.collect(scope).entries
    assert re.fullmatch(r"Звонок от Клиент\w* А", entry.title)  # «Клиента А» once inflected
    assert "Человек 1 из Газпрома" in entry.body and "Человек 2 wrote" in entry.body


def test_matched_forms_show_cases_and_possessives() -> None:
    from journal_app.core.exporters.names import matched_forms

    assert matched_forms("Иван Петров")[:3] == ["Иван Петров", "Ивана Петрова", "Ивану Петрову"]
    assert matched_forms("ООО Ромашка")[1] == "ООО Ромашки"
    assert matched_forms("Acme") == ["Acme", "Acme’s", "Acmes"]
