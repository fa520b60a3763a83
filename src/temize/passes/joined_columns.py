"""Two columns that the extractor set side by side with a single space
(pdfplumber's text, PDFBox's sorted text): "Replay can be described as
creating a fac- erence execution in its entirety; some se-".

No gap shows the gutter, but the left column's words broken at its margin
do: a hyphen, a space and the word's lower-case rest in the middle of a
line. Where such seams stand at one printed width (the column's measure),
the document's lines are cut where their left part fills that measure,
and each run of cut lines is read left column first. Where the columns'
baselines fall out of step, their lines come one of each in turn instead:
such lone lines are dealt to the column they read on in best. The words
broken at a line's end that go on two lines below, not at the next line,
show such lines in turn (on a page with no seam too, whose lines' width
then gives the measure), and their lines hold one column each. A run ends
at a page's furniture (a page number, a line that recurs), since these
extractors mark no page break, and at an abstract's or a keyword list's
label, which stand above the columns.
A page's notes, from a note's first line at its foot down, are set in
smaller type: more letters to a line than the text's measure. Their own
measure, read from lines of one note and from the words broken at the left
notes' margin, cuts the lines that hold a note's part.

Widths, as estimated from the letters, wander by a few per cent, about a
short word's width; where two cuts fit, the lines around decide: a word
broken at one column line's end goes on at the next one's start, and no
column line holds a broken word or a common word capitalised after a
small letter inside it. A numbered section's title stands short beside a
full line of the other column.
"""
from __future__ import annotations

import bisect
from statistics import median

import regex

from ..document import BODY, Document, Line
from ..casing import lower_tr
from ..layoutstats import text_width
from ..lexicon import best_zipf, joins_inflected, lookup_langs
from ..marks import HYPHEN_CLASS, LINE_END_HYPHENS
from .columns import read_in_turn
from .front import KEYWORD_RE, abstract_label
from .headers import SECTION_TITLE, is_page_no, template
from .headings import section_name
from .reading_order import runs_on

NAME = "joined_columns"

# a word broken at the left column's margin, its rest opening the right
# column's line ("fac- erence"); "pre- and post-" is no seam
SEAM = regex.compile(r"(?<=\p{L}{2})- (?=\p{Ll}{2,})(?!(?:and|or|to|und|oder|ve|veya|ile|et|ou)\b)")
MIN_SEAMS = 5
AGREE = 0.08      # how far a seam's printed width may stray from the measure
FIT = 0.05        # how closely a cut must fill the measure
LOOSE_FIT = 0.15  # the same, for a line about twice the measure near the seams
NEAR = 16         # lines around a cut that must hold a seam (a page may go a dozen lines without one)
FAR = 30          # lines around a footnote's line that must hold a cut
FOOT_LINES = 15   # how far above a page's furniture its footnotes reach
MAX_JOINED = 2.15  # two column lines and a space: no wider (a line across the page is)
NOTES_SIDE_BY_SIDE = 2.9  # two column lines of notes (type at least 0.75 of the text's): no wider
NOTE_MEASURE = (1.05, 1.45)  # the measure of such notes, as a share of the text's
MIN_NOTE_LINES = 2  # lines of one note, or words broken at a note's margin, that show its measure
ALTERNATION = 0.5  # for a lone line of the other column than the lone line before
BEAM = 64         # ways of dealing a run's lone lines kept at each line (the best)
FLOWS = 2.0       # the continuity of a broken word going on into a known word
HEAD = regex.compile(r"\p{Ll}+")
# a word broken at a line's end, inside a part: that part is no one line
INNER_SEAM = regex.compile(r"\p{L}{2}[" + HYPHEN_CLASS + r"] (?!(?:and|or|to|und|oder|ve|veya|ile|et|ou)\b)")
# a capitalised word after a word in lower case, with no stop between
OPENS_AFTER_OPEN = regex.compile(r"(?<=\p{Ll}) (\p{Lu}\p{Ll}*)(?![\p{L}\d.-])")
OPENING_ZIPF = 5.5  # as common as "the", "we", "but", "bu": no name
# a note's number (or mark) before its first word
LABEL_OPENS = regex.compile(r"(?:\d{1,2}|[*†‡§])\s?\p{Lu}")
NOTE_OPENS = regex.compile(r"(?:^|(?<=[\p{Ll}\d)\]”\x22’'][.,;:\-]? ))(?:\d{1,2}|[*†‡§])\s?\p{Lu}(?:\p{Ll}|\s)")  # ("1A particularly")
LABEL_ENDS = regex.compile(r"(?<=\s)(?:\d{1,2}|[*†‡§])$")
STOPS = ".!?:"  # a paragraph's last line mostly ends at one
# a numbered section's title ending a line, after a word ("… held-out set 6.1- Cache",
# "1. ABSTRACT 4. Large-event trigger")
INNER_TITLE = regex.compile(r"(?<=\p{L}[,;]?) (?=\d{1,2}(?:\.\d{1,2})*\.?\s*[.\-–)]\s*(?P<title>\p{Lu}.*)$)")
MAX_TITLE_WORDS = 8
TITLE_PART = 0.7  # a title's part of a joined line: no wider (of the measure)
TITLE_NUMBER = regex.compile(r"(\d{1,2}(?:\.\d{1,2})*)")
# a sentence's end and a word in lower case after it: no one column line
# ("mek niyetindeyim. tesi Muhabirine")
STOP_INSIDE = regex.compile(r"\p{Ll}{2}[.!?] \p{Ll}")
# words that a number after them counts: no title follows ("Section 2. The")
COUNTED = {"section", "sections", "chapter", "table", "figure", "fig", "eq", "equation", "part", "step",
           "bölüm", "kısım", "tablo", "şekil", "madde", "adım", "abschnitt", "kapitel", "tabelle", "abbildung"}


