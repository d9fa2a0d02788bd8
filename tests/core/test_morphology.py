"""The language tools the exports and search rely on: what each answers for real words."""

from journal_app.core import morphology


def test_russian_forms_cover_every_case_with_fleeting_vowels():
    forms = morphology.russian_forms("Ветер")
    assert {"ветра", "ветру", "ветром", "ветре", "ветров"} <= forms


def test_russian_lemmas_undo_alternations():
    assert "звонок" in morphology.russian_lemmas("звонки")
    assert "отчет" in morphology.russian_lemmas("отчёта")


def test_english_stem_joins_verb_forms():
    assert {morphology.english_stem(w) for w in ("called", "calling", "calls")} == {"call"}


def test_ordinary_words_are_told_from_names():
    assert morphology.is_ordinary("sky", "en")
    assert morphology.is_ordinary("media", "en")
    assert not morphology.is_ordinary("Nordwind", "en")
    assert morphology.is_ordinary("Северный", "ru")
    assert not morphology.is_ordinary("Акме", "ru")


def test_lemmas_from_the_dictionary_are_pymorphy3s() -> None:
    """core/lemmas.py reads pymorphy3's dictionary itself: for every word it knows, the same
    normal forms as pymorphy3's analyzer, and None only for words pymorphy3 guesses."""
    import random

    import wordfreq

    from journal_app.core.lemmas import _dictionary, lemmas
    from journal_app.core.morphology import analyzer, fold

    words = [w for w in wordfreq.top_n_list("ru", 3000, wordlist="small") if w.isalpha()]
    keys = _dictionary().words.keys("пере")[:300] + _dictionary().words.keys("ё")[:100]
    rng = random.Random(22)
    made = [
        "".join(rng.choice("абвгдеёжзиклмнопрстуфхцчшыэюя") for _ in range(6)) for _ in range(200)
    ]
    made += ["нордвинд", "акме", "кто-то", "по-русски", "ёлки", "елки", "люди", "шёл", "лучше"]
    unknown = 0
    for word in map(fold, words + keys + made):
        parses = analyzer().parse(word)
        found = lemmas(word)
        if found is None:
            unknown += 1
            direct = [p for p in parses if len(p.methods_stack) == 1]
            assert all(type(p.methods_stack[0][0]).__name__ != "DictionaryAnalyzer" for p in direct)
        else:
            assert sorted(set(found)) == sorted({p.normal_form for p in parses}), word
    assert 50 < unknown < 300  # the made-up words, mostly
