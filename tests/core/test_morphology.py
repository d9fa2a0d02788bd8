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