def run(doc: Document) -> None:
    if doc.layout.get("columns", 1) != 1:
        return  # the columns pass found a gutter
    text = doc.text
    body = [ln for ln in doc.lines if ln.role == BODY]
    langs = lookup_langs(doc.lang)
    seams = _seam_widths(text, body)
    # words broken at a line's end that go on two lines below: the columns'
    # lines one of each in turn, on some pages (their baselines out of step)
    # or on all
    found = _words_going_on_two_lines_below(doc, body, langs)

    def in_turn(measure: float) -> set[int]:
        return {k for k in found
                if all(text_width(doc.line_text(body[i])) <= (1 + LOOSE_FIT) * measure for i in range(k, k + 3))}

    measure = _measure(list(seams.values()))
    if measure is not None and _split(doc, body, measure, seams, in_turn(measure)):
        return
    # no seams, or too few: their lines' width gives the measure
    measure = _measure([text_width(doc.line_text(body[k])) for k in found])
    if measure is None:
        return
    turns = in_turn(measure)
    if len(turns) >= MIN_SEAMS:
        _split(doc, body, measure, {}, turns)


def _split(doc: Document, body: list[Line], measure: float, seams: dict[int, float], turns: set[int]) -> bool:
    """Cut the joined lines near the seams (or the lines in turn) at the
    measure and read each run of the two columns' lines in order; False
    where too few lines are cut and no lines come in turn."""
    text = doc.text
    langs = lookup_langs(doc.lang)
    near_seam = [False] * len(body)
    for s in seams.keys() | turns:
        for k in range(max(0, s - NEAR), min(len(body), s + NEAR + 1)):
            near_seam[k] = True
    cuts = {}

    def around(k: int) -> tuple[str, str]:
        return (doc.line_text(body[k - 1]) if k else "",
                doc.line_text(body[k + 1]) if k + 1 < len(body) else "")

    for k, ln in enumerate(body):
        if not near_seam[k]:
            continue  # (a full line of one column fills the measure by chance)
        cut = _cut(text, ln, measure, FIT, around(k), langs)
        if cut is not None:
            cuts[k] = cut
    if len(cuts) < MIN_SEAMS and not turns:
        return False
    # near the seams, a line about twice the measure long holds two parts
    # too, its word spaces stretched or squeezed more than most
    for k in range(len(body)):
        if k not in cuts and near_seam[k] and text_width(doc.line_text(body[k])) >= 1.75 * measure:
            cut = _cut(text, body[k], measure, LOOSE_FIT, around(k), langs)
            if cut is not None:
                cuts[k] = cut
    # a line past the measure with no such cut: the left column's short
    # line (a paragraph's end) beside a full line of the right column (not
    # a running header, which recurs)
    recurring = _recurring(doc, body, cuts)
    for k in range(len(body)):
        if k not in cuts and k not in recurring and near_seam[k] \
                and text_width(doc.line_text(body[k])) >= 1.1 * measure:
            cut = _cut_beside_short(text, body[k], measure, around(k), langs)
            if cut is not None:
                cuts[k] = cut
    # a line ending in a numbered section's title: the right column's
    # title beside the left column's line ("… held-out set 6.1- Cache"),
    # anywhere beside the left column's own ("1. ABSTRACT 4. Large-event
    # trigger", over columns whose lines come in turn)
    for k in range(len(body)):
        if k not in cuts and k not in recurring:
            cut = _cut_before_title(text, body[k], measure)
            if cut is not None and (near_seam[k] or SECTION_TITLE.match(text[body[k].start:cut])):
                cuts[k] = cut
    # a line far past the measure with no such cut: a footnote of the left
    # column (smaller type, more letters to the measure) beside a full line
    # of the right column
    cut_at = sorted(cuts)
    foot = _near_page_foot(doc, body, recurring)
    for k in range(len(body)):
        near_cut = bisect.bisect_right(cut_at, k + FAR) > bisect.bisect_left(cut_at, k - FAR)
        if k not in cuts and foot[k] and near_cut \
                and text_width(doc.line_text(body[k])) >= 1.6 * measure:
            cut = _cut_before_full_right(text, body[k], measure, FIT, left_at_most=1.4)
            if cut is not None:
                cuts[k] = cut
    # a page's notes in the joined columns: from a note's first line down,
    # in smaller type (more letters to a line than the text's measure);
    # their measure shows in the lines of one note and in the words broken
    # at the left notes' margin beside the right column's notes (a line
    # wider than two text lines)
    def width(k: int) -> float:
        return text_width(doc.line_text(body[k]))

    zone = _note_zones(doc, body, foot)
    side_by_side = {k for k in range(len(body))
                    if foot[k] and MAX_JOINED * measure < width(k) <= NOTES_SIDE_BY_SIDE * measure}
    note_measure = _measure([r for r in [seams[k] / measure for k in seams if k in side_by_side]
                             + [width(k) / measure for k in zone] if NOTE_MEASURE[0] <= r <= NOTE_MEASURE[1]],
                            least=MIN_NOTE_LINES)
    notes = side_by_side if note_measure else set()
    one_column = _one_column_lines(doc, body, measure, notes)
    # a line whose broken word goes on two lines below, and the other
    # column's line between, hold one column each
    one_column |= turns | {k + 1 for k in turns}
    front_lines = _front_lines(doc, body)
    for k in one_column | front_lines:
        cuts.pop(k, None)
    if note_measure:
        for k in sorted((notes | zone) - front_lines):
            if width(k) <= (1 + FIT) * note_measure * measure:
                cuts.pop(k, None)  # a line of one note
                continue
            # the left column's notes beside the right column's notes,
            # its text beside the right column's notes, or its notes beside
            # the right column's text
            found = [c for c in (_scored_cut(text, body[k], note_measure * measure, note_measure * measure, FIT,
                                             around(k), langs),
                                 _scored_cut(text, body[k], measure, note_measure * measure, FIT, around(k), langs),
                                 _scored_cut_before_text(text, body[k], measure, NOTE_MEASURE[1], FIT, around(k),
                                                         langs))
                     if c is not None]
            if found:
                cuts[k] = min(found)[1]
        # a line of one note beside such lines
        for k in {k + d for k in notes for d in (-1, 1)} - notes:
            if 0 <= k < len(body) and width(k) <= (1 + FIT) * note_measure * measure:
                cuts.pop(k, None)
    if len(cuts) < MIN_SEAMS and not turns:
        return False  # what looked cut was a page's width set in one column
    doc.lines = _reorder(doc, body, cuts, recurring | front_lines, measure, turns)
    doc.layout["columns"] = 2
    doc.layout["joined_columns"] = len(cuts)
    return True


