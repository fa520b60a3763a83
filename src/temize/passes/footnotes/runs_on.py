"""Where a note goes on: past a page break, in a word broken at its end, at
the next page's foot, or as far as the measure of its lines; and where the
body visibly resumes under it."""

from __future__ import annotations

from collections.abc import Callable

import regex

from ...document import BODY, REMOVED, Document, Line
from ...casing import lower_tr, title_case
from ...lexicon import best_zipf, joins_inflected, lookup_langs
from ...marks import HYPHEN_CLASS
from ...layoutstats import full_width
from ..headers import is_page_no
from ..headings import heading_kind, section_name
from .shapes import (FULL_STOP_END, LABEL_ALONE, LABEL_TEXT, SEPARATOR, SYMBOL_LABEL, SYMBOLS, TRAILING_PAGE_NUMBER,
                     ends_sentence, page_furniture, read_label)


BROKEN_WORD = regex.compile(r"(\p{L}+)[" + HYPHEN_CLASS + "]$")
HEAD_WORD = regex.compile(r"\p{L}+")
# a note set in smaller type than the text holds more letters a line: this
# many times a full line of the text at least (where less, the type size
# tells nothing); a line of the text's own type holds TEXT_TYPE times at most
SMALLER_TYPE = 1.05
TEXT_TYPE = 1.03


def _after_page_break(doc: Document, lines: list[Line], note_lines: list[Line], index: dict[int, int]) -> int | None:
    """Index of the first line past the page break that follows a note, or
    None when the document ends first."""
    last = note_lines[-1]
    for k in range(index[id(last)] + 1, len(lines)):
        ln = lines[k]
        if ln.role == REMOVED or page_furniture(doc, ln) or ln.page != last.page:
            return k + 1
    return None


def continue_broken_word(doc: Document, lines: list[Line], note_lines: list[Line],
                          index: dict[int, int], starts: set[int]) -> bool:
    """A note that stops on a broken word ("because the pro-") goes on where
    a line above the next note, or at the next page's foot, starts with the
    rest of it ("tocol …")."""
    m = BROKEN_WORD.search(doc.line_text(note_lines[-1])[-60:])
    if not m:
        return False
    k = _after_page_break(doc, lines, note_lines, index)
    if k is None:
        return False
    page = lines[k].page if k < len(lines) else None
    foot = next((i for i in range(k, len(lines)) if lines[i].page != page), len(lines))
    while foot > k and (lines[foot - 1].role != BODY or page_furniture(doc, lines[foot - 1])):
        foot -= 1  # the page's furniture under its foot
    nxt = next((i for i in range(k, min(foot, k + 400)) if id(lines[i]) in starts), foot)
    langs = lookup_langs(doc.lang)
    for j in range(nxt - 1, max(k, nxt - 12) - 1, -1):
        ln = lines[j]
        if ln.role != BODY:
            return False
        head = HEAD_WORD.match(doc.line_text(ln))
        if not head or not head.group()[0].islower() or len(head.group()) < 2:
            continue  # (hyphenation leaves two letters at least: "erbab-" / "ı vukuf" is an izafet)
        # a word the lexicon knows, or one the document prints whole
        # elsewhere (old or technical words no list holds)
        word = lower_tr(m.group(1) + head.group())
        if best_zipf(word, langs) >= 2.0 or _printed_whole(doc, word):
            # (set between a column line broken in a word and the next
            # column's top that finishes it, the rest ends there)
            note_lines.extend(lines[j:_finished_below(doc, lines, j, nxt) or nxt])
            return True
    return False


def _across_break(above: str, t: str) -> tuple[str, str] | None:
    """(the word broken at the end of text `above` joined with line text
    t's first word, Turkish-lowercased; that first word), or None where
    `above` breaks no word or t opens with none."""
    m = BROKEN_WORD.search(above[-60:])
    head = HEAD_WORD.match(t)
    if not m or not head:
        return None
    return lower_tr(m.group(1) + head.group()), head.group()


def _finishes_word(doc: Document, above: str, t: str) -> bool:
    """Does line text t finish the word broken at the end of text `above`
    into a word the lexicon or the document knows (inflected, in a language
    of endings: "ima-" / "nını", where the rest is no common word of its
    own: "İs-" / "ile" is no "isile")?"""
    across = _across_break(above, t)
    if across is None:
        return False
    langs = lookup_langs(doc.lang)
    return best_zipf(across[0], langs) >= 2.0 or _printed_whole(doc, across[0]) \
        or joins_inflected(across[0], lower_tr(across[1]), langs)


