"""The lossless guarantee: any visible input character that no item and no
removal covers is recorded as an `unassigned` removal, so nothing is lost
silently. A healthy pipeline records none; the count is in `layout`."""
from __future__ import annotations

from ..document import Document, Removal

NAME = "audit"


def run(doc: Document) -> None:
    gaps = doc.unaccounted()
    for s, e in gaps:
        # one record per line, so each reads on its own
        pos = s
        for part in doc.text[s:e].split("\n"):
            stripped = part.strip()
            if stripped:
                a = pos + part.find(stripped)
                doc.removed.append(Removal(a, a + len(stripped), "unassigned", NAME))
            pos += len(part) + 1
    doc.layout["unassigned"] = len(gaps)
