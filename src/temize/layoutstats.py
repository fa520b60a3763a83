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
    best, mode = _mode(upper)
    # a commoner length below it, of a quarter of all the lines: the
    # measure, where an extractor glued every line broken at a hyphen to
    # the next (PyMuPDF's dehyphenation) and the glued ones fill the longer half
    low_best, low_mode = _mode(lens)
    if low_mode < 0.75 * mode and low_best > best and low_best >= 0.25 * len(lens):
        mode = low_mode
    band = [y for y in lens if 0.85 * mode <= y <= 1.15 * mode]
    w = float(band[int(0.8 * (len(band) - 1))])
    cache[column] = w
    return w


def _mode(lens: list[int]) -> tuple[int, int]:
    """(how many, which) of the commonest length among sorted `lens`, give
    or take 4 %."""
    best, mode = 0, lens[-1]
    for x in sorted(set(lens)):
        tol = max(2, 0.04 * x)
        n = bisect.bisect_right(lens, x + tol) - bisect.bisect_left(lens, x - tol)
        if n > best:
            best, mode = n, x
    return best, mode


def local_measure(lengths: list[int], i: int) -> int | None:
    """The measure of the lines around line i (among its eight nearest),
    when they agree on one; else None. Extractors glue printed lines two or
    three at a time (pdftotext, at hyphens it dropped), so the measure is
    the length whose single, double and triple lines explain the most of
    them; at least two lines must have it themselves."""
    near = lengths[max(0, i - 4):i] + lengths[i + 1:i + 5]
    if len(near) < 6:
        return None
    best = None
    for m in set(near):
        if m < 15:
            continue
        single = sum(0.9 * m <= x <= m for x in near)
        if single < 2:
            continue
        explained = sum(any(abs(x - (k * m + k - 1)) <= 0.1 * k * m for k in (1, 2, 3)) for x in near)
        key = (explained, single)
        if best is None or key > best[0]:
            best = (key, m)
    if best is None or best[0][0] < len(near) // 2:
        return None
    return best[1]


# how far left of the text's edge (in characters of a layout reading) a
# line stands in the margin: the journal's name printed there
MARGIN_STEP = 10


def in_margin(indent: int, text_indent: int) -> bool:
    """Does a line indented `indent` stand in the margin, left of text
    indented `text_indent`?"""
    return text_indent >= MARGIN_STEP and indent + MARGIN_STEP <= text_indent


# a line whose tokens are this long on average lost its spaces (pypdf,
# pdfplumber on tightly set lines: "foritssimplicity,suchastemporal")
SPACELESS_TOKEN = 9
OTHER_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u202f"


def spaces_lost(text: str, start: int, end: int) -> bool:
    """Did the line text[start:end] lose its spaces? It then has few, very
    long tokens."""
    spaces = text.count(" ", start, end)
    if end - start < 30 or (end - start - spaces) / (spaces + 1) < SPACELESS_TOKEN:
        return False
    # spaces of other widths (no-break, thin) are spaces too; they are
    # rare, so they are only counted here
    spaces += sum(text.count(c, start, end) for c in OTHER_SPACES)
    return (end - start - spaces) / (spaces + 1) >= SPACELESS_TOKEN


