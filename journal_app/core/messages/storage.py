"""What core says about the journal's files: the database, backups, the app's own data,
the settings."""

from .base import Message

BACKUP_NOT_MADE = Message(
    "backups.backup_not_made",
    "The backup {target} could not be made: {error}.",
)
BACKUP_DISK_FULL = Message(
    "backups.backup_disk_full",
    "The disk is full: the backup was not made. Free some space.",
)
NO_SUCH_BACKUP = Message(
    "backups.no_such_backup",
    "There is no backup called “{name}” (see `backups`).",
)
BACKUP_NAME_TAKEN = Message(
    "backups.backup_name_taken",
    "{path} already exists; try again in a second.",
)
BACKUP_DAMAGED_TOO = Message(
    "backups.backup_damaged_too",
    "The backup {backup} is damaged too ({verdict}).",
)
BACKUP_NOT_VERIFIED = Message(
    "backups.backup_not_verified",
    "The backup did not verify ({verdict}); it was not kept.",
)
BACKUP_NOT_WRITTEN = Message(
    "backups.backup_not_written",
    "The backup {target} could not be written: {error}",
)
BACKUP_DAMAGED = Message("backups.backup_damaged", "The backup {backup} is damaged ({verdict}).")
BACKUP_NOT_RESTORED = Message(
    "backups.backup_not_restored",
    "The backup could not be restored: {error}.",
)
# What is wrong with a backup (verify_backup's verdict), inside the messages above.
VERDICT_EMPTY = Message("backups.verdict_empty", "the file is empty")
VERDICT_NOT_JOURNAL = Message("backups.verdict_not_journal", "not a Boundary Journal backup")
VERDICT_NOT_DATABASE = Message(
    "backups.verdict_not_database",
    "not a database, or encrypted with another key",
)
VERDICT_GONE = Message("backups.verdict_gone", "the file is no longer there")
VERDICT_NOT_READABLE = Message(
    "backups.verdict_not_readable",
    "the file cannot be read (its permissions)",
)
DATA_FILE_UNKNOWN_GROUP = Message(
    "catalogue.data_file_unknown_group",
    "The app's data file {path} names an unknown group.",
)
DATA_FILE_UNREADABLE = Message(
    "catalogue.data_file_unreadable",
    "The app's data file {path} cannot be read: {error}",
)
DATA_FILES_INCOMPLETE = Message(
    "catalogue.data_files_incomplete",
    "The app's data files in {folder} are incomplete: {error}",
)
DAMAGED_TEXT = Message(
    "db.damaged_text",
    "Part of the journal cannot be read: the file is damaged there (text that is not UTF-8 in"
    " “{column}”).",
)
JOURNAL_LOCKED = Message(
    "db.journal_locked",
    "Boundary Journal is already open: another window or program is using this journal (the "
    "database is locked). Close it and try again.",
)
SAVE_DISK_FULL = Message(
    "db.save_disk_full",
    "The disk is full: nothing was saved. Free some space and try again.",
)
DISK_IO_ERROR = Message(
    "db.disk_io_error",
    "The journal could not be read or written (disk I/O error): the disk may be full or failing.",
)
# Why a journal opened read-only (Journal.read_only): the CLI prints "open read-only: …", the
# window a sentence of its own chosen by the code.
OPEN_DISK_FULL = Message("db.open_disk_full", "the disk is full")
OPEN_NOT_WRITABLE = Message(
    "db.open_not_writable", "its folder cannot be written (read-only media or permissions)"
)
READ_ONLY = Message(
    "db.read_only",
    "The journal cannot be written now (a full disk or read-only media): nothing was saved.",
)
CANNOT_WRITE = Message("db.cannot_write", "The journal cannot be written: {error}.")
UNSUPPORTED_FORMAT = Message(
    "db.unsupported_format",
    "The journal file is damaged (unsupported file format).",
)
DAMAGED_FILE = Message("db.damaged_file", "The journal file is damaged ({problems}).")
NOT_A_DATABASE = Message(
    "db.not_a_database",
    "The journal file is damaged or is not a Boundary Journal database.",
)
FOREIGN_DATABASE = Message(
    "db.foreign_database",
    "This file is an SQLite database, but not a Boundary Journal.",
)
SCHEMA_TOO_NEW = Message(
    "db.schema_too_new",
    "This journal was written by a newer version of Boundary Journal (schema {current}); "
    "please update the app to open it.",
)
DAMAGED_DATE = Message(
    "db.damaged_date",
    "Part of the journal cannot be read: the file is damaged there (a date or time that does "
    "not parse: {value}).",
)
NOT_WRITTEN = Message("files.not_written", "{target} was not written: {error}.")
WRITE_DISK_FULL = Message(
    "files.write_disk_full",
    "The disk is full: {target} was not written. Free some space.",
)
WRITE_DENIED = Message("files.write_denied", "{target} cannot be written here (permission denied).")
TARGET_IS_FOLDER = Message("files.target_is_folder", "{target} is a folder; choose a file name.")
NO_FOLDER = Message("files.no_folder", "The folder {parent} does not exist.")
FOLDER_NOT_EMPTY = Message(
    "files.folder_not_empty",
    "{target} already exists and is not empty; choose a new folder.",
)
CATALOGUE_MISSING = Message("locale.catalogue_missing", "The app's catalogue {source} is missing.")
CATALOGUE_UNREADABLE = Message(
    "locale.catalogue_unreadable",
    "The app's catalogue {source} cannot be read: {error}",
)
RESCUE_UNREADABLE_BECAUSE = Message(
    "rescue.rescue_unreadable_because",
    "The journal cannot be read at all ({error}).",
)
RESCUE_UNREADABLE = Message("rescue.rescue_unreadable", "The journal cannot be read at all.")
SAMPLE_UNKNOWN_CLIENT = Message(
    "samples.sample_unknown_client",
    "The app's data file {path} names a client it does not list.",
)
SAMPLE_INCOMPLETE = Message(
    "samples.sample_incomplete",
    "The app's data file {path} is incomplete: {error}",
)
UNKNOWN_SETTING = Message("settings.unknown_setting", "Unknown setting “{key}”; use {scriptable}.")
BAD_SWITCH = Message("settings.bad_switch", "“{key}” is on or off, not “{text}”.")
BAD_MINUTES = Message(
    "settings.bad_minutes",
    "“{key}” is a number of minutes up to 1440, not “{text}”.",
)
BAD_LANGUAGE = Message("settings.bad_language", "A language is one of {languages}, not “{text}”.")
BAD_THEME = Message("settings.bad_theme", "A theme is one of {themes}, not “{text}”.")
BAD_SETTING_TIME = Message(
    "settings.bad_setting_time",
    "A time is written HH:MM, like 18:00, not “{text}”.",
)