def _seam_widths(text: str, body: list[Line]) -> dict[int, float]:
    """The printed width up to each body line's last seam (a word broken at
    the left column's margin, its rest after one space), by line index."""
    if text.count("- ") < MIN_SEAMS:
        return {}
    found = [m.start() for m in SEAM.finditer(text)]
    if len(found) < MIN_SEAMS:
        return {}
    by_start = sorted((ln.start, ln.end, k) for k, ln in enumerate(body))
    starts = [b[0] for b in by_start]
    last_seam: dict[int, tuple[int, int]] = {}  # a line's last seam (measured once: lines may be long)
    for at in found:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at + 4 < by_start[i][1]:
            ls, _le, k = by_start[i]
            last_seam[k] = (ls, at)
    return {k: text_width(text[ls:at + 1]) for k, (ls, at) in last_seam.items()}


def _measure(widths: list[float], least: int = MIN_SEAMS) -> float | None:
    """The column's measure: the median of the widths of lines that end at
    its margin, if there are `least` or more and most of them agree on it
    (hyphens at random places in running text do not)."""
    if len(widths) < least:
        return None
    measure = median(widths)
    if sum(abs(w - measure) <= AGREE * measure for w in widths) < 0.6 * len(widths):
        return None
    return measure


def _words_going_on_two_lines_below(doc: Document, body: list[Line], langs: tuple[str, ...]) -> set[int]:
    """Indexes of the lines whose broken last word goes on, not at the next
    line's start, but at the start of the line after it: the lines of two
    columns whose baselines are out of step, one of each in turn (pdfplumber
    and PDFBox's sorted text print no line of both). Empty where words
    broken at a line's end mostly go on at the next line, as in one column."""
    text = doc.text
    broken = [k for k in range(len(body) - 2) if text[body[k].end - 1:body[k].end] in LINE_END_HYPHENS]
    turns: set[int] = set()
    next_line = 0
    for n, k in enumerate(broken):
        if next_line >= len(turns) + len(broken) - n:
            return set()  # (the words that go on at the next line outnumber any turns left to find)
        head = doc.line_text(body[k])
        if _finishes(head, doc.line_text(body[k + 1]), langs):
            next_line += 1
        elif _finishes(head, doc.line_text(body[k + 2]), langs):
            turns.add(k)
    return turns if len(turns) > next_line else set()


