"""Two columns that the extractor set side by side with a single space
(pdfplumber's text, PDFBox's sorted text): "Replay can be described as
creating a fac- erence execution in its entirety; some se-".

No gap shows the gutter, but the left column's words broken at its margin
do: a hyphen, a space and the word's lower-case rest in the middle of a
line. Where such seams stand at one printed width (the column's measure),
the document's lines are cut where their left part fills that measure,
and each run of cut lines is read left column first. A run ends at a
page's furniture (a page number, a line that recurs), since these
extractors mark no page break.
"""
from __future__ import annotations

import bisect
from statistics import median

import regex

from ..document import BODY, Document, Line
from ..layoutstats import text_width
from .columns import read_in_turn
from .headers import is_page_no, template
from .reading_order import runs_on

NAME = "joined_columns"

# a word broken at the left column's margin, its rest opening the right
# column's line ("fac- erence"); "pre- and post-" is no seam
SEAM_END = regex.compile(r"\p{L}{2}-$")
SEAM = regex.compile(r"(?<=\p{L}{2})- (?=\p{Ll}{2,})(?!(?:and|or|to|und|oder|ve|veya|ile|et|ou)\b)")
MIN_SEAMS = 5
AGREE = 0.08      # how far a seam's printed width may stray from the measure
FIT = 0.05        # how closely a cut must fill the measure
LOOSE_FIT = 0.15  # the same, for a line about twice the measure near the seams
NEAR = 8          # lines around a cut that must hold a seam
RUN_GAP = 4       # uncut lines a run of cut lines may hold


def run(doc: Document) -> None:
    if doc.layout.get("columns", 1) != 1:
        return  # the columns pass found a gutter
    text = doc.text
    if text.count("- ") < MIN_SEAMS:
        return
    found = [m.start() for m in SEAM.finditer(text)]
    if len(found) < MIN_SEAMS:
        return
    body = [ln for ln in doc.lines if ln.role == BODY]
    by_start = sorted((ln.start, ln.end, k) for k, ln in enumerate(body))
    starts = [b[0] for b in by_start]
    seams: dict[int, float] = {}
    for at in found:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at + 4 < by_start[i][1]:
            ls, _le, k = by_start[i]
            seams[k] = text_width(text[ls:at + 1])
    if len(seams) < MIN_SEAMS:
        return
    measure = median(seams.values())
    if sum(abs(w - measure) <= AGREE * measure for w in seams.values()) < 0.6 * len(seams):
        return  # hyphens in running text at random places: one column
    near_seam = [False] * len(body)
    for s in seams:
        for k in range(max(0, s - NEAR), min(len(body), s + NEAR + 1)):
            near_seam[k] = True
    cuts = {}
    for k, ln in enumerate(body):
        if not near_seam[k]:
            continue  # (a full line of one column fills the measure by chance)
        cut = _cut(text, ln, measure, FIT)
        if cut is not None:
            cuts[k] = cut
    if len(cuts) < MIN_SEAMS:
        return
    # near the seams, a line about twice the measure long holds two parts
    # too, its word spaces stretched or squeezed more than most
    for k in range(len(body)):
        if k not in cuts and near_seam[k] and text_width(doc.line_text(body[k])) >= 1.75 * measure:
            cut = _cut(text, body[k], measure, LOOSE_FIT)
            if cut is not None:
                cuts[k] = cut
    # a line past the measure with no such cut: the left column's short
    # line (a paragraph's end) beside a full line of the right column (not
    # a running header, which recurs)
    recurring = _recurring(doc, body, cuts)
    for k in range(len(body)):
        if k not in cuts and k not in recurring and near_seam[k] \
                and text_width(doc.line_text(body[k])) >= 1.1 * measure:
            cut = _cut_before_full_right(text, body[k], measure, FIT)
            if cut is not None:
                cuts[k] = cut
    doc.lines = _reorder(doc, body, cuts, recurring, measure)
    doc.layout["columns"] = 2
    doc.layout["joined_columns"] = len(cuts)


def _cut(text: str, ln: Line, measure: float, fit: float) -> int | None:
    """The offset of the space between the two columns' parts of line ln,
    or None when no space leaves a left part that fills the measure (within
    `fit` of it) and a right part no wider than it."""
    s = text[ln.start:ln.end]
    if text_width(s) < 1.5 * measure:
        return None  # one column's line (a header, a heading)
    # the left column's paragraph ending short, at a full stop, beside a
    # full line of the right column (the right part would fill the measure
    # by taking the left column's last words too)
    short = _cut_before_full_right(text, ln, measure, fit)
    if short is not None and text[short - 1] in ".!?:":
        return short
    best = None
    pos = s.find(" ")
    while pos >= 0:
        left = text_width(s[:pos])
        if left > (1 + fit) * measure:
            break
        miss = abs(left - measure) / measure
        seam = pos > 0 and s[pos - 1] == "-" and s[pos + 1:pos + 2].islower()
        if miss <= (fit + 0.03 if seam else fit) and text_width(s[pos + 1:]) <= (1 + fit) * measure:
            score = miss - (0.05 if seam else 0.0)
            if best is None or score < best[0]:
                best = (score, pos)
        pos = s.find(" ", pos + 1)
    return ln.start + best[1] if best else None


