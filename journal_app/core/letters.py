"""A short, polite working-agreement letter drafted from an agreement (hours, channels, what
happens with urgent requests), in Russian or English, for the person to edit and send."""

from __future__ import annotations

from babel.dates import get_day_names

from .agreements import Agreement, day_runs, format_minutes
from .locale import N_, gettext, language

CHANNEL_NAMES = {
    "phone": N_("by phone"),
    "messenger": N_("in a messenger"),
    "email": N_("by email"),
    "in_person": N_("in person"),
    "other": N_("in other ways"),
}


def _days(agreement: Agreement, lang: str) -> str:
    names = get_day_names("wide", "format", locale=language(lang))
    parts = []
    for run in day_runs(agreement.days):
        first, last = names[run[0]], names[run[-1]]
        parts.append(first if len(run) == 1 else f"{first}–{last}")
    return ", ".join(parts)


def draft(agreement: Agreement, client: str, lang: str) -> str:
    """The letter's text; the person's name and signature are left for them to add."""
    lang = language(lang)
    lines = [gettext("Hello, {client}!", lang).format(client=client), ""]
    lines.append(
        gettext(
            "To keep our work calm and predictable, I would like us to agree on when and "
            "how we are in touch.",
            lang,
        )
    )
    if agreement.has_hours:
        hours = f"{format_minutes(agreement.start)}–{format_minutes(agreement.end)}"
        zone = f" ({agreement.tz})" if agreement.tz else ""
        lines.append(
            gettext("I am available on {days}, {hours}{zone}.", lang).format(
                days=_days(agreement, lang), hours=hours, zone=zone
            )
        )
    if agreement.channels:
        ways = [gettext(CHANNEL_NAMES[c], lang) for c in CHANNEL_NAMES if c in agreement.channels]
        lines.append(
            gettext("The best way to reach me is {channels}.", lang).format(
                channels=", ".join(ways)
            )
        )
    lines.append(
        gettext(
            "Messages outside these hours I will answer on the next working day. If "
            "something is truly urgent, please call and say so, and we will find a solution "
            "together.",
            lang,
        )
    )
    lines += ["", gettext("Thank you for understanding!", lang)]
    return "\n".join(lines) + "\n"