def _near_page_foot(doc: Document, body: list[Line], recurring: set[int]) -> list[bool]:
    """Which lines stand within FOOT_LINES above a page's furniture (a page
    number, a line that recurs), where a page's footnotes are."""
    out = [False] * len(body)
    left = 0
    for k in range(len(body) - 1, -1, -1):
        if k in recurring or is_page_no(doc.line_text(body[k])):
            left = FOOT_LINES
        elif left:
            out[k] = True
            left -= 1
    return out


def _note_zones(doc: Document, body: list[Line], foot: list[bool]) -> set[int]:
    """Indexes of the lines from a note's first line (its number before a
    capital, opening the line or a column's part of it) to its page's
    furniture."""
    zone: set[int] = set()
    for k in range(len(body)):
        if foot[k] and (k in zone or k - 1 in zone or NOTE_OPENS.search(doc.line_text(body[k]))):
            zone.add(k)
    return zone


def _one_column_lines(doc: Document, body: list[Line], measure: float, notes: set[int]) -> set[int]:
    """Indexes of the lines in stretches of wide lines set across the page
    in one column (an abstract above the columns): there a word broken at
    a line's end goes on at the next line's start more often than a seam
    stands inside a line (beside each other, the right column's broken
    word and the left column's next line make no word); and a line whose
    sentence comes on from a line wider than two columns' parts."""
    langs = lookup_langs(doc.lang)
    texts = [doc.line_text(ln) for ln in body]
    wide = [text_width(t) >= 1.5 * measure for t in texts]
    out: set[int] = set()
    for k, j in _stretches(wide):
        if _under_abstract_label(doc, body, k):
            # an abstract set across the page above the columns: its lines
            # fill two columns' width by design, so widths cannot tell
            out.update(range(k, j))
            continue
        seams = sum(1 for i in range(k, j) if SEAM.search(texts[i]))
        flows = sum(1 for i in range(k, j - 1) if _continuity(texts[i], texts[i + 1], measure, langs) >= FLOWS)
        if flows > seams:
            out.update(range(k, j))
    # the short last line of a paragraph set across the page (not two
    # columns' `notes` side by side)
    out.update(k for k in range(1, len(body)) if k - 1 not in notes
               and text_width(texts[k - 1]) > MAX_JOINED * measure and runs_on(texts[k - 1]))
    return out


def _front_lines(doc: Document, body: list[Line]) -> set[int]:
    """Indexes of the lines that label an abstract or a keyword list: they
    stand above the columns, and a page's columns start below them."""
    return {k for k, ln in enumerate(body) if KEYWORD_RE.match(doc.line_text(ln)) or abstract_label(doc, ln)}


LABEL_WORDS = 3  # an abstract's label alone on its line: "Öz", "Geniş Özet"


def _under_abstract_label(doc: Document, body: list[Line], k: int) -> bool:
    """Does the stretch of lines from body[k] open an abstract: its first
    line the label with the text ("Abstract: The …"), or the label alone
    on the line above ("Öz")?"""
    return abstract_label(doc, body[k]) is not None or (
        k > 0 and abstract_label(doc, body[k - 1]) is not None
        and len(doc.line_text(body[k - 1]).split()) <= LABEL_WORDS)


# what a cut gains where a broken word's rest opens the column line after
# it, or loses where a sentence ends before a line that goes on in lower case
# (a share of the measure, as the misses are)
WORD_GOES_ON = 0.1
SENTENCE_GOES_ON = 0.03
# how much farther from the measure a cut may fall that a seam or the lines
# around vouch for (a line of few words stretches its spaces far)
VOUCHED_FIT = 0.04


