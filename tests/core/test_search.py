import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, EntryFilter
from journal_app.core.search import MATCH_END, MATCH_START
from journal_app.core.search_query import build_match
from journal_app.paths import AppPaths


def ids(journal: Journal, query: str, flt: EntryFilter | None = None) -> list[int]:
    return [hit.entry.id for hit in journal.search.search(query, flt)]


@pytest.fixture
def sample(journal: Journal) -> dict[str, int]:
    add = journal.entries.add
    return {
        "call": add(EntryDraft(title="Calls after hours", body="He calls at 9 pm.")),
        "ru": add(EntryDraft(title="Звонок", body="Поговорила с клиентом. Ещё раз!")),
        "body_only": add(EntryDraft(title="Notes", body="one call about the invoice")),
        "acme": add(EntryDraft(body="meeting", clients=("Акме",), tags=("#концерж",))),
    }


def test_word_forms_by_prefix_in_both_languages(journal: Journal, sample: dict[str, int]):
    assert set(ids(journal, "call")) == {sample["call"], sample["body_only"]}
    assert ids(journal, "клиент") == [sample["ru"]]
    assert ids(journal, "КЛИЕНТОМ") == [sample["ru"]]


def test_yo_and_ye_are_the_same_letter(journal: Journal, sample: dict[str, int]) -> None:
    assert ids(journal, "еще") == [sample["ru"]]
    assert ids(journal, "ещё") == [sample["ru"]]
    (hit,) = journal.search.search("еще")
    assert f"{MATCH_START}Ещё{MATCH_END}" in hit.snippet  # the snippet keeps the real letter


def test_title_ranks_above_body(journal: Journal, sample: dict[str, int]) -> None:
    assert ids(journal, "calls")[0] == sample["call"]


def test_client_names_and_tags_are_searchable(journal: Journal, sample: dict[str, int]) -> None:
    assert ids(journal, "акме") == [sample["acme"]]
    assert ids(journal, "концерж") == [sample["acme"]]


def test_phrases_exclusion_and_or(journal: Journal, sample: dict[str, int]) -> None:
    assert ids(journal, '"the invoice"') == [sample["body_only"]]
    assert ids(journal, "call -invoice") == [sample["call"]]
    assert set(ids(journal, "invoice OR звонок")) == {sample["body_only"], sample["ru"]}


def test_trashed_entries_and_filters(journal: Journal, sample: dict[str, int]) -> None:
    journal.entries.trash(sample["call"])
    assert ids(journal, "call") == [sample["body_only"]]
    later = EntryFilter(date_from=dt.date.today() + dt.timedelta(days=1))
    assert ids(journal, "invoice", later) == []


def test_snippet_marks_the_match(journal: Journal, sample: dict[str, int]) -> None:
    (hit,) = journal.search.search("invoice")
    assert f"{MATCH_START}invoice{MATCH_END}" in hit.snippet


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', set()),
        ("(", set()),
        ("*", set()),
        ("-", set()),
        ("''", set()),
        ("\x00", set()),
        ("-only", set()),  # an exclusion alone asks for nothing
        ("AND", set()),  # no entry holds the word
        ('invoice" OR (звонок', {"body_only", "ru"}),
        ("(invoice)", {"body_only"}),
        ("NEAR(invoice about)", set()),  # the phrase "near invoice about"
        ("title:invoice", set()),  # the phrase "title invoice"
        ("^invoice", {"body_only"}),
        ("about+the", {"body_only"}),
        ("one-call", {"body_only"}),
    ],
)
def test_syntax_characters_are_just_text(
    journal: Journal, sample: dict[str, int], query: str, expected: set[str]
) -> None:
    assert set(ids(journal, query)) == {sample[name] for name in expected}


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_query_finds_only_real_entries_once(
    journal: Journal, sample: dict[str, int], query: str
) -> None:
    found = ids(journal, query)
    assert len(found) == len(set(found))  # each entry at most once
    assert set(found) <= set(sample.values())


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "call",
        '"',
        "(",
        ")",
        "NOT",
        "AND",
        "*",
        "-",
        "NEAR(",
        '"a b"',
        "звонок",
        "ё",
        "^",
        ":",
        "tag:x",
        "\x00",
        "a" * 50,
    ]
) | st.text(max_size=8)
# Long chains of OR and of exclusions (96 of them overflowed FTS5's parser) and repeats.
_HOSTILE = st.builds(
    lambda pieces, glue: glue.join(pieces),
    st.lists(_PIECES, max_size=120),
    st.sampled_from([" ", " OR ", " -", "-", " OR -", ""]),
)


@settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(_HOSTILE)
def test_hostile_queries_never_fail(journal: Journal, sample: dict[str, int], query: str):
    hits = journal.search.search(query)
    assert {hit.entry.id for hit in hits} <= set(sample.values())


def test_long_or_chains_and_exclusions_are_bounded(journal: Journal, sample: dict[str, int]):
    many_or = " OR ".join(["invoice"] + [f"nothing{i}" for i in range(200)])
    assert ids(journal, many_or) == [sample["body_only"]]
    many_not = "call " + " ".join(f"-nothing{i}" for i in range(200))
    assert set(ids(journal, many_not)) == {sample["call"], sample["body_only"]}
    for query in (many_or, many_not, " ".join("a" for _ in range(500))):
        expr = build_match(query)
        assert expr is not None and expr.count("(") <= 2 and len(expr) < 2000


def test_a_repeated_word_counts_once(journal: Journal, sample: dict[str, int]) -> None:
    assert build_match("call " * 95) == build_match("call ")
    assert set(ids(journal, "call " * 95)) == {sample["call"], sample["body_only"]}


def test_a_one_letter_word_is_not_a_prefix() -> None:
    assert build_match("a") == '"a"'
    assert build_match("ab") == '"ab"*'


@given(st.text(max_size=60))
def test_built_expressions_only_quote_user_text(query: str) -> None:
    expr = build_match(query)
    assert expr is None or expr.count('"') % 2 == 0


def _file_bytes(journal: Journal, paths: AppPaths) -> bytes:
    with journal.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return b"".join(p.read_bytes() for p in paths.data_dir.glob("journal.sqlite3*"))


def test_edited_and_purged_text_is_gone_from_the_file(journal: Journal, paths: AppPaths) -> None:
    filler = " ".join(f"word{i}" for i in range(300))
    edited = journal.entries.add(EntryDraft(body=f"zebracorn {filler}"))
    purged = journal.entries.add(EntryDraft(body=f"quokkafish {filler}", tags=("narwhalbee",)))
    assert b"zebracorn" in _file_bytes(journal, paths)
    journal.entries.update(edited, EntryDraft(body=filler))
    journal.entries.trash(purged)
    journal.entries.empty_trash()
    data = _file_bytes(journal, paths)
    assert b"zebracorn" not in data
    assert b"quokkafish" not in data
    assert ids(journal, "zebracorn") == [] and ids(journal, "word1") == [edited]
    assert journal.check() == []


def test_integrity_check_notices_a_damaged_index(journal: Journal) -> None:
    journal.entries.add(EntryDraft(body="alpha"))
    with journal.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER entry_fts_bu"))
        conn.execute(text("UPDATE entry SET body = 'beta'"))
    assert journal.check() != []
    journal.rebuild_search_index()
    assert journal.check() == []
