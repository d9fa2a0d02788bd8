"""Word forms find each other (issue #19): a table of pairs of forms of one word — nouns in
their cases, verbs in their tenses, plurals, first names and surnames — where an entry that
holds either form is found by the other."""

import datetime as dt
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.core.search import MATCH_END, MATCH_START
from journal_app.paths import AppPaths

RUSSIAN = [
    ("клиентом", "клиенту"),
    ("клиенты", "клиент"),
    ("клиентами", "клиента"),
    ("звонки", "звонок"),
    ("звонка", "звонком"),
    ("скидки", "скидку"),
    ("скидкой", "скидками"),
    ("договора", "договору"),
    ("договор", "договорами"),
    ("отчёта", "отчёт"),
    ("отчеты", "отчётов"),
    ("требовали", "требовать"),
    ("требует", "требовал"),
    ("позвонил", "позвонить"),
    ("позвонила", "позвонят"),
    ("звонила", "звонить"),
    ("звонит", "звонили"),
    ("директор", "директору"),
    ("директора", "директором"),
    ("встреча", "встречи"),
    ("встречу", "встречами"),
    ("проект", "проекта"),
    ("проекты", "проектом"),
    ("бюджет", "бюджете"),
    ("бюджета", "бюджетов"),
    ("задача", "задачи"),
    ("задачу", "задачами"),
    ("работа", "работы"),
    ("работу", "работой"),
    ("письмо", "письма"),
    ("письмом", "письмах"),
    ("сообщение", "сообщения"),
    ("сообщениями", "сообщений"),
    ("вечер", "вечером"),
    ("вечера", "вечеру"),
    ("ночь", "ночью"),
    ("ночи", "ночам"),
    ("выходные", "выходных"),
    ("праздник", "праздники"),
    ("деньги", "деньгами"),
    ("оплата", "оплату"),
    ("оплаты", "оплатой"),
    ("счёт", "счета"),
    ("счетом", "счёте"),
    ("граница", "границы"),
    ("границу", "границами"),
    ("просьба", "просьбы"),
    ("просьбу", "просьбами"),
    ("услуга", "услуги"),
    ("услугу", "услугами"),
    ("срок", "сроки"),
    ("сроков", "сроками"),
    ("решение", "решения"),
    ("решением", "решений"),
    ("человек", "человека"),
    ("люди", "людьми"),
    ("ребёнок", "ребёнка"),
    ("друг", "друга"),
    ("друзья", "друзей"),
    ("коллега", "коллеги"),
    ("коллегу", "коллегами"),
    ("начальник", "начальника"),
    ("начальнику", "начальником"),
    ("менеджер", "менеджера"),
    ("заказчик", "заказчику"),
    ("заказчики", "заказчиков"),
    ("партнёр", "партнёра"),
    ("партнёры", "партнёрами"),
    ("уважение", "уважения"),
    ("уважением", "уважении"),
    ("давление", "давления"),
    ("давлением", "давлении"),
    ("написал", "написать"),
    ("написала", "напишет"),
    ("ответил", "ответить"),
    ("ответила", "ответят"),
    ("попросил", "попросить"),
    ("попросила", "попросит"),
    ("сказал", "сказать"),
    ("сказала", "скажет"),
    ("согласился", "согласиться"),
    ("согласилась", "соглашусь"),
    ("отказал", "отказать"),
    ("отказала", "откажу"),
    ("обещал", "обещать"),
    ("обещала", "обещают"),
    ("хотел", "хотеть"),
    ("хотела", "хочет"),
    ("работал", "работать"),
    ("работаю", "работает"),
    ("ждал", "ждать"),
    ("ждала", "ждёт"),
    ("пришёл", "прийти"),
    ("пришла", "придёт"),
    ("шёл", "идти"),
    ("шла", "идёт"),
    ("Сергей", "Сергею"),
    ("Сергея", "Сергеем"),
    ("Наталья", "Наталье"),
    ("Натальей", "Натальи"),
    ("Иван", "Ивана"),
    ("Ивану", "Иваном"),
    ("Мария", "Марии"),
    ("Марию", "Марией"),
    ("Анна", "Анне"),
    ("Анну", "Анной"),
    ("Александр", "Александру"),
    ("Дмитрий", "Дмитрию"),
    ("Ольга", "Ольге"),
    ("Елена", "Елене"),
    ("Петров", "Петрову"),
    ("Петрова", "Петровым"),
    ("Иванов", "Иванову"),
    ("Иванова", "Ивановой"),
    ("Смирнов", "Смирнову"),
    ("Кузнецов", "Кузнецову"),
    ("Москва", "Москве"),
    ("Москву", "Москвой"),
    ("новый", "новая"),
    ("новому", "новыми"),
    ("срочный", "срочная"),
    ("срочно", "срочную"),
    ("важный", "важная"),
    ("важному", "важных"),
    ("трудный", "трудная"),
    ("поздний", "поздним"),
    ("поздняя", "позднего"),
    ("столы", "стол"),
    ("столом", "столу"),
]