def short_limit(doc: Document, column: int = 0) -> float:
    """A line shorter than this does not reach the right margin.

    Measured on lines known to run on (the next line starts in lower
    case, so the paragraph goes on): justified text fills them to within a
    few characters, ragged text less so. Without enough of them, 80 % of
    the full width."""
    cache = doc.layout.setdefault("_short", {})
    if column in cache:
        return cache[column]
    width = full_width(doc, column)
    mids = sorted(a.end - a.start for a in running_on(doc, column, 0.6, 1.2))
    if len(mids) >= 12:
        limit = min(mids[len(mids) // 20] - 1, 0.95 * width)
        limit = max(limit, 0.6 * width)
    else:
        limit = 0.8 * width
    cache[column] = limit
    return limit


def running_on(doc: Document, column: int, low: float, high: float) -> list[Line]:
    """Body lines whose paragraph goes on (the next line starts in lower
    case, with no white space between) and that end in no hyphen, of
    `low` to `high` full widths in characters: lines that reach the margin."""
    cache = doc.layout.setdefault("_running_on", {})
    found = cache.get(column)
    if found is None:
        text = doc.text
        body = [ln for ln in doc.lines if ln.role == BODY and ln.column == column]
        found = cache[column] = [a for a, b in zip(body, body[1:])
                                 if text[b.start:b.start + 1].islower() and not b.blank_before
                                 and text[a.end - 1:a.end] not in LINE_END_HYPHENS]
    width = full_width(doc, column)
    return [a for a in found if low * width < a.end - a.start <= high * width]


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


def printed_tail(doc: Document, ln: Line, three: bool = False) -> int:
    """The length of the last printed line inside `ln`. Extractors sometimes
    glue printed lines into one (pdftotext, after a hyphen it dropped): a
    line far longer than a full one holds several, and only the last of them
    can stop short of the margin. In three printed lines (where `three`),
    the guess at where the last one starts errs by a few letters a line: it
    is taken a tenth of a line long. Past that it is too rough: such a line
    counts as full."""
    n = ln.end - ln.start
    width = full_width(doc, ln.column)
    if 1.1 * width < n <= 2.1 * width:
        return n - int(width) - 1
    if three and 2.1 * width < n <= 3.1 * width:
        return n - 2 * int(width) - 2 + int(0.1 * width)
    return n


# a line this much wider than the measure, and by this many widths of an
# "n" at least, holds more than one printed line (justified lines' printed
# widths, as estimated, wander by 3 % or so, and more in narrow columns)
GLUED = 1.05
GLUED_MIN = 3


def glues_lines(doc: Document, column: int = 0) -> bool:
    """Did the extractor glue printed lines together (pdftotext, at the
    hyphens it drops)? Then some lines are far longer than a full one. In
    a text where none is, a line a little wider than the measure is only a
    wide one (ragged type, a line of capitals)."""
    cache = doc.layout.setdefault("_glues", {})
    if column not in cache:
        width = full_width(doc, column)
        cache[column] = sum(1 for ln in doc.lines if ln.role == BODY and ln.column == column
                            and 1.2 * width < ln.end - ln.start <= 2.2 * width) >= 3
    return cache[column]


def is_short(doc: Document, ln: Line, slack: float = 0.0) -> bool:
    """Does the line stop short of the right margin? `slack` (a share of
    the width) is room for an indent that shortened it. Measured in printed
    width where the document has enough full lines to set the measure, in
    characters otherwise and for lines holding more than one printed
    line."""
    if ln.end - ln.start <= 1.1 * full_width(doc, ln.column):
        measure, limit = printed_measure(doc, ln.column)
        if measure:
            width = printed_width(doc, ln)
            if width > max(GLUED * measure, measure + GLUED_MIN) and glues_lines(doc, ln.column):
                # wider than any full line: two printed lines glued at a
                # hyphen the extractor dropped, the second a short one
                width -= measure
            return width + slack * measure < limit
    return printed_tail(doc, ln, three=True) + slack * full_width(doc, ln.column) < short_limit(doc, ln.column)


# Printed width. Justified lines all have one physical width, but their
# character counts wander with the letters in them ("mmm" is wider than
# "iii"). Summing rough glyph advances (those of a common serif face, in
# 1/1000 em; proportional faces agree on which letters are wide) halves
# that wander, so a line that stops short of the margin shows better.
_ADVANCES = [("ijltı", 278), ("frI()[]-'`‘’/", 333), ("sJ", 389), ("acez\"“”", 444),
             ("bdghknopquvxy0123456789$#*_", 500), ("FPS", 556), ("ELTZ", 611), ("BCR", 667),
             ("ADGHKNOQUVXYw&", 722), ("m", 778), ("M%", 889), ("W", 944), (" .,", 250), (":;!|", 278),
             ("?", 444), ("@", 921),
             # no-break, narrow, thin, en and em spaces
             ("\u00a0\u202f", 250), ("\u2009\u200a", 167), ("\u2002", 500), ("\u2003", 1000)]


class _Advance(dict):
    """Glyph advance in twentieths of an em, as a one-byte character for
    str.translate (unknown letters: by their base letter or their case)."""

    def __missing__(self, code: int) -> str:
        import unicodedata
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1]
        w = _KNOWN.get(base)
        if w is None:
            w = 667 if ch.isupper() else 500 if ch.isalnum() else 333
        self[code] = v = chr(round(w / 50))
        return v


_KNOWN = {c: w for chars, w in _ADVANCES for c in chars}
_ADVANCE = _Advance()


def text_width(s: str) -> float:
    """Width of `s` in widths of an "n"."""
    return sum(s.translate(_ADVANCE).encode("latin-1")) / 10


def printed_width(doc: Document, ln: Line) -> float:
    return text_width(doc.text[ln.start:ln.end].strip())


def printed_measure(doc: Document, column: int = 0) -> tuple[float, float]:
    """(measure, short limit) in printed width: the width of full lines
    (those whose paragraph goes on below) and the width under which a line
    does not reach the margin; (0, 0) with too few such lines to tell."""
    cache = doc.layout.setdefault("_measure", {})
    if column in cache:
        return cache[column]
    mids = sorted(printed_width(doc, a) for a in running_on(doc, column, 0.8, 1.1))
    if len(mids) >= 12:
        res = (mids[int(0.9 * (len(mids) - 1))], mids[len(mids) // 20])
    else:
        res = (0.0, 0.0)
    cache[column] = res
    return res
