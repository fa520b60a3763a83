"""Passages the extractor emitted twice.

Extractors sometimes emit a page's tail (or a few lines of the first page)
a second time. A line long enough to be unlikely to recur by chance that
repeats an earlier line is a duplicate; short lines (a heading, a word) are
duplicates only inside a repeated run, i.e. when a neighbour is a duplicate
whose original sits next to this line's original. The first copy is kept,
except where a single line was repeated out of place and the first copy is
the stray one: it breaks into a finished sentence or leaves one unfinished
where the later copy reads on (`_keep_the_copy_in_place`). Genuine text
between or after the copies is untouched, since the decision is made line
by line.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from ..casing import lower_tr
from ..document import BODY, Document, Line
from ..lexicon import best_zipf, lookup_langs, vocabulary
from ..marks import HYPHEN_CLASS, LINE_END_HYPHENS

NAME = "duplicates"
MIN_CHARS = 25
MIN_WORDS = 4
NEAR = 3
GAP = re.compile(r" {3,}")
FINISHED = (".", "!", "?", ":", ".”", '."', "?”", "!”")  # a line that ends a sentence
BROKEN_TAIL = re.compile(r"(\w+)[" + HYPHEN_CLASS + "]$")
HEAD = re.compile(r"\w+")
FIT_MARGIN = 2  # how much better the later copy must fit to be kept instead


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
    rank = {i: r for occ in occurrences.values() for r, i in enumerate(occ)}  # place among its copies
    # (down the lines and back up, until no run grows: a run grows both
    # ways, and a sweep one way only would take a sweep a line to grow it
    # back up a run of short lines)
    order = list(range(len(keys)))
    changed = True
    while changed:
        changed = False
        for i in order:
            if i in orig or first.get(keys[i], i) == i:
                continue
            j = _run_original(orig, keys, rank, occurrences[keys[i]], i)
            if j is not None:
                orig[i] = j
                changed = True
        order.reverse()
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
    _keep_the_copy_in_place(doc, lines, orig)
    for i, j in sorted(orig.items()):
        o = lines[j]
        doc.remove_line(lines[i], "duplicate", NAME, copy_of=[o.start, o.end])


def _keep_the_copy_in_place(doc: Document, lines: list[Line], orig: dict[int, int]) -> None:
    """A single line repeated out of place: keep the copy that continues
    the line before it and runs on into the line after, not a stray one
    that breaks into a finished sentence or leaves one unfinished. Only a
    first copy that stands alone (no neighbour repeated) can be the stray
    one; inside a repeated run the first copy is kept."""
    originals = set(orig.values())

    @lru_cache(maxsize=1)
    def words() -> Counter[str]:
        """The document's words, for the halves of a broken word (read here,
        copies and all: `doc.vocabulary()` is made once, after this pass)."""
        return vocabulary(doc.text)

    groups: dict[int, list[int]] = {}
    for i, j in orig.items():
        groups.setdefault(j, []).append(i)
    for j, copies in groups.items():
        if any(n in orig or n in originals for n in (j - 1, j + 1)):
            continue
        here = _fit(doc, lines, j, words)
        better = [i for i in sorted(copies, key=lambda i: lines[i].start)
                  if _fit(doc, lines, i, words) - here >= FIT_MARGIN]
        if better:
            keep = better[0]
            for i in copies + [j]:
                if i == keep:
                    del orig[i]
                else:
                    orig[i] = keep


def _fit(doc: Document, lines: list[Line], x: int, words: Callable[[], Counter[str]]) -> int:
    """How well line x sits between its neighbours: for each seam, +1 where
    it reads on (an unfinished line before a small letter, a finished one
    before a capital, a word broken at a hyphen whose halves make a word
    the document or the lexicon knows), -1 where it does not."""
    text = doc.line_text(lines[x])
    prev = None if x == 0 or lines[x].blank_before else doc.line_text(lines[x - 1])
    nxt = None if x + 1 >= len(lines) or lines[x + 1].blank_before else doc.line_text(lines[x + 1])
    return _seam(doc, prev, text, words) + _seam(doc, text, nxt, words)


def _seam(doc: Document, before: str | None, after: str | None, words: Callable[[], Counter[str]]) -> int:
    """+1 where `after` reads on from `before`, -1 where it does not, 0 where
    nothing tells (no line, or no letter opening `after`)."""
    if before is None or after is None or not after[:1].isalpha():
        return 0
    if before.endswith(LINE_END_HYPHENS) and after[0].islower():
        tail, head = BROKEN_TAIL.search(before), HEAD.match(after)
        if tail and head:
            word = lower_tr(tail.group(1) + head.group(0))
            known = words().get(word, 0) or best_zipf(word, lookup_langs(doc.lang)) > 0
            return 1 if known else -1
    finished = before.rstrip().endswith(FINISHED)
    if after[0].islower():
        return -1 if finished else 1
    return 1 if finished else (-1 if before.endswith(LINE_END_HYPHENS) else 0)


def _run_original(orig: dict[int, int], keys: list[str], rank: dict[int, int], copies: list[int],
                  i: int) -> int | None:
    """The earlier copy of line i that makes i part of a repeated run, if
    any: where i's direct neighbour is a copy, the first copy; else the
    first j whose near neighbour's copy is i's near neighbour (j sits
    within NEAR of where that neighbour's original puts it). (Only the
    lines near those originals are looked at: a line repeated thousands of
    times, "Ibid.", costs no more than one repeated twice.)"""
    if i - 1 in orig or i + 1 in orig:
        return copies[0] if copies[0] != i else None
    found = None
    for d in (-2, 2):
        oi = orig.get(i + d)
        if oi is None:
            continue
        for j in range(oi - d - NEAR, oi - d + NEAR + 1):
            if 0 <= j < len(keys) and keys[j] == keys[i] and rank[j] < rank[i] \
                    and (found is None or rank[j] < rank[found]):
                found = j
    return found
