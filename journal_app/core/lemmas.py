"""The dictionary forms (lemmas) of a Russian word that pymorphy3's dictionary knows, read
from that dictionary directly: what search asks of pymorphy3 for nearly every word.

pymorphy3 answers a known word from its dictionary alone (`DictionaryAnalyzer`, the first
and, when it finds the word, the only unit that runs) and only guesses an unknown one by
its ending. Building its analyzer costs a quarter of a second — importing its units and
making an object for each of its 5,500 grammatical tags, none of which a lemma needs —
while the three files a lemma comes from (the words' DAWG, the paradigms, the suffixes)
load in a tenth of that. `lemmas` answers as pymorphy3's `parse(word)`'s normal forms do,
or None for a word the dictionary does not know, which core/morphology.py then asks the
analyzer about. tests/core/test_morphology.py keeps the two alike, word by word.
"""

from __future__ import annotations

import array
import json
import os
from functools import cache
from typing import Any

SUBSTITUTES = {"е": "ё"}  # pymorphy3.lang.ru.config.CHAR_SUBSTITUTES: е may stand for ё


class _Dictionary:
    def __init__(self, folder: str) -> None:
        from dawg_python import RecordDAWG  # pymorphy3's own reader of its DAWGs

        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            meta = dict(json.load(f))
        with open(os.path.join(folder, "suffixes.json"), encoding="utf-8") as f:
            self.suffixes: list[str] = json.load(f)
        self.prefixes: list[str] = meta["compile_options"]["paradigm_prefixes"]
        self.paradigms = _Paradigms(os.path.join(folder, "paradigms.array"))
        self.words: Any = RecordDAWG(">HH").load(os.path.join(folder, "words.dawg"))
        self.replaces = self.words.compile_replaces(SUBSTITUTES)

    def normal_form(self, para_id: int, idx: int, word: str) -> str:
        """pymorphy3's Dictionary.build_normal_form."""
        if idx == 0:
            return word
        paradigm = self.paradigms[para_id]
        n = len(paradigm) // 3
        prefix, suffix = self.prefixes[paradigm[n * 2 + idx]], self.suffixes[paradigm[idx]]
        stem = word[len(prefix) : -len(suffix)] if suffix else word[len(prefix) :]
        return self.prefixes[paradigm[n * 2]] + stem + self.suffixes[paradigm[0]]


class _Paradigms:
    """pymorphy3's storage._load_paradigms, read in one piece and each paradigm made when
    first asked for (a search asks for a few dozen of the 3,500)."""

    def __init__(self, path: str) -> None:
        # 16-bit numbers throughout: the count, then each paradigm's length and its numbers
        # (the file's own order, as pymorphy3's array.fromfile reads it)
        self._data = array.array("H")
        with open(path, "rb") as f:
            self._data.frombytes(f.read())
        data, at = self._data, 1
        self._at: list[int] = []
        for _ in range(data[0]):
            self._at.append(at)
            at += 1 + data[at]
        self._made: dict[int, array.array[int]] = {}

    def __getitem__(self, para_id: int) -> array.array[int]:
        found = self._made.get(para_id)
        if found is None:
            at = self._at[para_id]
            found = self._made[para_id] = self._data[at + 1 : at + 1 + self._data[at]]
        return found


@cache
def _dictionary() -> _Dictionary:
    import pymorphy3_dicts_ru

    return _Dictionary(pymorphy3_dicts_ru.get_path())


def lemmas(word: str) -> list[str] | None:
    """The normal forms pymorphy3 gives `word` (lower case) when its dictionary knows it, in
    its order; None when it does not (then only pymorphy3's analyzer can guess)."""
    d = _dictionary()
    found = d.words.similar_items(word, d.replaces)
    if not found:
        return None
    return [
        d.normal_form(para_id, idx, fixed) for fixed, parses in found for para_id, idx in parses
    ]
