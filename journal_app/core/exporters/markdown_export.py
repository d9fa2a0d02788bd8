"""Markdown: one file to read, or a folder with one file per entry and YAML front matter
(date, title, clients, tags, incidents) that Obsidian and static-site tools read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import atomic_folder, write_text
from ..leaks import file_check, folder_check
from .registry import Exporter, register
from .words import word

if TYPE_CHECKING:
    from .bundle import ExportBundle, ExportedEntry, ExportedIncident

_SLUG = re.compile(r"[^\w]+")


def incident_text(i: ExportedIncident, lang: str) -> str:
    parts = [
        i.occurred_at.strftime("%Y-%m-%d %H:%M"),
        i.client,
        i.kind_name,
        word(i.direction, lang),
        word(i.channel, lang),
        f"{word('severity', lang)} {i.severity}/5",
        word(i.response, lang),
    ]
    flags = [
        word(f, lang)
        for f, on in (("outside_hours", i.outside_hours), ("outside_channels", i.outside_channels))
        if on
    ]
    if i.version:  # the client's agreement changed over time: say which terms judged it
        since = i.version_since
        flags.append(
            word("agreement_since", lang).format(since.isoformat())
            if since
            else word("first_agreement", lang)
        )
    text = " · ".join(parts)
    if flags:
        text += f" ({', '.join(flags)})"
    return text + (f" — {i.note}" if i.note else "")


def ratings_text(e: ExportedEntry, lang: str) -> str:
    r = e.ratings
    pairs = (
        ("respect_client", r.respect_client),
        ("self_respect", r.self_respect),
        ("partnership", r.partnership),
    )
    return " · ".join(f"{word(k, lang)}: {v}/5" for k, v in pairs if v is not None)


def entry_markdown(e: ExportedEntry, lang: str, level: int = 2) -> str:
    h = "#" * level
    stamp = f"{e.date.isoformat()} {e.time.strftime('%H:%M')}"
    lines = [f"{h} {stamp} · {e.title or word('untitled', lang)}", ""]
    meta = []
    if e.clients:
        meta.append(f"**{word('clients', lang)}:** {', '.join(e.clients)}")
    if e.tags:
        meta.append(f"**{word('tags', lang)}:** {', '.join('#' + t for t in e.tags)}")
    if meta:
        lines += [" · ".join(meta), ""]
    if e.body.strip():
        lines += [e.body.rstrip(), ""]
    if e.incidents:
        lines += [f"{h}# {word('incidents', lang)}", ""]
        lines += [f"- {incident_text(i, lang)}" for i in e.incidents]
        lines.append("")
    if e.answers:
        lines += [f"{h}# {word('questions', lang)}", ""]
        for a in e.answers:
            lines += [f"**{a.question}**", ""]
            lines += ["> " + line if line else ">" for line in a.text.splitlines()]
            lines.append("")
    ratings = ratings_text(e, lang)
    if ratings:
        lines += [f"{h}# {word('ratings', lang)}", "", ratings, ""]
    return "\n".join(lines)


def cover_lines(bundle: ExportBundle) -> list[str]:
    lang = bundle.scope.lang
    lines = [f"# {word('title', lang)}", ""]
    lines.append(f"- {word('entries', lang)}: {len(bundle.entries)}")
    if bundle.entries:
        lines.append(f"- {word('period', lang)}: {bundle.first_date} – {bundle.last_date}")
    lines.append(f"- {word('chosen', lang)}: {'; '.join(bundle.chosen)}")
    lines.append(f"- {word('generated', lang)}: {bundle.generated_at.date().isoformat()}")
    lines.append(f"- {word('private_note', lang)}")
    if bundle.scope.pseudonymise:
        lines.append(f"- {word('pseudonymised', lang)}")
    return lines + [""]


def front_matter(e: ExportedEntry) -> str:
    """YAML written as JSON values, which every YAML 1.2 reader takes as they are."""

    def value(v: object) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines = [
        "---",
        f"date: {e.date.isoformat()}",
        f"time: {value(e.time.strftime('%H:%M'))}",
        f"title: {value(e.title)}",
        f"clients: {value(list(e.clients))}",
        f"tags: {value(list(e.tags))}",
    ]
    if e.incidents:
        lines.append("incidents:")
        for i in e.incidents:
            fields = {
                "at": i.occurred_at.strftime("%Y-%m-%d %H:%M"),
                "client": i.client,
                "kind": i.kind,
                "direction": i.direction,
                "channel": i.channel,
                "severity": i.severity,
                "response": i.response,
                "note": i.note,
            }
            lines.append("  - " + value(fields))
    else:
        lines.append("incidents: []")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def file_name(e: ExportedEntry, taken: set[str]) -> str:
    slug = _SLUG.sub("-", (e.title or "entry").casefold()).strip("-")[:50].strip("-") or "entry"
    base = f"{e.date.isoformat()}-{e.time.strftime('%H%M')}-{slug}"
    name, n = f"{base}.md", 2
    while name in taken:
        name, n = f"{base}-{n}.md", n + 1
    taken.add(name)
    return name


@register
class MarkdownExporter(Exporter):
    name = "md"
    extension = "md"
    label = "Markdown (one file)"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        lang = bundle.scope.lang
        parts = ["\n".join(cover_lines(bundle))]
        parts += [entry_markdown(e, lang) for e in bundle.entries]
        write_text(target, "\n---\n\n".join(parts), check=file_check(bundle, target))


@register
class MarkdownFolderExporter(Exporter):
    name = "md-folder"
    extension = ""
    label = "Markdown (a folder, one file per entry)"
    folder = True

    def write(self, bundle: ExportBundle, target: Path) -> None:
        lang = bundle.scope.lang
        taken: set[str] = set()
        with atomic_folder(target, folder_check(bundle, target)) as folder:
            for e in bundle.entries:
                text = front_matter(e) + entry_markdown(e, lang, level=1)
                (folder / file_name(e, taken)).write_text(text, encoding="utf-8")
