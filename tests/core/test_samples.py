"""The first run's sample journal: its texts are data in resources/, in either language."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from journal_app.core.errors import StorageError
from journal_app.core.journal import Journal
from journal_app.core.samples import SAMPLE_FILE, create_sample, load_sample, remove_sample
from journal_app.core.trends import TrendFilter
from journal_app.paths import resources_dir

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("lang", "client", "tag", "title"),
    [
        ("en", "Northwind (sample)", "sample", "Late call about the invoice"),
        ("ru_RU", "Ромашка (пример)", "пример", "Поздний звонок про счёт"),
    ],
)
def test_the_sample_is_written_in_the_chosen_language_and_removed_in_one_go(
    journal: Journal, lang: str, client: str, tag: str, title: str
) -> None:
    uuids = create_sample(journal, lang, today=TODAY)
    assert len(uuids) == 12
    oldest = journal.entries.summaries()[-1]
    assert (oldest.title, oldest.date) == (title, dt.date(2026, 9, 7))
    assert [c.name for c in oldest.client_refs] == [client]
    assert journal.tags.names() == [tag]
    figures = journal.trends.by_client(TrendFilter())
    assert sum(r["count"] for r in figures) == 9  # nine of the twelve stories are incidents
    late = journal.incidents.for_entry(oldest.id)[0]
    assert (late.kind.key, late.response, late.outside_hours) == ("after_hours", "gave_in", True)
    assert remove_sample(journal, uuids) == 12
    assert journal.entries.count() == 0 and journal.clients.all() == []


def test_both_languages_tell_the_same_stories() -> None:
    english, russian = load_sample("en"), load_sample("ru")
    assert len(english.stories) == len(russian.stories) == 12
    for en, ru in zip(english.stories, russian.stories, strict=True):
        assert (en.days_ago, en.hour, en.client, en.incident, en.ratings) == (
            ru.days_ago,
            ru.hour,
            ru.client,
            ru.incident,
            ru.ratings,
        )
        assert en.title != ru.title and en.body != ru.body


def test_a_damaged_sample_file_is_named(tmp_path: Path) -> None:
    shutil.copy(resources_dir() / SAMPLE_FILE, tmp_path / SAMPLE_FILE)
    data = json.loads((tmp_path / SAMPLE_FILE).read_text(encoding="utf-8"))
    data["stories"][0]["client"] = 7
    (tmp_path / SAMPLE_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StorageError, match="names a client it does not list"):
        load_sample("en", tmp_path)
    del data["stories"][0]["title"]
    (tmp_path / SAMPLE_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StorageError, match="is incomplete"):
        load_sample("en", tmp_path)
    (tmp_path / SAMPLE_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot be read"):
        load_sample("en", tmp_path)