def _cut(text: str, ln: Line, measure: float, fit: float, around: tuple[str, str],
         langs: tuple[str, ...]) -> int | None:
    """The offset of the space between the two columns' parts of line ln,
    or None when no space leaves a left part that fills the measure (within
    `fit` of it) and a right part no wider than it. Where several spaces
    fit, the lines `around` it (the one before, the one after) tell: see
    `_reads_on`."""
    found = _scored_cut(text, ln, measure, measure, fit, around, langs)
    return found[1] if found else None


def _scored_cut(text: str, ln: Line, measure: float, right_measure: float, fit: float, around: tuple[str, str],
                langs: tuple[str, ...]) -> tuple[float, int] | None:
    """(score, offset) of `_cut`'s cut, the lower the score the better,
    for a right part no wider than `right_measure`."""
    s = text[ln.start:ln.end]
    if not 1.5 * measure <= text_width(s) <= MAX_JOINED / 2 * (measure + right_measure):
        return None  # one column's line (a header, a heading), or one across the page
    # the left column's paragraph ending short, at a full stop, or its
    # section title, beside a full line of the right column (the right part
    # would fill the measure by taking the left column's last words too)
    # (a note's line, wider, is no such sign)
    short = _cut_before_full_right(text, ln, measure, fit) if right_measure == measure else None
    if short is not None and (text[short - 1] in STOPS or _heading(text[ln.start:short])):
        return -1.0, short
    best = None
    for pos, miss in _left_parts(s, measure, fit + VOUCHED_FIT):
        seam = _at_seam(s, pos)
        if not seam and text_width(s[:pos]) > (1 + fit) * measure:
            continue  # only a broken word vouches for a left part past the measure
        evidence = _reads_on(s[:pos], s[pos + 1:], around, langs)
        if miss <= (fit + VOUCHED_FIT if seam or evidence > 0 else fit) \
                and text_width(s[pos + 1:]) <= (1 + fit) * right_measure:
            score = miss - (0.05 if seam else 0.0) - evidence
            if best is None or score < best[0]:
                best = (score, ln.start + pos)
    return best


def _scored_cut_before_text(text: str, ln: Line, measure: float, left_at_most: float, fit: float,
                            around: tuple[str, str], langs: tuple[str, ...]) -> tuple[float, int] | None:
    """(score, offset) of the cut before a right part that fills the
    text's measure, after a left part from it up to `left_at_most` of it
    (a note's line, in smaller type): the text's measure is the surer of
    the two, and a note's first line is shortened by its indent."""
    s = text[ln.start:ln.end]
    best = None
    for pos, miss in _right_parts(s, measure, fit + VOUCHED_FIT):
        if (1 - fit) * measure <= text_width(s[:pos]) <= left_at_most * measure:
            seam = _at_seam(s, pos)
            evidence = _reads_on(s[:pos], s[pos + 1:], around, langs)
            if miss <= (fit + VOUCHED_FIT if seam or evidence > 0 else fit):
                score = miss - (0.05 if seam else 0.0) - evidence
                if best is None or score < best[0]:
                    best = (score, ln.start + pos)
    return best


def _reads_on(left: str, right: str, around: tuple[str, str], langs: tuple[str, ...]) -> float:
    """What the lines around a joined line say of one way to cut it. The
    left part goes on at the next line's start and the right part goes on
    from the previous line's end (where those lines are joined too): a word
    broken at the left part's end that the next line finishes ("num-" +
    "ber of …"), or one broken at the previous line's end that the right
    part finishes, marks the cut; a left part ending a sentence before a
    line going on in lower case, or a right part going on in lower case
    after a finished sentence, speaks against it."""
    before, after = around
    score = 0.0
    if _finishes(left, after, langs):
        score += WORD_GOES_ON
    if _finishes(before, right, langs):
        score += WORD_GOES_ON
    if INNER_SEAM.search(left) or INNER_SEAM.search(right):
        score -= WORD_GOES_ON  # a broken word inside a column's line
    if _sentence_opens_inside(left, langs) or _sentence_opens_inside(right, langs):
        score -= SENTENCE_GOES_ON
    if after[:1].islower() and not runs_on(left):
        score -= SENTENCE_GOES_ON
    if right[:1].islower() and before and not runs_on(before):
        score -= SENTENCE_GOES_ON
    if LABEL_OPENS.match(right):
        score += SENTENCE_GOES_ON  # a note's number opens a column's line ("2 A way", "2Bu")
    if LABEL_ENDS.search(left) and right[:1].isupper():
        score -= SENTENCE_GOES_ON  # (and ends none: "… in a 2" + "A way")
    return score


