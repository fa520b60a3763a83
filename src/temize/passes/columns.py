"""Two-column text from `pdftotext -layout`: find the gutter, read the columns
in order.

In layout mode each printed line holds the left column's line, a run of
spaces, and the right column's line. We look for a character position that,
on many lines, falls inside a run of three or more spaces with text on both
sides: the gutter. Each line is then cut there into a left and a right part,
and within each stretch of two-column lines (ended by a full-width line) all
left parts are read before all right parts. A page whose few gapped lines
cannot vote (a first page mostly title and abstract, a last page with a
few right-column lines set half a line off) takes another page's gutter
where its gapped and far-indented lines agree with it.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from ..document import Document, Line

NAME = "columns"

MIN_GAP = 3
GUTTER_WANDER = 8  # how far a line's column gap may sit from the page's gutter
OVERHANG = 12  # how far past the gutter a left column's line may reach
MIN_COLUMN_LINES = 20  # lines that must show a wandering gutter where full-width ones abound
MIN_FRONT_COLUMN_LINES = 8  # lines that must show a gutter under a long full-width front
# the share of lines whose text may cross the channel between columns of
# words set far apart (a wide header, a title): by chance no place in one
# column of such lines stays this clear
CHANNEL_CROSSING = 0.1
WORD_START = re.compile(r"(?<!\S)\S")
WORD_SPACE = re.compile(r"(?<=\S) (?=\S)")
NEAR_GAP = re.compile(r"(?<=\S) {%d,}(?=\S)" % MIN_GAP)


_GAP = re.compile(r"(?<=\S) {%d,}(?=\S)" % MIN_GAP)


def _gaps(raw: str) -> list[tuple[int, int]]:
    """Runs of >= MIN_GAP spaces strictly inside the line's text."""
    return [m.span() for m in _GAP.finditer(raw)]


def _raw(doc: Document, ln: Line) -> tuple[str, int]:
    """The source line holding `ln` and where that line starts."""
    text = doc.text
    ls = text.rfind("\n", 0, ln.start) + 1
    ff = text.rfind("\f", ls, ln.start)
    if ff >= 0:
        ls = ff + 1
    return text[ls:ln.end], ls


def _spread(raw: str) -> bool:
    """Is this line set with wide spaces between most of its words (a
    layout reading at a fixed pitch, justified type)? Its gaps are word
    spaces, not a gutter."""
    if raw.count("   ") < 2:
        return False  # (a cheap test first: two wide gaps at the least)
    gaps = len(raw.split()) - 1
    return gaps >= 4 and len(_GAP.findall(raw)) * 2 >= gaps


