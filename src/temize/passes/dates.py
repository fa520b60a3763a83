"""Dates in each paragraph and footnote (see temize.knowledge.dates),
normalised to ISO 8601, with their source offsets."""
from __future__ import annotations

from ..document import Document
from ..knowledge.dates import extract_dates
from .citations import items

NAME = "dates"


def run(doc: Document) -> None:
    cited: list[tuple[int, int]] = sorted((a, b) for c in doc.citations for a, b in c["spans"])
    for block, pieces in items(doc):
        found = extract_dates(doc.render(pieces), doc.lang or "tr", citations=[])
        for d, spans in zip(found, doc.locate(pieces, [(d["start"], d["end"]) for d in found])):
            # a year inside a citation the citations pass found is no date
            if any(a <= s0 and e0 <= b for s0, e0 in spans for a, b in cited):
                continue
            doc.dates.append({
                "block": block, "text": d["text"], "value": d["value"], "calendar": d["calendar"],
                "spans": spans,
            })