def _finishes_word_above(doc: Document, cur: list[Line], t: str) -> bool:
    """Does line text t finish the word broken at the end of the text's line
    right above the note ("… nüfus var.2 Bu-", the note, "nun dokuz …"),
    where the note's own last line breaks none? Then the text resumes under
    the note (the next column's top, read after the note)."""
    k = doc.line_index(cur[0])
    if k == 0 or doc.lines[k - 1].role != BODY or BROKEN_WORD.search(doc.line_text(cur[-1])[-60:]):
        return False
    return _finishes_word(doc, doc.line_text(doc.lines[k - 1]), t)


COMMON_WORD = 3.0  # zipf: a word common enough to stand on its own


def _leaves_broken_word(doc: Document, above: str, t: str) -> bool:
    """Does line text t plainly not finish the word broken at the end of
    text `above`: its first word a common word of its own, the two together
    none ("an in-" / "becomes two-way …")? (A rest that is no word alone,
    "fen-" / "nîdir", may finish a word the lexicon lacks.)"""
    across = _across_break(above, t)
    if across is None:
        return False
    word, head = across
    langs = lookup_langs(doc.lang)
    return best_zipf(lower_tr(head), langs) >= COMMON_WORD and best_zipf(word, langs) < 1.0 \
        and not _printed_whole(doc, word)


def _printed_whole(doc: Document, word: str) -> bool:
    """Does the document print `word` whole, alone or opening a compound
    ("ihtirasat-ı")?"""
    vocab = doc.vocabulary()
    if vocab.get(word, 0) >= 1:
        return True
    heads = doc.layout.get("_compound_heads")
    if heads is None:
        # (each compound's parts up to each of its hyphens, found once: a
        # scan of the vocabulary for each word asked grows with both)
        heads = doc.layout["_compound_heads"] = {
            w[:i] for w in vocab if "-" in w for i, c in enumerate(w) if c == "-"}
    return word in heads


def continue_on_next_page(doc: Document, lines: list[Line], note_lines: list[Line],
                           index: dict[int, int]) -> bool:
    """A note cut off at the foot of a page goes on at the foot of the next.

    Taken only where it shows: past the page's furniture, a block that
    starts in lower case after a finished sentence and runs to the foot
    (the next note, a page number, furniture, the end), set off by white
    space or at most three lines long."""
    k = _after_page_break(doc, lines, note_lines, index)
    if k is None:
        return False
    n = len(lines)
    # where the body above the note broke off mid-sentence, the next page
    # opens with the body's rest, in lower case too: not the note's
    first = index[id(note_lines[0])]
    body_above = next((lines[j] for j in range(first - 1, max(-1, first - 40), -1) if lines[j].role == BODY), None)
    prev_end_sentence = body_above is None or ends_sentence(doc.line_text(body_above))
    seen_body = False
    while k < n:
        ln = lines[k]
        t = doc.line_text(ln)
        if page_furniture(doc, ln):
            if seen_body and not mid_page(doc, lines, k):
                return False  # the next page ended without a continuation
            k += 1  # (a running line printed inside the page: the page goes on)
            continue
        if ln.role != BODY:
            k += 1
            continue
        seen_body = True
        rest = _rest_between_broken_words(doc, lines, k, doc.line_text(note_lines[-1]))
        if rest:
            note_lines.extend(lines[k:rest])
            return True
        # (after a line broken in a word that this one does not finish, a
        # column's foot the extractor read out of turn, "… must be an in-"
        # / "becomes two-way …": no sentence of the text goes on here)
        if t[:1].islower() and (prev_end_sentence or (k > 0 and lines[k - 1].role == BODY and ln.blank_before
                                                      and _leaves_broken_word(doc, doc.line_text(lines[k - 1]), t))):
            run = [ln]
            j = k + 1
            while j < n and lines[j].role == BODY and not lines[j].blank_before \
                    and not read_label(doc.line_text(lines[j])) and not is_page_no(doc.line_text(lines[j])):
                run.append(lines[j])
                j += 1
            at_foot = j >= n or lines[j].role != BODY or is_page_no(doc.line_text(lines[j])) \
                or read_label(doc.line_text(lines[j])) is not None
            # set off by white space, or (extractors that print none) a
            # few lines only
            if at_foot and len(run) <= (12 if ln.blank_before else 3):
                note_lines.extend(run)
                return True
            prev_end_sentence = ends_sentence(doc.line_text(run[-1]))
            k = j
            continue
        prev_end_sentence = ends_sentence(t)
        k += 1
    return False


