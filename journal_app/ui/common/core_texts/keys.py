"""The window's list of core.messages.keys: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "keys.conversion_state_unreadable": QT_TRANSLATE_NOOP(
        "core", "The conversion's state file cannot be read ({operation!r})."
    ),
    "keys.converted_not_verified": QT_TRANSLATE_NOOP(
        "core", "The converted journal did not verify ({verdict})."
    ),
    "keys.converted_missing_rows": QT_TRANSLATE_NOOP(
        "core", "The converted journal is missing rows; nothing was changed."
    ),
    "keys.not_converted": QT_TRANSLATE_NOOP("core", "{source} could not be converted ({error})."),
    "keys.key_file_foreign": QT_TRANSLATE_NOOP(
        "core",
        "The key file {key_file} does not belong to this journal: its key opens neither the "
        "journal nor any of its backups.",
    ),
    "keys.already_encrypted": QT_TRANSLATE_NOOP("core", "This journal is already encrypted."),
    "keys.memory_not_encryptable": QT_TRANSLATE_NOOP(
        "core", "A journal in memory cannot be encrypted."
    ),
    "keys.not_encrypted": QT_TRANSLATE_NOOP("core", "This journal is not encrypted."),
    "keys.not_encrypted_no_passphrase": QT_TRANSLATE_NOOP(
        "core", "This journal is not encrypted; encrypt it to set a passphrase."
    ),
    "keys.key_file_lost": QT_TRANSLATE_NOOP(
        "core",
        "The journal is encrypted, but its key file {key_file} is missing (and the backup "
        "folder has no copy): put it back beside {journal} to open the journal.",
    ),
    "keys.backup_old_key": QT_TRANSLATE_NOOP(
        "core", "it is encrypted with a key this journal no longer has"
    ),
    "keys.backup_not_converted": QT_TRANSLATE_NOOP(
        "core",
        "The backup {backup} cannot be converted ({verdict}): delete it or move it out of the"
        " backup folder, then try again. Nothing was changed.",
    ),
    "keys.backups_pending": QT_TRANSLATE_NOOP(
        "core",
        "The journal is converted, but not all of its backups yet ({error}); that is finished"
        " the next time the journal opens.",
    ),
    "keys.passphrase_too_short": QT_TRANSLATE_NOOP(
        "core", "A passphrase needs at least {limit} characters; a few words are best."
    ),
    "keys.not_recovery_key": QT_TRANSLATE_NOOP(
        "core", "That is not a recovery key (8 groups of 4 letters and digits)."
    ),
    "keys.key_file_not_ours": QT_TRANSLATE_NOOP(
        "core", "The key file does not belong to this journal."
    ),
    "keys.wrong_passphrase": QT_TRANSLATE_NOOP("core", "Wrong passphrase."),
    "keys.key_file_damaged": QT_TRANSLATE_NOOP("core", "The key file is damaged ({error})."),
    "keys.wrong_recovery_key": QT_TRANSLATE_NOOP("core", "Wrong recovery key."),
    "keys.key_file_too_new": QT_TRANSLATE_NOOP(
        "core", "The key file was written by a newer Boundary Journal; update the app."
    ),
    "keys.key_file_missing": QT_TRANSLATE_NOOP("core", "The key file {path} is missing."),
    "keys.key_file_at_damaged": QT_TRANSLATE_NOOP(
        "core", "The key file {path} is damaged ({error})."
    ),
}
