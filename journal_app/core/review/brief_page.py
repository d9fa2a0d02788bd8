"""The brief as one page, in the person's language: the words come from core's catalogue
(resources/locale/ru/LC_MESSAGES/core.po), so a Russian brief is Russian. One page, written
as Markdown, or as HTML for the window and the PDF (journal_app.pdf.brief_pdf)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
from dataclasses import dataclass, field

from ..exporters.words import word
from ..locale import N_, gettext, language, month_name, number
from .brief import Brief

_W = {
    "title": N_("Brief before the coaching session"),
    "review_title": N_("Brief of the review"),
    "all": N_("all clients"),
    "what": N_("In numbers"),
    "now": N_("This period"),
    "before": N_("The period before"),
    "incidents": N_("Incidents"),
    "answers": N_("Answers to the questions"),
    "by_kind": N_("By kind"),
    "open_none": N_("Nothing left open."),
    "none": N_("None."),
    "topics": N_("The coach’s topics from the last notes"),
    "made": N_("Made by Boundary Journal"),
}


def _w(key: str, lang: str) -> str:
    return gettext(_W[key], lang)


def brief_date(day: dt.date, lang: str) -> str:
    """CLDR's long date: "November 4, 2026", «4 ноября 2026 г.» (English without Babel)."""
    if language(lang) == "en":
        return f"{month_name(day.month, 'en', 'format')} {day.day}, {day.year}"
    from babel.dates import format_date

    return str(format_date(day, "long", locale=language(lang)))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class BriefPage:
    title: str
    subtitle: str
    numbers: str  # the table's heading
    columns: tuple[str, str, str]
    rows: list[tuple[str, str, str]]  # what, this period, the period before
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    footer: str = ""


def brief_page(brief: Brief, lang: str, of_review: bool = False) -> BriefPage:
    lang = language(lang)

    def n(value: int) -> str:
        return number(value, lang)

    def rating(value: float | None) -> str:
        if value is None:
            return "—"
        shown = f"{value:.1f}"
        return shown.replace(".", ",") if lang == "ru" else shown

    who = brief.client or _capital(_w("all", lang))
    span = f"{brief_date(brief.since, lang)} – {brief_date(brief.until, lang)}"
    rows = [
        (_w("incidents", lang), n(brief.incidents), n(brief.previous_incidents)),
        (
            _capital(word("outside_hours", lang)),
            n(brief.outside_hours),
            n(brief.previous_outside_hours),
        ),
        (
            _capital(word("outside_channels", lang)),
            n(brief.outside_channels),
            n(brief.previous_outside_channels),
        ),
    ]
    rows += [
        (word(name, lang), rating(value), rating(brief.previous_ratings.get(name)))
        for name, value in brief.ratings.items()
    ]
    rows.append((_w("answers", lang), n(brief.answers), "—"))
    none = _w("none", lang)
    sections = [
        (_w("by_kind", lang), [f"{kind}: {n(count)}" for kind, count in brief.by_kind.items()]),
        (
            word("responses", lang),
            [
                f"{_capital(word(response, lang))}: {n(count)}"
                for response, count in brief.by_response.items()
            ],
        ),
        (
            _capital(word("open", lang)),
            [f"{i['at']} · {i['client']} · {i['kind']}" for i in brief.open_incidents]
            or [_w("open_none", lang)],
        ),
    ]
    sections = [(heading, lines or [none]) for heading, lines in sections]
    if brief.topics:
        sections.append((_w("topics", lang), list(brief.topics)))
    return BriefPage(
        title=_w("review_title" if of_review else "title", lang),
        subtitle=f"{who} · {span}",
        numbers=_w("what", lang),
        columns=("", _w("now", lang), _w("before", lang)),
        rows=rows,
        sections=sections,
        footer=_w("made", lang),
    )


def brief_markdown(page: BriefPage) -> str:
    lines = [f"# {page.title}", "", page.subtitle, "", f"## {page.numbers}", ""]
    lines += [f"| {' | '.join(page.columns)} |", "|---|--:|--:|"]
    lines += [f"| {what} | {now} | {before} |" for what, now, before in page.rows]
    for heading, items in page.sections:
        lines += ["", f"## {heading}", "", *(f"- {item}" for item in items)]
    lines += ["", f"*{page.footer}*"]
    return "\n".join(lines) + "\n"


def brief_html(page: BriefPage) -> str:
    e = html.escape
    cells = "".join(
        f"<tr><td>{e(what)}</td><td align='right'>{e(now)}</td>"
        f"<td align='right'>{e(before)}</td></tr>"
        for what, now, before in page.rows
    )
    head = "".join(f"<th align='{'left' if not c else 'right'}'>{e(c)}</th>" for c in page.columns)
    parts = [
        f"<h1>{e(page.title)}</h1>",
        f"<p>{e(page.subtitle)}</p>",
        f"<h3>{e(page.numbers)}</h3>",
        f"<table cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{cells}</table>",
    ]
    for heading, items in page.sections:
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        parts += [f"<li>{e(item)}</li>" for item in items]
        parts.append("</ul>")
    parts.append(f"<p><i>{e(page.footer)}</i></p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def brief_dict(brief: Brief) -> dict[str, object]:
    """The brief as JSON (`brief --json`, Save as JSON)."""
    return dataclasses.asdict(brief) | {
        "since": brief.since.isoformat(),
        "until": brief.until.isoformat(),
    }


def brief_json(brief: Brief) -> str:
    return json.dumps(brief_dict(brief), ensure_ascii=False, indent=2) + "\n"
