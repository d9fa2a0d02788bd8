"""One self-contained HTML file: styles inline, no scripts, nothing fetched. Entry text is
Markdown rendered with raw HTML escaped, so nothing in an entry can run in a browser.
The PDF exporter lays out the same document."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from ..files import write_text
from ..leaks import file_check
from .markdown_export import incident_text, ratings_text
from .registry import Exporter, register
from .words import word

if TYPE_CHECKING:
    from .bundle import ExportBundle, ExportedEntry

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; line-height: 1.45;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1f2328; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.meta { color: #59636e; font-size: 0.9em; }
.cover p { margin: 0.2em 0; }
ul.incidents li { margin-bottom: 0.3em; }
blockquote { border-left: 3px solid #d0d7de; margin-left: 0; padding-left: 1em; color: #3d444d; }
hr { border: none; border-top: 1px solid #d0d7de; margin: 2em 0; }
"""

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("strikethrough")


def markdown_html(text: str) -> str:
    return _md.render(text)


def cover_html(bundle: ExportBundle) -> str:
    lang = bundle.scope.lang
    esc = html.escape
    rows = [f"<h1>{esc(word('title', lang))}</h1>"]
    rows.append(f"<p>{esc(word('entries', lang))}: {len(bundle.entries)}</p>")
    if bundle.entries:
        rows.append(f"<p>{esc(word('period', lang))}: {bundle.first_date} – {bundle.last_date}</p>")
    rows.append(f"<p>{esc(word('generated', lang))}: {bundle.generated_at.date().isoformat()}</p>")
    if bundle.clients:
        names = ", ".join(c.name for c in bundle.clients)
        rows.append(f"<p>{esc(word('clients', lang))}: {esc(names)}</p>")
    rows.append(f"<p class='meta'>{esc(word('private_note', lang))}</p>")
    if bundle.scope.pseudonymise:
        rows.append(f"<p class='meta'>{esc(word('pseudonymised', lang))}</p>")
    rows.append(f"<p class='meta'>{esc(word('quoted_from', lang))}: {esc(bundle.attribution)}</p>")
    return "<div class='cover'>" + "\n".join(rows) + "</div>"


def entry_html(e: ExportedEntry, lang: str) -> str:
    esc = html.escape
    title = e.title or word("untitled", lang)
    parts = [f"<h2>{esc(title)}</h2>"]
    meta = [f"{e.date.isoformat()} {e.time.strftime('%H:%M')}"]
    if e.clients:
        meta.append(f"{word('clients', lang)}: {', '.join(e.clients)}")
    if e.tags:
        meta.append(f"{word('tags', lang)}: {', '.join('#' + t for t in e.tags)}")
    parts.append(f"<p class='meta'>{esc(' · '.join(meta))}</p>")
    if e.body.strip():
        parts.append(markdown_html(e.body))
    if e.incidents:
        parts.append(f"<h3>{esc(word('incidents', lang))}</h3><ul class='incidents'>")
        parts += [f"<li>{esc(incident_text(i, lang))}</li>" for i in e.incidents]
        parts.append("</ul>")
    if e.answers:
        parts.append(f"<h3>{esc(word('questions', lang))}</h3>")
        for a in e.answers:
            body = esc(a.text).replace("\n", "<br>")
            parts.append(f"<p><b>{esc(a.question)}</b></p><blockquote>{body}</blockquote>")
    ratings = ratings_text(e, lang)
    if ratings:
        parts.append(f"<h3>{esc(word('ratings', lang))}</h3><p>{esc(ratings)}</p>")
    return "\n".join(parts)


def document_html(bundle: ExportBundle, extra: str = "", page_breaks: bool = False) -> str:
    """The whole document; `extra` goes after the cover. With `page_breaks` (print) the
    cover, the extra part and the entries each start a page."""
    lang = bundle.scope.lang
    sections = [cover_html(bundle), extra] if extra else [cover_html(bundle)]
    entries = [entry_html(e, lang) for e in bundle.entries]
    if page_breaks:
        first = "<div style='page-break-before: always'></div>"
        body = "\n".join([*sections, first, "\n<hr>\n".join(entries)])
    else:
        body = "\n<hr>\n".join([*sections, *entries])
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(word('title', lang))}</title>"
        f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )


@register
class HtmlExporter(Exporter):
    name = "html"
    extension = "html"
    label = "HTML (one self-contained file)"

    def write(self, bundle: ExportBundle, target: Path) -> None:
        write_text(target, document_html(bundle), check=file_check(bundle, target))
