"""How a brief is given (`brief`, `review brief`): printed as Markdown, as JSON, or written
as PDF or Markdown to a file. Shared by the ordinary path and the quick one (cli/quick.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from . import output

if TYPE_CHECKING:
    from ..core.review.brief import Brief


def give_brief(brief: Brief, args: argparse.Namespace, lang: str) -> None:
    from ..core.review.brief_page import brief_dict, brief_markdown, brief_page

    if args.json:
        output.print_json(brief_dict(brief))
        return
    page = brief_page(brief, lang)
    if args.format is None:
        if args.out:
            raise ValidationError("brief --out FILE needs --format pdf or md.")
        print(brief_markdown(page), end="")
        return
    if not args.out:
        raise ValidationError(f"brief --format {args.format} needs --out FILE.")
    out = Path(args.out).expanduser()
    if args.format == "pdf":
        from ..pdf.brief_pdf import write_brief_pdf  # Qt is loaded only for PDF

        write_brief_pdf(page, out)
    else:
        from ..core.files import write_text

        write_text(out, brief_markdown(page))
    print(f"Brief written to {out}.")
