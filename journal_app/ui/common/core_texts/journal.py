"""The window's list of core.messages.journal: each code with its English, for the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "agreements.agreement_not_object": QT_TRANSLATE_NOOP(
        "core", "an agreement is null or an object with days, hours, channels"
    ),
    "agreements.agreement_channels_not_list": QT_TRANSLATE_NOOP(
        "core", "an agreement's channels are a list of names"
    ),
    "agreements.agreement_zone_not_text": QT_TRANSLATE_NOOP(
        "core", "an agreement's time zone is a name, like Europe/Moscow"
    ),
    "agreements.agreement_days_not_text": QT_TRANSLATE_NOOP(
        "core", "an agreement's days and hours are text, like mon-fri, 09:00-18:00"
    ),
    "agreements.bad_time": QT_TRANSLATE_NOOP(
        "core", "A time is written HH:MM, like 09:00, not “{text}”."
    ),
    "agreements.not_time_of_day": QT_TRANSLATE_NOOP("core", "“{text}” is not a time of day."),
    "agreements.bad_hours": QT_TRANSLATE_NOOP(
        "core", "Hours are written like 09:00-18:00, not “{text}”."
    ),
    "agreements.empty_hours": QT_TRANSLATE_NOOP(
        "core", "The agreed hours start and end at the same time."
    ),
    "agreements.no_working_day": QT_TRANSLATE_NOOP(
        "core", "Name at least one working day, like mon-fri."
    ),
    "agreements.bad_days": QT_TRANSLATE_NOOP(
        "core", "Days are written like mon-fri or mon,wed,fri, not “{text}”."
    ),
    "clients.client_name_empty": QT_TRANSLATE_NOOP("core", "A client needs a name."),
    "clients.client_name_too_long": QT_TRANSLATE_NOOP(
        "core", "A client name can be at most {limit} characters."
    ),
    "tags.tag_name_empty": QT_TRANSLATE_NOOP("core", "A tag needs a name."),
    "tags.tag_name_too_long": QT_TRANSLATE_NOOP(
        "core", "A tag name can be at most {limit} characters."
    ),
    "kinds.kind_name_empty": QT_TRANSLATE_NOOP("core", "A kind needs a name."),
    "kinds.kind_name_too_long": QT_TRANSLATE_NOOP(
        "core", "A kind name can be at most {limit} characters."
    ),
    "clients.bad_colour": QT_TRANSLATE_NOOP("core", "A colour is written #rrggbb, not {colour!r}."),
    "clients.no_client_id": QT_TRANSLATE_NOOP("core", "There is no client #{client_id}."),
    "clients.no_client_named": QT_TRANSLATE_NOOP("core", "There is no client called “{name}”."),
    "clients.merge_into_itself": QT_TRANSLATE_NOOP(
        "core", "A client cannot be merged into itself."
    ),
    "clients.client_exists": QT_TRANSLATE_NOOP(
        "core", "There is already a client called “{name}”."
    ),
    "clients.merge_client_gone": QT_TRANSLATE_NOOP(
        "core", "One of the clients to merge no longer exists."
    ),
    "daysoff.unknown_holidays": QT_TRANSLATE_NOOP(
        "core", "The holidays of “{code}” are not known; use a code like RU or DE."
    ),
    "daysoff.days_off_not_range": QT_TRANSLATE_NOOP(
        "core", "Days off are one day or a range, not “{text}”."
    ),
    "daysoff.days_off_backwards": QT_TRANSLATE_NOOP(
        "core", "A run of days off ends before it starts."
    ),
    "daysoff.days_off_too_long": QT_TRANSLATE_NOOP(
        "core", "A run of days off can be at most {limit} days."
    ),
    "daysoff.bad_days_off": QT_TRANSLATE_NOOP(
        "core", "Days off are written YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, not “{text}”."
    ),
    "daysoff.days_off_note_too_long": QT_TRANSLATE_NOOP(
        "core", "A note on days off can be at most {limit} characters."
    ),
    "daysoff.no_days_off": QT_TRANSLATE_NOOP("core", "There are no days off #{day_off_id}."),
    "entries.no_entry": QT_TRANSLATE_NOOP("core", "There is no entry #{entry_id}."),
    "entries.bad_rating": QT_TRANSLATE_NOOP("core", "A rating runs from 1 to 5, not {value}."),
    "entries.entry_changed": QT_TRANSLATE_NOOP(
        "core", "Entry #{entry_id} was changed elsewhere since it was opened."
    ),
    "enums.unknown_channel": QT_TRANSLATE_NOOP("core", "Unknown channel “{value}”; use {known}."),
    "enums.unknown_response": QT_TRANSLATE_NOOP("core", "Unknown response “{value}”; use {known}."),
    "events.bad_event_kind": QT_TRANSLATE_NOOP("core", "An event is one of {kinds}, not “{kind}”."),
    "events.event_note_too_long": QT_TRANSLATE_NOOP(
        "core", "An event note can be at most {limit} characters."
    ),
    "events.no_event": QT_TRANSLATE_NOOP("core", "There is no event #{event_id}."),
    "goals.bad_goal_metric": QT_TRANSLATE_NOOP(
        "core", "A goal's metric is one of {metrics}, not “{metric}”."
    ),
    "goals.bad_goal_period": QT_TRANSLATE_NOOP(
        "core", "A goal's period is month or quarter, not “{period}”."
    ),
    "goals.bad_goal_target": QT_TRANSLATE_NOOP(
        "core", "A {metric} goal's target runs from {low} to {high}, not {target:g}."
    ),
    "goals.rating_goal_kind": QT_TRANSLATE_NOOP(
        "core", "A rating goal is about entries; it takes no incident kind."
    ),
    "goals.no_goal": QT_TRANSLATE_NOOP("core", "There is no goal #{goal_id}."),
    "goals.goal_no_kind": QT_TRANSLATE_NOOP("core", "There is no incident kind “{kind}”."),
    "incidents.bad_severity": QT_TRANSLATE_NOOP(
        "core", "Severity runs from 1 to 5, not {severity}."
    ),
    "incidents.incident_no_client": QT_TRANSLATE_NOOP("core", "An incident needs a client."),
    "incidents.incident_no_kind": QT_TRANSLATE_NOOP(
        "core", "An incident needs a kind (see `kinds`)."
    ),
    "incidents.incident_entry_trashed": QT_TRANSLATE_NOOP(
        "core", "That entry is in the trash; restore it to add incidents."
    ),
    "incidents.no_incident": QT_TRANSLATE_NOOP("core", "There is no incident #{incident_id}."),
    "incidents.incident_note_too_long": QT_TRANSLATE_NOOP(
        "core", "An incident note can be at most {limit} characters."
    ),
    "journal.upgrade_read_only": QT_TRANSLATE_NOOP(
        "core",
        "This journal needs an upgrade to open in this version of the app, and it cannot be "
        "written here now (a full disk or read-only media).",
    ),
    "journal.journal_empty": QT_TRANSLATE_NOOP(
        "core",
        "The journal file is empty (0 bytes): what it held is lost, but a backup can bring it"
        " back.",
    ),
    "journal.passphrase_needed": QT_TRANSLATE_NOOP(
        "core", "This journal is encrypted: its passphrase is needed."
    ),
    "kinds.bad_direction": QT_TRANSLATE_NOOP(
        "core",
        "A direction is “client” (the client crossed my boundary) or “me” (I failed to "
        "respect the client), not “{direction}”.",
    ),
    "kinds.no_kind": QT_TRANSLATE_NOOP("core", "There is no incident kind “{key}” (see `kinds`)."),
    "kinds.kind_exists": QT_TRANSLATE_NOOP(
        "core", "There is already an incident kind called “{name}”."
    ),
    "other_names.other_name_empty": QT_TRANSLATE_NOOP("core", "Another name cannot be empty."),
    "other_names.other_name_too_long": QT_TRANSLATE_NOOP(
        "core", "Another name can be at most {limit} characters."
    ),
    "other_names.other_name_in_use": QT_TRANSLATE_NOOP(
        "core", "“{name}” is another name of “{client}”; remove it there first."
    ),
    "other_names.not_other_name": QT_TRANSLATE_NOOP(
        "core", "“{name}” is not another name of “{client}”."
    ),
    "other_names.other_name_is_client": QT_TRANSLATE_NOOP(
        "core", "“{name}” is already the name of the client “{named}”."
    ),
    "other_names.other_name_exists": QT_TRANSLATE_NOOP(
        "core", "“{name}” is already another name of “{client}”."
    ),
    "questions.no_question": QT_TRANSLATE_NOOP(
        "core", "There is no question “{question_id}” (see `questions`)."
    ),
    "questions.bad_question_group": QT_TRANSLATE_NOOP(
        "core", "A question group is one of {groups}, not “{group}”."
    ),
    "questions.question_empty": QT_TRANSLATE_NOOP("core", "A question needs some words."),
    "questions.question_too_long": QT_TRANSLATE_NOOP(
        "core", "A question can be at most {limit} characters."
    ),
    "questions.answer_too_long": QT_TRANSLATE_NOOP(
        "core", "An answer can be at most {limit} characters."
    ),
    "questions.reword_own_only": QT_TRANSLATE_NOOP(
        "core", "Only your own questions can be reworded."
    ),
    "tags.no_tag_named": QT_TRANSLATE_NOOP("core", "There is no tag called “{tag}”."),
    "tags.no_tag_id": QT_TRANSLATE_NOOP("core", "There is no tag #{tag_id}."),
    "tags.tag_exists": QT_TRANSLATE_NOOP("core", "There is already a tag called “{name}”."),
    "trends.bad_grouping": QT_TRANSLATE_NOOP(
        "core", "Group by week, month or quarter, not “{by}”."
    ),
    "trends.range_backwards": QT_TRANSLATE_NOOP("core", "The start of the range is after its end."),
    "trends.bad_period": QT_TRANSLATE_NOOP("core", "“{period}” is not a week, month or quarter."),
    "zones.unknown_zone": QT_TRANSLATE_NOOP(
        "core", "“{name}” is not a time zone; use a name like Europe/Moscow."
    ),
}
