"""What the exporters say."""

from .base import Message

EXPORT_RANGE_BACKWARDS = Message(
    "export.export_range_backwards",
    "The export's start date is after its end date.",
)
UNKNOWN_EXPORT_FORMAT = Message(
    "export.unknown_export_format",
    "Unknown export format “{name}”; use {formats}.",
)
PDF_NEEDS_QT = Message("export.pdf_needs_qt", "PDF export needs the app's Qt part (PySide6).")
LEAK_IN_TEXT = Message(
    "export.leak_in_text",
    "The export was stopped: “{word}” would have stayed in {where}, line {line}. Nothing was "
    "written.",
)
LEAK_IN_FILE_NAME = Message(
    "export.leak_in_file_name",
    "The export was stopped: “{word}” would have stayed in the file name {name}. Nothing was "
    "written.",
)
