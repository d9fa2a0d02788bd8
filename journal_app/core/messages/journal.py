"""What core says about the journal's own things: clients, tags, entries, agreements,
questions, goals, days off."""

from .base import Message

AGREEMENT_NOT_OBJECT = Message(
    "agreements.agreement_not_object",
    "an agreement is null or an object with days, hours, channels",
)
AGREEMENT_CHANNELS_NOT_LIST = Message(
    "agreements.agreement_channels_not_list",
    "an agreement's channels are a list of names",
)
AGREEMENT_ZONE_NOT_TEXT = Message(
    "agreements.agreement_zone_not_text",
    "an agreement's time zone is a name, like Europe/Moscow",
)
AGREEMENT_DAYS_NOT_TEXT = Message(
    "agreements.agreement_days_not_text",
    "an agreement's days and hours are text, like mon-fri, 09:00-18:00",
)
BAD_TIME = Message("agreements.bad_time", "A time is written HH:MM, like 09:00, not “{text}”.")
NOT_TIME_OF_DAY = Message("agreements.not_time_of_day", "“{text}” is not a time of day.")
BAD_HOURS = Message("agreements.bad_hours", "Hours are written like 09:00-18:00, not “{text}”.")
EMPTY_HOURS = Message("agreements.empty_hours", "The agreed hours start and end at the same time.")
NO_WORKING_DAY = Message(
    "agreements.no_working_day",
    "Name at least one working day, like mon-fri.",
)
BAD_DAYS = Message(
    "agreements.bad_days",
    "Days are written like mon-fri or mon,wed,fri, not “{text}”.",
)
CLIENT_NAME_EMPTY = Message("clients.client_name_empty", "A client needs a name.")
CLIENT_NAME_TOO_LONG = Message(
    "clients.client_name_too_long",
    "A client name can be at most {limit} characters.",
)
TAG_NAME_EMPTY = Message("tags.tag_name_empty", "A tag needs a name.")
TAG_NAME_TOO_LONG = Message(
    "tags.tag_name_too_long",
    "A tag name can be at most {limit} characters.",
)
KIND_NAME_EMPTY = Message("kinds.kind_name_empty", "A kind needs a name.")
KIND_NAME_TOO_LONG = Message(
    "kinds.kind_name_too_long",
    "A kind name can be at most {limit} characters.",
)
BAD_COLOUR = Message("clients.bad_colour", "A colour is written #rrggbb, not {colour!r}.")
NO_CLIENT_ID = Message("clients.no_client_id", "There is no client #{client_id}.")
NO_CLIENT_NAMED = Message("clients.no_client_named", "There is no client called “{name}”.")
MERGE_INTO_ITSELF = Message("clients.merge_into_itself", "A client cannot be merged into itself.")
CLIENT_EXISTS = Message("clients.client_exists", "There is already a client called “{name}”.")
MERGE_CLIENT_GONE = Message(
    "clients.merge_client_gone",
    "One of the clients to merge no longer exists.",
)
UNKNOWN_HOLIDAYS = Message(
    "daysoff.unknown_holidays",
    "The holidays of “{code}” are not known; use a code like RU or DE.",
)
DAYS_OFF_NOT_RANGE = Message(
    "daysoff.days_off_not_range",
    "Days off are one day or a range, not “{text}”.",
)
DAYS_OFF_BACKWARDS = Message(
    "daysoff.days_off_backwards",
    "A run of days off ends before it starts.",
)
DAYS_OFF_TOO_LONG = Message(
    "daysoff.days_off_too_long",
    "A run of days off can be at most {limit} days.",
)
BAD_DAYS_OFF = Message(
    "daysoff.bad_days_off",
    "Days off are written YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, not “{text}”.",
)
DAYS_OFF_NOTE_TOO_LONG = Message(
    "daysoff.days_off_note_too_long",
    "A note on days off can be at most {limit} characters.",
)
NO_DAYS_OFF = Message("daysoff.no_days_off", "There are no days off #{day_off_id}.")
NO_ENTRY = Message("entries.no_entry", "There is no entry #{entry_id}.")
BAD_RATING = Message("entries.bad_rating", "A rating runs from 1 to 5, not {value}.")
ENTRY_CHANGED = Message(
    "entries.entry_changed",
    "Entry #{entry_id} was changed elsewhere since it was opened.",
)
UNKNOWN_CHANNEL = Message("enums.unknown_channel", "Unknown channel “{value}”; use {known}.")
UNKNOWN_RESPONSE = Message("enums.unknown_response", "Unknown response “{value}”; use {known}.")
BAD_EVENT_KIND = Message("events.bad_event_kind", "An event is one of {kinds}, not “{kind}”.")
EVENT_NOTE_TOO_LONG = Message(
    "events.event_note_too_long",
    "An event note can be at most {limit} characters.",
)
NO_EVENT = Message("events.no_event", "There is no event #{event_id}.")
BAD_GOAL_METRIC = Message(
    "goals.bad_goal_metric",
    "A goal's metric is one of {metrics}, not “{metric}”.",
)
BAD_GOAL_PERIOD = Message(
    "goals.bad_goal_period",
    "A goal's period is month or quarter, not “{period}”.",
)
BAD_GOAL_TARGET = Message(
    "goals.bad_goal_target",
    "A {metric} goal's target runs from {low} to {high}, not {target:g}.",
)
RATING_GOAL_KIND = Message(
    "goals.rating_goal_kind",
    "A rating goal is about entries; it takes no incident kind.",
)
NO_GOAL = Message("goals.no_goal", "There is no goal #{goal_id}.")
GOAL_NO_KIND = Message("goals.goal_no_kind", "There is no incident kind “{kind}”.")
BAD_SEVERITY = Message("incidents.bad_severity", "Severity runs from 1 to 5, not {severity}.")
INCIDENT_NO_CLIENT = Message("incidents.incident_no_client", "An incident needs a client.")
INCIDENT_NO_KIND = Message("incidents.incident_no_kind", "An incident needs a kind (see `kinds`).")
INCIDENT_ENTRY_TRASHED = Message(
    "incidents.incident_entry_trashed",
    "That entry is in the trash; restore it to add incidents.",
)
NO_INCIDENT = Message("incidents.no_incident", "There is no incident #{incident_id}.")
INCIDENT_NOTE_TOO_LONG = Message(
    "incidents.incident_note_too_long",
    "An incident note can be at most {limit} characters.",
)
UPGRADE_READ_ONLY = Message(
    "journal.upgrade_read_only",
    "This journal needs an upgrade to open in this version of the app, and it cannot be "
    "written here now (a full disk or read-only media).",
)
JOURNAL_EMPTY = Message(
    "journal.journal_empty",
    "The journal file is empty (0 bytes): what it held is lost, but a backup can bring it back.",
)
PASSPHRASE_NEEDED = Message(
    "journal.passphrase_needed",
    "This journal is encrypted: its passphrase is needed.",
)
BAD_DIRECTION = Message(
    "kinds.bad_direction",
    "A direction is “client” (the client crossed my boundary) or “me” (I failed to respect "
    "the client), not “{direction}”.",
)
NO_KIND = Message("kinds.no_kind", "There is no incident kind “{key}” (see `kinds`).")
KIND_EXISTS = Message("kinds.kind_exists", "There is already an incident kind called “{name}”.")
OTHER_NAME_EMPTY = Message("other_names.other_name_empty", "Another name cannot be empty.")
OTHER_NAME_TOO_LONG = Message(
    "other_names.other_name_too_long",
    "Another name can be at most {limit} characters.",
)
OTHER_NAME_IN_USE = Message(
    "other_names.other_name_in_use",
    "“{name}” is another name of “{client}”; remove it there first.",
)
NOT_OTHER_NAME = Message(
    "other_names.not_other_name",
    "“{name}” is not another name of “{client}”.",
)
OTHER_NAME_IS_CLIENT = Message(
    "other_names.other_name_is_client",
    "“{name}” is already the name of the client “{named}”.",
)
OTHER_NAME_EXISTS = Message(
    "other_names.other_name_exists",
    "“{name}” is already another name of “{client}”.",
)
NO_QUESTION = Message(
    "questions.no_question",
    "There is no question “{question_id}” (see `questions`).",
)
BAD_QUESTION_GROUP = Message(
    "questions.bad_question_group",
    "A question group is one of {groups}, not “{group}”.",
)
QUESTION_EMPTY = Message("questions.question_empty", "A question needs some words.")
QUESTION_TOO_LONG = Message(
    "questions.question_too_long",
    "A question can be at most {limit} characters.",
)
ANSWER_TOO_LONG = Message(
    "questions.answer_too_long",
    "An answer can be at most {limit} characters.",
)
REWORD_OWN_ONLY = Message("questions.reword_own_only", "Only your own questions can be reworded.")
NO_TAG_NAMED = Message("tags.no_tag_named", "There is no tag called “{tag}”.")
NO_TAG_ID = Message("tags.no_tag_id", "There is no tag #{tag_id}.")
TAG_EXISTS = Message("tags.tag_exists", "There is already a tag called “{name}”.")
BAD_GROUPING = Message("trends.bad_grouping", "Group by week, month or quarter, not “{by}”.")
RANGE_BACKWARDS = Message("trends.range_backwards", "The start of the range is after its end.")
BAD_PERIOD = Message("trends.bad_period", "“{period}” is not a week, month or quarter.")
UNKNOWN_ZONE = Message(
    "zones.unknown_zone",
    "“{name}” is not a time zone; use a name like Europe/Moscow.",
)