def _cut_before_full_right(text: str, ln: Line, measure: float, fit: float) -> int | None:
    """The offset of the space before a right part that fills the measure
    (within `fit`) after a left part well short of it, or None."""
    s = text[ln.start:ln.end]
    best = None
    pos = s.rfind(" ")
    while pos > 0:
        right = text_width(s[pos + 1:])
        if right > (1 + fit) * measure:
            break
        miss = abs(right - measure) / measure
        if miss <= fit and text_width(s[:pos]) < (1 - 2 * fit) * measure and (best is None or miss < best[0]):
            best = (miss, pos)
        pos = s.rfind(" ", 0, pos)
    return ln.start + best[1] if best else None


def _recurring(doc: Document, body: list[Line], cuts: dict[int, int]) -> set[int]:
    """Indexes of the uncut lines whose shape (digits folded) recurs: the
    running headers and footers, which the headers pass names later."""
    shapes: dict[str, list[int]] = {}
    for k, ln in enumerate(body):
        if k not in cuts:
            shapes.setdefault(template(doc.line_text(ln)), []).append(k)
    return {k for ks in shapes.values() if len(ks) >= 2 for k in ks}


def _reorder(doc: Document, body: list[Line], cuts: dict[int, int], recurring: set[int],
             measure: float) -> list[Line]:
    """The document's lines with each run of cut lines read left parts
    first, then right parts. A run takes in the uncut lines within RUN_GAP
    lines before it and inside it, each to the column whose text it goes
    on into or out of (see _sides)."""
    index = {id(ln): k for k, ln in enumerate(body)}
    # the lines in order, each as its cut parts or alone (None: an edge);
    # a line the passes before set aside travels with the left column
    items: list[tuple[Line, Line] | Line | None] = []
    aside: set[int] = set()
    for ln in doc.lines:
        k = index.get(id(ln))
        cut = cuts.get(k) if k is not None else None
        if k is None:
            aside.add(len(items))
            items.append(ln)
        elif cut is not None:
            items.append((Line(ln.start, cut, indent=ln.indent, page=ln.page, column=0,
                               blank_before=ln.blank_before),
                          Line(cut + 1, ln.end, indent=0, page=ln.page, column=1)))
        elif k in recurring or is_page_no(doc.line_text(ln)):
            # a page's furniture (a page number, a line printed on every
            # page) ends a run: a page's columns end at its edge
            items.append(None)
        else:
            items.append(ln)
    in_run = _runs(items)
    sides = _sides(doc, items, in_run, aside, measure)
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for i, (ln, item) in enumerate(zip(doc.lines, items)):
        if not in_run[i]:
            read_in_turn(out, left, right)
            out.append(ln)
        elif isinstance(item, tuple):
            left.append(item[0])
            right.append(item[1])
        elif sides.get(i) == 1:
            right.append(Line(ln.start, ln.end, indent=0, page=ln.page, column=1))
        else:
            left.append(ln)
    read_in_turn(out, left, right)
    return out


def _runs(items: list) -> list[bool]:
    """Which items belong to a run of cut lines: the cut lines, and the
    uncut lines (no edge) among them or within RUN_GAP before them."""
    in_run = [isinstance(it, tuple) for it in items]
    cut_at = [i for i, it in enumerate(in_run) if it]
    for i in cut_at:
        j = i - 1
        while j >= 0 and i - j <= RUN_GAP and isinstance(items[j], Line) and not in_run[j]:
            j -= 1
        # lines between two cut lines, or before a run's first one
        if j >= 0 and in_run[j] or i - j <= RUN_GAP + 1:
            for m in range(j + 1, i):
                in_run[m] = True
    return in_run


def _sides(doc: Document, items: list, in_run: list[bool], aside: set[int], measure: float) -> dict[int, int]:
    """The column (0 left, 1 right) of each uncut line in a run. Bottom up,
    a line goes to the column whose next line it runs on into (a word
    broken at its end, or a full line without a stop, before a lower-case
    start; no wider than a column). A line that settles nothing so goes on
    the right column's open sentence where the left column's is finished,
    else stays left."""
    sides: dict[int, int] = {}
    nxt: list[str | None] = [None, None]
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        if i in aside:
            continue
        if not in_run[i]:
            nxt = [None, None]
            continue
        if isinstance(it, tuple):
            nxt = [doc.line_text(it[0]), doc.line_text(it[1])]
            continue
        t = doc.line_text(it)
        into = [n is not None and _goes_into(t, n, measure) for n in nxt]
        if into[1] and not into[0]:
            sides[i] = 1
            nxt[1] = t
        elif into[0]:
            sides[i] = 0
            nxt[0] = t
    prev: list[str | None] = [None, None]
    for i, it in enumerate(items):
        if i in aside:
            continue
        if not in_run[i]:
            prev = [None, None]
        elif isinstance(it, tuple):
            prev = [doc.line_text(it[0]), doc.line_text(it[1])]
        else:
            t = doc.line_text(it)
            if i not in sides:
                sides[i] = int(t[:1].islower() and prev[1] is not None and runs_on(prev[1])
                               and not (prev[0] is not None and runs_on(prev[0])))
            prev[sides[i]] = t
    return sides


def _goes_into(t: str, nxt: str, measure: float) -> bool:
    """Does line t's sentence run on into line nxt: a lower-case start
    after a word broken at t's end, or after a full line with no stop (a
    short one ends a paragraph, or is a title)?"""
    if not nxt[:1].islower():
        return False
    width = text_width(t)
    if width > (1 + LOOSE_FIT) * measure:
        return False  # wider than a column: a line across the page
    return SEAM_END.search(t) is not None or runs_on(t) and width >= (1 - LOOSE_FIT) * measure
