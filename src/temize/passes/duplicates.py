"""Passages the extractor emitted twice.

Extractors sometimes emit a page's tail (or a few lines of the first page)
a second time. A line long enough to be unlikely to recur by chance that
repeats an earlier line is a duplicate; short lines (a heading, a word) are
duplicates only inside a repeated run, i.e. when a neighbour is a duplicate
whose original sits next to this line's original. The first copy is kept.
Genuine text between or after the copies is untouched, since the decision
is made line by line.
"""
from __future__ import annotations

import re

from ..document import BODY, Document

NAME = "duplicates"
MIN_CHARS = 25
MIN_WORDS = 4
NEAR = 3
GAP = re.compile(r" {3,}")


def key(s: str) -> str:
    """The line with its white space folded (lines come stripped, so only
    runs inside need folding)."""
    return " ".join(s.split()) if "  " in s or "\t" in s else s


def run(doc: Document) -> None:
    lines = [ln for ln in doc.lines if ln.role == BODY]
    keys = [key(doc.line_text(ln)) for ln in lines]
    first: dict[str, int] = {}
    occurrences: dict[str, list[int]] = {}
    orig: dict[int, int] = {}  # copy index -> original index
    # the original is the copy that comes first in the source; reading order
    # can differ (a stray copy in the left column is read before the right
    # column that holds the original)
    for i in sorted(range(len(lines)), key=lambda i: lines[i].start):
        k = keys[i]
        occurrences.setdefault(k, []).append(i)
        if k in first:
            if len(k) >= MIN_CHARS and len(k.split()) >= MIN_WORDS or len(k) >= 40:
                orig[i] = first[k]
        else:
            first[k] = i
    # short lines inside a repeated run
    changed = True
    while changed:
        changed = False
        for i, k in enumerate(keys):
            if i in orig or first.get(k, i) == i:
                continue
            for j in occurrences[k]:
                if j == i:
                    break
                if _run_supports(orig, i, j):
                    orig[i] = j
                    changed = True
                    break
    # a copy of a two-column line, emitted away from its place so that the
    # gutter no longer lines up: each of its parts repeats a column's line
    for i, ln in enumerate(lines):
        if i in orig:
            continue
        t = doc.line_text(ln)
        if "   " not in t:
            continue
        parts = [p for p in GAP.split(t) if p.strip()]
        if len(parts) < 2:
            continue
        found = [first.get(key(p)) for p in parts]
        if all(f is not None and lines[f].start < ln.start for f in found):
            orig[i] = found[0]
    for i, j in sorted(orig.items()):
        o = lines[j]
        doc.remove_line(lines[i], "duplicate", NAME, copy_of=[o.start, o.end])


def _run_supports(orig: dict[int, int], i: int, j: int) -> bool:
    """Is line i (a repeat of line j) inside a repeated run? Its direct
    neighbour is a copy, or a near neighbour is the copy of a line near j."""
    if i - 1 in orig or i + 1 in orig:
        return True
    for d in (-2, 2):
        oi = orig.get(i + d)
        if oi is not None and abs(oi - (j + d)) <= NEAR:
            return True
    return False
