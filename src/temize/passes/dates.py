"""Dates in each paragraph and footnote (see temize.knowledge.dates),
normalised to ISO 8601, with their source offsets."""
from __future__ import annotations

from ..document import Document
from ..knowledge.dates import extract_dates
from .citations import items, source_spans

NAME = "dates"


def run(doc: Document) -> None:
    for block, pieces in items(doc):
        text, where = doc.render_map(pieces)
        for d in extract_dates(text, doc.lang or "tr"):
            doc.dates.append({
                "block": block, "text": d["text"], "value": d["value"], "calendar": d["calendar"],
                "spans": source_spans(doc.text, where, d["start"], d["end"]),
            })
