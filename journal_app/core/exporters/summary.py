"""The trend figures for an export's own entries, under the names the export uses (aliases
when pseudonymised), for the charts in the PDF."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..enums import Direction, Response

if TYPE_CHECKING:
    from .bundle import ExportBundle


@dataclass(frozen=True)
class ExportSummary:
    months: tuple[tuple[str, int, int], ...]  # (YYYY-MM, client crossed mine, I crossed theirs)
    by_client: tuple[tuple[str, int], ...]  # most incidents first
    responses: tuple[tuple[str, int], ...]  # in Response order

    @property
    def empty(self) -> bool:
        return not self.by_client


def summarise(bundle: ExportBundle) -> ExportSummary:
    months: dict[str, Counter[str]] = {}
    clients: Counter[str] = Counter()
    responses: Counter[str] = Counter()
    incidents = [i for e in bundle.entries for i in e.incidents]
    if incidents:
        first = min(i.occurred_at for i in incidents)
        last = max(i.occurred_at for i in incidents)
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):  # empty months show as gaps
            months[f"{year:04d}-{month:02d}"] = Counter()
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for i in incidents:
        months[i.occurred_at.strftime("%Y-%m")][i.direction] += 1
        clients[i.client] += 1
        responses[i.response] += 1
    return ExportSummary(
        months=tuple(
            (m, c[Direction.CLIENT.value], c[Direction.ME.value]) for m, c in months.items()
        ),
        by_client=tuple(sorted(clients.items(), key=lambda p: (-p[1], p[0].casefold()))),
        responses=tuple((r.value, responses[r.value]) for r in Response),
    )
