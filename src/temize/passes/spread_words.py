"""Words of a widely spaced line, which the extractor set one to a line.

Where justification stretches a line's gaps far enough, some extractors
(PyMuPDF among them) take each word for a line of its own: "fevkinde" /
"bir" / "kuvvetimiz" / "vardır" / "ki," … Each such word is then a short
line, and a short line before a capital reads as a paragraph's end. This
pass marks the words of such runs as parts of one printed line
(`Line.joins_previous`), which the footnotes, headings and paragraphs
passes honour.

Only a document that shows the pattern again and again is touched: a few
lone words in a row are also a list, a table's column or a title set
apart, and those stay as they are.
"""
from __future__ import annotations

import regex

from ..document import BODY, Document, Line

NAME = "spread_words"

LONE_WORD = regex.compile(r"\S{1,40}")
HAS_LETTER = regex.compile(r"\p{L}")
RUN = 3  # lone words in a row that show the pattern
MIN_RUNS = 3  # such runs a document needs before any run is joined
MIN_WORDS = 15  # and lone words in them


def _lone_word(doc: Document, ln: Line) -> bool:
    return LONE_WORD.fullmatch(doc.text, ln.start, ln.end) is not None \
        and HAS_LETTER.search(doc.text, ln.start, ln.end) is not None


def runs(doc: Document) -> list[list[Line]]:
    """Runs of two or more lone-word body lines in a row, on one page and
    in one column, with no white space or removed line between."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in doc.lines:
        if ln.role != BODY:
            continue
        if not _lone_word(doc, ln):
            if len(cur) >= 2:
                out.append(cur)
            cur = []
            continue
        if cur:
            prev = cur[-1]
            if ln.blank_before or ln.page != prev.page or ln.column != prev.column or doc.apart(prev.end, ln.start):
                if len(cur) >= 2:
                    out.append(cur)
                cur = []
        cur.append(ln)
    if len(cur) >= 2:
        out.append(cur)
    return out


def run(doc: Document) -> None:
    found = runs(doc)
    long_runs = [r for r in found if len(r) >= RUN]
    if len(long_runs) < MIN_RUNS or sum(len(r) for r in long_runs) < MIN_WORDS:
        return
    for r in found:
        for ln in r[1:]:
            ln.joins_previous = True
    doc.layout["_spread_words"] = True
