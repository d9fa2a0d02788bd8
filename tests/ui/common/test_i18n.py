"""Russian and English: every visible string of the main screens is translated, the
catalogues keep every placeholder, and plural forms follow the language."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.core.settings import Settings
from journal_app.paths import AppPaths
from journal_app.ui.common.i18n import catalogue_dir, compiled
from journal_app.ui.preferences.settings_dialog import SettingsDialog
from journal_app.ui.preferences.welcome_dialog import WelcomeDialog
from journal_app.ui.transfer.export_dialog import ExportDialog
from journal_app.ui.trends.trends_window import TrendsWindow
from journal_app.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d")
# Words that are the same in both languages: names, formats, keys.
SAME = {
    "Boundary Journal", "Markdown", "PDF", "JSON", "HTML", "CSV", "English", "Ctrl", "Shift",
    "Day One", "jrnl", "Obsidian", "Desperate Account Managers", "MIT", "PNG", "SVG", "Del",
    "Backspace", "Alt", "Enter", "Esc", "PgUp", "PgDown", "Home", "End", "Space", "Tab", "F1",
}  # fmt: skip


def messages(lang: str) -> list[ET.Element]:
    path = catalogue_dir() / f"boundary_journal_{lang}.ts"
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_catalogues_are_complete_and_keep_placeholders(lang: str) -> None:
    found = messages(lang)
    assert found
    forms = {"ru": 3, "en": 2}[lang]
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", source
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.iter("numerusform")]
            assert len(texts) == forms, source
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), source
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(
                set(PLACEHOLDER.findall(source)) - ({"%n"} if "%n" not in text else set())
            ), f"{source!r} → {text!r}"
            assert text.count("&") <= 1 or "&&" in text, text
    assert compiled(lang) is not None  # built, or compiled on first run


def visible_texts(root: QWidget) -> set[str]:
    """What a person can read in `root`: labels, buttons, fields' hints, menus, titles."""
    texts = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.add(widget.title())
            texts.update(a.text() for a in widget.actions())
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
    if isinstance(root, QMainWindow):
        texts.update(a.text() for a in root.menuBar().actions())
    return {t for t in texts if t}


def untranslated(texts: set[str]) -> list[str]:
    """Texts with English words left in them (names and formats aside)."""
    found = []
    for text in texts:
        if re.fullmatch(r"[/~]\S*|[A-Za-z]:\\\S*", text):  # a folder's path
            continue
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        for same in SAME:
            plain = plain.replace(same, " ")
        if re.search(r"[A-Za-z]{3,}", plain):
            found.append(text)
    return sorted(found)


def screens(journal: Journal, paths: AppPaths, qtbot: QtBot) -> list[QWidget]:
    window = MainWindow(journal, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    trends = TrendsWindow(journal, window)
    export = ExportDialog(journal, window, view_ids=(), selected_ids=())
    settings = SettingsDialog(Settings(), paths.backups_dir, window)
    welcome = WelcomeDialog(True, window)
    shown: list[QWidget] = [window, trends, export, settings, welcome]
    for dialog in shown[1:]:
        dialog.show()
    return shown


def test_main_screens_speak_russian(
    qtbot: QtBot, journal: Journal, paths: AppPaths, language: Callable[[str], None]
) -> None:
    english = screens(journal, paths, qtbot)
    assert len(untranslated(visible_texts(english[0]))) > 100  # the check sees English
    for screen in english:
        screen.close()
    language("ru")
    shown = screens(journal, paths, qtbot)
    try:
        left = {type(s).__name__: untranslated(visible_texts(s)) for s in shown}
        assert left == {type(s).__name__: [] for s in shown}
        assert shown[0].menuBar().actions()[0].text() == "&Файл"
    finally:
        for screen in shown[1:]:
            if isinstance(screen, QDialog):
                screen.reject()
            screen.close()


def test_plural_forms_follow_the_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], language: Callable[[str], None]
) -> None:
    language("ru")
    window = make_window()
    said = [window.tr("%n word(s)", "", n) for n in (1, 2, 5, 21)]
    assert said == ["1 слово", "2 слова", "5 слов", "21 слово"]
    language("en")
    assert [window.tr("%n word(s)", "", n) for n in (1, 2)] == ["1 word", "2 words"]


def test_dates_follow_the_language(language: Callable[[str], None]) -> None:
    import datetime as dt

    language("ru")
    assert QLocale().toString(dt.date(2026, 5, 6), "d MMMM yyyy") == "6 мая 2026"
    language("en")
    assert QLocale().toString(dt.date(2026, 5, 6), "d MMMM yyyy") == "6 May 2026"


