"""The window's list of core.messages.storage: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "backups.backup_not_made": QT_TRANSLATE_NOOP(
        "core", "The backup {target} could not be made: {error}."
    ),
    "backups.backup_disk_full": QT_TRANSLATE_NOOP(
        "core", "The disk is full: the backup was not made. Free some space."
    ),
    "backups.no_such_backup": QT_TRANSLATE_NOOP(
        "core", "There is no backup called “{name}” (see `backups`)."
    ),
    "backups.backup_name_taken": QT_TRANSLATE_NOOP(
        "core", "{path} already exists; try again in a second."
    ),
    "backups.backup_damaged_too": QT_TRANSLATE_NOOP(
        "core", "The backup {backup} is damaged too ({verdict})."
    ),
    "backups.backup_not_verified": QT_TRANSLATE_NOOP(
        "core", "The backup did not verify ({verdict}); it was not kept."
    ),
    "backups.backup_not_written": QT_TRANSLATE_NOOP(
        "core", "The backup {target} could not be written: {error}"
    ),
    "backups.backup_damaged": QT_TRANSLATE_NOOP(
        "core", "The backup {backup} is damaged ({verdict})."
    ),
    "backups.backup_not_restored": QT_TRANSLATE_NOOP(
        "core", "The backup could not be restored: {error}."
    ),
    "backups.verdict_empty": QT_TRANSLATE_NOOP("core", "the file is empty"),
    "backups.verdict_not_journal": QT_TRANSLATE_NOOP("core", "not a Boundary Journal backup"),
    "backups.verdict_not_database": QT_TRANSLATE_NOOP(
        "core", "not a database, or encrypted with another key"
    ),
    "backups.verdict_gone": QT_TRANSLATE_NOOP("core", "the file is no longer there"),
    "backups.verdict_not_readable": QT_TRANSLATE_NOOP(
        "core", "the file cannot be read (its permissions)"
    ),
    "catalogue.data_file_unknown_group": QT_TRANSLATE_NOOP(
        "core", "The app's data file {path} names an unknown group."
    ),
    "catalogue.data_file_unreadable": QT_TRANSLATE_NOOP(
        "core", "The app's data file {path} cannot be read: {error}"
    ),
    "catalogue.data_files_incomplete": QT_TRANSLATE_NOOP(
        "core", "The app's data files in {folder} are incomplete: {error}"
    ),
    "db.damaged_text": QT_TRANSLATE_NOOP(
        "core",
        "Part of the journal cannot be read: the file is damaged there (text that is not "
        "UTF-8 in “{column}”).",
    ),
    "db.journal_locked": QT_TRANSLATE_NOOP(
        "core",
        "Boundary Journal is already open: another window or program is using this journal "
        "(the database is locked). Close it and try again.",
    ),
    "db.save_disk_full": QT_TRANSLATE_NOOP(
        "core", "The disk is full: nothing was saved. Free some space and try again."
    ),
    "db.disk_io_error": QT_TRANSLATE_NOOP(
        "core",
        "The journal could not be read or written (disk I/O error): the disk may be full or "
        "failing.",
    ),
    "db.open_disk_full": QT_TRANSLATE_NOOP("core", "the disk is full"),
    "db.open_not_writable": QT_TRANSLATE_NOOP(
        "core", "its folder cannot be written (read-only media or permissions)"
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "core",
        "The journal cannot be written now (a full disk or read-only media): nothing was saved.",
    ),
    "db.cannot_write": QT_TRANSLATE_NOOP("core", "The journal cannot be written: {error}."),
    "db.unsupported_format": QT_TRANSLATE_NOOP(
        "core", "The journal file is damaged (unsupported file format)."
    ),
    "db.damaged_file": QT_TRANSLATE_NOOP("core", "The journal file is damaged ({problems})."),
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "core", "The journal file is damaged or is not a Boundary Journal database."
    ),
    "db.foreign_database": QT_TRANSLATE_NOOP(
        "core", "This file is an SQLite database, but not a Boundary Journal."
    ),
    "db.schema_too_new": QT_TRANSLATE_NOOP(
        "core",
        "This journal was written by a newer version of Boundary Journal (schema {current}); "
        "please update the app to open it.",
    ),
    "db.damaged_date": QT_TRANSLATE_NOOP(
        "core",
        "Part of the journal cannot be read: the file is damaged there (a date or time that "
        "does not parse: {value}).",
    ),
    "files.not_written": QT_TRANSLATE_NOOP("core", "{target} was not written: {error}."),
    "files.write_disk_full": QT_TRANSLATE_NOOP(
        "core", "The disk is full: {target} was not written. Free some space."
    ),
    "files.write_denied": QT_TRANSLATE_NOOP(
        "core", "{target} cannot be written here (permission denied)."
    ),
    "files.target_is_folder": QT_TRANSLATE_NOOP(
        "core", "{target} is a folder; choose a file name."
    ),
    "files.no_folder": QT_TRANSLATE_NOOP("core", "The folder {parent} does not exist."),
    "files.folder_not_empty": QT_TRANSLATE_NOOP(
        "core", "{target} already exists and is not empty; choose a new folder."
    ),
    "locale.catalogue_missing": QT_TRANSLATE_NOOP(
        "core", "The app's catalogue {source} is missing."
    ),
    "locale.catalogue_unreadable": QT_TRANSLATE_NOOP(
        "core", "The app's catalogue {source} cannot be read: {error}"
    ),
    "rescue.rescue_unreadable_because": QT_TRANSLATE_NOOP(
        "core", "The journal cannot be read at all ({error})."
    ),
    "rescue.rescue_unreadable": QT_TRANSLATE_NOOP("core", "The journal cannot be read at all."),
    "samples.sample_unknown_client": QT_TRANSLATE_NOOP(
        "core", "The app's data file {path} names a client it does not list."
    ),
    "samples.sample_incomplete": QT_TRANSLATE_NOOP(
        "core", "The app's data file {path} is incomplete: {error}"
    ),
    "settings.unknown_setting": QT_TRANSLATE_NOOP(
        "core", "Unknown setting “{key}”; use {scriptable}."
    ),
    "settings.bad_switch": QT_TRANSLATE_NOOP("core", "“{key}” is on or off, not “{text}”."),
    "settings.bad_minutes": QT_TRANSLATE_NOOP(
        "core", "“{key}” is a number of minutes up to 1440, not “{text}”."
    ),
    "settings.bad_language": QT_TRANSLATE_NOOP(
        "core", "A language is one of {languages}, not “{text}”."
    ),
    "settings.bad_theme": QT_TRANSLATE_NOOP("core", "A theme is one of {themes}, not “{text}”."),
    "settings.bad_setting_time": QT_TRANSLATE_NOOP(
        "core", "A time is written HH:MM, like 18:00, not “{text}”."
    ),
}
