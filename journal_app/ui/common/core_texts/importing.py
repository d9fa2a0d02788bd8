"""The window's list of core.messages.importing: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "import.unknown_file": QT_TRANSLATE_NOOP(
        "core",
        "{path}: not a journal this app can import (Boundary Journal JSON; jrnl JSON, text, "
        "Markdown, YAML folder or XML; Day One JSON or .zip).",
    ),
    "import.source_is_folder": QT_TRANSLATE_NOOP(
        "core", "{path} is a folder; choose the exported file."
    ),
    "import.unknown_import_format": QT_TRANSLATE_NOOP(
        "core", "Unknown import format “{fmt}”; use {formats}."
    ),
    "import.file_empty": QT_TRANSLATE_NOOP("core", "{path}: the file is empty."),
    "import.not_native": QT_TRANSLATE_NOOP("core", "{path}: not a Boundary Journal export."),
    "import.not_dayone_json": QT_TRANSLATE_NOOP("core", "{path}: not a Day One JSON export."),
    "import.not_jrnl_json": QT_TRANSLATE_NOOP("core", "{path}: not a jrnl JSON export."),
    "import.at_file": QT_TRANSLATE_NOOP("core", "the file"),
    "import.at_entry": QT_TRANSLATE_NOOP("core", "entry {n}"),
    "import.at_line": QT_TRANSLATE_NOOP("core", "line {n}"),
    "import.at_date_field": QT_TRANSLATE_NOOP("core", "date"),
    "import.at_client": QT_TRANSLATE_NOOP("core", "client {n}"),
    "import.at_other_name": QT_TRANSLATE_NOOP("core", "client {n}, other name {m}"),
    "import.at_agreement_version": QT_TRANSLATE_NOOP("core", "client {n}, agreement version {m}"),
    "import.at_kind": QT_TRANSLATE_NOOP("core", "kind {n}"),
    "import.at_question": QT_TRANSLATE_NOOP("core", "question {n}"),
    "import.at_ratings": QT_TRANSLATE_NOOP("core", "{where}, ratings"),
    "import.at_answer": QT_TRANSLATE_NOOP("core", "{where}, answer {n}"),
    "import.at_incident": QT_TRANSLATE_NOOP("core", "{where}, incident {n}"),
    "import.at_client_named": QT_TRANSLATE_NOOP("core", "client “{name}”"),
    "import.at_kind_named": QT_TRANSLATE_NOOP("core", "kind “{key}”"),
    "import.at_question_named": QT_TRANSLATE_NOOP("core", "question “{question}”"),
    "import.at_other_name_named": QT_TRANSLATE_NOOP(
        "core", "client “{name}”, other name “{other}”"
    ),
    "import.at_in_archive": QT_TRANSLATE_NOOP("core", "{label}, {where}"),
    "import.note_unknown_zone": QT_TRANSLATE_NOOP(
        "core", "{source}: {where}: unknown time zone “{zone}”; kept in UTC."
    ),
    "import.note_media_left": QT_TRANSLATE_NOOP(
        "core", "{source}: {where} ({date}): photos or attachments not imported: {count}."
    ),
    "import.field_problem": QT_TRANSLATE_NOOP("core", "{source}: {where}: {problem}."),
    "import.field_problem_sentence": QT_TRANSLATE_NOOP("core", "{source}: {where}: {problem}"),
    "import.field_not_object": QT_TRANSLATE_NOOP("core", "expected an object, found {found}"),
    "import.field_missing": QT_TRANSLATE_NOOP("core", "“{key}” is missing"),
    "import.field_not_text": QT_TRANSLATE_NOOP("core", "“{key}” should be text, not {found}"),
    "import.field_not_flag": QT_TRANSLATE_NOOP(
        "core", "“{key}” should be true or false, not {found}"
    ),
    "import.field_not_number": QT_TRANSLATE_NOOP(
        "core", "“{key}” should be a whole number from {low} to {high}"
    ),
    "import.field_not_texts": QT_TRANSLATE_NOOP("core", "“{key}” should be a list of text"),
    "import.field_not_list": QT_TRANSLATE_NOOP("core", "“{key}” should be a list, not {found}"),
    "import.field_not_date": QT_TRANSLATE_NOOP(
        "core", "“{key}” is not a date (YYYY-MM-DD): “{value}”"
    ),
    "import.field_not_time": QT_TRANSLATE_NOOP("core", "“{key}” is not a time (HH:MM): “{value}”"),
    "import.field_empty_moment": QT_TRANSLATE_NOOP(
        "core", "“{key}” is empty; a date and time is needed"
    ),
    "import.field_not_moment": QT_TRANSLATE_NOOP(
        "core", "“{key}” is not a date and time: “{value}”"
    ),
    "import.field_not_choice": QT_TRANSLATE_NOOP(
        "core", "“{key}” is one of {known}, not “{value}”"
    ),
    "import.field_bad_group": QT_TRANSLATE_NOOP("core", "“group” is one of {groups}"),
    "import.field_bad_name_kind": QT_TRANSLATE_NOOP(
        "core", "“kind” is other or person, not “{kind}”"
    ),
    "import.json_object": QT_TRANSLATE_NOOP("core", "an object"),
    "import.json_list": QT_TRANSLATE_NOOP("core", "a list"),
    "import.json_text": QT_TRANSLATE_NOOP("core", "text"),
    "import.json_flag": QT_TRANSLATE_NOOP("core", "true/false"),
    "import.json_number": QT_TRANSLATE_NOOP("core", "a number"),
    "import.json_null": QT_TRANSLATE_NOOP("core", "null"),
    "import.bad_zip": QT_TRANSLATE_NOOP("core", "{source}: not a readable .zip archive."),
    "import.zip_unreadable": QT_TRANSLATE_NOOP(
        "core", "{source}: the archive cannot be read ({error})."
    ),
    "import.zip_no_journal": QT_TRANSLATE_NOOP(
        "core", "{source}: no Day One journal (.json) inside the archive."
    ),
    "import.zip_too_large": QT_TRANSLATE_NOOP(
        "core",
        "{source}: the journal inside the archive is too large to import (over {limit} MiB "
        "unpacked).",
    ),
    "import.zip_unsafe_name": QT_TRANSLATE_NOOP(
        "core", "{source}: the archive holds a file with an unsafe name (“{name}”); it is not read."
    ),
    "import.not_regular_file": QT_TRANSLATE_NOOP(
        "core", "{path}: not a regular file; choose the exported file."
    ),
    "import.file_unreadable": QT_TRANSLATE_NOOP(
        "core", "{path}: the file cannot be read: {error}."
    ),
    "import.file_too_large": QT_TRANSLATE_NOOP(
        "core", "{path}: the file is too large to import (over {limit} MiB)."
    ),
    "import.source_is_fifo": QT_TRANSLATE_NOOP(
        "core", "{path}: a named pipe (FIFO), not a file; choose the exported file."
    ),
    "import.source_is_device": QT_TRANSLATE_NOOP(
        "core", "{path}: a device, not a file; choose the exported file."
    ),
    "import.no_such_file": QT_TRANSLATE_NOOP("core", "{path}: there is no such file."),
    "import.file_denied": QT_TRANSLATE_NOOP(
        "core", "{path}: the file cannot be read (permission denied)."
    ),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "core", "{name}: not UTF-8 text (a byte that does not fit at position {start})."
    ),
    "import.bad_json": QT_TRANSLATE_NOOP(
        "core", "{name}, line {lineno}, column {colno}: not valid JSON ({problem})."
    ),
    "import.json_too_deep": QT_TRANSLATE_NOOP(
        "core", "{name}: the JSON is nested too deeply to read."
    ),
    "import.too_many_files": QT_TRANSLATE_NOOP(
        "core", "{path}: the folder holds too many files to import."
    ),
    "import.cut_mid_character": QT_TRANSLATE_NOOP(
        "core", "{name}: the file ends in the middle of a character (is it cut short?)."
    ),
    "import.no_entries": QT_TRANSLATE_NOOP("core", "{name}: no entries found."),
    "import.expected_entry": QT_TRANSLATE_NOOP(
        "core", "{name}, line {number}: expected an entry starting with [YYYY-MM-DD HH:MM]."
    ),
    "import.bad_entry_start": QT_TRANSLATE_NOOP(
        "core", "{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}”."
    ),
    "import.bad_entry_start_cut": QT_TRANSLATE_NOOP(
        "core",
        "{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}” (is the"
        " file cut short?).",
    ),
    "import.bad_line_stamp": QT_TRANSLATE_NOOP(
        "core", "{name}, line {number}: “{stamp}” is not a real date and time."
    ),
    "import.no_jrnl_entries": QT_TRANSLATE_NOOP("core", "{name}: no jrnl entries found."),
    "import.no_yaml_files": QT_TRANSLATE_NOOP(
        "core", "{folder}: no jrnl YAML files (.md) in the folder."
    ),
    "import.not_yaml": QT_TRANSLATE_NOOP(
        "core", "{name}, line 1: not a jrnl YAML file (it starts with “---”)."
    ),
    "import.yaml_cut_short": QT_TRANSLATE_NOOP(
        "core", "{name}: the file ends before its body does (is it cut short?)."
    ),
    "import.yaml_bad_date": QT_TRANSLATE_NOOP(
        "core", "{name}: “date” is not a date and time: “{date}”."
    ),
    "import.not_jrnl_xml": QT_TRANSLATE_NOOP(
        "core", "{name}: not a jrnl XML export (no <journal><entries>)."
    ),
    "import.bad_stamp": QT_TRANSLATE_NOOP(
        "core", "{name}, {where}: “{stamp}” is not a real date and time."
    ),
    "import.yaml_too_large": QT_TRANSLATE_NOOP(
        "core", "{folder}: the files are too large to import (over 1 GiB)."
    ),
    "import.bad_xml": QT_TRANSLATE_NOOP(
        "core", "{name}, line {line}, column {column}: not valid XML."
    ),
    "import.xml_bad_date": QT_TRANSLATE_NOOP(
        "core", "{name}: {where}: “date” is not a date and time."
    ),
    "import.expected_markdown_entry": QT_TRANSLATE_NOOP(
        "core", "{name}, line {line}: expected jrnl's “### YYYY-MM-DD HH:MM Title”."
    ),
    "import.bad_yaml_field": QT_TRANSLATE_NOOP(
        "core", "{name}, line {number}: not a jrnl YAML field: “{line}”."
    ),
    "import.export_too_new": QT_TRANSLATE_NOOP(
        "core",
        "{name}: written by a newer Boundary Journal (schema {version}); update the app to "
        "import it.",
    ),
    "import.answer_unknown_question": QT_TRANSLATE_NOOP(
        "core", "an answer refers to an unknown question “{question}”"
    ),
    "import.no_entry_tagged": QT_TRANSLATE_NOOP(
        "core", "No entry in {source} has the tag “{tag}”."
    ),
    "import.import_unknown_kind_at": QT_TRANSLATE_NOOP(
        "core", "{source}: {where}, incident {n}: the incident kind “{kind}” is unknown"
    ),
    "import.import_unknown_group": QT_TRANSLATE_NOOP("core", "unknown question group “{group}”"),
    "import.import_unknown_kind": QT_TRANSLATE_NOOP(
        "core", "the incident kind “{kind}” is unknown"
    ),
    "import.import_problem_at": QT_TRANSLATE_NOOP("core", "{source}: {where}: {error}"),
}
