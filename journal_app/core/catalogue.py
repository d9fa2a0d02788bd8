"""The book's material shipped in resources/: the guiding questions, their groups, the
attribution, and the names of the built-in incident kinds, in Russian and English. Beside the
book's questions are the app's own ("source": "app"), for the kinds the book's chapter names
without asking about them; they are never shown as quotes. (The
words core writes itself around them are in core.locale's catalogue.)

Read once per process. A damaged file is a packaging bug, reported as a StorageError naming it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .errors import StorageError
from .locale import LANGUAGES as LANGUAGES  # which languages we speak: see core.locale
from .locale import language as language
from .messages import DATA_FILE_UNKNOWN_GROUP, DATA_FILE_UNREADABLE, DATA_FILES_INCOMPLETE

GROUPS = ("respect_client", "self_respect", "partnership")


@dataclass(frozen=True)
class BookQuestion:
    id: str
    group: str
    quoted: bool  # the book's own words
    based_on: str  # else a prompt built on this sentence of the book,
    text: dict[str, str]
    app: bool = False  # or the app's own question, in the book's spirit but not from it
    kind: str = ""  # asked of entries with an incident of this kind only


@dataclass(frozen=True)
class Catalogue:
    author: dict[str, str]
    title: dict[str, str]
    group_names: dict[str, dict[str, str]]
    questions: tuple[BookQuestion, ...]
    kind_names: dict[str, dict[str, str]]

    def attribution(self, lang: str) -> str:
        """The book, as each language quotes a title: «…» in Russian, “…” in English."""
        lang = language(lang)
        opening, closing = ("«", "»") if lang == "ru" else ("“", "”")
        return f"{self.author[lang]}, {opening}{self.title[lang]}{closing}"

    def group_name(self, group: str, lang: str) -> str:
        names = self.group_names.get(group)
        return names[language(lang)] if names else group

    def kind_name(self, key: str, lang: str) -> str:
        names = self.kind_names.get(key)
        return names[language(lang)] if names else key


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StorageError(DATA_FILE_UNREADABLE, path=path, error=error) from error


@functools.cache
def load(folder: Path | None = None) -> Catalogue:
    folder = folder or resources_dir()
    questions_file = folder / "questions.json"
    data = _read(questions_file)
    kinds = _read(folder / "incident_kinds.json")
    try:
        questions = tuple(
            BookQuestion(
                id=q["id"],
                group=q["group"],
                quoted=bool(q["quoted"]),
                based_on=q.get("based_on", ""),
                text={lang: q[lang] for lang in LANGUAGES},
                app=q.get("source") == "app",
                kind=q.get("kind", ""),
            )
            for q in data["questions"]
        )
        catalogue = Catalogue(
            author=dict(data["source"]["author"]),
            title=dict(data["source"]["title"]),
            group_names={g["id"]: {lang: g[lang] for lang in LANGUAGES} for g in data["groups"]},
            questions=questions,
            kind_names={k["key"]: {lang: k[lang] for lang in LANGUAGES} for k in kinds["kinds"]},
        )
    except (KeyError, TypeError) as error:
        raise StorageError(DATA_FILES_INCOMPLETE, folder=folder, error=error) from error
    if any(q.group not in GROUPS for q in questions) or set(catalogue.group_names) != set(GROUPS):
        raise StorageError(DATA_FILE_UNKNOWN_GROUP, path=questions_file)
    return catalogue
