"""Page numbers: lines holding only a number (or "Page 12", "- 12 -"), and
scraps of punctuation standing alone at a page's edge.

Kept when they stand apart (white space, a page break or removed furniture
around them) or when several of them climb through the document, as pypdf
prints them with no white space at all; where they climb, a number that
stands apart far from every other is text. Runs after the footnote pass, so a
footnote number printed alone on its line has been claimed already.
"""
from __future__ import annotations

import regex

from ..document import BODY, REMOVED, Document, Line
from .headers import PAGE_NO, at_edge_factory, is_page_no

NAME = "page_numbers"

SCRAP = regex.compile(r"^[^\p{L}\p{N}\s]{1,3}$")
YEARS = (1800, 2100)
PAGE_REACH = 3  # how far apart two page numbers of one document may be at least once


def run(doc: Document) -> None:
    with doc.abstracts_as_text():
        _find_numbers(doc)


def _find_numbers(doc: Document) -> None:
    lines = doc.lines
    pages: list[str] = []
    body = [ln for ln in lines if ln.role == BODY]
    at_edge = at_edge_factory(doc, body)
    index = {id(ln): k for k, ln in enumerate(lines)}
    cands = [ln for ln in body if is_page_no(doc.line_text(ln))]
    values = {}
    for ln in cands:
        m = PAGE_NO.match(doc.line_text(ln))
        v = m.group(1)
        values[id(ln)] = int(v) if v.isdigit() else None
    accepted: set[int] = set()
    for ln in cands:
        if at_edge(ln) or _next_to_removed(lines, index[id(ln)]):
            accepted.add(id(ln))
    # numbers that climb through the document are page numbers even without
    # white space around them (pypdf prints none)
    numeric = [ln for ln in cands if values[id(ln)] is not None]
    climbing: set[int] = set()
    for a, b in zip(numeric, numeric[1:]):
        va, vb = values[id(a)], values[id(b)]
        if 0 < vb - va <= 2:
            climbing.update((id(a), id(b)))
    accepted |= climbing
    # where some pages climb, a number of two digits or more that stands
    # apart with no other page number near it is text: a reference's issue
    # or page ("IAU Circ." + "3609") that an extractor setting blank lines
    # between blocks printed alone (a lone digit or a year is rather a shred
    # of margin text, and stays furniture)
    if climbing:
        kept = [values[id(ln)] for ln in numeric if id(ln) in accepted]

        def alone(v: int) -> bool:
            near = sum(abs(w - v) <= PAGE_REACH for w in kept)  # itself included
            return v >= 10 and not YEARS[0] <= v <= YEARS[1] and near < 2

        accepted -= {id(ln) for ln in numeric
                     if id(ln) in accepted and id(ln) not in climbing and alone(values[id(ln)])}
    for ln in cands:
        if id(ln) in accepted:
            pages.append(doc.line_text(ln).strip(" -–—"))
            doc.remove_line(ln, "page-number", NAME)
    pages += _glued_numbers(doc, [ln for ln in numeric if id(ln) in accepted], values, index)
    # a scrap of punctuation alone at a page edge (a bracket left over from
    # shredded margin text, "(2010)" losing its digits to the page number)
    for ln in body:
        if ln.role == BODY and ln.end - ln.start <= 3 and SCRAP.match(doc.line_text(ln)) \
                and (at_edge(ln) or _next_to_removed(lines, index[id(ln)])):
            doc.remove_line(ln, "scrap", NAME)

    seen = list(doc.metadata.get("pages") or [])
    known = set(seen)
    for p in pages:
        m = PAGE_NO.match(p)
        p = m.group(1) if m else p
        if p not in known:
            seen.append(p)
            known.add(p)
    if all(p.isdigit() for p in seen):
        seen.sort(key=int)
    doc.metadata["pages"] = seen


def _glued_numbers(doc: Document, found: list[Line], values: dict[int, int | None],
                   index: dict[int, int]) -> list[str]:
    """Page numbers missing from the sequence (250, 252: where is 251?) that
    pdftotext glued to the end of the page's last line. It does so when that
    line ends in a broken word: it drops the hyphen and takes the number for
    the word's rest ("Sam-" -> "Sam251"). The number goes; the line is marked
    so that the word is joined with its rest on the next page. The first
    page's number, before the first one found, is sought the same way."""
    out: list[str] = []
    lines = doc.lines
    spans = [(a, b, values[id(a)], values[id(b)]) for a, b in zip(found, found[1:])]
    if found and (first := values[id(found[0])]) is not None:
        # before the first number found, from the text's start: one number
        # may be missing there, the first page's
        spans.insert(0, (None, found[0], first - 2, first))
    for a, b, va, vb in spans:
        if va is None or vb is None or not 2 <= vb - va <= 4:
            continue
        lo, hi = (index[id(a)] if a is not None else -1), index[id(b)]
        for missing in range(va + 1, vb):
            label = str(missing)
            for k in range(hi - 1, lo, -1):
                ln = lines[k]
                if ln.role != BODY:
                    continue
                t = doc.line_text(ln)
                if t.endswith(label) and len(t) > len(label) and t[-len(label) - 1].isalpha() \
                        and _at_page_foot(lines, k):
                    s = ln.end - len(label)
                    doc.remove_span(s, ln.end, "page-number", NAME, glued=True)
                    ln.hyphen_lost = True
                    out.append(label)
                    hi = k
                    break
    return out


def _at_page_foot(lines: list[Line], k: int) -> bool:
    """Nothing but removed furniture between line k and the next page."""
    for ln in lines[k + 1:k + 8]:
        if ln.page != lines[k].page:
            return True
        if ln.role != REMOVED:
            return False
        if ln.reason in ("running-header", "page-number", "margin-text"):
            return True
    return False


def _next_to_removed(lines: list[Line], k: int) -> bool:
    return (k > 0 and lines[k - 1].role == REMOVED) or (k + 1 < len(lines) and lines[k + 1].role == REMOVED)