# a finished sentence, a note's marker after its stop allowed ("… bağlarlardı.3")
ENDS_WITH_MARKER = regex.compile(r"[.!?…][\"”’'»)\]]*\d{0,3}$")
NOTE_REST_LINES = 12


def continue_in_next_column(doc: Document, lines: list[Line], note_lines: list[Line],
                            index: dict[int, int], starts: set[int], in_notes: Callable[[Line], bool]) -> bool:
    """A note the text resumed under (see `_finishes_word_above` and
    `resumes_text_above`) goes on at the foot of the next column, on the
    same page: a block that starts in lower case after a finished sentence
    (or finishing the word the note broke) and runs to the page's foot or
    the next note."""
    n = len(lines)
    k = index[id(note_lines[-1])] + 1
    if not (k < n and lines[k].role == BODY and doc.text[lines[k].start:lines[k].start + 1].islower()):
        return False
    def note_start(ln: Line) -> bool:
        return id(ln) in starts

    if _finishes_word_above(doc, note_lines, doc.line_text(lines[k])):
        rest = rest_in_next_column(doc, lines, k, note_start)
    else:
        rest = rest_where_text_resumes(doc, lines, index[id(note_lines[0])], in_notes, note_lines, lines[k], k,
                                       note_start)
    if rest is None:
        return False
    note_lines.extend(lines[rest[0]:rest[1]])
    return True


def rest_in_next_column(doc: Document, lines: list[Line], k: int, note_start: Callable[[Line], bool],
                        broken: str = "") -> tuple[int, int] | None:
    """From line k on, on its page: a block that starts in lower case after
    a finished sentence (with `broken`, the note's last line: one that
    finishes the word it broke, "… Nor have we tack-" / "led the problem
    …") and runs to the page's foot or the next note (where `note_start`
    holds), NOTE_REST_LINES long at the most: where a note cut off at a
    column's foot goes on."""
    n = len(lines)
    if k >= n:
        return None
    page = lines[k].page
    prev_end = prev_broken = False
    while k < n and lines[k].page == page and not page_furniture(doc, lines[k]) and not note_start(lines[k]):
        ln = lines[k]
        t = doc.line_text(ln)
        if ln.role == BODY and t[:1].islower() and (
                # (a line that finishes a word its own line above broke is that one's)
                _finishes_word(doc, broken, t) and not prev_broken if broken else prev_end):
            j = k + 1
            # (no further than a note's rest may run: a longer block is none)
            while j < n and j - k <= NOTE_REST_LINES and lines[j].role == BODY and lines[j].page == page \
                    and not lines[j].blank_before and not note_start(lines[j]) and not page_furniture(doc, lines[j]):
                j += 1
            at_foot = j >= n or lines[j].page != page or page_furniture(doc, lines[j]) or note_start(lines[j])
            if at_foot and j - k <= NOTE_REST_LINES:
                return k, j
        prev_end = ln.role == BODY and ENDS_WITH_MARKER.search(t.rstrip()[-12:]) is not None
        prev_broken = BROKEN_WORD.search(t[-60:]) is not None
        k += 1
    return None


def _rest_between_broken_words(doc: Document, lines: list[Line], k: int, note_last: str) -> int | None:
    """Where line k finishes the word the note broke ("… with low incident
    en-" / "ergy. This …") right after a text line broken in another word
    ("… on a 3D spatial lat-"), and a line below finishes that one ("tice.
    Unlike …"), the lines between are the note's rest, set at a column's
    foot between the column's last line and the next column's top: the
    index of the line that ends them, or None."""
    if not _finishes_word(doc, note_last, doc.line_text(lines[k])):
        return None
    return _finished_below(doc, lines, k, min(len(lines), k + 1 + NOTE_REST_LINES))