def strings_in_the_code() -> list[tuple[str | None, str]]:
    """(context, text) of every literal the window translates: `tr()` (context: the class
    it is written in; None outside a class), `translate(context, text)` and
    `QT_TRANSLATE_NOOP(context, text)`, in every module under journal_app/ui/ however deep
    (and journal_app/pdf/ once it exists), wherever the tests are run from."""
    found: list[tuple[str | None, str]] = []

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def walk(node: ast.AST, context: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                walk(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = [literal(a) for a in child.args[:2]] + [None, None]
                if name == "tr" and args[0] is not None:
                    found.append((context, args[0]))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and None not in args[:2]:
                    found.append((args[0], args[1]))
            walk(child, context)

    for folder in (ROOT / "journal_app" / "ui", ROOT / "journal_app" / "pdf"):
        for path in sorted(folder.rglob("*.py")):
            walk(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_the_catalogue_lists_every_string_in_the_code() -> None:
    """`make translations` was run after the last change to the window's strings: each one
    is in the catalogue under the context the window will look it up by."""
    catalogue: dict[str, set[str]] = {}
    for context in ET.parse(catalogue_dir() / "boundary_journal_ru.ts").getroot().iter("context"):
        sources = {m.findtext("source") or "" for m in context.iter("message")}
        catalogue.setdefault(context.findtext("name") or "", set()).update(sources)
    everywhere = set().union(*catalogue.values())
    found = strings_in_the_code()
    kinds = {c for c, _ in found}
    assert len(found) > 400 and "core" in kinds and "MainWindow" in kinds  # all three ways
    missing = [
        (context, text)
        for context, text in found
        if text not in (catalogue.get(context, set()) if context else everywhere)
    ]
    assert missing == []


def test_an_install_without_qm_files_compiles_them_on_first_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from PySide6.QtCore import QTranslator

    from journal_app.ui.common import i18n

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    only_sources = tmp_path / "i18n"
    only_sources.mkdir()
    shutil.copy(catalogue_dir() / "boundary_journal_ru.ts", only_sources)
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: only_sources)
    made = compiled("ru")
    assert made is not None and made.parent != only_sources  # into the cache folder
    translator = QTranslator()
    assert translator.load(str(made))
    assert translator.translate("WindowMenus", "&File") == "&Файл"
    assert compiled("ru") == made  # once


def test_a_package_whose_sources_were_copied_after_the_qm_still_speaks_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packager copies the .ts after the .qm, so the .ts looks newer; where nothing can
    compile it (a frozen app has no lrelease), the .qm that came with it is used."""
    import os
    import shutil

    from journal_app.ui.common import i18n

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    bundled = tmp_path / "i18n"
    bundled.mkdir()
    built = compiled("ru")
    assert built is not None
    shutil.copy(built, bundled / "boundary_journal_ru.qm")
    shutil.copy(catalogue_dir() / "boundary_journal_ru.ts", bundled)
    os.utime(bundled / "boundary_journal_ru.qm", (1, 1))  # older than its source
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: bundled)
    monkeypatch.setattr(i18n, "lrelease", lambda: None)
    assert compiled("ru") == bundled / "boundary_journal_ru.qm"


def test_core_messages_reach_the_reader_in_russian(
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    language: Callable[[str], None],
    answers: object,
) -> None:
    from journal_app.core.errors import JournalError
    from journal_app.ui.common.core_messages import said
    from journal_app.ui.common.errors import run_or_warn

    journal.clients.add("Acme")
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    problems: list[JournalError] = []
    for attempt in (lambda: journal.clients.add("Acme"), lambda: journal.imports.read(empty)):
        try:
            attempt()
        except JournalError as error:
            problems.append(error)
    language("en")
    assert [said(p) for p in problems] == [str(p) for p in problems]  # English as core says
    language("ru")
    assert [said(p) for p in problems] == ["Клиент «Acme» уже есть.", "empty.json: файл пуст."]
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": [', encoding="utf-8")
    with pytest.raises(JournalError) as bad_json:
        journal.imports.read(broken)
    assert said(bad_json.value).startswith("broken.json, строка 1, столбец 14: ошибка в JSON (")
    assert said("Something core has not listed.") == "Something core has not listed."
    window = QWidget()
    qtbot.addWidget(window)
    assert not run_or_warn(window, "Клиенты", lambda: journal.clients.add("Acme"))
    assert answers.warnings == ["Клиент «Acme» уже есть."]  # type: ignore[attr-defined]


def access_key(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def access_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, text) of what Alt and a letter reaches in `window`: its visible buttons, boxes,
    tabs and labels of fields."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QTabWidget):
            found += [
                (k, t) for t in map(widget.tabText, range(widget.count())) if (k := access_key(t))
            ]
        if (key := access_key(text)) is not None:
            found.append((key, text))
    return found


def clashes(found: list[tuple[str, str]]) -> list[list[str]]:
    keys = [k for k, _ in found]
    return [[t for k, t in found if k == key] for key in sorted(set(keys)) if keys.count(key) > 1]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_menu_item_has_its_own_access_key(
    lang: str,
    journal: Journal,
    make_window: Callable[[], MainWindow],
    language: Callable[[str], None],
) -> None:
    """Alt and a letter opens one menu or reaches one field, and a letter in an open menu
    picks one item: no two share a letter (in Russian «Случаи» and «Справка» both took С, and
    Alt+С opened the wrong one), and no menu item is left without."""
    language(lang)
    journal.entries.add(EntryDraft(title="Open", clients=("Acme",)))
    window = make_window()
    assert window.editor.entry_id is not None  # the editor's fields are on the screen
    menus = window.menuBar().actions()
    top = [(access_key(a.text()) or "", a.text()) for a in menus]
    assert clashes(top + access_keys(window)) == []
    for menu in menus:
        items = [a.text() for a in menu.menu().actions() if not a.isSeparator()]  # type: ignore[union-attr]
        assert all(access_key(t) for t in items), items
        assert clashes([(access_key(t) or "", t) for t in items]) == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_dialog_field_has_its_own_access_key(
    lang: str,
    qtbot: QtBot,
    journal: Journal,
    paths: AppPaths,
    tmp_path: Path,
    language: Callable[[str], None],
) -> None:
    from journal_app.ui.clients.clients_dialog import ClientsDialog
    from journal_app.ui.clients.events_dialog import EventsDialog
    from journal_app.ui.clients.goals_dialog import GoalsDialog
    from journal_app.ui.reflection.incident_dialog import IncidentDialog
    from journal_app.ui.reflection.kinds_dialog import KindsDialog
    from journal_app.ui.reflection.questions_dialog import QuestionsDialog
    from journal_app.ui.safety.backups_dialog import BackupsDialog
    from journal_app.ui.safety.encryption_dialog import EncryptionDialog
    from journal_app.ui.trends.goal_dialog import AddGoalDialog

    language(lang)
    journal.clients.add("Acme")
    assert journal.backups is not None
    dialogs: list[QWidget] = [
        SettingsDialog(Settings(), tmp_path),
        ExportDialog(journal),
        IncidentDialog(journal.clients.all(), journal.kinds.all()),
        WelcomeDialog(True),
        EncryptionDialog(journal, paths, Settings()),
        ClientsDialog(journal),
        GoalsDialog(journal),
        AddGoalDialog(journal),
        EventsDialog(journal),
        KindsDialog(journal),
        QuestionsDialog(journal),
        BackupsDialog(journal.backups),
        TrendsWindow(journal),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found = access_keys(dialog)
        assert found, dialog
        assert clashes(found) == [], dialog


def test_one_russian_word_for_tags_in_the_window_and_the_exports(
    journal: Journal, make_window: Callable[[], MainWindow], language: Callable[[str], None]
) -> None:
    """The sidebar's heading and an export's heading say the same word («Метки»), and an
    incident's note is quoted «ёлочками» in Russian."""
    from journal_app.core.exporters.words import word
    from journal_app.core.records import IncidentDraft

    language("ru")
    entry = journal.entries.add(EntryDraft(title="Звонок", clients=("Ромашка",)))
    journal.incidents.add(
        IncidentDraft(entry_id=entry, client="Ромашка", kind="after_hours", note="Ответила утром")
    )
    window = make_window()
    model = window.sidebar.model()
    headings = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert word("tags", "ru") == "Метки" and "Метки" in headings
    assert "Теги" not in headings
    window.open_entry(entry)
    cards = window.editor_view.incidents.list.model()
    assert "«Ответила утром»" in cards.index(0, 0).data()


def test_the_backups_list_speaks_russian(
    qtbot: QtBot, journal: Journal, language: Callable[[str], None]
) -> None:
    from PySide6.QtWidgets import QTableWidget

    from journal_app.ui.safety.backups_dialog import BackupsDialog

    language("ru")
    assert journal.backups is not None
    journal.backups.create("daily")
    dialog = BackupsDialog(journal.backups)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    assert table is not None and table.rowCount() == 1
    assert table.item(0, 1).text() == "Ежедневная"
    size = table.item(0, 2).text()
    assert size.endswith("\u00a0КБ") and "KiB" not in size, size
