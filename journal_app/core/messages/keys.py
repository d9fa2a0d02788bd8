"""What core says about passphrases, keys and encryption."""

from .base import Message

CONVERSION_STATE_UNREADABLE = Message(
    "keys.conversion_state_unreadable",
    "The conversion's state file cannot be read ({operation!r}).",
)
CONVERTED_NOT_VERIFIED = Message(
    "keys.converted_not_verified",
    "The converted journal did not verify ({verdict}).",
)
CONVERTED_MISSING_ROWS = Message(
    "keys.converted_missing_rows",
    "The converted journal is missing rows; nothing was changed.",
)
NOT_CONVERTED = Message("keys.not_converted", "{source} could not be converted ({error}).")
KEY_FILE_FOREIGN = Message(
    "keys.key_file_foreign",
    "The key file {key_file} does not belong to this journal: its key opens neither the "
    "journal nor any of its backups.",
)
ALREADY_ENCRYPTED = Message("keys.already_encrypted", "This journal is already encrypted.")
MEMORY_NOT_ENCRYPTABLE = Message(
    "keys.memory_not_encryptable",
    "A journal in memory cannot be encrypted.",
)
NOT_ENCRYPTED = Message("keys.not_encrypted", "This journal is not encrypted.")
NOT_ENCRYPTED_NO_PASSPHRASE = Message(
    "keys.not_encrypted_no_passphrase",
    "This journal is not encrypted; encrypt it to set a passphrase.",
)
KEY_FILE_LOST = Message(
    "keys.key_file_lost",
    "The journal is encrypted, but its key file {key_file} is missing (and the backup folder "
    "has no copy): put it back beside {journal} to open the journal.",
)
BACKUP_OLD_KEY = Message(
    "keys.backup_old_key",
    "it is encrypted with a key this journal no longer has",
)
BACKUP_NOT_CONVERTED = Message(
    "keys.backup_not_converted",
    "The backup {backup} cannot be converted ({verdict}): delete it or move it out of the "
    "backup folder, then try again. Nothing was changed.",
)
BACKUPS_PENDING = Message(
    "keys.backups_pending",
    "The journal is converted, but not all of its backups yet ({error}); that is finished the"
    " next time the journal opens.",
)
PASSPHRASE_TOO_SHORT = Message(
    "keys.passphrase_too_short",
    "A passphrase needs at least {limit} characters; a few words are best.",
)
NOT_RECOVERY_KEY = Message(
    "keys.not_recovery_key",
    "That is not a recovery key (8 groups of 4 letters and digits).",
)
KEY_FILE_NOT_OURS = Message(
    "keys.key_file_not_ours",
    "The key file does not belong to this journal.",
)
WRONG_PASSPHRASE = Message("keys.wrong_passphrase", "Wrong passphrase.")
KEY_FILE_DAMAGED = Message("keys.key_file_damaged", "The key file is damaged ({error}).")
WRONG_RECOVERY_KEY = Message("keys.wrong_recovery_key", "Wrong recovery key.")
KEY_FILE_TOO_NEW = Message(
    "keys.key_file_too_new",
    "The key file was written by a newer Boundary Journal; update the app.",
)
KEY_FILE_MISSING = Message("keys.key_file_missing", "The key file {path} is missing.")
KEY_FILE_AT_DAMAGED = Message(
    "keys.key_file_at_damaged",
    "The key file {path} is damaged ({error}).",
)
