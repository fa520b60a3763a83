"""Dates in each paragraph and footnote (see temize.knowledge.dates),
normalised to ISO 8601, with their source offsets."""
from __future__ import annotations

import bisect
from itertools import accumulate

from ..document import Document
from ..knowledge.dates import extract_dates
from .citations import items

NAME = "dates"


def run(doc: Document) -> None:
    cited: list[tuple[int, int]] = sorted((a, b) for c in doc.citations for a, b in c["spans"])
    # a span [s0, e0) lies inside a citation's where, of the citations that
    # start at s0 or before, one ends at e0 or after: the furthest end of
    # those, looked up by bisection (a long text has thousands of both)
    starts = [a for a, _b in cited]
    furthest = list(accumulate((b for _a, b in cited), max))

    def inside_citation(s0: int, e0: int) -> bool:
        k = bisect.bisect_right(starts, s0) - 1
        return k >= 0 and furthest[k] >= e0

    for block, pieces in items(doc):
        found = extract_dates(doc.render(pieces), doc.lang or "tr", citations=[])
        for d, spans in zip(found, doc.locate(pieces, [(d["start"], d["end"]) for d in found])):
            # a year inside a citation the citations pass found is no date
            if any(inside_citation(s0, e0) for s0, e0 in spans):
                continue
            doc.dates.append({
                "block": block, "text": d["text"], "value": d["value"], "calendar": d["calendar"],
                "spans": spans,
            })