def _finished_below(doc: Document, lines: list[Line], k: int, stop: int) -> int | None:
    """Where the text line right above line k breaks a word that line k,
    in lower case, does not finish, the index of the first line below it
    (before `stop`, through text lines only) that does: the column's text
    goes on there, past what the extractor set between. Else None."""
    t = doc.line_text(lines[k])
    if k == 0 or lines[k - 1].role != BODY or not t[:1].islower():
        return None
    above = doc.line_text(lines[k - 1])
    if not BROKEN_WORD.search(above[-60:]) or _finishes_word(doc, above, t):
        return None
    for j in range(k + 1, stop):
        if lines[j].role != BODY:
            return None
        if _finishes_word(doc, above, doc.line_text(lines[j])):
            return j
    return None


def rest_where_text_resumes(doc: Document, lines: list[Line], first: int, in_notes: Callable[[Line], bool],
                            note_lines: list[Line], ln: Line, k: int,
                            note_start: Callable[[Line], bool]) -> tuple[int, int] | None:
    """Where line ln carries on the text's sentence broken off above the
    note (see `resumes_text_above`, by the type or by the note's broken
    word), the note's rest in the next column from line k on (see
    `rest_in_next_column`); else None."""
    if resumes_text_above(doc, lines, first, in_notes, note_lines, ln):
        return rest_in_next_column(doc, lines, k, note_start)
    if resumes_text_above(doc, lines, first, in_notes, note_lines, ln, by_broken_word=True):
        return rest_in_next_column(doc, lines, k, note_start, broken=doc.line_text(note_lines[-1]))
    return None


def resumes_text_above(doc: Document, lines: list[Line], first: int, in_notes: Callable[[Line], bool],
                       note_lines: list[Line], ln: Line, by_broken_word: bool = False) -> bool:
    """Does line ln, in lower case and back at the text's measure after a
    note in smaller type broken off mid-sentence, carry on the text's
    sentence that broke off right above the notes ("… has long", the notes,
    "since demonstrated …": the next column's top, read after the notes at
    the foot of the one before)? `first`: the note's first line in
    `lines`; `in_notes`: whether a line is one of the notes found so far.
    With `by_broken_word`, where the note's type and the text's fill a
    column's line with as many letters, the line plainly not finishing the
    word the note broke tells instead ("… Nor have we tack-" / "be
    well-defined …"); the note's rest must then finish it (see
    `rest_in_next_column`)."""
    last = doc.line_text(note_lines[-1])
    if len(note_lines) < 2 or not doc.text[ln.start:ln.start + 1].islower() or ends_sentence(last):
        return False
    if not (_leaves_broken_word(doc, last, doc.line_text(ln)) if by_broken_word
            else _back_to_text_type(doc, note_lines, ln)):
        return False
    j = first - 1
    while j >= 0 and lines[j].page == ln.page and (lines[j].role != BODY or in_notes(lines[j])):
        j -= 1
    if j < 0 or lines[j].page != ln.page:
        return False
    above = doc.line_text(lines[j]).rstrip()
    # (a word broken above the notes: `_finishes_word_above`)
    return not (ends_sentence(above) or BROKEN_WORD.search(above[-60:]) or ENDS_WITH_MARKER.search(above[-12:]))


def paragraph_above_next_note(doc: Document, lines: list[Line], note_lines: list[Line],
                               index: dict[int, int], starts: set[int]) -> bool:
    """Markdown writers set a paragraph a line, so no measure tells a note
    from the body: past the page break, a paragraph in lower case right
    above the next note is the open note's rest (the body's rest opens the
    page; a note's sits at its foot with the notes)."""
    k = _after_page_break(doc, lines, note_lines, index)
    if k is None:
        return False
    for j in range(k, min(len(lines), k + 200)):
        if id(lines[j]) in starts:
            above = lines[j - 1]
            if j - 1 >= k and above.role == BODY and doc.text[above.start:above.start + 1].islower() \
                    and not page_furniture(doc, above):
                note_lines.append(above)
                return True
            return False
    return False


