"""An abstract whose text the extractor set below the page's furniture.

A journal that prints its abstract in a frame of its own (a box, a table
cell) may have it read after the rest of the page: the label stands over
nothing ("Öz" and then "1. Giriş"), and the abstract's text comes after the
page's running header or footer, ending in its keyword list. Such a label
gets its text back: on the label's own page, the lines between the page's
furniture and a keyword list of the label's language become the abstract.

The lines must hold as many words as an abstract does and no heading, and
sit on the label's page. What the label took in below itself (the next
page's number, or the body's first lines where no heading came between)
goes back to the body; the latter only where form feeds mark the pages,
and where the line above the furniture ends a sentence: an abstract that
the journal's name in the margin splits goes on across that line, and a
block that opens in lower case goes on from the text above it.
"""
from __future__ import annotations

import bisect

from ..document import ABSTRACT, BODY, KEYWORDS, REMOVED, Document, Line
from . import headings
from .front import MAX_ABSTRACT_WORDS
from .reading_order import FURNITURE

NAME = "displaced_abstracts"

MIN_WORDS = 20


def run(doc: Document) -> None:
    if not doc.abstracts or not doc.keywords:
        return
    lines = doc.lines
    by_group: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.role == ABSTRACT and ln.group is not None:
            by_group.setdefault(ln.group, []).append(ln)
    starts = [ln.start for ln in lines]
    claimed: set[int] = set()
    for group, abstract in enumerate(doc.abstracts):
        own = by_group.get(group, [])
        if not own:
            continue
        label = own[0]
        mine = {id(ln) for ln in own}
        for n, kl in enumerate(doc.keywords):
            if n in claimed or not kl.source or (abstract.lang and kl.lang and kl.lang != abstract.lang):
                continue
            k = _line_at(starts, kl.source[0][0])
            if lines[k].page != label.page:
                continue  # another page's list
            found = _block_above(doc, lines, k, label.page, mine)
            if not found:
                continue
            # what the label took in is the text under it: the next page's
            # number, or the body's first lines
            in_block = {id(x) for x in found}
            taken = [ln for ln in own if id(ln) not in in_block and (ln is not label or _has_text(doc, ln))]
            if not taken and all(id(ln) in mine for ln in found):
                break  # the abstract is its list's block already
            with_text = any(c.isalpha() for ln in taken for c in doc.line_text(ln))
            if _goes_on(doc, lines, found, with_text) or (with_text and not doc.layout.get("form_feeds")):
                # (without printed page breaks, text past a footer may be
                # the abstract's own run onto the next page)
                continue
            for ln in taken:
                ln.role, ln.group = BODY, None
            for ln in found:
                ln.role, ln.group = ABSTRACT, group
            claimed.add(n)
            doc.notes.append(f"{NAME}: lines {found[0].start}-{found[-1].end} are the text of the "
                             f"abstract labelled at {label.start}")
            break


def _goes_on(doc: Document, lines: list[Line], found: list[Line], after_text: bool) -> bool:
    """Does the block go on from the text above the furniture, as an
    abstract that a header line (the journal's name in the margin) split
    does: the block opens in lower case, or (where the label took text in)
    the line above the furniture stops short of a sentence's end?"""
    first = doc.line_text(found[0]).lstrip()
    if first[:1].islower():
        return True
    if not after_text:
        return False
    j = doc.line_index(found[0]) - 1
    while j >= 0 and lines[j].role == REMOVED:
        j -= 1
    if j < 0 or lines[j].page != found[0].page or lines[j].role not in (BODY, ABSTRACT):
        return False
    return not doc.line_text(lines[j]).rstrip().endswith((".", "!", "?", ":", "”", '"', ")"))


def _has_text(doc: Document, label: Line) -> bool:
    """Does the label's line hold text beyond the label (cut already)?"""
    return any(doc.text[p.start:p.end].strip() for p in doc.pieces_for(label.start, label.end))


def _line_at(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _block_above(doc: Document, lines: list[Line], k: int, page: int, mine: set[int]) -> list[Line] | None:
    """The body lines (or the abstract's own, ids in `mine`) right above
    lines[k] up to the page's furniture, on `page`, if they hold an
    abstract's worth of words and no heading."""
    found: list[Line] = []
    words = 0
    j = k - 1
    while j >= 0:
        ln = lines[j]
        if (ln.role == REMOVED and ln.reason in FURNITURE) or ln.role == KEYWORDS:
            # the page's furniture (not margin text: its pieces stand between
            # any page's lines), or the keyword list of the abstract before
            break
        if (ln.role != BODY and id(ln) not in mine) or ln.page != page or headings.heading_match(doc, ln):
            return None
        words += len(doc.line_text(ln).split())
        if words > MAX_ABSTRACT_WORDS:
            return None
        found.append(ln)
        j -= 1
    if j < 0 or words < MIN_WORDS:
        return None
    found.reverse()
    return found