def _sentence_opens_inside(part: str, langs: tuple[str, ...]) -> bool:
    """Does a sentence seem to open inside `part` with no stop before it:
    a common word capitalised after a word in lower case ("… the PE
    appears at a A phase …")? Then the part holds the ends of two column
    lines, not one line."""
    for m in OPENS_AFTER_OPEN.finditer(part):
        if best_zipf(lower_tr(m.group(1)), langs) >= OPENING_ZIPF:
            return True
    return False


def _finishes(head_line: str, tail_line: str, langs: tuple[str, ...]) -> bool:
    """Does `tail_line` open with the rest of a word broken at the end of
    `head_line`, the two making a known word?"""
    tail = _broken_word(head_line)
    if not tail:
        return False
    head = HEAD.match(tail_line)
    return head is not None and _known_across(tail, head.group(), langs)


def _known_across(tail: str, head: str, langs: tuple[str, ...]) -> bool:
    """Do a word's start broken at a line's end and the next line's first
    letters make a known word: listed, or a listed word with its
    language's endings where the rest is no common word of its own ("ima"
    + "nını", not "İs" + "ile")?"""
    joined = lower_tr(tail + head)
    return best_zipf(joined, langs) > 0 or joins_inflected(joined, lower_tr(head), langs)


def _broken_word(line: str) -> str | None:
    """The letters (two or more) before a hyphen that ends `line`, or None.
    (Read back from the end: a pattern searched from the line's start tries
    every letter.)"""
    if line[-1:] not in LINE_END_HYPHENS:
        return None
    i = len(line) - 1
    while i > 0 and line[i - 1].isalpha():
        i -= 1
    return line[i:-1] if len(line) - 1 - i >= 2 else None


def _left_parts(s: str, measure: float, fit: float, over: float | None = None):
    """(offset, miss) of each space in `s` whose left part fills the
    measure, missing it by `miss` (a share of it, at most `fit`); with
    `over`, no left part wider than the measure by more than that share."""
    pos = s.find(" ")
    while pos >= 0:
        left = text_width(s[:pos])
        if left > (1 + (fit if over is None else over)) * measure:
            return
        miss = abs(left - measure) / measure
        if miss <= fit:
            yield pos, miss
        pos = s.find(" ", pos + 1)


def _right_parts(s: str, measure: float, fit: float):
    """(offset, miss) of each space in `s` whose right part fills the
    measure, missing it by `miss` (a share of it, at most `fit`), read from
    the line's end."""
    pos = s.rfind(" ")
    while pos > 0:
        right = text_width(s[pos + 1:])
        if right > (1 + fit) * measure:
            return
        miss = abs(right - measure) / measure
        if miss <= fit:
            yield pos, miss
        pos = s.rfind(" ", 0, pos)


def _at_seam(s: str, pos: int) -> bool:
    """Does the space at `pos` follow a word broken at the left part's end,
    its rest opening the right part in lower case ("fac- erence")?"""
    return pos > 0 and s[pos - 1] in LINE_END_HYPHENS and s[pos + 1:pos + 2].islower()


def _heading(part: str) -> bool:
    """Is the left part of a line a section's title, short beside a full
    line of the right column: numbered ("1- Adana Türk Ocağı’nda Yap-",
    "2.1. Method") with no stop at its end, or a section's usual name
    ("Introduction")?"""
    part = part.strip()
    if section_name(part):
        return True
    return SECTION_TITLE.match(part) is not None and part[-1:] not in STOPS and not INNER_SEAM.search(part)


def _cut_before_title(text: str, ln: Line, measure: float) -> int | None:
    """The offset of the space before a numbered section's title that ends
    the line, the part before it no wider than a column's line, or None.
    A number after a word that names what it counts ("Section 2. The")
    is no title's."""
    s = text[ln.start:ln.end]
    m = INNER_TITLE.search(s)
    if m is None or len(m.group("title").split()) > MAX_TITLE_WORDS or s.rstrip()[-1:] in STOPS \
            or lower_tr(s[:m.start()].rsplit(" ", 1)[-1]).rstrip(".,;") in COUNTED \
            or text_width(s[:m.start()]) > (1 + FIT) * measure or text_width(s[m.start() + 1:]) > measure:
        return None
    return ln.start + m.start()