def continue_by_measure(doc: Document, lines: list[Line], note_lines: list[Line],
                         index: dict[int, int], starts: set[int]) -> None:
    """The same, where nothing but the type size tells the note from the
    text above it: notes set smaller hold more characters a line. Past the
    page break, the lines right above the next note (or above the page's
    furniture) that are as long as this note's lines, starting
    mid-sentence, are its rest."""
    note_width = _note_width(doc, note_lines)
    body_width = full_width(doc, note_lines[0].column)
    if note_width < SMALLER_TYPE * body_width:
        return  # same type size: no way to tell
    threshold = (note_width + body_width) / 2
    n = len(lines)
    k = _after_page_break(doc, lines, note_lines, index)
    if k is None:
        return
    seen_body = False
    while k < n:
        ln = lines[k]
        is_furniture = page_furniture(doc, ln)
        if ln.role == BODY and not is_furniture and id(ln) not in starts:
            seen_body = True
            k += 1
            continue
        if seen_body and (is_furniture or id(ln) in starts):
            # a foot: the next note, or the page's furniture below its last
            # line (some extractors also print a running footer mid-page)
            run = _wide_run_above(doc, lines, k, threshold, 1.3 * note_width, starts)
            if run:
                note_lines.extend(run)
                return
            if id(ln) in starts or not mid_page(doc, lines, k):
                return
        k += 1


