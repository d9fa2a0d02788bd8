"""The window's list of core.messages.review: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "review.sealed_damaged": QT_TRANSLATE_NOOP(
        "core", "{what} is damaged or altered: it cannot be opened."
    ),
    "review.sealed_too_new": QT_TRANSLATE_NOOP(
        "core", "{what} was made by a newer version of the app: update it."
    ),
    "review.bad_review_suffix": QT_TRANSLATE_NOOP(
        "core", "The file's name should end in {suffix}: {name}"
    ),
    "review.review_passphrase_too_short": QT_TRANSLATE_NOOP(
        "core", "A review's passphrase needs at least {limit} characters; a few words are best."
    ),
    "review.own_review": QT_TRANSLATE_NOOP(
        "core", "This is a review this journal shared: the coach writes its notes."
    ),
    "review.note_empty": QT_TRANSLATE_NOOP("core", "A note needs some text."),
    "review.bad_note_target": QT_TRANSLATE_NOOP(
        "core", "A note is on an entry, an incident or the summary, not {on}."
    ),
    "review.no_note_target": QT_TRANSLATE_NOOP("core", "This review has no {on} {target_uuid}."),
    "review.notes_not_ours": QT_TRANSLATE_NOOP(
        "core", "{name} holds notes on a review this journal did not share; nothing was imported."
    ),
    "review.note_gone": QT_TRANSLATE_NOOP("core", "That note is gone."),
    "review.note_leak": QT_TRANSLATE_NOOP(
        "core",
        "The notes were not written: “{word}” is in your note of {date}, and it is a name or a "
        "contact from your own journal. Take it out and send the notes again.",
    ),
    "review.notes_damaged": QT_TRANSLATE_NOOP(
        "core", "{name} is damaged or altered: nothing was imported."
    ),
    "review.seal_needs_passphrase": QT_TRANSLATE_NOOP(
        "core", "A passphrase is needed to seal the file."
    ),
    "review.sealed_not_ours": QT_TRANSLATE_NOOP(
        "core", "{what} is not a file of this kind (or it is cut short)."
    ),
    "review.sealed_wrong_passphrase": QT_TRANSLATE_NOOP("core", "Wrong passphrase for {what}."),
    "review.sealed_unreadable": QT_TRANSLATE_NOOP("core", "{path} cannot be read: {error}."),
}