def _cut_beside_short(text: str, ln: Line, measure: float, around: tuple[str, str],
                      langs: tuple[str, ...]) -> int | None:
    """The cut of a line holding one full column line and a short one (a
    paragraph's last): the short part before the full one, or after it.
    Either may fit the widths ("flow events" + "(describing context-
    switches, of the log." or "flow events (describing context-switches,"
    + "of the log."); a paragraph's last line ends at a stop, so a short
    part that does tells which, and so does a short part that finishes the
    word broken at the end of the line above (a title's rest: "… first
    or-" / "der phase transitions"), or one shaped as a title ("… and
    cross-" + "Data and Method") where the other way leaves a short part
    that is neither a paragraph's last line nor a title ("appear more").
    A full part whose broken last word the line below finishes may reach a
    little past the measure."""
    above, below = around
    before = _cut_before_full_right(text, ln, measure, FIT, below=below, langs=langs)
    after = _cut_after_full_left(text, ln, measure, FIT)
    if after is not None and (before is None or text[before - 1] not in STOPS) \
            and (text[ln.end - 1] in STOPS or _finishes(above, text[after + 1:ln.end], langs)
                 or (_title_shaped(text[after + 1:ln.end], measure, langs)
                     and not STOP_INSIDE.search(text, ln.start, after)
                     and (before is None or not (_heading(text[ln.start:before])
                                                 or _title_shaped(text[ln.start:before], measure, langs))))):
        return after
    return before


def _title_shaped(part: str, measure: float, langs: tuple[str, ...]) -> bool:
    """Is a column line's short part shaped as a title: capitalised, a few
    words, no stop or comma at its end, nor a word as common as "a", "the",
    "of" ("Assuming a" is a sentence's start)?"""
    part = part.strip()
    words = part.split()
    return part[:1].isupper() and part[-1:] not in ".,;:" and len(words) <= MAX_TITLE_WORDS \
        and text_width(part) < TITLE_PART * measure and best_zipf(lower_tr(words[-1]), langs) < OPENING_ZIPF


def _cut_after_full_left(text: str, ln: Line, measure: float, fit: float) -> int | None:
    """The offset of the space after a left part that fills the measure
    (within `fit`, or a little farther where a word broken at its end
    vouches for it) before a right part well short of it, or None."""
    s = text[ln.start:ln.end]
    best = None
    for pos, miss in _left_parts(s, measure, fit + VOUCHED_FIT):
        seam = _at_seam(s, pos)
        if miss <= (fit + VOUCHED_FIT if seam else fit) and text_width(s[pos + 1:]) < (1 - 2 * fit) * measure \
                and (best is None or miss < best[0]):
            best = (miss, pos)
    return ln.start + best[1] if best else None


def _cut_before_full_right(text: str, ln: Line, measure: float, fit: float,
                           left_at_most: float = 0.0, below: str = "", langs: tuple[str, ...] = ()) -> int | None:
    """The offset of the space before a right part that fills the measure
    (within `fit`, or a little farther where the line `below` finishes the
    word broken at its end) after a left part well short of it (or, with
    `left_at_most`, from half the measure up to that share of it), or None."""
    s = text[ln.start:ln.end]
    reach = fit + VOUCHED_FIT if below and _finishes(s, below, langs) else fit
    best = None
    for pos, miss in _right_parts(s, measure, reach):
        left = text_width(s[:pos])
        if left_at_most:
            fits_left = 0.5 * measure <= left <= left_at_most * measure
        else:
            fits_left = left < (1 - 2 * fit) * measure
        if fits_left and (best is None or miss < best[0]):
            best = (miss, pos)
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
             measure: float, turns: set[int]) -> list[Line]:
    """The document's lines with each run of cut lines read left parts
    first, then right parts. A run takes in the uncut lines among and
    around its cut lines (see _runs), each dealt to a column (see _sides)."""
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
    # a word broken at a line's end going on two lines below puts those
    # three lines in a run too, the two columns' lines in turn
    in_turn = set()
    for i, ln in enumerate(doc.lines):
        k = index.get(id(ln))
        if k is not None and isinstance(items[i], Line) and {k, k - 1, k - 2} & turns:
            in_turn.add(i)
    in_run = _runs(doc, items, measure, in_turn)
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


def _runs(doc: Document, items: list, measure: float, in_turn: set[int]) -> list[bool]:
    """Which items belong to a run of cut lines (or of lines in turn,
    `in_turn`): between a page's edges, every line from its first cut line
    to its last, and the lines no wider
    than a column around them (not a title across the page above the
    columns): a page's columns may set their lines apart for a stretch
    (their baselines out of step), one line of each in turn."""
    in_run = [isinstance(it, tuple) or i in in_turn for i, it in enumerate(items)]
    narrow = [isinstance(it, Line) and text_width(doc.line_text(it)) <= (1 + LOOSE_FIT) * measure
              for it in items]
    start = 0
    while start < len(items):
        end = start
        while end < len(items) and items[end] is not None:
            end += 1
        cut_at = [i for i in range(start, end) if in_run[i]]
        if cut_at:
            first, last = cut_at[0], cut_at[-1]
            for i in range(first, last + 1):
                in_run[i] = True
            j = first - 1
            while j >= start and narrow[j]:
                in_run[j] = True
                j -= 1
            j = last + 1
            while j < end and narrow[j]:
                in_run[j] = True
                j += 1
        start = end + 1
    return in_run


