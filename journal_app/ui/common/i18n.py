"""The window's language: English source strings, a Russian catalogue, and Qt's own.

The catalogues are Qt Linguist files in resources/i18n (`make translations` refreshes them
with pyside6-lupdate). The build compiles them to .qm beside them; an installed copy without
them compiles them on first run into the cache folder, with the lrelease that PySide6 brings.
English has a catalogue too, only for plural forms ("1 entry", "5 entries").

The language follows the system's locale unless Settings chooses one; dates, numbers and the
book's questions follow it too (QLocale's default is set to it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...paths import APP_NAME, resources_dir

CATALOGUE = "boundary_journal"
LANGUAGES = ("en", "ru")


def chosen_language(setting: str) -> str:
    """ "en" or "ru": the one Settings chose, or the system's (English unless Russian)."""
    if setting in LANGUAGES:
        return setting
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def compiled(lang: str) -> Path | None:
    """The .qm for `lang`: built beside its .ts, or compiled now into the cache folder."""
    source = catalogue_dir() / f"{CATALOGUE}_{lang}.ts"
    built = source.with_suffix(".qm")
    if built.is_file() and (not source.is_file() or newer(built, source)):
        return built
    if not source.is_file():
        return None
    # Only a catalogue newer than its build (a developer's edit) goes on from here: the
    # modules it needs are not loaded before the window otherwise.
    import subprocess

    import platformdirs

    cached = platformdirs.user_cache_path(APP_NAME, appauthor=False) / "i18n" / built.name
    if cached.is_file() and newer(cached, source):
        return cached
    # A .qm that only looks older (a copy made the .ts after it, as an installer or a
    # packager may) is still better than none where nothing can compile the .ts.
    fallback = built if built.is_file() else None
    tool = lrelease()
    if tool is None:
        return fallback
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(cached)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return fallback
    return cached if cached.is_file() else fallback


def newer(made: Path, source: Path) -> bool:
    return made.stat().st_mtime >= source.stat().st_mtime


def lrelease() -> str | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


class Translations:
    """The translators installed in the application; `apply` swaps them for another language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed = []

    def apply(self, setting: str) -> str:
        app = QCoreApplication.instance()
        lang = chosen_language(setting)
        self.remove()
        territory = "RU" if lang == "ru" else "GB" if setting == "en" else ""
        system = QLocale.system()
        if setting == "system" or lang == system.name().split("_")[0]:
            QLocale.setDefault(system)
        else:
            QLocale.setDefault(QLocale(f"{lang}_{territory}" if territory else lang))
        ours = compiled(lang)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for file, folder in ((f"qtbase_{lang}.qm", qt_dir), (str(ours or ""), "")):
            if not file or app is None:
                continue
            translator = QTranslator(app)
            if translator.load(file, folder) if folder else translator.load(file):
                app.installTranslator(translator)
                self._installed.append(translator)
        self.language = lang
        return lang


TRANSLATIONS = Translations()