def _note_width(doc: Document, note_lines: list[Line]) -> int:
    """The length of a note's full lines: the middle one of its own lines
    (past a label printed on a line of its own), leaving out its last,
    which may stop short."""
    text_lines = [ln for ln in note_lines if not LABEL_ALONE.match(doc.line_text(ln))] or note_lines
    own = sorted(ln.end - ln.start for ln in (text_lines[:-1] if len(text_lines) > 1 else text_lines))
    return own[len(own) // 2]


def mid_page(doc: Document, lines: list[Line], k: int) -> bool:
    """Is furniture line k a running line printed inside the page's text
    rather than its edge (not a page number, and the page goes on)?"""
    ln = lines[k]
    if ln.reason == "page-number" or (ln.role == BODY and is_page_no(doc.line_text(ln))):
        return False
    return k + 1 < len(lines) and lines[k + 1].page == ln.page and lines[k + 1].role == BODY


def _wide_run_above(doc: Document, lines: list[Line], k: int, threshold: float, widest: float,
                    starts: set[int]) -> list[Line]:
    """The lines right above line k set as wide as a note's (its last may
    be short), starting mid-sentence: a note's rest; else []. (A line far
    wider than the note's is two printed lines glued by the extractor.)"""
    run: list[Line] = []
    j = k - 1
    while j >= 0 and len(run) < 12:
        ln = lines[j]
        if ln.role != BODY or id(ln) in starts:
            break
        if (run and ln.end - ln.start < threshold) or ln.end - ln.start > widest:
            break
        run.append(ln)
        j -= 1
    run.reverse()
    # the note stopped mid-sentence, so its rest goes on in lower case
    if not run or not doc.text[run[0].start:run[0].start + 1].islower():
        return []
    if any(ln.end - ln.start >= threshold for ln in run) and (len(run) > 1 or run[0].end - run[0].start >= threshold):
        return run
    return []


def continues(doc: Document, cur: list[Line], ln: Line, after_label_alone: bool, next_label: str) -> bool:
    prev = cur[-1]
    t = doc.line_text(ln)
    if ln.page != prev.page or ln.column != prev.column:
        return False
    lab = read_label(t)
    if lab and lab[0] == next_label:
        return False
    if t[:1] in SYMBOLS and SYMBOL_LABEL.match(t):
        return False  # the next note, marked with a symbol
    if is_page_no(t) or SEPARATOR.match(t):
        return False
    if section_name(t.strip()):
        return False  # a section's usual name ("GİRİŞ", "Introduction") opens the text below the note
    if t[:1].islower() and _finishes_word_above(doc, cur, t):
        return False  # (its rest, if it breaks off, stands in the next column: `continue_in_next_column`)
    # (a page's number read into the note's last line after its sentence
    # ends the page, "… amadedir. 127")
    pt = TRAILING_PAGE_NUMBER.sub("", doc.line_text(prev).rstrip())
    # (where each page came as one line, every block follows white space:
    # a note runs on to the next note or the page's foot)
    # (a short abbreviation before a number is no sentence's end: "Fig." /
    # "2: We show …", "p." / "12")
    abbreviated = ABBREVIATION_END.search(pt) is not None and NUMBER_START.match(t) is not None
    if ln.blank_before and not after_label_alone and not doc.layout.get("pages_a_line") and not abbreviated:
        # white space ends a note, unless its sentence plainly runs on
        if ends_sentence(pt) or not t[:1].islower():
            return False
    if ends_sentence(pt) and not abbreviated and (len(cur) > 1 or not after_label_alone):
        # the body resumes: indented further than the note, or a sentence
        # ended and the next line carries on in lower case
        if ln.indent > _text_indent(doc, cur, prev) \
                and not (len(cur) == 1 and read_label(doc.line_text(cur[0]))[1] == "alone"):
            return False
        if t[:1].islower() and FULL_STOP_END.search(pt[-8:]):
            return False
        # or a numbered section title opens the text below the note
        kind = heading_kind(doc, ln)
        if kind and kind[1] == "numbered":
            return False
        # or a short line that ends no sentence, in title case or, over a
        # paragraph's full first line, in sentence case: an unnumbered title
        # (a note's short line is its last, and ends its sentence; a title
        # set large that wraps onto a word or two reaches further)
        width = (FULL_LINE if _wraps_onto_a_word(doc, ln) else TITLE_WIDTH) * full_width(doc, ln.column)
        if _title_like(t, sentence_case=_paragraph_opens_below(doc, ln)) and ln.end - ln.start < width \
                and not _printed_line_goes_on(doc, ln):
            return False
        # or the lines below go back from the note's smaller type to the
        # text's measure (the next column's top, read right after the
        # note at the foot of the one before)
        if len(cur) > 1 and _back_to_text_type(doc, cur, ln):
            return False
    elif len(cur) > 1 and t[:1].isupper() and not ends_sentence(t) \
            and ln.end - ln.start >= FULL_LINE * full_width(doc, ln.column) and _back_to_text_type(doc, cur, ln):
        # the note breaks off mid-sentence (its rest at the foot of the next
        # column or page) and the next column's top follows, a full line
        # that opens a sentence in the text's type again (a short line that
        # ends one, or one in lower case, may be the note's own last)
        return False
    return True


ABBREVIATION_END = regex.compile(r"(?<![\p{L}\d])\p{L}{1,3}\.$")
NUMBER_START = regex.compile(r"\d{1,4}(?!\d)")
TITLE_WIDTH = 0.5  # of the measure: a title's line that ends a note's run
TITLE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
TITLE_MAX_WORDS = 8


def _title_like(t: str, sentence_case: bool = False) -> bool:
    """A title's words: a few, no digits, no stop or comma at the end, and
    every word of four letters or more capitalised ("Correlation", "Data
    and Method"); with `sentence_case`, the first word only ("Correlation
    guided temporal max pooling")."""
    t = t.strip()
    words = TITLE_WORD.findall(t)
    if not words or len(words) > TITLE_MAX_WORDS or any(ch.isdigit() for ch in t) or t[-1] in ".,;:!?-)]":
        return False
    return words[0][0].isupper() and (sentence_case or title_case(words, 1, 1.0))


def _wraps_onto_a_word(doc: Document, ln: Line) -> bool:
    """Is the line below line ln a word or two in lower case, no stop
    after them: the rest of a title that wrapped ("… max" / "pooling")?"""
    k = doc.line_index(ln)
    if k + 1 >= len(doc.lines) or doc.lines[k + 1].role != BODY:
        return False
    t = doc.line_text(doc.lines[k + 1])
    return t[:1].islower() and len(t.split()) <= 2 and not t.rstrip().endswith((".", ","))


def _paragraph_opens_below(doc: Document, ln: Line) -> bool:
    """Does a sentence open right below line ln, or below the word or two
    it wrapped onto ("… max" / "pooling"), in a line of the text's full
    measure (a title's paragraph, not a note's short last line)?"""
    k = doc.line_index(ln)
    if _wraps_onto_a_word(doc, ln):
        k += 1
    if k + 1 >= len(doc.lines):
        return False
    nxt = doc.lines[k + 1]
    return nxt.role == BODY and doc.text[nxt.start:nxt.start + 1].isupper() \
        and nxt.end - nxt.start >= FULL_LINE * full_width(doc, nxt.column)


def _printed_line_goes_on(doc: Document, ln: Line) -> bool:
    """Does the line below carry on line ln's printed line, in lower case
    and wide: the extractor set a justified line's first words apart ("In"
    / "fact, and assessed in a corpus …")? A title set a word to a line
    goes on in short lines ("Correlation" / "guided" / "temporal")."""
    k = doc.line_index(ln)
    if k + 1 >= len(doc.lines):
        return False
    nxt = doc.lines[k + 1]
    return nxt.role == BODY and not nxt.blank_before and doc.text[nxt.start:nxt.start + 1].islower() \
        and nxt.end - nxt.start >= TITLE_WIDTH * full_width(doc, nxt.column)


# a note whose type the text's next column shows it left: this many times
# a text line's letters (see SMALLER_TYPE), over this many lines below
NOTE_TYPE = 1.1
FULL_LINE = 0.8  # of the measure: a line of running text, not a sentence's short last
TYPE_LINES = 3


def _back_to_text_type(doc: Document, cur: list[Line], ln: Line) -> bool:
    """Are the note's lines in smaller type than the text's (more letters
    a line) and line ln and the ones below it back at the text's measure?
    The text's measure is the document's, or the widest of the lines below
    where that is less and they are full lines (notes set wider raise the
    document's measure on a short page of columns)."""
    measure = full_width(doc, ln.column)
    k = doc.line_index(ln)
    below: list[Line] = []
    for other in doc.lines[k:k + TYPE_LINES]:
        # (straight on, to the page's furniture at most)
        if other.role != BODY or other.page != ln.page or page_furniture(doc, other):
            return False
        below.append(other)
    widths = [other.end - other.start for other in below]
    if len(below) < TYPE_LINES or max(widths) > TEXT_TYPE * measure:
        return False
    if min(widths) >= FULL_LINE * max(widths):
        # full lines all (a line's pieces that an extractor set apart, a
        # short one among them, are no measure)
        measure = min(measure, max(widths))
    return _note_width(doc, cur) >= NOTE_TYPE * measure


def _text_indent(doc: Document, cur: list[Line], prev: Line) -> int:
    """Where the note's text starts on line `prev`: past the label on the
    note's first line where layout mode set it apart ("1   No significant
    …", the next lines hung under the text, not under the label). After a
    label and one space, a line set further in is the body's again."""
    if prev is cur[0] and (m := LABEL_TEXT.match(doc.line_text(prev))) and len(m.group(2)) >= 2:
        return prev.indent + m.end()
    return prev.indent


REST_LINES = 10  # the most lines of a note's rest after white space


def rest_at_foot(doc: Document, lines: list[Line], i: int, cur: list[Line]) -> bool:
    """After white space, lines set as wide as the note's (smaller type
    than the body's) that run straight to the page's foot: the note's own
    (pdftotext -layout leaves a blank line inside a note), even after a
    finished sentence."""
    ln = lines[i]
    if not ln.blank_before or ln.page != cur[-1].page or read_label(doc.line_text(ln)):
        return False
    note_width = _note_width(doc, cur)
    body_width = full_width(doc, ln.column)
    run: list[Line] = []
    for other in lines[i:i + REST_LINES + 1]:
        if page_furniture(doc, other) or other.page != ln.page:
            break
        if other.role != BODY or (run and (other.blank_before or read_label(doc.line_text(other)))):
            return False
        run.append(other)
    else:
        return False  # no foot within REST_LINES lines
    # (a printed line's first words the extractor set apart, their sentence
    # going on in lower case below: "This is probably due to" / "the …")
    judged = run[1:] if len(run) > 2 and runs_on_into(doc, run[0], run[1]) else run
    if note_width < SMALLER_TYPE * body_width:
        # the note's own lines tell nothing (one short line, say); the
        # run's full lines may, wider than the text's measure every one
        widths = [x.end - x.start for x in judged[:-1]]
        if len(widths) < (1 if judged is not run else 2) or min(widths) < SMALLER_TYPE * body_width:
            return False  # same type size: no way to tell
        note_width = min(widths)
    threshold = (note_width + body_width) / 2
    if any(x.end - x.start > 1.2 * note_width for x in run):
        return False  # two printed lines glued by the extractor: the body's
    return bool(run) and all(x.end - x.start >= threshold for x in judged[:-1]) \
        and (len(run) > 1 or run[0].end - run[0].start >= threshold)


def runs_on_into(doc: Document, a: Line, b: Line) -> bool:
    """Does line a's sentence go on into line b: no stop or colon ends a,
    and b opens in lower case?"""
    t = doc.line_text(a).rstrip()
    return bool(t) and t[-1] not in ".!?:;" and doc.text[b.start:b.start + 1].islower()