ENGLISH = [
    ("called", "calling"),
    ("calls", "call"),
    ("clients", "client"),
    ("meetings", "meeting"),
    ("invoices", "invoice"),
    ("emails", "email"),
    ("messages", "message"),
    ("asked", "asking"),
    ("asks", "ask"),
    ("requested", "requesting"),
    ("requests", "request"),
    ("worked", "working"),
    ("works", "work"),
    ("waited", "waiting"),
    ("answered", "answering"),
    ("answers", "answer"),
    ("replied", "replying"),
    ("paying", "pay"),
    ("pays", "paying"),
    ("discounts", "discount"),
    ("projects", "project"),
    ("deadlines", "deadline"),
    ("boundaries", "boundary"),
    ("respected", "respecting"),
    ("respects", "respect"),
    ("pressured", "pressure"),
    ("pushing", "pushed"),
    ("agreed", "agreeing"),
    ("agreements", "agreement"),
    ("refused", "refusing"),
    ("promised", "promising"),
    ("promises", "promise"),
    ("managers", "manager"),
    ("directors", "director"),
    ("partners", "partner"),
    ("partnership", "partnerships"),
    ("evenings", "evening"),
    ("weekends", "weekend"),
    ("holidays", "holiday"),
    ("tasks", "task"),
    ("reports", "report"),
    ("reporting", "reported"),
    ("budgets", "budget"),
    ("contracts", "contract"),
    ("payments", "payment"),
    ("offices", "office"),
    ("phones", "phone"),
    ("phoned", "phoning"),
    ("texted", "texting"),
    ("texts", "text"),
]


def _unfound(journal: Journal, pairs: list[tuple[str, str]]) -> list[str]:
    written = {}
    for a, b in pairs:
        written[a, b] = (
            journal.entries.add(EntryDraft(body=f"Сегодня {a} и всё.")),
            journal.entries.add(EntryDraft(body=f"Today {b} again.")),
        )
    missing = []
    for (a, b), (with_a, with_b) in written.items():
        if with_a not in {h.entry.id for h in journal.search.search(b + " ", limit=500)}:
            missing.append(f"{b} → {a}")
        if with_b not in {h.entry.id for h in journal.search.search(a + " ", limit=500)}:
            missing.append(f"{a} → {b}")
    return missing


@pytest.mark.parametrize("pairs", [RUSSIAN, ENGLISH], ids=["russian", "english"])
def test_every_form_finds_the_other(journal: Journal, pairs: list[tuple[str, str]]) -> None:
    assert len(pairs) >= (100 if pairs is RUSSIAN else 50)
    assert _unfound(journal, pairs) == []


def test_the_issue_s_own_examples(journal: Journal) -> None:
    entry = journal.entries.add(
        EntryDraft(
            title="Звонок",
            body="Директор позвонил мне вечером, клиенты требовали скидку. "
            "The clients were calling.",
            tags=("#звонок",),
        )
    )
    late = journal.entries.add(EntryDraft(body="Клиент опоздал на час."))
    contract = journal.entries.add(EntryDraft(body="Поправки к договору."))
    for query in ("клиенту", "клиентами", "скидки", "позвонить", "звонок", "звонки", "called"):
        assert entry in _ids(journal, query + " "), query
    assert late in _ids(journal, "клиентом ")
    assert _ids(journal, "договора ") == [contract]
    assert entry not in _ids(journal, "требование ")  # another word, not a form of this one


def _ids(journal: Journal, query: str, **kw: object) -> list[int]:
    return [h.entry.id for h in journal.search.search(query, **kw)]  # type: ignore[arg-type]


def test_a_word_being_typed_matches_by_prefix(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(body="Переговоры с заказчиком"))
    assert _ids(journal, "заказ") == [entry]  # still typing
    assert _ids(journal, "заказ ") == []  # a finished word: «заказ» is another word
    assert _ids(journal, "перегов") == [entry]


def test_the_snippet_keeps_the_written_words_and_marks_every_form(journal: Journal) -> None:
    journal.entries.add(
        EntryDraft(body="Клиенты звонили. Я ответила клиенту, что клиентом ещё займусь.")
    )
    (hit,) = journal.search.search("клиент ")
    for word in ("Клиенты", "клиенту", "клиентом"):
        assert f"{MATCH_START}{word}{MATCH_END}" in hit.snippet
    assert "ещё" in hit.snippet
    assert hit.matched_in == ("body",)


def test_everything_written_is_searchable_and_says_where(journal: Journal) -> None:
    entry = journal.entries.add(
        EntryDraft(
            title="Пятница", body="обычный день", clients=("Ромашка",), tags=("#переговоры",)
        )
    )
    journal.questions.set_answer(entry, "partnership.aim", "Хотела обсудить гонорар")
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry, client="Ромашка", kind="after_hours", note="Прислал голосовые сообщения"
        )
    )
    cases = {
        "пятницу ": "title",
        "обычного ": "body",
        "гонорары ": "answer",
        "сообщениями ": "incident_note",
        "переговорах ": "tag",
        "ромашки ": "client",
    }
    for query, where in cases.items():
        (hit,) = journal.search.search(query)
        assert hit.entry.id == entry and hit.matched_in == (where,), query
        assert MATCH_START in hit.snippet


