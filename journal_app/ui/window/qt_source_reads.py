"""PySide6 asks of every module imported after it whether its source mentions "PySide6"
(for `from __feature__ import …`, which this app does not use). It asks through
`inspect.getsource`, which keeps every module's text in `linecache` for good: the window's
own modules and, after the first paint, SQLAlchemy's and pydantic's, some 10 MB of text
(24 MB resident) and about a tenth of a second. `read_sources_plainly` gives the same answer
from the file's bytes, keeping nothing. Without PySide's hook (another version), nothing is
changed."""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """PySide's own question, answered from the file: does the module's source say
    "PySide6"? False for a module with no source file (built in, compiled, frozen), as
    PySide answers."""
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return False
    try:
        with open(file, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def read_sources_plainly() -> bool:
    """Answer PySide's question with `mentions_pyside` from now on; call it just after
    PySide6 is first imported. False when this PySide has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True
