"""What core says about the coach's review files."""

from .base import Message

SEALED_DAMAGED = Message(
    "review.sealed_damaged",
    "{what} is damaged or altered: it cannot be opened.",
)
SEALED_TOO_NEW = Message(
    "review.sealed_too_new",
    "{what} was made by a newer version of the app: update it.",
)
BAD_REVIEW_SUFFIX = Message(
    "review.bad_review_suffix",
    "The file's name should end in {suffix}: {name}",
)
REVIEW_PASSPHRASE_TOO_SHORT = Message(
    "review.review_passphrase_too_short",
    "A review's passphrase needs at least {limit} characters; a few words are best.",
)
OWN_REVIEW = Message(
    "review.own_review",
    "This is a review this journal shared: the coach writes its notes.",
)
NOTE_EMPTY = Message("review.note_empty", "A note needs some text.")
BAD_NOTE_TARGET = Message(
    "review.bad_note_target",
    "A note is on an entry, an incident or the summary, not {on}.",
)
NO_NOTE_TARGET = Message("review.no_note_target", "This review has no {on} {target_uuid}.")
NOTES_NOT_OURS = Message(
    "review.notes_not_ours",
    "{name} holds notes on a review this journal did not share; nothing was imported.",
)
NOTE_GONE = Message("review.note_gone", "That note is gone.")
NOTE_LEAK = Message(
    "review.note_leak",
    "The notes were not written: “{word}” is in your note of {date}, and it is a name or a "
    "contact from your own journal. Take it out and send the notes again.",
)
NOTES_DAMAGED = Message(
    "review.notes_damaged",
    "{name} is damaged or altered: nothing was imported.",
)
SEAL_NEEDS_PASSPHRASE = Message(
    "review.seal_needs_passphrase",
    "A passphrase is needed to seal the file.",
)
SEALED_NOT_OURS = Message(
    "review.sealed_not_ours",
    "{what} is not a file of this kind (or it is cut short).",
)
SEALED_WRONG_PASSPHRASE = Message("review.sealed_wrong_passphrase", "Wrong passphrase for {what}.")
SEALED_UNREADABLE = Message("review.sealed_unreadable", "{path} cannot be read: {error}.")