def find_gutter(raws: list[str]) -> int | None:
    """The column position of the gutter in these lines, or None."""
    # where many lines set their words far apart (a layout reading at a
    # fixed pitch), every gap looks like a gutter: the gutter is then the
    # channel that no line's text crosses
    wide_spread = sum(len(r) >= 40 and _spread(r) for r in raws)
    if wide_spread * 3 >= sum(len(r) >= 40 for r in raws):
        return _channel(raws)
    votes: Counter[int] = Counter()
    wide = 0
    for raw in raws:
        if len(raw) < 40:
            continue
        wide += 1
        for a, b in _gaps(raw):
            # only gaps away from the line's left edge can be a gutter
            if a < 20:
                continue
            for x in range(a + 1, b - 1):
                votes[x] += 1
    if not votes or wide < 6:
        return _offset_gutter(raws) if wide >= 6 else None
    pos, count = votes.most_common(1)[0]
    if count < max(5, 0.3 * wide):
        return _wandering_gutter(raws, wide) or _offset_gutter(raws) or _columns_under_front(raws, pos, count)
    # the middle of the run of best-voted positions
    best = [x for x, c in votes.items() if c >= 0.9 * count]
    near = sorted(x for x in best if abs(x - pos) <= 6)
    return near[len(near) // 2]


def _columns_under_front(raws: list[str], pos: int, count: int) -> int | None:
    """`pos`, where few of the page's lines show a gap but nearly all that
    do show it there, and both sides of it hold lines of prose: a first
    page whose columns sit under a long full-width front (title,
    abstracts), when no other page's gutter fits it (a reading that scales
    each page on its own). A table's cells, short on the left, are none."""
    gapped = [raw for raw in raws if len(raw) >= 40 and any(a >= 20 for a, _b in _gaps(raw))]
    at = [raw for raw in gapped if len(raw) > pos and raw[pos - 1:pos + 1] == "  "]
    if count < MIN_FRONT_COLUMN_LINES or len(at) < 0.8 * len(gapped):
        return None
    edge = Counter(len(r) - len(r.lstrip()) for r in at).most_common(1)[0][0]
    lefts = sorted(len(r[:pos].rstrip()) - edge for r in at)
    rights = sorted(len(r[pos:].strip()) for r in at)
    if lefts[len(lefts) // 2] < 0.6 * (pos - edge) or rights[len(rights) // 2] < 25:
        return None
    return pos


def _right_column_starts(raws: list[str]) -> int | None:
    """The gutter of a page whose two columns' lines mostly ran together
    (see `_ColumnShape`), in a text whose other pages show columns: many
    lines of prose start at one column far in (the right column's lines
    beside a left column's heading or blank), and at least as many end
    before it (the left column's, beside a blank)."""
    texts = [r.rstrip() for r in raws if len(r.strip()) >= 20]
    if not texts:
        return None
    left_edge = Counter(len(r) - len(r.lstrip()) for r in texts).most_common(1)[0][0]
    starts = Counter(len(r) - len(r.lstrip()) for r in texts if len(r) - len(r.lstrip()) >= left_edge + 30)
    if not starts:
        return None
    col, n = starts.most_common(1)[0]
    n += starts[col - 1] + starts[col + 1]
    ending = sum(len(r) - len(r.lstrip()) <= left_edge + 4 and 30 <= len(r) < col - 1 for r in texts)
    if n < MIN_FRONT_COLUMN_LINES or n < 0.15 * len(texts) or ending < n:
        return None
    return col - 1


def _channel(raws: list[str]) -> int | None:
    """The gutter of lines whose words stand far apart: a position that
    (nearly) no line's text crosses, with text left of it on half the wide
    lines or more and right of it on as many."""
    texts = [r.rstrip() for r in raws if len(r.strip()) >= 40]
    if len(texts) < 12:
        return None
    left_edge = Counter(len(r) - len(r.lstrip()) for r in texts).most_common(1)[0][0]
    scores: dict[int, tuple[int, int]] = {}
    for x in range(left_edge + 20, max(map(len, texts)) - 15):
        crossing = sum(r[x - 1:x + 2].strip() != "" for r in texts)
        if crossing > CHANNEL_CROSSING * len(texts):
            continue
        # (where the columns' lines sit half a line apart, many lines hold
        # text on one side only)
        left = sum(r[:x].strip() != "" for r in texts)
        right = sum(r[x + 2:].strip() != "" for r in texts)
        if min(left, right) >= 0.5 * len(texts):
            scores[x] = (min(left, right) - crossing, -crossing)
    if not scores:
        return None
    # the middle of the best-scored run of positions
    top = max(scores.values())
    best = [x for x, sc in scores.items() if sc == top]
    run = best[:1]
    for x in best[1:]:
        if x != run[-1] + 1:
            break
        run.append(x)
    return run[len(run) // 2]


def _wandering_gutter(raws: list[str], wide: int) -> int | None:
    """A gutter whose place wanders from line to line (PyMuPDF sorting
    blocks sets each line on its own): the position with the most lines
    holding a gap within GUTTER_WANDER / 2 of it."""
    mids: list[int] = []
    gapped = 0
    for raw in raws:
        if len(raw) < 40:
            continue
        here = [(a + b) // 2 for a, b in _gaps(raw) if a >= 20]
        gapped += bool(here)
        mids += here
    if not mids:
        return None
    reach = GUTTER_WANDER // 2
    counts = Counter()
    for m in mids:
        for x in range(m - reach, m + reach + 1):
            counts[x] += 1
    pos, count = counts.most_common(1)[0]
    if count >= max(5, 0.5 * wide):
        return pos
    # a text whose pages ran together without a mark between them holds
    # full-width pages too: most of the lines that show a gap show it here
    if count >= max(MIN_COLUMN_LINES, 0.6 * gapped):
        return pos
    return None


def _offset_gutter(raws: list[str]) -> int | None:
    """A gutter that few lines show as a gap: the two columns' lines sit
    half a line apart (a footnote or a heading shifted one of them), so
    that layout mode prints each on a line of its own, the right column's
    after a long indent. The gutter is then a position that (nearly) no
    line's text crosses, with many lines ending before it and many
    starting after it."""
    texts = [r.rstrip() for r in raws if r.strip()]
    if len(texts) < 12:
        return None
    spans = [(len(r) - len(r.lstrip()), len(r.rstrip())) for r in texts]
    left_edge = Counter(a for a, _ in spans).most_common(1)[0][0]
    if sum(a >= left_edge + 20 for a, _ in spans) < 0.25 * len(texts):
        return None  # (few lines start far in: no right column of their own)
    best = None
    for x in range(left_edge + 20, max(b for _, b in spans) - 15):
        crossing = sum(r[x - 1:x + 2].strip() != "" for r in texts)
        if crossing > 0.1 * len(texts):
            continue
        right = sum(a >= x for a, _ in spans)
        left = sum(b <= x and a < x for a, b in spans)
        if min(left, right) < 0.25 * len(texts):
            continue
        score = (crossing, -min(left, right))
        if best is None or score < best[0]:
            best = (score, [x])
        elif score == best[0]:
            best[1].append(x)
    if best is None:
        return None
    xs = best[1]
    return xs[len(xs) // 2]


def _fits(raws: list[str], gutter: int) -> bool:
    """Most of these lines have white space at the gutter with text beyond."""
    return sum(_gap_at(r, gutter) for r in raws) >= max(1, len(raws) // 2)


def _gap_at(r: str, gutter: int) -> bool:
    """White space at the gutter, with text beyond it."""
    return len(r) > gutter + 1 and r[gutter - 1:gutter + 2] == "   " and r[gutter + 2:].strip() != ""


def _columns_below(raws: list[str], gutters: list[int]) -> int | None:
    """The one of these gutters at which most of the lines that show a gap
    away from their left edge show it, or that start far in (the right
    column's lines set half a line off the left's), and enough of them to
    be columns; or None."""
    texts = [r for r in raws if r.strip()]
    if not texts:
        return None
    left_edge = Counter(len(r) - len(r.lstrip()) for r in texts).most_common(1)[0][0]
    shown = [r for r in texts if (len(r) >= 40 and any(a >= 20 for a, _b in _gaps(r)))
             or len(r) - len(r.lstrip()) >= left_edge + 20]

    def hits(g: int) -> int:
        return sum(_gap_at(r, g) or g <= len(r) - len(r.lstrip()) <= g + GUTTER_WANDER for r in shown)

    # (layout mode scales each page on its own: this page's right column
    # may start a character or two left of another page's gutter)
    best = max(sorted({g + d for g in gutters for d in (0, -1, -2)}), key=hits)
    n = hits(best)
    return best if n >= 5 and n >= 0.6 * len(shown) else None


def _pages(doc: Document, headers: frozenset[str] = frozenset()) -> list[list[Line]]:
    """Lines grouped by page: form feeds, or a page number standing alone
    (not a footnote's label, which has its note's text right under it; a
    running header right under it starts the next page), or a running
    header on the text's left edge (the journal's name from the margin
    recurs too, left of it) where no form feed marks the pages."""
    pages: list[list[Line]] = [[]]
    lines = doc.lines
    last = lines[0].page if lines else 0
    edge = _text_edge(doc, lines) if headers and not doc.layout.get("form_feeds") else None
    for k, ln in enumerate(lines):
        if ln.page != last and pages[-1]:
            pages.append([])
            last = ln.page
        if edge is not None and pages[-1] and _header_key(doc.line_text(ln)) in headers \
                and edge - 3 <= ln.start - _raw(doc, ln)[1] <= edge + HEADER_SHIFT:
            pages.append([])
        pages[-1].append(ln)
        t = doc.line_text(ln)
        if t.isdigit() and len(t) <= 4 and ln.indent >= 20 and not _raised_after(doc, lines, k):
            below = _next_without_blank(lines, k, 2)
            if below and _header_key(doc.line_text(below[0])) in headers \
                    or not any(_label_over_text(doc, ln, nxt) for nxt in below):
                pages.append([])
    return [p for p in pages if p]


def _text_edge(doc: Document, lines: list[Line]) -> int | None:
    """The column most of these lines' text (20 characters or more) starts
    at: the text's left edge, where a running header stands."""
    starts = Counter(ln.start - _raw(doc, ln)[1] for ln in lines if ln.end - ln.start >= 20).most_common(1)
    return starts[0][0] if starts else None


def _raised_after(doc: Document, lines: list[Line], k: int) -> bool:
    """Does the number on line k stand just past the end of the line above
    or below it: a note's marker, raised onto a line of its own (where a
    page number stands apart from the text)?"""
    col = lines[k].start - _raw(doc, lines[k])[1]
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and not (lines[j] if j > k else lines[k]).blank_before:
            end = lines[j].end - _raw(doc, lines[j])[1]
            if end < col <= end + RAISED_MARKER_REACH:
                return True
    return False


def _next_without_blank(lines: list[Line], k: int, most: int) -> list[Line]:
    """Up to `most` lines after line k, as long as no white space comes
    between (the other column's line may stand between a label and its
    note's text)."""
    out = []
    for nxt in lines[k + 1:k + 1 + most]:
        if nxt.blank_before:
            break
        out.append(nxt)
    return out


def _label_over_text(doc: Document, ln: Line, nxt: Line) -> bool:
    """Is the number on `ln` a footnote's label set on a line of its own
    (layout mode prints the raised number a line higher), its text starting
    right under it on the next line (or the one after, when the other
    column's line sits between)? A page number stands apart."""
    col = ln.start - _raw(doc, ln)[1]
    nraw, _ = _raw(doc, nxt)
    # the note's text opens its line or its column (white space before it);
    # a word in the middle of a line (a running header printed under the
    # page number) is no note's
    return any(col - 6 <= m.start() <= col + 4 and not nraw[max(0, m.start() - 2):m.start()].strip()
               for m in WORD_START.finditer(nraw, max(0, col - 6), col + 5))


def run(doc: Document) -> None:
    if not doc.lines:
        doc.layout["columns"] = 1
        return
    # no line with a wide gap inside it: one column, nothing to look for
    # (where each page came as one line, its gaps end blocks: see lines)
    if doc.layout.get("pages_a_line") or "   " not in doc.text \
            or sum(1 for _ in islice(_GAP.finditer(doc.text), 6)) < 6:
        doc.layout["columns"] = 1
        return
    out: list[Line] = []
    gutters = []
    last_gutter = None
    seen: set[str] = set()
    headers = _running_headers(doc)
    pages = [(page, [_raw(doc, ln)[0] for ln in page]) for page in _pages(doc, headers)]
    found = [find_gutter(raws) for _page, raws in pages]
    known = sorted(g for g in found if g is not None)
    for (page, raws), gutter in zip(pages, found):
        if gutter is None and last_gutter is not None and len(page) < 8 and _fits(raws, last_gutter):
            # a scrap of a page (lines emitted again after the page number)
            # takes the gutter of the page before
            gutter = last_gutter
        if gutter is None and known:
            # a first page whose columns sit under a long full-width front
            # (title, abstracts) shows too few gaps to vote: another page's
            # gutter, where its own gapped lines agree
            gutter = _columns_below(raws, known) or _right_column_starts(raws)
        if gutter is None:
            out.extend(page)
            seen.update(doc.line_text(ln) for ln in page)
            continue
        last_gutter = gutter
        gutters.append(gutter)
        split = _split_page(doc, page, gutter, seen, headers, after_columns=len(gutters) > 1)
        _normalise_indents(split)
        out.extend(split)
    doc.layout["columns"] = 2 if gutters else 1
    if gutters:
        doc.layout["gutters"] = gutters
        doc.lines = out
        _mark_column_blanks(doc)


def _near_gap(raw: str, gutter: int, col_start: int) -> int:
    """Where this line's gap between the columns is: the page's gutter, or
    a run of spaces a few characters off it (extractors that place each
    line on its own, like PyMuPDF sorting blocks, let the right column's
    start wander). A run as wide as a gutter's: two spaces are only a wide
    word space (pypdf's layout mode), inside a line that crosses the
    gutter."""
    if len(raw) <= gutter + 1 or (raw[gutter] == " " and raw[gutter - 1] == " ") or col_start >= gutter:
        return gutter
    best = None
    # (the search reaches past the wander so that a gap ending at its edge
    # still sees the text after it)
    for m in NEAR_GAP.finditer(raw, max(col_start, gutter - GUTTER_WANDER - 1),
                               min(len(raw), gutter + 2 * GUTTER_WANDER)):
        mid = (m.start() + m.end()) // 2
        if m.start() > col_start and m.end() < len(raw) and abs(mid - gutter) <= GUTTER_WANDER \
                and (best is None or abs(mid - gutter) < abs(best - gutter)):
            best = mid
    return best if best is not None else gutter


def read_in_turn(out: list[Line], left: list[Line], right: list[Line]) -> None:
    """Append a stretch's left column, then its right one (which opens
    after white space), to `out`; empty both."""
    out.extend(left)
    if right:
        right[0].blank_before = True
    out.extend(right)
    left.clear()
    right.clear()


def _split_page(doc: Document, page: list[Line], page_gutter: int, seen: set[str],
                headers: frozenset[str] = frozenset(), after_columns: bool = False) -> list[Line]:
    """Cut this page's lines at the gutter. `seen` holds the texts of the
    lines before: a full-width line that repeats one of them is the
    extractor's stray copy and does not end the stretch of columns; a
    running header (in `headers`) on the text's left edge starts a new
    page."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        if len(right) >= 5:
            # the right column's edge, from this stretch's own lines
            # (where the page's gutter is a guess, it shifts by page)
            _normalise_indents(right)
        read_in_turn(out, left, right)

    # the text's left edge: a running header stands on it, the journal's
    # name from the margin (which recurs as well) left of it or past the gutter
    edge = (_text_edge(doc, page) or 0) if headers else 0

    def new_page(ln: Line) -> bool:
        # a new page's header (no page number or form feed marks it)
        col_start = ln.start - _raw(doc, ln)[1]
        return bool(headers) and _header_key(doc.line_text(ln)) in headers and edge - 3 <= col_start < page_gutter
    starts = [k for k, ln in enumerate(page) if new_page(ln)]
    first_lines = set(starts)
    right_edges = {}  # where each page the headers mark has its right column
    for a, b in zip([0, *starts], [*starts, len(page)]):
        right_edges.update(dict.fromkeys(range(a, b), _right_edge(doc, page[a:b], page_gutter)))
    shape = _ColumnShape(doc, page, page_gutter, after_columns)
    for k, ln in enumerate(page):
        raw, ls = shape.raws[k]
        text = doc.line_text(ln)
        col_start = ln.start - ls
        right_edge = right_edges[k]
        if k in first_lines:
            flush()
            out.append(ln)
            continue
        repeated = len(text) >= 20 and text in seen
        seen.add(text)
        gutter = shape.gaps[k]
        if col_start >= gutter:
            # text only in the right column
            right.append(Line(ln.start, ln.end, indent=col_start - gutter, page=ln.page,
                              column=1, blank_before=ln.blank_before))
            continue
        narrow = right_edge is not None and col_start < right_edge - 2 < len(raw) - 3 \
            and raw[right_edge - 3:right_edge + 1].count(" ") == 2 and raw[right_edge - 2:right_edge] == "  "
        if narrow and (len(raw) <= gutter or raw[gutter] != " " or raw[gutter - 1] != " "):
            # a long left line leaves a word space's two blanks before the
            # right column's edge (Ghostscript's txtwrite): cut there
            gutter = right_edge - 1
        if len(raw) <= gutter or raw[gutter] != " " or raw[gutter - 1] != " ":
            cut = shape.collapsed_cut(k, raw, col_start, ln.end - ls) if not repeated else None
            if cut is not None:
                # the two columns' lines run together, a word space between
                left.append(Line(ln.start, ls + cut, indent=ln.indent, page=ln.page, column=0,
                                 blank_before=ln.blank_before))
                right.append(Line(ls + cut + 1, ln.end, indent=0, page=ln.page, column=1))
            elif _crosses(raw, gutter, ln.end - ls):
                # text runs across the gutter, far into the right column: a
                # full-width line
                if not repeated:
                    flush()
                out.append(ln)
            elif text.isdigit() and len(text) <= 3 and k + 1 < len(page) \
                    and _full_width_line(doc, page[k + 1], page_gutter):
                # a note's number raised onto a line of its own above the
                # note's full-width text: it goes with that text, after
                # both columns
                flush()
                out.append(ln)
            else:
                # (a left-column line in smaller type, a note's, may reach
                # a little past the gutter)
                left.append(ln)
            continue
        # split at the gap that holds the gutter
        a = gutter
        while a > 0 and raw[a - 1] == " ":
            a -= 1
        b = gutter
        while b < len(raw) and raw[b] == " ":
            b += 1
        if a <= col_start:
            right.append(Line(ls + b, ln.end, indent=b - gutter, page=ln.page, column=1,
                              blank_before=ln.blank_before))
            continue
        left.append(Line(ln.start, ls + a, indent=ln.indent, page=ln.page, column=0,
                         blank_before=ln.blank_before))
        if b < len(raw):
            right.append(Line(ls + b, ln.end, indent=b - gutter, page=ln.page, column=1))
    flush()
    return out


class _ColumnShape:
    """How wide a page's columns are, from its lines cut at the gutter: what
    tells a line whose two columns ran together from a full-width one.

    A gutter narrower than a justified line's widest word space (LaTeX's
    default, 10 points) lets layout mode read the two columns' lines as one
    line with a single space between them. Such a line stands among lines
    cut at the gutter (a full-width line, a title or an abstract, stands
    above or below the columns), or above them on a page after one of
    columns, and holds no more text than the two columns do (a note set
    under both columns fills the gutter's width with words too). It is cut
    at the word space that leaves each column's part nearest the width of
    that column's full lines."""

    def __init__(self, doc: Document, page: list[Line], gutter: int, after_columns: bool = False) -> None:
        self.gutter = gutter
        # (on a page after one of columns, the columns run on from its top:
        # the title and the abstracts stand on the first)
        self.after_columns = after_columns
        gapped = []  # lines cut at the gutter, or in the right column alone
        left_widths: list[int] = []
        right_widths: list[int] = []
        # each line's source line and its start, and where its gap between
        # the columns is (see `_near_gap`): what `_split_page` cuts by
        self.raws = [_raw(doc, ln) for ln in page]
        self.gaps = []
        right_starts: Counter[int] = Counter()
        for k, (ln, (raw, ls)) in enumerate(zip(page, self.raws)):
            col_start, end = ln.start - ls, ln.end - ls
            g = _near_gap(raw, gutter, col_start)
            self.gaps.append(g)
            if col_start < g - 1 and _gap_at(raw, g):
                right_widths.append(len(raw[g:].strip()))
                left_widths.append(len(raw[:g].rstrip()) - col_start)
                # (a page number set apart, words set far apart across a
                # full-width line, are no column's)
                if right_widths[-1] >= 20 and not _spread(raw):
                    gapped.append(k)
                    right_starts[len(raw) - len(raw[g:].lstrip())] += 1
            elif col_start < gutter - 20 and end < gutter:
                left_widths.append(end - col_start)
            elif gutter <= col_start <= gutter + OVERHANG and end - col_start >= 20:
                # (not a page number past the gutter)
                gapped.append(k)
                right_widths.append(end - col_start)
                right_starts[col_start] += 1
        # the left column's edge: where its lines start, a paragraph's
        # indent aside (a centred header starts far right of it)
        self.edge = min((page[k].start - self.raws[k][1] for k in gapped
                         if page[k].start - self.raws[k][1] < self.gaps[k]), default=0)
        # where the right column's lines start: layout mode sets them at
        # one position, also where a single space is all that parts the
        # columns (a narrow gutter), and pushes a line right where the left
        # one ran long: the leftmost position many lines share
        many = max(RIGHT_START_LINES, RIGHT_START_SHARE * sum(right_starts.values()))
        self.right_start = min((p for p, c in right_starts.items() if c >= many), default=None)
        # (the right column's lines alone show the columns too)
        self.first = gapped[0] if len(gapped) >= MIN_CUT_LINES else None
        self.last = gapped[-1] if gapped else None
        # the widths of full lines: the upper half (a paragraph's last line
        # is short)
        self.left = _upper_median(left_widths)
        self.right = _upper_median(right_widths)
        # (both columns are set to one measure: few right-column lines may
        # show it)
        self.widest = max(left_widths + right_widths, default=0)

    def collapsed_cut(self, k: int, raw: str, col_start: int, end: int) -> int | None:
        """Where to cut line k, whose text crosses the gutter with no gap,
        into its two columns' lines; None for a full-width line."""
        if self.first is None or not (self.after_columns or self.first < k) or k >= self.last \
                or col_start >= self.gutter - 20 or col_start > self.edge + INDENT_REACH \
                or not _crosses(raw, self.gutter, end) \
                or end - col_start > self.left + 1 + self.right + RUN_TOGETHER_SLACK:
            return None
        best = None
        for m in WORD_SPACE.finditer(raw, col_start, min(end, max(self.gutter, self.right_start or 0) + 2)):
            left, right = m.start() - col_start, end - m.end()
            # (a word where the right column's lines start may follow a
            # left line set a little overfull)
            at_start = m.end() == self.right_start
            if max(left - OVERFULL * at_start, right) > self.widest + 1 or m.start() < self.gutter - OVERHANG:
                continue
            cost = abs(left - self.left) + abs(right - self.right)
            if at_start:
                cost -= RIGHT_START_BONUS
            if raw[m.start() - 1] == "-" and raw[m.start() - 2].isalpha():
                # a word broken at a line's end: the left column's line ends
                # there, wherever the widths point
                cost -= 100
            if best is None or cost < best[0]:
                best = (cost, m.start())
        return best[1] if best else None


def _upper_median(values: list[int]) -> int:
    top = sorted(values)[len(values) // 2:]
    return top[len(top) // 2] if top else 0


# lines cut at the gutter (or in the right column alone) a page needs
# before others are read as run together
MIN_CUT_LINES = 5
# how much standing where the right column starts outweighs the widths
RIGHT_START_BONUS = 20
# characters a left line set overfull may reach past the columns' widest
OVERFULL = 3
# lines (and their share) that must start the right column at a position
RIGHT_START_LINES = 3
RIGHT_START_SHARE = 0.15
# how far right of the left column's edge a line of the two columns run
# together may start (a paragraph's indent)
INDENT_REACH = 8
# characters a line of two columns run together may hold past the two
# columns' usual widths (justified lines of one measure hold more or fewer)
RUN_TOGETHER_SLACK = 4


def _right_edge(doc: Document, page: list[Line], gutter: int) -> int | None:
    """The column where this page's right column starts on most lines cut
    at the gutter (MIN_EDGE_LINES of them at the least, half the cut ones)."""
    ends: Counter[int] = Counter()
    for ln in page:
        raw, ls = _raw(doc, ln)
        if ln.start - ls < gutter - 1 and len(raw) > gutter + 1 and raw[gutter - 1:gutter + 1] == "  ":
            b = gutter
            while b < len(raw) and raw[b] == " ":
                b += 1
            if b < len(raw):
                ends[b] += 1
    if not ends:
        return None
    col, n = ends.most_common(1)[0]
    return col if n >= MIN_EDGE_LINES and 2 * n >= sum(ends.values()) else None


MIN_EDGE_LINES = 5
RAISED_MARKER_REACH = 5  # columns past a line's end a raised note marker stands at the most
# how far right of the text's usual left edge a page's running header may
# start (a reading that sets each page at its own columns)
HEADER_SHIFT = 10

# pages a line must recur on to be taken for a running header
RECURRING_HEADER = 3


# a page number set apart at a header line's end or start ("Journal 12(4)   49")
PAGE_NUMBER_APART = re.compile(r"^\d{1,4} {3,}(?=\S)|(?<=\S) {3,}\d{1,4}$")


def _crosses(raw: str, gutter: int, end: int) -> bool:
    """Does text stand at the gutter and run on far into the right column
    (`end`: where the line's text ends in `raw`)?"""
    return len(raw) > gutter + 2 and raw[gutter - 1:gutter + 2].strip() != "" and end > gutter + OVERHANG


def _full_width_line(doc: Document, ln: Line, page_gutter: int) -> bool:
    """Does this line's text run across the gutter, far into the right
    column, with no gap there (as `_split_page` reads a line)?"""
    raw, ls = _raw(doc, ln)
    col_start = ln.start - ls
    gutter = _near_gap(raw, page_gutter, col_start)
    if col_start >= gutter or (len(raw) > gutter and raw[gutter] == " " and raw[gutter - 1] == " "):
        return False
    return _crosses(raw, gutter, ln.end - ls)


def _header_key(text: str) -> str:
    """A line's text less a page number set apart at its end or start, its
    white space folded where its words stand far apart: what a running
    header repeats from page to page."""
    if "   " not in text:
        return text
    # (the pattern needs a digit at an end: most lines have none)
    key = PAGE_NUMBER_APART.sub("", text) if text[0].isdigit() or text[-1].isdigit() else text
    return " ".join(key.split()) if _spread(key) else key


def _running_headers(doc: Document) -> frozenset[str]:
    """Texts of lines in one piece (no gap inside but before a page number
    at either end) that recur on three pages or more: running headers (and
    the journal's name from the margin), which mark the pages where no page
    number or form feed does. A passage the extractor emitted twice recurs
    twice."""
    counts = Counter(_header_key(doc.line_text(ln)) for ln in doc.lines if ln.end - ln.start >= 20)
    return frozenset(t for t, c in counts.items()
                     if c >= RECURRING_HEADER and 20 <= len(t) <= 100 and not _GAP.search(t))


def _mark_column_blanks(doc: Document) -> None:
    """Within one column, white space above a line means a fully blank
    source line between it and the column's previous line. (The other
    column's text often sits on the source lines in between: the two
    columns' baselines interleave.)"""
    import bisect
    import re
    text = doc.text
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    blank_prefix = [0]
    for k, s0 in enumerate(starts):
        e0 = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        blank_prefix.append(blank_prefix[-1] + (not text[s0:e0].strip()))
    # where a blank line follows every printed line, two in a row make one
    # (see lines._undo_double_spacing)
    least = doc.layout.get("_line_step", 1)
    prev: dict[int, int] = {}
    last_page = None
    for ln in doc.lines:
        if ln.page != last_page:
            prev.clear()
            last_page = ln.page
        no = bisect.bisect_right(starts, ln.start) - 1
        p = prev.get(ln.column)
        if p is not None and no > p:
            ln.blank_before = blank_prefix[no] - blank_prefix[p + 1] >= least
        prev[ln.column] = no


def _normalise_indents(lines: list[Line]) -> None:
    """Indent relative to the column's usual left edge on this page."""
    from collections import Counter
    for col in (0, 1):
        starts = Counter(ln.indent for ln in lines if ln.column == col)
        if not starts:
            continue
        base = starts.most_common(1)[0][0]
        for ln in lines:
            if ln.column == col:
                ln.indent = max(0, ln.indent - base)
