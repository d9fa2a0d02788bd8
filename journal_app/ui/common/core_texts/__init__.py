"""Core's messages as the window's catalogue knows them: code → English template.

lupdate reads translatable strings only as literals in the window's code, so core's messages
(`journal_app.core.messages`) are listed here once more, by code, under the context "core";
a test keeps the two lists the same (codes, English, placeholders).
"""

from __future__ import annotations

from . import exporting, importing, journal, keys, review, storage

TEXTS: dict[str, str] = {
    **exporting.TEXTS,
    **importing.TEXTS,
    **journal.TEXTS,
    **keys.TEXTS,
    **review.TEXTS,
    **storage.TEXTS,
}
