"""Measurements of the page the passes share: how wide a full line is."""
from __future__ import annotations

import bisect

from .document import BODY, REMOVED, Document, Line
from .marks import LINE_END_HYPHENS


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
    # the commonest length among the longer half of the lines: extractors
    # sometimes glue two lines into one, and those outliers must not set
    # the measure
    upper = lens[len(lens) // 2:]
    best, mode = 0, upper[-1]
    for x in sorted(set(upper)):
        tol = max(2, 0.04 * x)
        n = bisect.bisect_right(upper, x + tol) - bisect.bisect_left(upper, x - tol)
        if n > best:
            best, mode = n, x
    band = [y for y in lens if 0.85 * mode <= y <= 1.15 * mode]
    w = float(band[int(0.8 * (len(band) - 1))])
    cache[column] = w
    return w


def short_limit(doc: Document, column: int = 0) -> float:
    """A line shorter than this does not reach the right margin.

    Measured on lines known to run on (the next line starts in lower
    case, so the paragraph goes on): justified text fills them to within a
    few characters, ragged text less so. Without enough of them, 80 % of
    the full width."""
    cache = doc.layout.setdefault("_short", {})
    if column in cache:
        return cache[column]
    text = doc.text
    body = [ln for ln in doc.lines if ln.role == BODY and ln.column == column]
    width = full_width(doc, column)
    mids = sorted(a.end - a.start for a, b in zip(body, body[1:])
                  if text[b.start:b.start + 1].islower() and not b.blank_before
                  and 0.6 * width < a.end - a.start <= 1.2 * width and text[a.end - 1:a.end] not in LINE_END_HYPHENS)
    if len(mids) >= 12:
        limit = min(mids[len(mids) // 20] - 1, 0.95 * width)
        limit = max(limit, 0.6 * width)
    else:
        limit = 0.8 * width
    cache[column] = limit
    return limit


PARAGRAPH_LINE = 300  # no printed line is this long


def paragraph_per_line(doc: Document) -> bool:
    """Is most of the text in lines no page prints, a paragraph a line, as
    Markdown writers give it? Then line lengths and seams between blocks
    say nothing about the printed page."""
    cache = doc.layout.get("_paragraph_per_line")
    if cache is None:
        lengths = [ln.end - ln.start for ln in doc.lines if ln.role != REMOVED]
        cache = sum(n for n in lengths if n >= PARAGRAPH_LINE) * 2 >= sum(lengths) > 0
        doc.layout["_paragraph_per_line"] = cache
    return cache


def printed_tail(doc: Document, ln: Line) -> int:
    """The length of the last printed line inside `ln`. Extractors sometimes
    glue printed lines into one (pdftotext, after a hyphen it dropped): a
    line far longer than a full one holds several, and only the last of them
    can stop short of the margin. Past two printed lines the guess at where
    the last one starts is too rough: such a line counts as full."""
    n = ln.end - ln.start
    width = full_width(doc, ln.column)
    if 1.1 * width < n <= 2.1 * width:
        return n - int(width) - 1
    return n


def is_short(doc: Document, ln: Line, slack: float = 0.0) -> bool:
    """Does the line stop short of the right margin? `slack` (a share of
    the width) is room for an indent that shortened it."""
    return printed_tail(doc, ln) + slack * full_width(doc, ln.column) < short_limit(doc, ln.column)
