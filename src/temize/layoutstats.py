"""Measurements of the page the passes share: how wide a full line is."""
from __future__ import annotations

from .document import BODY, Document, Line


def full_width(doc: Document, column: int = 0) -> float:
    """The length of a full line of body text in this column (a high
    percentile of line lengths, so that short last lines do not pull it
    down)."""
    cache = doc.layout.setdefault("_width", {})
    if column in cache:
        return cache[column]
    lens = sorted(ln.end - ln.start for ln in doc.lines
                  if ln.role == BODY and ln.column == column and ln.end - ln.start > 15)
    if not lens:
        lens = sorted(ln.end - ln.start for ln in doc.lines if ln.end - ln.start > 15) or [80]
    w = float(lens[int(0.8 * (len(lens) - 1))])
    cache[column] = w
    return w


def is_short(doc: Document, ln: Line, ratio: float = 0.8) -> bool:
    return (ln.end - ln.start) < ratio * full_width(doc, ln.column)