def test_edits_of_answers_notes_and_names_follow_into_the_index(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(body="x", clients=("Ромашка",), tags=("#старый",)))
    journal.questions.set_answer(entry, "partnership.aim", "первое")
    incident = journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Ромашка", kind="after_hours", note="раньше")
    )
    journal.questions.set_answer(entry, "partnership.aim", "второе")
    journal.incidents.update(incident, IncidentDraft(note="позже"))
    (client,) = journal.clients.all()
    journal.clients.rename(client.id, "Василёк")
    (tag,) = journal.tags.all()
    journal.tags.rename(tag.id, "новый")
    assert _ids(journal, "первое ") == _ids(journal, "раньше ") == []
    # A renamed client keeps its old name as another name (core/other_names), and those are
    # searched with the client's name.
    assert _ids(journal, "ромашка ") == [entry]
    for query in ("второе ", "позже ", "васильки ", "новые "):
        assert _ids(journal, query) == [entry], query
    journal.incidents.delete(incident)
    assert _ids(journal, "позже ") == []
    assert journal.check() == []


def test_filters(journal: Journal) -> None:
    old = journal.entries.add(
        EntryDraft(date=dt.date(2026, 1, 5), body="звонок", clients=("Acme",), tags=("#звонок",))
    )
    private = journal.entries.add(
        EntryDraft(date=dt.date(2026, 2, 5), body="звонок", private=True, clients=("Other",))
    )
    late = journal.entries.add(EntryDraft(date=dt.date(2026, 3, 5), body="звонки клиента"))
    journal.incidents.add(IncidentDraft(entry_id=late, client="Acme", kind="after_hours"))
    # an incident with a client links the entry to them
    assert set(_ids(journal, "звонок client:Acme")) == {old, late}
    assert _ids(journal, "звонок client:Acm") == _ids(journal, "звонок client:Acme")
    assert _ids(journal, "client:Other") == [private]
    assert set(_ids(journal, "tag:звонки")) == {old}
    assert _ids(journal, "звонок is:private") == [private]
    assert _ids(journal, "звонок from:2026-02-01 to:2026-02-28") == [private]
    assert _ids(journal, "has:incident") == [late]
    assert _ids(journal, "kind:after_hours") == [late]
    assert _ids(journal, "kind:rudeness") == []
    assert _ids(journal, "from:2026-02-01") == [late, private]  # newest first, no words
    assert set(_ids(journal, "from:someday звонок")) == set()  # not a date: plain words


def test_newest_first_as_the_other_sort(journal: Journal) -> None:
    first = journal.entries.add(EntryDraft(date=dt.date(2026, 1, 1), title="отчёт", body="отчёт"))
    second = journal.entries.add(EntryDraft(date=dt.date(2026, 2, 1), body="отчёт"))
    assert _ids(journal, "отчёт ") == [first, second]  # the title counts more
    assert _ids(journal, "отчёт ", sort="newest") == [second, first]


def test_an_import_indexes_everything_it_brings(journal: Journal, tmp_path: Path) -> None:
    from journal_app.core.exporters.bundle import ExportScope

    entry = journal.entries.add(EntryDraft(body="обычный день", clients=("Ромашка",)))
    journal.questions.set_answer(entry, "partnership.aim", "Хотела обсудить гонорар")
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Ромашка", kind="after_hours", note="голосовые")
    )
    journal.exports.export(ExportScope(entry_ids=(entry,)), "json", tmp_path / "x.json")
    with Journal.open(AppPaths.resolve(tmp_path / "other")) as other:
        other.imports.apply(other.imports.read(tmp_path / "x.json"))
        for query, where in (("гонорары ", "answer"), ("голосовое ", "incident_note")):
            (hit,) = other.search.search(query)
            assert hit.matched_in == (where,)
        assert other.check() == []


def test_an_opened_entry_marks_the_forms_too() -> None:
    from journal_app.core.search_query import query_words

    assert query_words("клиентом звонки") == ["звонки", "звонкий", "звонок", "клиент", "клиентом"]
    assert "я" not in query_words("мне")
    assert query_words("called") == ["call", "called"]


def test_an_older_journal_is_reindexed_once_with_progress(paths: AppPaths) -> None:
    from alembic import command

    from journal_app.core import db

    with Journal.open(paths) as journal:
        entry = journal.entries.add(EntryDraft(body="Клиенты звонили"))
        journal.questions.set_answer(entry, "partnership.aim", "гонорары")
        cfg = db._alembic_config()
        with journal.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert [h.entry.id for h in journal.search.search("клиенты ")] == [entry]
        assert journal.search.search("гонорары ") == []  # 0005 did not index answers
    seen: list[tuple[int, int]] = []
    report = db.migration_progress(lambda done, total: seen.append((done, total)))
    with report, Journal.open(paths) as journal:
        assert [h.entry.id for h in journal.search.search("клиентом ")] == [entry]
        assert journal.search.search("гонорар ")[0].matched_in == ("answer",)
        assert journal.check() == []
    assert seen == [(1, 1)]
