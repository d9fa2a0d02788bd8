"""The window's list of core.messages.exporting: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "export.export_range_backwards": QT_TRANSLATE_NOOP(
        "core", "The export's start date is after its end date."
    ),
    "export.unknown_export_format": QT_TRANSLATE_NOOP(
        "core", "Unknown export format “{name}”; use {formats}."
    ),
    "export.pdf_needs_qt": QT_TRANSLATE_NOOP(
        "core", "PDF export needs the app's Qt part (PySide6)."
    ),
    "export.leak_in_text": QT_TRANSLATE_NOOP(
        "core",
        "The export was stopped: “{word}” would have stayed in {where}, line {line}. Nothing "
        "was written.",
    ),
    "export.leak_in_file_name": QT_TRANSLATE_NOOP(
        "core",
        "The export was stopped: “{word}” would have stayed in the file name {name}. Nothing "
        "was written.",
    ),
}
