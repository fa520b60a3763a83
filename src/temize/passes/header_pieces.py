"""Pieces of a running header standing at a page's edge: OCR reads a
header printed sideways in the margin in chunks ("d Physics - 2016" /
"ers in Applie" / "Let"), or cuts a header short at the page's edge
("Annals of Physical Rese").

A line is such a piece when its text stands inside a running header that
the headers pass found (white space folded) and cuts one of that header's
words or numbers at either end, or opens or closes on its comma, or holds
its numbers with their commas and brackets ("25, No. 4 (2010)"): a section
title that happens to be a header's word ("History" in "Journal of Social
History") does not. The pieces go only where a run of them, blank lines
aside, touches a page's edge: furniture, a page number, a page break or
the document's start or end.

A layout reading sets the margin's sideways header as its first words
("Letters in", "Letters") far left of the text, mid-page: whole words of a
header standing there on two pages or more are margin text too.
"""
from __future__ import annotations

import bisect
from collections import Counter
from itertools import accumulate

from ..document import BODY, REMOVED, Document, Line
from ..layoutstats import in_margin

NAME = "header_pieces"

MIN_PIECE = 3  # letters or digits a piece holds at the least
PIECE_PUNCTUATION = ",;:"
NUMBER_MARKS = ",()"  # "25, No. 4 (2010)"
EDGE_REASONS = ("running-header", "page-number", "margin-text", "article-info")


def run(doc: Document) -> None:
    # (in the document's order, so that a piece names the same header on every run)
    heads = [h for h in dict.fromkeys(" ".join(doc.line_text(ln).split()) for ln in doc.lines
                                      if ln.role == REMOVED and ln.reason == "running-header") if len(h) > MIN_PIECE]
    if not heads:
        return
    longest = max(map(len, heads))
    index = _Heads(heads)
    lines = doc.lines
    k = 0
    while k < len(lines):
        # a run of pieces on one page, each with the header it is cut from
        run_heads: list[str] = []
        j = k
        while j < len(lines) and (j == k or lines[j].page == lines[k].page) \
                and (head := _piece_of(doc, lines[j], index, longest)):
            run_heads.append(head)
            j += 1
        if not run_heads:
            k += 1
            continue
        if _at_edge(doc, lines, k - 1, lines[k]) or _at_edge(doc, lines, j, lines[j - 1]):
            for ln, head in zip(lines[k:j], run_heads):
                doc.remove_line(ln, "running-header", NAME, piece_of=head)
        k = j
    _margin_words(doc, heads)


def _margin_words(doc: Document, heads: list[str]) -> None:
    """Whole words of a running header standing far left of the text's
    left edge on two lines or more: the margin's sideways header."""
    body = [ln for ln in doc.lines if ln.role == BODY]
    indents = Counter(ln.indent for ln in body)
    if not indents:
        return
    edge = indents.most_common(1)[0][0]
    found = []
    for ln in body:
        if not in_margin(ln.indent, edge):
            continue
        t = " ".join(doc.line_text(ln).split())
        head = next((h for h in heads if _words_of(t, h)), None)
        if head is not None:
            found.append((ln, head))
    # (a word as short as "of" goes with the others, never on its own)
    if sum(sum(c.isalpha() for c in doc.line_text(ln)) >= MIN_PIECE for ln, _h in found) >= 2:
        for ln, head in found:
            doc.remove_line(ln, "margin-text", NAME, piece_of=head)


def _words_of(t: str, h: str) -> bool:
    """Is `t` one or more whole words of `h`?"""
    at = h.find(t)
    while at >= 0:
        end = at + len(t)
        if (at == 0 or not h[at - 1].isalnum()) and (end == len(h) or not h[end].isalnum()):
            return True
        at = h.find(t, at + 1)
    return False


class _Heads:
    """The headers in one string, in the document's order, so that a line
    is looked for in all of them at once (a long document may have many)."""

    def __init__(self, heads: list[str]):
        self.heads = heads
        self.text = "\n".join(heads)  # (no folded line holds a newline)
        self.starts = list(accumulate([0] + [len(h) + 1 for h in heads[:-1]]))

    def found(self, t: str):
        """(header, where in it) of each place `t` stands in a header."""
        at = self.text.find(t)
        while at >= 0:
            k = bisect.bisect_right(self.starts, at) - 1
            yield self.heads[k], at - self.starts[k]
            at = self.text.find(t, at + 1)


def _piece_of(doc: Document, ln: Line, heads: _Heads, longest: int) -> str | None:
    """The running header line `ln` is a cut piece of, or None (`longest`:
    the longest header's length)."""
    if ln.role != BODY or ln.end - ln.start > longest:
        return None
    t = " ".join(doc.line_text(ln).split())
    if sum(c.isalnum() for c in t) < MIN_PIECE:
        return None
    for h, at in heads.found(t):
        if t == h:
            continue
        end = at + len(t)
        # a word or a number cut at either end of the piece, or a piece
        # no title looks like: opening or closing on the header's comma,
        # or holding its numbers with their commas and brackets
        if (at and h[at - 1].isalnum() and t[0].isalnum()) or (end < len(h) and h[end].isalnum()
                                                                 and t[-1].isalnum()) \
                or t[0] in PIECE_PUNCTUATION or t[-1] in PIECE_PUNCTUATION \
                or (any(c.isdigit() for c in t) and any(c in NUMBER_MARKS for c in t)):
            return h
    return None


def _at_edge(doc: Document, lines: list[Line], k: int, beside: Line) -> bool:
    """Is line k (just outside a run that ends or starts with `beside`) a
    page's edge: furniture, another page, or past the document's ends?"""
    if k < 0 or k >= len(lines):
        return True
    ln = lines[k]
    if ln.role == BODY and ln.end - ln.start <= 4 and doc.line_text(ln).isdigit():
        return True  # a page number, which the page_numbers pass takes later
    return ln.page != beside.page or (ln.role == REMOVED and ln.reason in EDGE_REASONS)
