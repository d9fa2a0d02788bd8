"""The last look before a pseudonymised export leaves: its written text, read back from the
temporary file before the rename, must hold no known name form, other name, e-mail address
or phone number. The masker cleans every text it is given; this catches what it was never
given (a key, a file name, a label) and what it could not clean. A find stops the export:
nothing is written, and the message says what was found where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import JournalError
from .messages import LEAK_IN_FILE_NAME, LEAK_IN_TEXT
from .name_forms import LETTERS, key
from .pseudonyms import Pseudonymiser

if TYPE_CHECKING:
    from .exporters.bundle import ExportBundle


class LeakError(JournalError):
    """A pseudonymised export would still have held a name, e-mail address or phone."""


class LeakCheck:
    def __init__(self, masker: Pseudonymiser, own_words: Iterable[str] = ()) -> None:
        """`own_words`: the export's own words (its headings, the book quoted), which stay
        even when a client shares one ("Partnership"): the masker cleans the person's texts,
        this check what else could carry a name."""
        self._masker = masker
        self._own = frozenset(key(w) for text in own_words for w in LETTERS.findall(text))

    def first(self, text: str) -> str | None:
        """The first identifying thing in `text`, if any."""
        found = min(self._masker.leaks(text, self._own), default=None)
        return None if found is None else found[1].strip()

    def text(self, text: str, where: str) -> None:
        """Raise LeakError when `text` (shown as `where`) holds anything identifying."""
        first = min(self._masker.leaks(text, self._own), default=None)
        if first is not None:
            position, what = first
            line = text.count("\n", 0, position) + 1
            raise LeakError(LEAK_IN_TEXT, word=what.strip(), where=where, line=line)

    def texts(self, parts: Iterable[tuple[str, str]]) -> None:
        for where, text in parts:
            self.text(text, where)

    def file(self, path: Path, shown: str) -> None:
        self.text(path.read_text(encoding="utf-8-sig", errors="replace"), shown)

    def folder(self, folder: Path, shown: str) -> None:
        for child in sorted(folder.iterdir()):
            name = f"{shown}/{child.name}"
            found = min(self._masker.leaks(child.name, self._own), default=None)
            if found is not None:
                raise LeakError(LEAK_IN_FILE_NAME, word=found[1].strip(), name=name)
            self.file(child, name)


def checker(bundle: ExportBundle) -> LeakCheck | None:
    """The check for `bundle`'s export; None when nothing is pseudonymised."""
    from .exporters.words import every_word

    if not bundle.masker.active:
        return None
    return LeakCheck(bundle.masker, (*every_word(), bundle.attribution, "Boundary Journal"))


def file_check(bundle: ExportBundle, target: Path) -> Callable[[Path], None] | None:
    """What `core.files` runs on the written temporary file of `target`."""
    check = checker(bundle)
    if check is None:
        return None
    return lambda partial: check.file(partial, Path(target).name)


def folder_check(bundle: ExportBundle, target: Path) -> Callable[[Path], None] | None:
    check = checker(bundle)
    if check is None:
        return None
    return lambda partial: check.folder(partial, Path(target).name)
