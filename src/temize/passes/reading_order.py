"""Columns read in the wrong order. Some extractors (pdfminer among them)
sometimes emit a page's right column before its left one. The text then
shows it at the seams: the page opens mid-sentence with what belongs after
its end, a block in the middle starts in lower case right after a finished
sentence, and the page's last block breaks off mid-sentence.

Where a page's blocks (runs of body lines set off by white space) show
exactly that, they are rotated so that the block starting mid-page comes
first: every seam then joins an unfinished sentence to its lower-case rest.
Where case cannot tell (every seam a broken word and a lower-case start),
the words can: "as-" + "signments" is one, "as-" + "man" none.
Where one block alone is out of place (the right column's top emitted
between two blocks of the left one, or before the left column after a
heading, as pdftotext's default mode does), that block is moved instead;
where both would do, the one that puts the page's section numbers in
order wins. A page may also open with its right column after a page that
broke off mid-sentence, the rest of that sentence starting in lower case
further down: the blocks turn there too. Where a column's top came out
below a block that runs on, so that case shows nothing amiss, a word broken
at a block's end and finished by that top's first word tells where it goes
(`_move_word_rest`).

The same extractors sometimes emit the two halves of one printed line the
wrong way round; where the seams show it, they are swapped back. And they
sometimes emit a paragraph's short last line after the
next paragraph's first ("… using only the" / "It is instructive to" /
"r-filter." / "efficiency of …"): a short line in lower case that ends a
sentence, followed by a line in lower case, is swapped with the line
before it when that one opens a sentence and the line above runs on.

pdftotext's default mode reads text in the right margin as a column after
the page and takes along the block beside it; that block goes back into the
hole it left (`_restore_stranded`; a title between the margin text and the
next page's header, `_restore_beside_margin`); where the block is the
page's top, the rest of a sentence the page before broke off, it goes back
to the top (`_rest_on_top`). And it sometimes emits a two-column
page's titles and blocks in an order no single move mends; where the
section numbers stand out of order, the order that reads best by the seams
and the numbers is searched for (`_solve_order`), a section's text known
by its title's words where seams cannot tell.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice

import regex

from ..casing import lower_tr
from ..document import ABSTRACT, BODY, FOOTNOTE, KEYWORDS, REMOVED, Document, Line
from ..lexicon import best_zipf, lookup_langs
from ..layoutstats import full_width, paragraph_per_line
from ..marks import HYPHEN_CLASS, LINE_END_HYPHENS

NAME = "reading_order"

# a finished sentence; unlike paragraphs.TERMINAL not a colon, after which
# a list or a quotation may start a new block in lower case
FINISHED = re.compile(r"[.!?…][\"”’'»)\]]*$")
FURNITURE = ("running-header", "page-number")
# a section heading's number ("5.", "2.1", "3-") before its title
SECTION_NUMBER = regex.compile(r"(\d{1,2}(?:\.\d{1,2})*)(?:\.|-|\s)\s*\p{Lu}")
BARE_SECTION_NUMBER = regex.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.")
# any section number a line opens with ("1.1. 4 Mayıs 1924" too)
NUMBER_OPENING = regex.compile(r"(\d{1,2}(?:\.\d{1,2})*)[.-]?\s")
MARKER_AFTER_STOP = regex.compile(r"(?<=[.!?…\"”’'»)\]])\d{1,3}$")


def run(doc: Document) -> None:
    lines = doc.lines
    if paragraph_per_line(doc):
        return  # the blocks are paragraphs, not the column chunks whose seams this pass reads
    moved = _restore_stranded(doc, lines)
    if moved is not None:
        lines = moved
    beside = _restore_beside_margin(doc, lines)
    if beside is not None:
        lines = moved = beside
    out: list[Line] = []
    changed = moved is not None
    before_runs_on = False  # the text before this page breaks off mid-sentence
    before_text = ""  # and its last line
    pages = list(_pages(lines))
    openings = _next_openings(doc, pages)
    for p, page in enumerate(pages):
        split = _blocks(doc, page)
        next_lower = openings[p][:1].islower()

        def broken_joins(blocks=split[1], before=before_text, after=openings[p]):
            return _broken_joins(doc, blocks, before, after)
        # one block out of place is the smaller change: taken first, unless
        # turning the page's blocks puts its section numbers in order where
        # moving the one block does not
        fixed = _move_orphan(doc, page, split, before_runs_on, next_lower, broken_joins)
        turned = _rotate(split, before_runs_on, broken_joins)
        if fixed is None or (turned is not None and _disorder(doc, turned) < _disorder(doc, fixed)):
            fixed = turned
        if fixed is None:
            fixed = _move_word_rest(doc, split, before_runs_on, before_text, openings[p])
        if fixed is None or _disorder(doc, fixed):
            # (a move that leaves section numbers out of order mends too little)
            solved = _solve_order(doc, split, before_runs_on, next_lower, broken_joins)
            if solved is not None and (fixed is None or _disorder(doc, solved) < _disorder(doc, fixed)):
                fixed = solved
        if fixed is not None:
            changed = True
            doc.notes.append(f"{NAME}: blocks of a page reordered at line offset {page[0].start}")
            doc.layout["reordered_pages"] = doc.layout.get("reordered_pages", 0) + 1
            page = fixed
        out.extend(page)
        body = [ln for ln in page if ln.role == BODY]
        if body:
            before_text = doc.line_text(body[-1])
            before_runs_on = runs_on(before_text)
    swapped = _swap_pairs(doc, out, _late_last_line, "swapped_lines") \
        + _swap_pairs(doc, out, _halves_reversed, "swapped_halves")
    if changed or swapped:
        doc.lines = out  # a new list, so that cached line indexes are rebuilt


# a block set out between two pages is a paragraph or a few headings at most
MAX_STRANDED_LINES = 15
MAX_TITLE_LINES = 3  # a title wrapped onto a line or two more
MAX_REST_LINES = 40  # the rest of a sentence: a page's top block
SHORT_LINE = 0.6  # of the page's median line: a paragraph's last line, not a full one
LONGEST_TITLE = 120  # characters
# what may stand between a page's foot and the block set out after it
STRANDED_AFTER = ("running-header", "margin-text")


def _restore_stranded(doc: Document, lines: list[Line]) -> list[Line] | None:
    """Blocks that came out between two pages, put back into their page.

    pdftotext's default mode reads text standing in the right margin (a
    journal's name set sideways) as a column of its own, after the page,
    and takes along the block beside it: a heading or a paragraph then
    stands between the page number at the page's foot and the next page's
    running header. Where the block was, the page shows a hole: white space
    between a finished sentence and a new one (or between two headings,
    a section left empty). The block goes back into the one hole its kind
    fits; with no such hole, or several, it stays. Where the headers stand
    at the pages' feet, no header closes the block: a numbered title set off
    by white space is taken where its number comes before one on the page."""
    n = len(lines)
    out: list[Line] | None = None
    k = 0
    while k < n:
        ln = lines[k]
        if not (ln.role == REMOVED and k and lines[k - 1].role != REMOVED and _page_foot(doc, ln)):
            k += 1
            continue
        # past the foot (its page number, or the journal's line): margin
        # text or furniture (nothing else: a passage emitted twice may
        # follow a page's foot), then the block
        # (the page number may stand between the margin text and the
        # journal's line at the foot)
        a = k + 1
        while a < n and lines[a].role == REMOVED and lines[a].reason in STRANDED_AFTER + ("page-number",):
            a += 1
        b = a
        while b < n and lines[b].role == BODY:
            b += 1
        top = _page_top(lines, k)
        if a < b and doc.text[lines[a].start:lines[a].start + 1].islower():
            put = _rest_on_top(doc, lines, top, k, a, b)
            if put is not None:
                lines = out = put
                k = a
                continue
        # the next page's running header follows, or the document ends; or
        # (the header printed at the foot) a section's title, set off by
        # white space, whose number comes before one on the page
        if a < b and not (b - a <= MAX_STRANDED_LINES
                          and (b == n or lines[b].role == REMOVED and lines[b].reason == "running-header")):
            b = max(_title_before_its_place(doc, lines, top, k, a, b), _before_the_rest(doc, lines, k, a, b))
        if not (a < b and not doc.text[lines[a].start:lines[a].start + 1].islower()):
            k = max(b, k + 1)
            continue
        put = _put_back(doc, lines, top, k, a, b)
        if put is not None:
            lines = out = put
        k = b
    return out


def _rest_on_top(doc: Document, lines: list[Line], top: int, foot: int, a: int, b: int) -> list[Line] | None:
    """The lines with the block from line a, set out after the page's foot
    and opening in lower case, moved to the page's top, or None. It is the
    rest of the sentence the page before broke off: that page runs on, a
    title opens the page, the page ends its own sentence, and the block (up
    to the white space below it) ends one."""
    from .headings import heading_match
    body = [g for g in range(top, foot) if lines[g].role == BODY]
    before = next((g for g in range(top - 1, max(top - 80, -1), -1) if lines[g].role == BODY), None)
    # (the page itself ends its sentence: else the block would simply go on
    # from it, as the next page's top does; and a title opens the page, the
    # place of the block that came out after it)
    if not body or before is None or not runs_on(doc.line_text(lines[before])) \
            or _title_line(doc, lines, before) or runs_on(doc.line_text(lines[body[-1]])) \
            or heading_match(doc, lines[body[0]]) is None or _late_last_line_shows(doc, lines, body):
        return None
    end = next((g for g in range(a + 1, b) if lines[g].blank_before), b)
    if end - a > MAX_REST_LINES or runs_on(doc.line_text(lines[end - 1])):
        return None
    block = lines[a:end]
    lines[body[0]].blank_before = True
    block[0].blank_before = False
    doc.layout["restored_blocks"] = doc.layout.get("restored_blocks", 0) + 1
    at = body[0]
    return lines[:at] + block + lines[at:a] + lines[end:]


def _late_last_line_shows(doc: Document, lines: list[Line], body: list[int]) -> bool:
    """Does the page's line before its last break off short mid-sentence,
    as where an extractor set the paragraph's last line after it ("It was
    also shown that RNN" / "… on the Penn Treebank data set.")? Then the
    page only seems to end its sentence."""
    if len(body) < 3:
        return False
    widths = sorted(lines[g].end - lines[g].start for g in body)
    before_last = lines[body[-2]]
    return before_last.end - before_last.start < SHORT_LINE * widths[len(widths) // 2] \
        and runs_on(doc.line_text(before_last))


def _title_line(doc: Document, lines: list[Line], g: int) -> bool:
    """Is body line g a title, or the line a title wrapped onto ("… as a
    Testing" / "Ground")?"""
    from .headings import heading_match
    if heading_match(doc, lines[g]) is not None:
        return True
    prev = next((h for h in range(g - 1, max(g - MAX_TITLE_LINES, -1), -1) if lines[h].role == BODY), None)
    return prev is not None and heading_match(doc, lines[prev]) is not None and _wraps_title(doc, lines[prev], lines[g])


def _wraps_title(doc: Document, title: Line, ln: Line) -> bool:
    """Is line ln the rest of the title line above it, wrapped: right under
    it, shorter, and no sentence's end ("… as a Testing" / "Ground")?"""
    return not ln.blank_before and ln.end - ln.start < title.end - title.start \
        and runs_on(doc.line_text(title)) and runs_on(doc.line_text(ln))


def _page_foot(doc: Document, ln: Line) -> bool:
    """Is this removed line a page's foot that a stranded block may follow:
    the page number, or the journal's line where the number stands at the
    page's head (words, not a scrap of numbers taken for a header)?"""
    return ln.reason == "page-number" or (
        ln.reason == "running-header" and len(CONTENT_WORD.findall(doc.text[ln.start:ln.end])) >= 2)


def _page_top(lines: list[Line], foot: int) -> int:
    """The index of the first line of the page that ends before line foot:
    the line after the furniture above it."""
    top = foot - 1
    while top > 0 and not (lines[top - 1].role == REMOVED and lines[top - 1].reason in FURNITURE):
        top -= 1
    return top


def _put_back(doc: Document, lines: list[Line], top: int, foot: int, a: int, b: int) -> list[Line] | None:
    """The lines with the stranded block lines[a:b] moved into its hole on
    the page lines[top:foot], or None where the page shows no one hole."""
    at = _hole(doc, lines, top, foot, lines[a:b])
    if at is None:
        return None
    block = lines[a:b]
    block[0].blank_before = True
    doc.layout["restored_blocks"] = doc.layout.get("restored_blocks", 0) + 1
    return lines[:at] + block + lines[at:a] + lines[b:]


def _restore_beside_margin(doc: Document, lines: list[Line]) -> list[Line] | None:
    """The same where the page carries its number at the top: a title that
    came out with the margin text after the page (and its footnotes)
    stands between that text and the next page's number. It goes back into
    the one hole a title fits on the page before the margin text."""
    from .headings import heading_match
    n = len(lines)
    out: list[Line] | None = None
    k = 1
    while k < n:
        # (after the page's body or its footnotes)
        if not (lines[k].role == REMOVED and lines[k].reason in STRANDED_AFTER
                and lines[k - 1].role in (BODY, FOOTNOTE)):
            k += 1
            continue
        foot = a = k
        while a < n and lines[a].role == REMOVED and lines[a].reason in STRANDED_AFTER:
            a += 1
        b = a
        while b < n and lines[b].role == BODY and (b == a or lines[b].page == lines[a].page):
            b += 1
        # a title before furniture or the next page; or a block that ends
        # its page, the next page's number or first line after it (margin
        # text set down mid-page, as pdfminer may, stands before the rest
        # of the page's own text, the page's number at its foot)
        ends_page = a < b < n and lines[b].page != lines[a].page
        before_furniture = a < b < n and lines[b].role == REMOVED and lines[b].reason in FURNITURE
        is_title = a < b and heading_match(doc, lines[a]) is not None
        if not (is_title and b <= a + MAX_TITLE_LINES and (before_furniture or ends_page)
                or b <= a + MAX_STRANDED_LINES and ends_page):
            k = max(a, k + 1)
            continue
        top = _page_top(lines, foot)
        put = None
        if is_title or doc.text[lines[a].start:lines[a].start + 1].isupper():
            put = _put_back(doc, lines, top, foot, a, b)
        if put is None and not is_title:
            put = _put_on_top(doc, lines, top, foot, a, b)
        if put is not None:
            lines = out = put
        k = b
    return out


def _put_on_top(doc: Document, lines: list[Line], top: int, foot: int, a: int, b: int) -> list[Line] | None:
    """The lines with the block lines[a:b], set out after the page's foot
    and its margin text, moved to the page's top, or None. It goes there
    where it breaks a sentence as it stands (the page's last line runs on
    and the line after the block goes on in lower case) and the top is a
    place it fits whole: a title opens the page, the block ends its
    sentence, and it goes on from the page before as that page's end asks
    (a new sentence after a finished one, a lower-case rest after one
    that runs on)."""
    from .headings import heading_match
    body = [g for g in range(top, foot) if lines[g].role == BODY]
    before = next((g for g in range(top - 1, max(top - 80, -1), -1) if lines[g].role == BODY), None)
    # the next page's first line, past its number
    after = next((g for g in range(b, min(b + 4, len(lines))) if lines[g].role != REMOVED), None)
    if not body or after is None or lines[after].role != BODY or before is None:
        return None
    first, last = lines[body[0]], lines[body[-1]]
    if not (runs_on(doc.line_text(last)) and doc.text[lines[after].start:lines[after].start + 1].islower()
            and heading_match(doc, first) is not None and not runs_on(doc.line_text(lines[b - 1]))
            and runs_on(doc.line_text(lines[before])) == doc.text[lines[a].start:lines[a].start + 1].islower()):
        return None
    block = lines[a:b]
    block[0].blank_before = first.blank_before = True
    doc.layout["restored_blocks"] = doc.layout.get("restored_blocks", 0) + 1
    at = body[0]
    return lines[:at] + block + lines[at:a] + lines[b:]


def _title_before_its_place(doc: Document, lines: list[Line], top: int, foot: int, a: int, b: int) -> int:
    """Where the block from line a ends if it is a numbered section title
    (up to three lines, white space below it) whose number comes before a
    section number on the page lines[top:foot]; else a (no block)."""
    title = _section_number(doc, lines[a])
    if title is None:
        return a
    end = a + 1
    while end < min(b, a + 3) and not lines[end].blank_before:
        end += 1
    if end >= b or not lines[end].blank_before:
        return a
    on_page = [num for num in (_section_number(doc, ln) for ln in lines[top:foot] if ln.role == BODY) if num]
    return end if any(title < num for num in on_page) else a


def _before_the_rest(doc: Document, lines: list[Line], foot: int, a: int, b: int) -> int:
    """Where the block from line a ends if the page before broke off
    mid-sentence and the block, opening a sentence of its own, stands
    before the rest of that sentence (set off by white space, in lower
    case): the block came out ahead of the page it follows; else a."""
    last = next((ln for ln in reversed(lines[max(0, foot - 40):foot]) if ln.role == BODY), None)
    if last is None or not runs_on(doc.line_text(last)) \
            or not doc.text[lines[a].start:lines[a].start + 1].isupper():
        return a
    for end in range(a + 1, min(b, a + MAX_STRANDED_LINES + 1)):
        if lines[end].blank_before:
            return end if doc.text[lines[end].start:lines[end].start + 1].islower() else a
    return a


def _section_number(doc: Document, ln: Line, nxt: Line | None = None) -> tuple[int, ...] | None:
    """The section number a short line opens with ("5. Using …"), or None;
    also a number alone ("3.") over its title's line `nxt`."""
    if ln.end - ln.start > LONGEST_TITLE or not doc.text[ln.start:ln.start + 1].isdigit():
        return None
    m = SECTION_NUMBER.match(doc.text, ln.start, ln.end)
    if m is None and nxt is not None and doc.text[nxt.start:nxt.start + 1].isupper():
        m = BARE_SECTION_NUMBER.fullmatch(doc.line_text(ln))
    return tuple(int(x) for x in m.group(1).split(".")) if m else None


def _hole(doc: Document, lines: list[Line], top: int, foot: int, block: list[Line]) -> int | None:
    """Where on the page lines[top:foot] the stranded `block` belongs (see
    `_restore_stranded`): the index of the line it goes before, or None."""
    from .headings import heading_match
    is_heading = [heading_match(doc, ln) is not None for ln in block]
    # a title wrapped onto a line or two more ("1- İzmir'de … Açılışında" /
    # "Yaptığı Konuşma")
    if is_heading[0] and len(block) <= MAX_TITLE_LINES and all(runs_on(doc.line_text(ln)) for ln in block[:-1]):
        is_heading = [True] * len(block)
    holes, empty_sections = [], []
    prev = None
    front = False  # an abstract or keyword list stands above: the text's first title goes after it
    title: Line | None = None  # the last title above, and the lines since
    since_title = 0
    in_title = prev_in_title = False  # a title's line, or a line it wrapped onto ("… as a Testing" / "Ground")
    for g in range(top, foot):
        ln = lines[g]
        if ln.role in (ABSTRACT, KEYWORDS):
            front = True
        if ln.role != BODY:
            continue
        prev_in_title = in_title
        in_title = heading_match(doc, ln) is not None or (
            in_title and since_title < MAX_TITLE_LINES - 1 and prev is not None and _wraps_title(doc, prev, ln))
        if prev is None and front and all(is_heading) and _opens_below(doc, block[0], ln):
            holes.append(g)
        # right under a title (wrapped onto a line or two), the first title
        # of its subsections ("1- …" / "1.1. 18 Ocak 1923")
        if title is not None and since_title <= 2 and ln.blank_before and all(is_heading) \
                and heading_match(doc, ln) is None and _subsection_of(doc, block[0], title):
            holes.append(g)
        if heading_match(doc, ln) is not None:
            title, since_title = ln, 0
        else:
            since_title += 1
        # a section may open in lower case ("9. GSR" / "skin conductance
        # responses …"): under a heading, not under a paragraph
        if prev is not None and ln.blank_before \
                and (all(is_heading) or not doc.text[ln.start:ln.start + 1].islower()):
            prev_head = prev_in_title
            next_head = heading_match(doc, ln) is not None
            # (a paragraph's place is told by an emptied section only: a
            # hole before a new paragraph may be the page's own white space)
            if not prev_head and not next_head and not runs_on(doc.line_text(prev)) and all(is_heading):
                holes.append(g)
            elif prev_head and next_head and not all(is_heading) and _in_sequence(doc, prev, ln):
                empty_sections.append(g)
        prev = ln
    if len(holes) == 1:
        return holes[0]
    if not holes and len(empty_sections) == 1:
        return empty_sections[0]
    if all(is_heading):
        return _numbered_hole(doc, lines, top, foot, block[0])
    return None


def _numbered_hole(doc: Document, lines: list[Line], top: int, foot: int, title: Line) -> int | None:
    """The one place on the page lines[top:foot] where a numbered title
    fits by its number: between the titles whose numbers come before and
    after it ("3." between "2." and "4."), at white space above a line of
    text (a section does not open empty), where several holes show no
    one by their seams; a first subsection with no such place goes right
    under its section's title; else None."""
    number = _section_number(doc, title)
    if number is None:
        return None
    numbered = [(g, _section_number(doc, lines[g])) for g in range(top, foot) if lines[g].role == BODY]
    numbered = [(g, num) for g, num in numbered if num is not None]
    if not numbered or any(num == number for _, num in numbered):
        return None
    after = next((g for g, num in numbered if num > number), foot)
    before = max((g for g, num in numbered if num < number), default=None)
    if before is None or any(num < number for g, num in numbered if g > after) \
            or any(num > number for g, num in numbered if g < before):
        return None  # no title before it on the page, or numbers out of order
    from .headings import heading_match
    holes = [g for g in range(before + 1, after) if lines[g].role == BODY and lines[g].blank_before
             and heading_match(doc, lines[g]) is None]
    if not holes and number[-1] == 1 and _section_number(doc, lines[before]) == number[:-1] \
            and before + 1 < after and lines[before + 1].role == BODY:
        # a section's first subsection ("7.1." under "7."), no white space
        # below the section's title to tell another place: right under it
        return before + 1
    return holes[0] if len(holes) == 1 else None


def _in_sequence(doc: Document, a: Line, b: Line) -> bool:
    """Does title b follow title a as the next section, so that a's is
    left empty ("2." then "3.", "2.3." then "3."; not "2." then "4.", a
    page out of order, nor "2." then "2.1.", which needs no text between)?
    Titles without numbers may."""
    na, nb = _section_number(doc, a), _section_number(doc, b)
    if na is None or nb is None:
        # numbered in Roman numerals or letters ("III." then "IV.", "C." then
        # "D."; not "C." then "G."), read each way the labels allow
        ways = [(x, y) for x in _label_values(doc, a) for y in _label_values(doc, b) if x[0] == y[0]]
        return not ways or any(y[1] == x[1] + 1 for x, y in ways)
    return len(nb) <= len(na) and nb[:-1] == na[:len(nb) - 1] and nb[-1] == na[len(nb) - 1] + 1


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
LABEL = regex.compile(r"([IVXLCDM]{1,6}|[A-Z])\.\s+\p{Lu}")


def _label_values(doc: Document, ln: Line) -> list[tuple[str, int]]:
    """The values a title's label of Roman numerals or a letter may stand
    for, as ("roman", n) or ("letter", n): "C." may be either."""
    if ln.end - ln.start > LONGEST_TITLE:
        return []
    m = LABEL.match(doc.text, ln.start, ln.end)
    if m is None:
        return []
    label = m.group(1)
    out = []
    if all(ch in ROMAN_VALUES for ch in label):
        total = 0
        for k, ch in enumerate(label):
            v = ROMAN_VALUES[ch]
            total += -v if k + 1 < len(label) and ROMAN_VALUES[label[k + 1]] > v else v
        out.append(("roman", total))
    if len(label) == 1:
        out.append(("letter", ord(label) - ord("A") + 1))
    return out


def _opens_below(doc: Document, title: Line, ln: Line) -> bool:
    """May line ln stand right below the title: not a heading, or one of
    a subsection of the title's section ("1." over "1.1.")?"""
    from .headings import heading_match
    return heading_match(doc, ln) is None or _subsection_of(doc, ln, title)


def _subsection_of(doc: Document, ln: Line, title: Line) -> bool:
    """Does line ln open with the number of a subsection of the title's
    section ("1.1." under "1-")?"""
    outer, inner = (NUMBER_OPENING.match(doc.text, x.start, x.end) for x in (title, ln))
    if outer is None or inner is None:
        return False
    outer_n, inner_n = outer.group(1).split("."), inner.group(1).split(".")
    return len(inner_n) > len(outer_n) and inner_n[:len(outer_n)] == outer_n


def _next_openings(doc: Document, pages: list[list[Line]]) -> list[str]:
    """For each page: the first line of text on the next page that has any
    ("" where none follows)."""
    out = [""] * len(pages)
    nxt = ""
    for p in range(len(pages) - 1, -1, -1):
        out[p] = nxt
        first = next((ln for ln in pages[p] if ln.role == BODY), None)
        if first is not None:
            nxt = doc.line_text(first)
    return out


def _pages(lines: list[Line]):
    """Runs of lines between page furniture (or form feeds). Where the
    pages carry numbers, a running header's words away from any page
    number are the journal's name printed in the margin, which pdftotext
    sets down mid-page: no page edge."""
    numbers = [k for k, ln in enumerate(lines) if ln.role == REMOVED and ln.reason == "page-number"]
    page: list[Line] = []
    for k, ln in enumerate(lines):
        edge = (ln.role == REMOVED and ln.reason in FURNITURE and (
            not numbers or ln.reason == "page-number" or _near(numbers, k, PAGE_NUMBER_REACH))) \
            or (page and ln.page != page[-1].page)
        if edge and page:
            yield page
            page = []
        page.append(ln)
    if page:
        yield page


# how many lines from its page number a running header stands
PAGE_NUMBER_REACH = 3


def _near(sorted_ks: list[int], k: int, reach: int) -> bool:
    """Is some index in `sorted_ks` within `reach` of k?"""
    i = bisect.bisect_left(sorted_ks, k - reach)
    return i < len(sorted_ks) and sorted_ks[i] <= k + reach


def runs_on(t: str) -> bool:
    """The line's sentence goes on past it (no stop, or a broken word). A
    footnote marker after the stop ("situation.1") does not count."""
    t = MARKER_AFTER_STOP.sub("", t.rstrip())
    return not FINISHED.search(t) or t.endswith(LINE_END_HYPHENS)


def _blocks(doc: Document, page: list[Line]):
    """(lines before the first block, blocks, starts_lower, ends_open, size):
    a body line after white space opens a block; other lines travel with
    the block they follow."""
    blocks: list[list[Line]] = []
    lead: list[Line] = []
    for ln in page:
        if ln.role == BODY and (ln.blank_before or not blocks):
            blocks.append([ln])
        elif blocks:
            blocks[-1].append(ln)
        else:
            lead.append(ln)
    starts_lower, ends_open, size = [], [], []
    for block in blocks:
        body = [ln for ln in block if ln.role == BODY]
        starts_lower.append(doc.line_text(body[0])[:1].islower())
        ends_open.append(runs_on(doc.line_text(body[-1])))
        size.append(sum(ln.end - ln.start for ln in body))
    return lead, blocks, starts_lower, ends_open, size


def _move_orphan(doc: Document, page: list[Line], split, before_runs_on: bool,
                 next_goes_on: bool = True, broken_joins=None) -> list[Line] | None:
    """The page's lines with one block moved, or None to leave it. pdfminer
    sometimes emits the top of the right column between two blocks of the
    left one: a block then starts in lower case after a finished sentence,
    and elsewhere on the page a block breaks off mid-sentence before one
    that starts a new sentence. Where there is exactly one of each, the
    first goes after the second. (`next_goes_on`: the next page opens in
    lower case, the rest of a sentence; `broken_joins()`: see `_broken_joins`.)"""
    lead, blocks, starts_lower, ends_open, _size = split
    n = len(blocks)
    if n < 3:
        return None
    # a block of short lines (a heading, a scrap of furniture) is no
    # column's top and may end with no stop
    width = full_width(doc, page[0].column)
    full = [max(ln.end - ln.start for ln in block if ln.role == BODY) >= 0.7 * width for block in blocks]
    # (a heading ends with no stop, and what follows it opens a sentence)
    open_end = [ends_open[k] and full[k] for k in range(n)]
    orphans = [j for j in range(n) if starts_lower[j] and full[j] and not (open_end[j - 1] if j else before_runs_on)]
    # the page's last block may break off: the next page goes on with it;
    # after a colon a list or a quotation may start a new block. The page
    # before (-1) breaks off where this page starts a new sentence.
    dangling = [i for i in range(n - 1) if open_end[i] and not starts_lower[i + 1]
                and not _colon_end(doc, blocks[i])]
    if before_runs_on and not starts_lower[0]:
        dangling.append(-1)
    if len(orphans) == 1 and dangling in ([], orphans) and open_end[-1] and orphans[0] < n - 1 \
            and ((not starts_lower[0] and (ends_open[orphans[0]] or not next_goes_on))
                 or (before_runs_on and not ends_open[orphans[0]] and not next_goes_on)):
        # the page opens in order, its last block breaks off mid-sentence
        # and so does the orphan: it goes on with the last block, and the
        # next page with it (a page opening mid-sentence is rotated instead);
        # or the orphan ends the sentence the page's last block left open,
        # which the next page does not go on with (then the page may open
        # with the rest of the page before's)
        dangling = [n - 1]
    if len(orphans) != 1 or len(dangling) != 1:
        return None
    j, i = orphans[0], dangling[0]
    if i in (j - 1, j):
        return None
    if i >= 0 and broken_joins is not None and broken_joins()(i, j):
        return None  # the block that breaks off does so in a word the orphan does not finish
    order = [k for k in range(n) if k != j]
    order.insert(order.index(i) + 1 if i >= 0 else 0, j)
    return lead + [ln for k in order for ln in blocks[k]]


# blocks a page may hold for `_solve_order` to try every order of them
MAX_SOLVED_BLOCKS = 10
# a section's text that opens with its title's words ("CASA/MIA Prototype
# setup" over "… a prototype detector … at the CASA/MIA site") is its own:
# each shared word (up to ECHOES; one alone only where rarer than
# RARE_ECHO_ZIPF) takes TITLE_ECHO off the seam; words as common as
# ECHO_ZIPF say nothing, and only a block's first ECHO_WORDS words count
TITLE_ECHO = 0.4
ECHOES = 3
RARE_ECHO_ZIPF = 3.5
ECHO_ZIPF = 5.0
ECHO_WORDS = 60
CONTENT_WORD = regex.compile(r"\p{L}{3,}")
# a text right after the text it came out after: less than a turned pair
# (a hundredth), so it only decides between orders that read as well
KEPT_TOGETHER = 0.005
# how much better than the page as emitted an order must read to be taken
SOLVED_GAIN = 2


def _solve_order(doc: Document, split, before_runs_on: bool, next_lower: bool,
                 broken_joins) -> list[Line] | None:
    """The page's blocks in the order that reads best, where the moves above
    found none, the page's section numbers stand out of order and the page
    reads clearly better so: pdftotext's default mode sometimes emits a
    two-column page's titles and blocks in an order no single move mends.

    An order is charged for each seam that reads wrong (a finished sentence
    going on in lower case, an unfinished one with a capital or a title, a
    broken word joined into no word, a title over another that leaves its
    section empty), for each pair of section numbers out of order, and a
    little for each pair of blocks it turns around; the cheapest of all
    orders is found by dynamic programming over the sets of blocks placed.
    Taken only where it costs at least `SOLVED_GAIN` less than the page as
    emitted. A text that opens with words of the title above it costs a
    little less there (`TITLE_ECHO`); of orders that read as well, the one
    that keeps texts emitted one after the other together wins (titles are
    what pdftotext sets apart). Also tried where a single move leaves the
    page's section numbers out of order."""
    lead, blocks, starts_lower, ends_open, _size = split
    n = len(blocks)
    if not 3 <= n <= MAX_SOLVED_BLOCKS:
        return None
    first, last, nums = [], [], []
    for block in blocks:
        body = [ln for ln in block if ln.role == BODY]
        num = _section_number(doc, body[0], body[1] if len(body) > 1 else None)
        first.append("title" if num else "lower" if starts_lower[len(first)] else "upper")
        nums.append(num)
        tail = body[-1]
        # (a title may wrap, under a number alone: "3." / "CASA/MIA Prototype" / "setup")
        whole_title = num and (tail is body[0] or (len(body) <= MAX_TITLE_LINES + 1
                                                   and sum(ln.end - ln.start for ln in body) <= LONGEST_TITLE))
        last.append("title" if whole_title else "open" if ends_open[len(last)] else "closed")
    numbered = [num for num in nums if num]
    if not any(a > b for k, a in enumerate(numbered) for b in numbered[k + 1:]):
        # section numbers in order: the blocks' seams alone let too many
        # orders read well (a title may be followed by text in either case)
        return None
    broken = None
    langs = lookup_langs(doc.lang)
    words = [_content_words(doc, block, langs) for block in blocks]

    def echoes(j: int, k: int) -> int:
        """How many of title j's words block k's opening uses (up to ECHOES);
        one alone counts where it is rare ("scheduler", not "implementation")."""
        shared = words[j] & words[k]
        if len(shared) == 1 and best_zipf(next(iter(shared)), langs) >= RARE_ECHO_ZIPF:
            return 0
        return min(len(shared), ECHOES)

    def seam(j: int, k: int) -> float:
        """The cost of block k right after block j (-1: the page before)."""
        nonlocal broken
        before = ("open" if before_runs_on else "closed") if j < 0 else last[j]
        kind = first[k]
        if j < 0 and kind == "lower":
            # the page's opening in lower case goes on from the page before,
            # whatever the line above it seems (a note not taken for one)
            return 0.0
        if before == "open":
            cost = 0.0 if kind == "lower" else 1.0
        elif before == "closed":
            cost = 1.0 if kind == "lower" else 0.0
        elif kind == "title":  # a subsection's title; another leaves a section empty
            cost = 0.0 if nums[k][:len(nums[j])] == nums[j] and len(nums[k]) > len(nums[j]) else 1.0
        else:  # a title: its section's text follows, in either case
            cost = 0.0
        if kind == "lower" and before == "open":
            if broken is None:
                broken = broken_joins()
            cost += broken(j, k)
        if before == "title" and kind != "title":
            cost -= TITLE_ECHO * echoes(j, k)  # the section's text takes up its title's words
        elif k == j + 1 and kind != "title":
            cost -= KEPT_TOGETHER  # of orders as good, texts left as emitted (titles move)
        return cost

    def end(j: int) -> float:
        """The cost of ending the page with block j (the next page opens in
        lower case, or not); half a seam: that page may be out of order too."""
        nonlocal broken
        cost = 0.5 * ((last[j] != "open") if next_lower else (last[j] == "open"))
        if next_lower and last[j] == "open":
            if broken is None:
                broken = broken_joins()
            cost += broken(j, n)
        return cost

    def total(order: list[int]) -> float:
        cost, prev = 0.0, -1
        for k in order:
            cost += seam(prev, k)
            prev = k
        inversions = sum(1 for a in range(n) for b in range(a + 1, n)
                         if nums[order[a]] and nums[order[b]] and nums[order[a]] > nums[order[b]])
        return cost + end(order[-1]) + inversions

    # best[placed set][last block] = (cost, block before it); a pair of
    # blocks turned around costs a hundredth, so that of equal readings the
    # nearest to the page as emitted wins
    greater = [sum(1 << x for x in range(n) if nums[x] and nums[k] and nums[x] > nums[k]) for k in range(n)]
    after = [sum(1 << x for x in range(k + 1, n)) for k in range(n)]
    seams = [[seam(j, k) for k in range(n)] for j in range(-1, n)]  # row j + 1
    best: dict[int, dict[int, tuple[float, int]]] = {
        1 << k: {k: (seams[0][k] + 0.01 * k, -1)} for k in range(n)}
    layer = list(best)
    for _ in range(n - 1):
        nxt_layer = set()
        for mask in layer:
            for j, (cost, _prev) in best[mask].items():
                for k in range(n):
                    if mask >> k & 1:
                        continue
                    c = cost + seams[j + 1][k] + (mask & greater[k]).bit_count() \
                        + 0.01 * (mask & after[k]).bit_count()
                    grown = best.setdefault(mask | 1 << k, {})
                    if k not in grown or c < grown[k][0]:
                        grown[k] = (c, j)
                    nxt_layer.add(mask | 1 << k)
        layer = list(nxt_layer)
    full = (1 << n) - 1
    k = min(best[full], key=lambda x: best[full][x][0] + end(x))
    order, mask = [], full
    while k >= 0:
        order.append(k)
        k, mask = best[mask][k][1], mask & ~(1 << k)
    order.reverse()
    if order == list(range(n)) or total(order) > total(list(range(n))) - SOLVED_GAIN:
        return None
    return lead + [ln for k in order for ln in blocks[k]]


def _content_words(doc: Document, block: list[Line], langs: tuple[str, ...]) -> set[str]:
    """The block's first ECHO_WORDS words of some weight (not "the", "of"),
    Turkish-lowercased: all of a title's, a text's opening."""
    words = (lower_tr(w) for ln in block if ln.role == BODY for w in CONTENT_WORD.findall(doc.line_text(ln)))
    return set(islice((w for w in words if best_zipf(w, langs) < ECHO_ZIPF), ECHO_WORDS))


def _disorder(doc: Document, lines: list[Line]) -> int:
    """How many pairs of section numbers ("5. Using …", "6 When …") these
    lines hold out of order."""
    nums = [num for num in (_section_number(doc, ln) for ln in lines if ln.role == BODY) if num]
    return sum(a > b for k, a in enumerate(nums) for b in nums[k + 1:])


def _colon_end(doc: Document, block: list[Line]) -> bool:
    last = [ln for ln in block if ln.role == BODY][-1]
    return doc.line_text(last).rstrip().endswith(":")


def _broken_joins(doc: Document, blocks: list[list[Line]], before_text: str, after_text: str = ""):
    """A function telling, for block k after block j (-1: the page before;
    len(blocks): the page after, its first line `after_text`), whether a
    word broken at the end of j is joined by k's first word into no known
    word ("as-" + "man partial …"), where another order would make one
    ("as-" + "signments"). Seams with no broken word are never bad."""
    tails, heads = _seam_words(doc, blocks, before_text, after_text)
    if not tails or not heads:
        return lambda j, k: False
    known = _known_word(doc, lookup_langs(doc.lang))

    def bad(j: int, k: int) -> bool:
        return j in tails and k in heads and not known(tails[j] + heads[k]) \
            and any(known(tails[j] + heads[x]) for x in heads if x != k)
    return bad


def _seam_words(doc: Document, blocks: list[list[Line]], before_text: str,
                after_text: str) -> tuple[dict[int, str], dict[int, str]]:
    """The word broken at the end of each block (-1: the page before) and
    the lower-case word each block (len(blocks): the page after) opens
    with, by block index."""
    tails, heads = {}, {}
    if before_text:
        m = BROKEN_TAIL.search(before_text)
        if m:
            tails[-1] = m.group(1)
    h = LOWER_HEAD.match(after_text)
    if h:
        heads[len(blocks)] = h.group(0)
    for k, block in enumerate(blocks):
        body = [ln for ln in block if ln.role == BODY]
        m = BROKEN_TAIL.search(doc.line_text(body[-1]))
        if m:
            tails[k] = m.group(1)
        h = LOWER_HEAD.match(doc.line_text(body[0]))
        if h:
            heads[k] = h.group(0)
    return tails, heads


def _known_word(doc: Document, langs: tuple[str, ...]):
    """A function telling whether a word is the document's own or in the
    lexicon."""
    vocab = doc.vocabulary()

    def known(w: str) -> bool:
        w = lower_tr(w)
        return vocab.get(w, 0) > 0 or best_zipf(w, langs) >= 2.0
    return known


# pieces both this common are two words ("Türk-" + "Rus"), not one broken
WORD_ZIPF = 3.0
# blocks a page may hold for `_move_word_rest` to try each move (n² orders
# of n seams each): a column's chunks, not a page of one-line paragraphs
MAX_MOVED_BLOCKS = 40


def _move_word_rest(doc: Document, split, before_runs_on: bool, before_text: str,
                    after_text: str) -> list[Line] | None:
    """The page's lines with one block moved so that broken words find
    their rests, or None. pdftotext's default mode sometimes sets a
    column's top down after blocks of the next column (where text stands
    in the right margin): a block breaks off in a word ("accessi-") before
    one that opens a new sentence or goes on with no rest of that word
    ("iden-" + "may be …"), and the word's rest ("ble sky to …", "tify")
    opens a block further down, after one that runs on too, so case alone
    shows nothing amiss. A seam is bad where a sentence ends before a
    lower-case start, or a broken word meets no rest while another block
    (or the page before or after) opens with one; a rest finishes the word
    into a known one whose pieces are not two common words ("Türk-" + "Rus").
    Of the orders that move one lower-case block after another block (or to
    the page's top), the one with the fewest bad seams is taken where it has
    fewer than the page as emitted, fewer at broken words too, and no other
    order ties it (but one that moves the page's first block)."""
    lead, blocks, starts_lower, ends_open, _size = split
    n = len(blocks)
    if not 2 <= n <= MAX_MOVED_BLOCKS:
        return None
    tails, heads = _seam_words(doc, blocks, before_text, after_text)
    if not tails or not heads:
        return None
    langs = lookup_langs(doc.lang)
    known = _known_word(doc, langs)
    rests = {(j, k) for j in tails for k in heads if j != k and known(tails[j] + heads[k])
             and not (best_zipf(lower_tr(tails[j]), langs) >= WORD_ZIPF
                      and best_zipf(lower_tr(heads[k]), langs) >= WORD_ZIPF)}
    if not rests:
        return None
    wanting = {j for j, _ in rests}

    def cost(order: list[int]) -> tuple[int, int]:
        """(bad seams, of them at broken words)"""
        bad, words, prev_open, prev = 0, 0, before_runs_on, -1
        for k in [*order, n]:
            if (starts_lower[k] if k < n else n in heads) and not prev_open:
                bad += 1
            elif prev in wanting and (prev, k) not in rests:
                bad += 1
                words += 1
            if k < n:
                prev_open, prev = ends_open[k], k
        return bad, words

    base = cost(list(range(n)))
    best: list[tuple[tuple[int, int], list[int]]] = []
    for j in range(n):
        if not starts_lower[j]:
            continue
        rest = [k for k in range(n) if k != j]
        for at in range(n):
            order = rest[:at] + [j] + rest[at:]
            if order != list(range(n)):
                best.append((cost(order), order))
    if not best:
        return None
    low = min(c for c, _ in best)
    winners = {tuple(order) for c, order in best if c[0] == low[0]}  # (one order, two moves)
    if len(winners) > 1:
        # a block set down late is the extractor's slip, a page opening in
        # order the rule: of orders that read as well, one keeping the
        # page's first block first
        winners = {order for order in winners if order[0] == 0}
    if low[0] >= base[0] or low[1] >= base[1] or len(winners) != 1:
        return None  # (only a broken word's rest makes a move: case alone is no proof)
    order = list(winners.pop())
    # (what stands below a broken word's line, a header or a keyword line set
    # down there, goes below the block that now follows it: no paragraph
    # ends at it)
    out = list(lead)
    carried: list[Line] = []
    for k in order:
        block = blocks[k]
        last = max(x for x, ln in enumerate(block) if ln.role == BODY) + 1
        out += block[:last] + carried
        carried = block[last:] if k in tails else []
        if k not in tails:
            out += block[last:]
    return out + carried


# a word broken at the line's end, and a line going on in lower case
BROKEN_TAIL = regex.compile(r"(\p{L}+)[" + HYPHEN_CLASS + "]$")
LOWER_HEAD = regex.compile(r"\p{Ll}+")


def _rotate(split, before_runs_on: bool, broken_joins=None) -> list[Line] | None:
    """The page's lines with its blocks rotated, or None to leave it
    (`split`: the page cut into blocks by `_blocks`; `broken_joins()`
    makes the test whether block k after block j (-1: the page before)
    joins a broken word into no word, see `_broken_joins`)."""
    lead, blocks, starts_lower, ends_open, size = split
    if len(blocks) < 2:
        return None
    # the page must break off mid-sentence, and its first block must be a
    # sentence's rest: the marks of a column read too early; or the page
    # before broke off and this one opens a new sentence instead, its rest
    # starting in lower case further down (the right column came first)
    early = ends_open[-1] and starts_lower[0]
    hanging = before_runs_on and not starts_lower[0] and not ends_open[-1]
    if not (early or hanging):
        return None
    broken = broken_joins() if broken_joins else (lambda j, k: False)

    n = len(blocks)

    def bad_seams(order: list[int]) -> int:
        """Seams where a finished sentence is followed by a lower-case
        start, or a broken word by a start that makes it no word (the next
        page's too)."""
        prev_open, prev = before_runs_on, -1
        bad = 0
        for k in order:
            bad += (starts_lower[k] and not prev_open) or broken(prev, k)
            prev_open, prev = ends_open[k], k
        return bad + broken(prev, n)

    base = bad_seams(list(range(n)))
    best = None
    for j in range(1, n):
        if not starts_lower[j] or (ends_open[j - 1] and not broken(j - 1, j)):
            continue
        order = list(range(j, n)) + list(range(j))
        score = (bad_seams(order), -size[j])  # fewer bad seams; a column's top is no scrap
        if score[0] < base and (best is None or score < best[0]):
            best = (score, order)
    if best is None:
        return None
    return lead + [ln for k in best[1] for ln in blocks[k]]


def _swap_pairs(doc: Document, lines: list[Line], should_swap, key: str) -> int:
    """Swap, in place, each pair of body lines i, i + 1 that
    `should_swap(doc, lines, body, text, i)` picks (it sees the lines
    around the pair too); count the swaps in `doc.layout[key]`."""
    body = [k for k, ln in enumerate(lines) if ln.role == BODY]
    text = [doc.line_text(lines[k]) for k in body]
    swapped = 0
    i = 1
    while i + 2 < len(body):
        if should_swap(doc, lines, body, text, i):
            a, b = body[i], body[i + 1]
            # white space above the pair stays above it
            lines[a].blank_before, lines[b].blank_before = lines[b].blank_before, lines[a].blank_before
            lines[a], lines[b] = lines[b], lines[a]
            text[i], text[i + 1] = text[i + 1], text[i]
            swapped += 1
            i += 3
            continue
        i += 1
    if swapped:
        doc.layout[key] = swapped
    return swapped


def _late_last_line(doc: Document, lines: list[Line], body: list[int], text: list[str], i: int) -> bool:
    """A paragraph's last line that came out one line late (see the
    module's note)."""
    x, y, z, w = text[i - 1], text[i], text[i + 1], text[i + 2]
    # the cheap tests on first letters first
    return (z[:1].islower() and w[:1].islower() and y[:1].isupper() and not y.isupper()
            and runs_on(x) and runs_on(y) and not runs_on(z)
            and len(z) < 0.6 * full_width(doc, lines[body[i + 1]].column)
            and not any(lines[body[k]].blank_before for k in (i, i + 1, i + 2)))


def _ends_sentence(t: str) -> bool:
    """A finished sentence, not an abbreviation ("e.g.", "et al.")."""
    t = MARKER_AFTER_STOP.sub("", t.rstrip())
    if not FINISHED.search(t):
        return False
    last = t.rsplit(None, 1)[-1].rstrip("\"”’'»)].!?…")
    return "." not in last and len(last) > 2


def _bad_seam(a: str, b: str) -> bool:
    """A seam no reading order makes: a finished sentence going on in lower
    case, or a broken word in small letters going on with a capital (in
    capitals, "EVIC-" / "TION SCHEDULER", it goes on so)."""
    return (b[:1].islower() and _ends_sentence(a)) or (b[:1].isupper() and a.endswith(LINE_END_HYPHENS)
                                                        and a[-2:-1].islower())


def _halves_reversed(doc: Document, lines: list[Line], body: list[int], text: list[str], i: int) -> bool:
    """pdfminer sometimes emits the two halves of one printed line in the
    wrong order ("In princi-" / "observers working intersubjectively)." /
    "ple, A can …"): two short lines that together fill a line, whose
    seams read wrong as given and right when swapped."""
    p, x, y, n = text[i - 1], text[i], text[i + 1], text[i + 2]
    width = full_width(doc, lines[body[i]].column)
    if not (len(x) < 0.75 * width and len(y) < 0.75 * width and 0.85 * width <= len(x) + len(y) + 1 <= 1.15 * width):
        return False
    if any(lines[body[k]].blank_before for k in (i + 1, i + 2)) \
            or len({(lines[body[k]].page, lines[body[k]].column) for k in (i - 1, i, i + 1, i + 2)}) != 1:
        return False
    given = _bad_seam(p, x) + _bad_seam(x, y) + _bad_seam(y, n)
    return given > 0 and not (_bad_seam(p, y) or _bad_seam(y, x) or _bad_seam(x, n))