def _sides(doc: Document, items: list, in_run: list[bool], aside: set[int], measure: float) -> dict[int, int]:
    """The column (0 left, 1 right) of each uncut line in a run: of all the
    ways to deal the run's lone lines to the two columns (each column keeping
    its order), the one whose columns read on best from line to line (see
    _continuity). A line that settles nothing stays left."""
    sides: dict[int, int] = {}
    langs = lookup_langs(doc.lang)
    for i, j in _stretches(in_run):
        sides.update(_deal(doc, items, [k for k in range(i, j) if k not in aside], measure, langs))
    return sides


def _stretches(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each stretch of true flags."""
    out = []
    i = 0
    while i < len(flags):
        if flags[i]:
            j = i
            while j < len(flags) and flags[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _deal(doc: Document, items: list, run: list[int], measure: float, langs: tuple[str, ...]) -> dict[int, int]:
    # states: (last text of the left column, of the right one, the side of
    # the last lone line) -> (score, the choices so far as a linked list)
    states: dict[tuple, tuple[float, tuple | None]] = {(None, None, -1): (0.0, None)}
    memo: dict[tuple[str | None, str], float] = {}

    def cont(prev: str | None, t: str) -> float:
        v = memo.get((prev, t))
        if v is None:
            v = memo[(prev, t)] = _continuity(prev, t, measure, langs)
        return v

    for k in run:
        it = items[k]
        nxt: dict[tuple, tuple[float, tuple | None]] = {}
        if isinstance(it, tuple):
            lt, rt = doc.line_text(it[0]), doc.line_text(it[1])
            best = max(((sc + cont(a, lt) + cont(b, rt), path)
                        for (a, b, _last), (sc, path) in states.items()), key=lambda x: x[0])
            nxt[(lt, rt, -1)] = best
        else:
            t = doc.line_text(it)
            for (a, b, last), (sc, path) in states.items():
                # lines set apart by baselines out of step come one of each
                # column in turn; a tie leaves the line in the left column
                for side, key, gain in ((0, (t, b, 0), cont(a, t) + 1e-6), (1, (a, t, 1), cont(b, t))):
                    if last >= 0 and last != side:
                        gain += ALTERNATION
                    cand = (sc + gain, ((k, side), path))
                    if key not in nxt or cand[0] > nxt[key][0]:
                        nxt[key] = cand
        if len(nxt) > BEAM:
            # a long stretch of lone lines (no page furniture to end it)
            # must not grow the ways without bound
            nxt = dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:BEAM])
        states = nxt
    _score, path = max(states.values(), key=lambda x: x[0])
    sides: dict[int, int] = {}
    while path is not None:
        (k, side), path = path
        sides[k] = side
    return sides


def _numbers_back(prev: str, t: str) -> bool:
    """Are both lines numbered sections' titles, t's number no later than
    prev's ("4. Large-event trigger" over "2. Motivation")?"""
    a, b = TITLE_NUMBER.match(prev), TITLE_NUMBER.match(t)
    if a is None or b is None or SECTION_TITLE.match(prev) is None or SECTION_TITLE.match(t) is None:
        return False
    return [int(x) for x in b.group(1).split(".")] <= [int(x) for x in a.group(1).split(".")]


def _continuity(prev: str | None, t: str, measure: float, langs: tuple[str, ...]) -> float:
    """How well line t reads on after line prev in one column: a word broken
    at prev's end goes on into a known word; an open sentence goes on in
    lower case, across a full line above all; a finished one is followed by
    a capital."""
    if prev is None or not t:
        return 0.0
    if t[:1].isdigit() and prev[:1].isdigit() and _numbers_back(prev, t):
        return -FLOWS  # a column's section numbers go up: "4. …" over "2. …" is two columns'
    lower, upper = t[:1].islower(), t[:1].isupper()
    tail = _broken_word(prev)
    if tail:
        if not lower:
            # (a compound of capitalised words goes on in a capital: "MIA
            # Patch-" / "Sum trigger")
            return -1.0 if upper and tail[:1].isupper() else -2.0
        head = HEAD.match(t)
        return FLOWS if _known_across(tail, head.group() if head else "", langs) else 0.0
    if runs_on(prev):
        if text_width(prev) < (1 - LOOSE_FIT) * measure:
            return 0.2 if upper else 0.0  # a short line: a title, or a paragraph's end without its stop
        return 1.0 if lower else -0.5 if upper else 0.0
    return -1.0 if lower else 0.2
