"""What the importers say about a file they cannot read."""

from .base import Message

UNKNOWN_FILE = Message(
    "import.unknown_file",
    "{path}: not a journal this app can import (Boundary Journal JSON; jrnl JSON, text, "
    "Markdown, YAML folder or XML; Day One JSON or .zip).",
)
SOURCE_IS_FOLDER = Message(
    "import.source_is_folder",
    "{path} is a folder; choose the exported file.",
)
UNKNOWN_IMPORT_FORMAT = Message(
    "import.unknown_import_format",
    "Unknown import format “{fmt}”; use {formats}.",
)
FILE_EMPTY = Message("import.file_empty", "{path}: the file is empty.")
NOT_NATIVE = Message("import.not_native", "{path}: not a Boundary Journal export.")
NOT_DAYONE_JSON = Message("import.not_dayone_json", "{path}: not a Day One JSON export.")
NOT_JRNL_JSON = Message("import.not_jrnl_json", "{path}: not a jrnl JSON export.")
AT_FILE = Message("import.at_file", "the file")
AT_ENTRY = Message("import.at_entry", "entry {n}")
AT_LINE = Message("import.at_line", "line {n}")
AT_DATE_FIELD = Message("import.at_date_field", "date")
AT_CLIENT = Message("import.at_client", "client {n}")
AT_OTHER_NAME = Message("import.at_other_name", "client {n}, other name {m}")
AT_AGREEMENT_VERSION = Message("import.at_agreement_version", "client {n}, agreement version {m}")
AT_KIND = Message("import.at_kind", "kind {n}")
AT_QUESTION = Message("import.at_question", "question {n}")
AT_RATINGS = Message("import.at_ratings", "{where}, ratings")
AT_ANSWER = Message("import.at_answer", "{where}, answer {n}")
AT_INCIDENT = Message("import.at_incident", "{where}, incident {n}")
AT_CLIENT_NAMED = Message("import.at_client_named", "client “{name}”")
AT_KIND_NAMED = Message("import.at_kind_named", "kind “{key}”")
AT_QUESTION_NAMED = Message("import.at_question_named", "question “{question}”")
AT_OTHER_NAME_NAMED = Message("import.at_other_name_named", "client “{name}”, other name “{other}”")
AT_IN_ARCHIVE = Message("import.at_in_archive", "{label}, {where}")
FIELD_PROBLEM = Message("import.field_problem", "{source}: {where}: {problem}.")
FIELD_PROBLEM_SENTENCE = Message("import.field_problem_sentence", "{source}: {where}: {problem}")
FIELD_NOT_OBJECT = Message("import.field_not_object", "expected an object, found {found}")
FIELD_MISSING = Message("import.field_missing", "“{key}” is missing")
FIELD_NOT_TEXT = Message("import.field_not_text", "“{key}” should be text, not {found}")
FIELD_NOT_FLAG = Message("import.field_not_flag", "“{key}” should be true or false, not {found}")
FIELD_NOT_NUMBER = Message(
    "import.field_not_number",
    "“{key}” should be a whole number from {low} to {high}",
)
FIELD_NOT_TEXTS = Message("import.field_not_texts", "“{key}” should be a list of text")
FIELD_NOT_LIST = Message("import.field_not_list", "“{key}” should be a list, not {found}")
FIELD_NOT_DATE = Message("import.field_not_date", "“{key}” is not a date (YYYY-MM-DD): “{value}”")
FIELD_NOT_TIME = Message("import.field_not_time", "“{key}” is not a time (HH:MM): “{value}”")
FIELD_EMPTY_MOMENT = Message(
    "import.field_empty_moment",
    "“{key}” is empty; a date and time is needed",
)
FIELD_NOT_MOMENT = Message("import.field_not_moment", "“{key}” is not a date and time: “{value}”")
FIELD_NOT_CHOICE = Message("import.field_not_choice", "“{key}” is one of {known}, not “{value}”")
FIELD_BAD_GROUP = Message("import.field_bad_group", "“group” is one of {groups}")
FIELD_BAD_NAME_KIND = Message(
    "import.field_bad_name_kind",
    "“kind” is other or person, not “{kind}”",
)
JSON_OBJECT = Message("import.json_object", "an object")
JSON_LIST = Message("import.json_list", "a list")
JSON_TEXT = Message("import.json_text", "text")
JSON_FLAG = Message("import.json_flag", "true/false")
JSON_NUMBER = Message("import.json_number", "a number")
JSON_NULL = Message("import.json_null", "null")
BAD_ZIP = Message("import.bad_zip", "{source}: not a readable .zip archive.")
ZIP_UNREADABLE = Message("import.zip_unreadable", "{source}: the archive cannot be read ({error}).")
ZIP_NO_JOURNAL = Message(
    "import.zip_no_journal",
    "{source}: no Day One journal (.json) inside the archive.",
)
ZIP_TOO_LARGE = Message(
    "import.zip_too_large",
    "{source}: the journal inside the archive is too large to import (over {limit} MiB unpacked).",
)
ZIP_UNSAFE_NAME = Message(
    "import.zip_unsafe_name",
    "{source}: the archive holds a file with an unsafe name (“{name}”); it is not read.",
)
NOT_REGULAR_FILE = Message(
    "import.not_regular_file",
    "{path}: not a regular file; choose the exported file.",
)
FILE_UNREADABLE = Message("import.file_unreadable", "{path}: the file cannot be read: {error}.")
FILE_TOO_LARGE = Message(
    "import.file_too_large",
    "{path}: the file is too large to import (over {limit} MiB).",
)
SOURCE_IS_FIFO = Message(
    "import.source_is_fifo",
    "{path}: a named pipe (FIFO), not a file; choose the exported file.",
)
SOURCE_IS_DEVICE = Message(
    "import.source_is_device",
    "{path}: a device, not a file; choose the exported file.",
)
NO_SUCH_FILE = Message("import.no_such_file", "{path}: there is no such file.")
FILE_DENIED = Message("import.file_denied", "{path}: the file cannot be read (permission denied).")
NOT_UTF8 = Message(
    "import.not_utf8",
    "{name}: not UTF-8 text (a byte that does not fit at position {start}).",
)
BAD_JSON = Message(
    "import.bad_json",
    "{name}, line {lineno}, column {colno}: not valid JSON ({problem}).",
)
JSON_TOO_DEEP = Message("import.json_too_deep", "{name}: the JSON is nested too deeply to read.")
TOO_MANY_FILES = Message(
    "import.too_many_files",
    "{path}: the folder holds too many files to import.",
)
CUT_MID_CHARACTER = Message(
    "import.cut_mid_character",
    "{name}: the file ends in the middle of a character (is it cut short?).",
)
NO_ENTRIES = Message("import.no_entries", "{name}: no entries found.")
EXPECTED_ENTRY = Message(
    "import.expected_entry",
    "{name}, line {number}: expected an entry starting with [YYYY-MM-DD HH:MM].",
)
BAD_ENTRY_START = Message(
    "import.bad_entry_start",
    "{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}”.",
)
BAD_ENTRY_START_CUT = Message(
    "import.bad_entry_start_cut",
    "{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}” (is the "
    "file cut short?).",
)
BAD_LINE_STAMP = Message(
    "import.bad_line_stamp",
    "{name}, line {number}: “{stamp}” is not a real date and time.",
)
NO_JRNL_ENTRIES = Message("import.no_jrnl_entries", "{name}: no jrnl entries found.")
NO_YAML_FILES = Message("import.no_yaml_files", "{folder}: no jrnl YAML files (.md) in the folder.")
NOT_YAML = Message(
    "import.not_yaml",
    "{name}, line 1: not a jrnl YAML file (it starts with “---”).",
)
YAML_CUT_SHORT = Message(
    "import.yaml_cut_short",
    "{name}: the file ends before its body does (is it cut short?).",
)
YAML_BAD_DATE = Message("import.yaml_bad_date", "{name}: “date” is not a date and time: “{date}”.")
NOT_JRNL_XML = Message(
    "import.not_jrnl_xml",
    "{name}: not a jrnl XML export (no <journal><entries>).",
)
BAD_STAMP = Message("import.bad_stamp", "{name}, {where}: “{stamp}” is not a real date and time.")
YAML_TOO_LARGE = Message(
    "import.yaml_too_large",
    "{folder}: the files are too large to import (over 1 GiB).",
)
BAD_XML = Message("import.bad_xml", "{name}, line {line}, column {column}: not valid XML.")
XML_BAD_DATE = Message("import.xml_bad_date", "{name}: {where}: “date” is not a date and time.")
EXPECTED_MARKDOWN_ENTRY = Message(
    "import.expected_markdown_entry",
    "{name}, line {line}: expected jrnl's “### YYYY-MM-DD HH:MM Title”.",
)
BAD_YAML_FIELD = Message(
    "import.bad_yaml_field",
    "{name}, line {number}: not a jrnl YAML field: “{line}”.",
)
EXPORT_TOO_NEW = Message(
    "import.export_too_new",
    "{name}: written by a newer Boundary Journal (schema {version}); update the app to import it.",
)
ANSWER_UNKNOWN_QUESTION = Message(
    "import.answer_unknown_question",
    "an answer refers to an unknown question “{question}”",
)
NO_ENTRY_TAGGED = Message("import.no_entry_tagged", "No entry in {source} has the tag “{tag}”.")
IMPORT_UNKNOWN_KIND_AT = Message(
    "import.import_unknown_kind_at",
    "{source}: {where}, incident {n}: the incident kind “{kind}” is unknown",
)
IMPORT_UNKNOWN_GROUP = Message("import.import_unknown_group", "unknown question group “{group}”")
IMPORT_UNKNOWN_KIND = Message("import.import_unknown_kind", "the incident kind “{kind}” is unknown")
IMPORT_PROBLEM_AT = Message("import.import_problem_at", "{source}: {where}: {error}")
# What an import leaves out, said beside the preview (not errors: the rest is imported).
NOTE_UNKNOWN_ZONE = Message(
    "import.note_unknown_zone", "{source}: {where}: unknown time zone “{zone}”; kept in UTC."
)
NOTE_MEDIA_LEFT = Message(
    "import.note_media_left",
    "{source}: {where} ({date}): photos or attachments not imported: {count}.",
)
