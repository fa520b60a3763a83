"""Footnotes: find each note at the page's foot, take it out of the running
text, and link it to its marker.

A note opens with its number: alone on a line (the text follows on the next
line), followed by a space, or glued to the first word ("1Usually", "4“Halil").
We accept a number only when it is the next one in sequence (or 1 again
after a page edge, where notes are numbered afresh on every page) and the
body carries a marker with that number (a digit glued after a word, a
closing parenthesis or a quote), which keeps "3 Mart 1918" and numbered
lists out. A number alone on a line with the same number opening a line
further down its page is a marker (pdf.js sets a raised marker on a line
of its own, and the rest of its printed line on the next): it goes, and
the text around it joins where together it fits one printed line.
OCR reads raised numbers as marks: a marker as "!" or "?" after a stop
("families.!"), a label as "?", a quote or "#" ("?The new lens …"). A note
whose label is such a mark, or a number glued to its first word with no
marker above, is taken where it opens the page's last block and the
sequence, its neighbours or such a marker on its page vouch for it.
Notes marked with a symbol ("*", "**", "†", "‡", "§") are taken where
the same symbol stands glued to a word above them (the title, the authors'
line, the text), each mark serving one note.
An extractor may glue the page's last body line to the note's first one:
pdfium with a space ("… related to the 1Fig. 2: …"), pdftext with none
after dropping the body's line-end hyphen ("… darbele1Amasya’da"); the line
is cut before the number where the rest runs to the page's foot (the
margin's pieces beside it passed over, and a blank pdftotext set before
the note's rest) and no line below opens with it. A note that took in a
line opening with its own number again opens there instead: the first
was a number the text's sentence ran on with ("… from" / "1 Tesla to").
A note runs on until white space (not after a short abbreviation before a
number: "Fig." / "2: …"), a page break, furniture, the next note,
or the point where the body visibly resumes (indentation returns, a
sentence ended and the next line starts in lower case, or a short line in
title case follows it, or in sentence case over a paragraph's full first
line: the next column's unnumbered title).
"""

from __future__ import annotations

import regex

from ...document import AUTHOR, BODY, FOOTNOTE, REMOVED, Document, Footnote, FootnoteRef, Line
from ...layoutstats import full_width, local_measure, paragraph_per_line
from ...marks import LINE_END_HYPHENS
from ..headers import is_page_no
from .markers import (ODD_MARK, SPACED_END_MARKER, SPACED_MARKER, find_symbol_markers, marker_candidates,
                      marker_evidence, pick_marker, same_page, superscripts_in)
from .runs_on import (SMALLER_TYPE, TEXT_TYPE, continue_broken_word, continue_by_measure, continue_in_next_column,
                      continue_on_next_page, continues, mid_page, paragraph_above_next_note, rest_at_foot,
                      rest_where_text_resumes)
from .shapes import (LABEL_ALONE, LABEL_TEXT, SEPARATOR, SYMBOL_LABEL, SYMBOLS, TRAILING_PAGE_NUMBER, ends_sentence,
                     page_furniture, read_label)


NAME = "footnotes"
# body lines below a numbered title, short of the page's foot, that make it
# a heading (see `_section_heading`)
HEADING_PARAGRAPH_LINES = 4
FOOT_TEXT_LINES = 2  # or this many, in the text's type, down to the page's foot
FOOT_TEXT_FULL = 0.9  # (the first of them this full)
SECTION_TITLE_WIDTH = 0.85  # a title numbered without a stop: of the measure at most
BROKEN_TITLE_WIDTH = 0.7  # (one that breaks off in a word)
MAX_TITLE_WORDS = 12
MAX_WRAPPED_TITLE_WORDS = 16  # (on two lines)
TITLE_REST_WIDTH = 0.5  # a title's rest wrapped onto a line of its own: of the measure at most
TERMINAL_MARKS = (".", ",", ";", ":", "!", "?")
BELOW_LINES = 11  # lines below a numbered line read to tell a heading from a note
BELOW_REACH = 80  # how far down they are looked for, past margin text
# lines a note runs before a line that opens with its number again makes
# it start there (see `_restart_at_own_label`)
RESTART_AFTER_LINES = 4
# how far down a page a label line may stand below a marker on a line of its own
LABEL_AGAIN_LINES = 120
# a note's number glued to the end of a name ("Ayşe ÖRNEK1", "Ali Kaya1, …")
AUTHOR_MARKER = regex.compile(r"(?<=\p{L})\d{1,2}(?=\s*(?:[,;&*]|$|\s(?:and|ve|und|et)\s))")


def run(doc: Document) -> None:
    with doc.abstracts_as_text() as in_abstracts:
        _find_notes(doc, in_abstracts)


def _find_notes(doc: Document, in_abstracts: set[int]) -> None:
    """(Notes may stand inside an abstract that runs over a page; markers
    are not looked for there: an abstract's numbers are its own.)"""
    lines = doc.lines
    # separator lines go first; they also tell where a footnote zone starts
    for ln in lines:
        if ln.role == BODY and doc.text[ln.start] in "_-–—=·." and SEPARATOR.match(doc.line_text(ln)):
            doc.remove_line(ln, "separator", NAME)

    candidates: list[tuple[str, int, int, bool, int]] = []  # label, start, end, strong, line index
    notes: list[tuple[str, list[Line], int]] = []  # label, lines, index of first line
    # labels an extractor moved off their note (the start of its label span)
    displaced: dict[int, int] = {}
    # markers an extractor set at the start of the next line (their offsets)
    line_start: set[int] = set()
    page_turned = False  # a page edge passed since the last note
    # numbers the input set as superscripts (Markdown <sup>): markers
    supers = sorted(doc.layout.get("_superscripts", []))
    misread: dict[int, str] = {}  # a note's first line -> the mark OCR read for its label
    unmarked: set[int] = set()  # first lines of notes taken with no marker of their number
    odd_marks: list[tuple[int, int, int]] = []  # OCR's reading of markers ("process.!"): start, end, line
    symbol_markers = find_symbol_markers(doc)
    for k, ln in enumerate(lines):
        if ln.role == AUTHOR:
            # a number glued to a name on the authors' line ("ÖRNEK1") is
            # the marker of that author's note
            for m in AUTHOR_MARKER.finditer(doc.line_text(ln)):
                candidates.append((m.group(), ln.start + m.start(), ln.start + m.end(), True, k))
    symbol_marker_of: dict[int, int] = {}  # a symbol note's first line -> its marker's offset
    alone_markers: dict[int, Line] = {}  # markers on a line of their own, by offset
    spaced_markers = bool(doc.layout.get("pages_a_line"))
    expected = 1
    cur: list[Line] | None = None
    cur_label_alone = False
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if notes and ln.page != notes[-1][1][0].page:
            page_turned = True
        if ln.role != BODY:
            # page furniture ends a note; a stray repeated line inside it
            # (or margin text beside it) does not
            if ln.role == REMOVED and ln.reason in ("running-header", "page-number"):
                cur = None
                page_turned = bool(notes)
            i += 1
            continue
        t = doc.line_text(ln)
        if cur is not None:
            if _split_at_glued_note(doc, lines, i, str(expected), candidates, NOTE_AFTER_NOTE):
                n = len(lines)
                t = doc.line_text(ln)  # the current note's end; the next note is line i + 1
            # (a block that opens with what OCR made of a label is the
            # next note, save the text of a label standing alone above)
            if not (ln.blank_before and not cur_label_alone and t[:1] in MISREAD_LABELS
                    and MISREAD_LABEL.match(t)) and (
                    continues(doc, cur, ln, cur_label_alone, str(expected)) or rest_at_foot(doc, lines, i, cur)) \
                    and not _text_resumes(doc, lines, i, cur, notes):
                cur.append(ln)
                cur_label_alone = False
                i += 1
                continue
            cur = None
        if symbol_markers and t[:1] in SYMBOLS:
            sym = _symbol_note(doc, lines, i, symbol_markers)
            if sym is not None:
                symbol_marker_of[id(ln)] = sym[1]
                sym = sym[0]
                cur = [ln]
                cur_label_alone = False
                notes.append((sym, cur, i))
                i += 1
                continue
        label = read_label(t)
        num = str(expected)
        if label is None and (_split_at_glued_note(doc, lines, i, num, candidates)
                              or (num in t and LABEL_AFTER_JOIN.search(t) and _glued_line(doc, lines, i)
                                  and _split_at_glued_note(doc, lines, i, num, candidates, LABEL_AFTER_JOIN))
                              or (num in t and _split_at_glued_note(doc, lines, i, num, candidates,
                                                                    LABEL_GLUED_AFTER_JOIN))):
            n = len(lines)
            t = doc.line_text(ln)  # the text before the note, which is now line i + 1
        if label and label[1] == "alone" and not ln.blank_before \
                and (int(label[0]) >= expected or label[0] == "1") and _label_again(doc, lines, i, label[0]):
            # pdf.js sets a raised marker on a line of its own ("… kaldı." /
            # "1" / "İstanbul …"), right under the text: the note of that
            # number stands further down the page (a note's label alone on
            # its line follows white space where the extractor prints any)
            candidates.append((label[0], ln.start, ln.end, True, i))
            alone_markers[ln.start] = ln
            # out of the text now, so that no later step takes it for a
            # page number
            doc.remove_line(ln, "footnote-marker", NAME, label=label[0])
            i += 1
            continue
        evidence = marker_evidence(candidates, label[0], lines, i, doc, glued_label=label[1] == "glued") \
            if label and int(label[0]) in (expected, expected + 1) else None
        if evidence and label[1] == "spaced" and _number_in_sentence(doc, lines, i, label[0], candidates):
            evidence = None
        if evidence is None and label and label[1] != "alone" and int(label[0]) == expected \
                and _unmarked_note(doc, lines, i, label, notes, unmarked):
            evidence = "foot"
        if label is None and t[:1] in MISREAD_LABELS and _misread_note(doc, lines, i, expected, notes, odd_marks):
            num = str(expected)
            misread[id(ln)] = t[0]
            unmarked.add(id(ln))
            cur = [ln]
            cur_label_alone = False
            notes.append((num, cur, i))
            expected += 1
            page_turned = False
            i += 1
            continue
        if label and label[0] == "1" and expected > 1 and page_turned and evidence is None \
                and any(c[0] == "1" and c[3] and c[4] > notes[-1][2] for c in candidates[-400:]):
            # numbering that starts again on every page: a new "1" after
            # the page turned, its own marker on this page
            evidence = "strong"
        if evidence and (evidence == "strong" and not _misread_letter(doc, lines, i)
                         or _placed_like_note(doc, lines, i, after_note=bool(notes)
                                              and notes[-1][1][-1] is lines[i - 1])) \
                and not _section_heading(doc, lines, i):
            num = label[0]
            cur = [ln]
            cur_label_alone = label[1] == "alone"
            notes.append((num, cur, i))
            if evidence == "foot":
                unmarked.add(id(ln))
            expected = int(num) + 1
            page_turned = False
            i += 1
            continue
        moved = _displaced_label(doc, lines, i, num) if t.endswith(num) else None
        if moved is not None and (
                marker_evidence(candidates, num, lines, i, doc) == "strong"
                # (the marker on this very line, before the label)
                or any(c[0] == num and c[3] for c in marker_candidates(t[:moved[0] - ln.start], ln.start))
                or (not moved[1] and any(c[0] == num and c[1] in line_start for c in candidates[-400:]))):
            at, glued = moved
            cur = [lines[i + 1]]
            cur_label_alone = False
            notes.append((num, cur, i + 1))
            displaced[id(lines[i + 1])] = at
            if glued:
                # the extractor took the label for the rest of a broken word
                # and dropped the hyphen before it ("netice-" -> "netice1")
                ln.hyphen_lost = True
            expected += 1
            for c in marker_candidates(t[:at - ln.start], ln.start):
                candidates.append((*c, i))
            i += 2
            continue
        if label and label[0] == num and i and lines[i - 1].role == BODY \
                and ends_sentence(doc.line_text(lines[i - 1])):
            # pdfium sets a raised marker at the start of the next line
            # ("… variable." / "1 While the density …"): a marker if its
            # note turns up
            candidates.append((label[0], ln.start, ln.start + len(label[0]), False, i))
            line_start.add(ln.start)
        if id(ln) in in_abstracts:
            i += 1
            continue
        for c in marker_candidates(t, ln.start):
            candidates.append((*c, i))
        if "!" in t or "?" in t:
            odd_marks.extend((ln.start + m.start(), ln.start + m.end(), i) for m in ODD_MARK.finditer(t))
        # (not in marker_candidates: its other callers read lines cut short,
        # whose last number ends no line, or look ahead for a note's
        # evidence, where a page number read into a line's end would pass)
        m = SPACED_END_MARKER.search(t) if not spaced_markers and t[-1:].isdigit() else None
        if m:
            candidates.append((m.group(1), ln.start + m.start(1), ln.start + m.end(1), False, i))
        if spaced_markers:
            # each page came as one line of items joined by spaces (see
            # lines): a raised marker stands apart, "semantics. 3 These"
            for m in SPACED_MARKER.finditer(t):
                candidates.append((m.group(1), ln.start + m.start(1), ln.start + m.end(1), False, i))
        for s, e in superscripts_in(supers, ln.start, ln.end):
            candidates.append((doc.text[s:e], s, e, True, i))
        i += 1

    _restart_at_own_label(doc, notes)
    index = {id(ln): k for k, ln in enumerate(lines)}
    starts = {id(n[1][0]) for n in notes}
    note_ids = {id(x) for n in notes for x in n[1]}
    for _num, note_lines, _first in notes:
        # (a finished sentence and a number after it, "… amadedir. 127",
        # end the note too: a source's page, or the journal's page that
        # pdftotext read into the note's last line)
        if not ends_sentence(TRAILING_PAGE_NUMBER.sub("", doc.line_text(note_lines[-1]))):
            if not (continue_broken_word(doc, lines, note_lines, index, starts)
                    or continue_on_next_page(doc, lines, note_lines, index)
                    or continue_in_next_column(doc, lines, note_lines, index, starts,
                                               lambda x: id(x) in note_ids)
                    or (paragraph_per_line(doc) and paragraph_above_next_note(doc, lines, note_lines, index, starts))):
                continue_by_measure(doc, lines, note_lines, index, starts)

    _unstack_labels(doc, notes)

    used: set[int] = set()
    used_odd: set[int] = set()
    last_marker = -1
    by_label: dict[str, list[int]] = {}
    for k, c in enumerate(candidates):
        by_label.setdefault(c[0], []).append(k)
    for num, note_lines, first in notes:
        for ln in note_lines:
            ln.role = FOOTNOTE
            ln.group = len(doc.footnotes)
        head = note_lines[0]
        if id(head) in displaced:
            s = displaced[id(head)]
            doc.remove_span(s, s + len(num), "footnote-label", NAME, label=num, displaced=True)
        elif id(head) in misread:
            doc.remove_span(head.start, head.start + 1, "footnote-label", NAME, label=num, read_as=misread[id(head)])
        else:
            t = doc.line_text(head)
            m = LABEL_TEXT.match(t) or LABEL_ALONE.match(t) or SYMBOL_LABEL.match(t)
            doc.remove_span(head.start, head.start + len(m.group(1)), "footnote-label", NAME, label=num)
        doc.footnotes.append(Footnote(label=num, pieces=[]))
        if num[0] in SYMBOLS:
            at = symbol_marker_of[id(head)]
            doc.remove_span(at, at + len(num), "footnote-marker", NAME, label=num)
            doc.footnote_refs.append(FootnoteRef(label=num, block=-1, offset=at))
            continue
        pick = pick_marker(candidates, by_label.get(num, []), first, last_marker, used)
        if pick is None:
            # no marker with the number: OCR may have read it as a mark
            odd = next((m for m in odd_marks if last_marker < m[0] < head.start and m[0] not in used_odd
                        and same_page(doc, lines, m[2], first)), None)
            if odd is not None:
                used_odd.add(odd[0])
                last_marker = odd[0]
                doc.remove_span(odd[0], odd[1], "footnote-marker", NAME, label=num, read_as=doc.text[odd[0]:odd[1]])
                doc.footnote_refs.append(FootnoteRef(label=num, block=-1, offset=odd[0]))
        else:
            _, s, e, _, _ = candidates[pick]
            used.add(pick)
            last_marker = s
            if s in alone_markers:
                _join_around(doc, alone_markers[s])
            else:
                doc.remove_span(s, e, "footnote-marker", NAME, label=num)
            doc.footnote_refs.append(FootnoteRef(label=num, block=-1, offset=s))


def _restart_at_own_label(doc: Document, notes: list[tuple[str, list[Line], int]]) -> None:
    """A note that took in a line opening with its own number again, some
    lines down ("1 Tesla to 4 Tesla, …" in the text, "1Fig. 2: We show …"
    at the foot), opened at a number in the text that the line above runs
    on with: the note is the later one, the lines before it are text. (A
    note's own lines seldom open with its number; a sentence that puts a
    number at a line's start does so anywhere.)"""
    for k, (num, note_lines, _first) in enumerate(notes):
        if num[0] in SYMBOLS:
            continue
        for j in range(RESTART_AFTER_LINES, len(note_lines)):
            label = read_label(doc.line_text(note_lines[j]))
            if label is not None and label[0] == num and label[1] != "alone":
                notes[k] = (num, note_lines[j:], doc.line_index(note_lines[j]))
                break


def _join_around(doc: Document, marker: Line) -> None:
    """The extractor broke a printed line at a marker it set on a line of
    its own: the text before and after it go on as one line where together
    they fit one."""
    k = doc.line_index(marker)
    before = next((ln for ln in reversed(doc.lines[max(0, k - 3):k]) if ln.role == BODY), None)
    after = next((ln for ln in doc.lines[k + 1:k + 4] if ln.role == BODY), None)
    if before is None or after is None or after.page != before.page:
        return
    if (before.end - before.start) + (after.end - after.start) <= 1.05 * full_width(doc, before.column):
        after.joins_previous = True


def _label_again(doc: Document, lines: list[Line], i: int, num: str) -> bool:
    """Does a line further down line i's page open with label `num` too?"""
    page = lines[i].page
    for k in range(i + 1, min(len(lines), i + LABEL_AGAIN_LINES)):
        ln = lines[k]
        if ln.page != page or ln.role == REMOVED and ln.reason in ("running-header", "page-number"):
            return False
        if ln.role == BODY:
            t = doc.line_text(ln)
            lab = read_label(t)
            if lab and lab[0] == num and not DATE_LINE.match(t.strip()):
                return True
            if t[:1].isdigit() and is_page_no(t) and (k + 1 == len(lines) or lines[k + 1].role != BODY
                                                      or lines[k + 1].page != page):
                return False  # a number alone at the page's edge: its page number
    return False


# a date alone on its line ("1 Kasım 1924", an unnumbered subsection's
# title): no note opens so
DATE_LINE = regex.compile(r"^\d{1,2}\s+\p{L}+\s+\d{4}$")
MIDLINE_LABEL = regex.compile(r"(?<=\S\s)(\d{1,3})(?=\p{Lu}\p{Ll}|[“\"‘(«\[]\p{L})")
# pdftotext glued a column's last line, broken at a hyphen it dropped, to
# the note below it: "… such criteria of ra2 Another response might …",
# "… are neces2 A CPC thread …" (only in such over-long lines)
LABEL_AFTER_JOIN = regex.compile(r"(?<=\p{Ll})(\d{1,3})(?= (?:\p{Lu}[\p{Ll}\s]|[“\"‘(«\[]\p{L}))")
# pdftext glues the page's last line, broken at a hyphen it dropped, to the
# note's first line with no space at all: "… en büyük darbele1Amasya’da",
# "… the term ’ra1The set of …" (a word's letters, the number, a capital)
LABEL_GLUED_AFTER_JOIN = regex.compile(r"(?<=\p{Ll}{2}[’']?)(\d{1,3})(?=\p{Lu}\p{Ll}|[“\"‘(«\[]\p{L})")
# the next note glued to the end of the one before, spaces and all lost
# (pypdf): "… offer one possibility.2Per station, we estimate …"
NOTE_AFTER_NOTE = regex.compile(r"(?<=\p{Ll}[.!?…][\"”’)]?)(\d{1,3})(?=[\p{Lu}“\"‘(«\[]\p{Ll})")


def _text_resumes(doc: Document, lines: list[Line], i: int, cur: list[Line], notes: list) -> bool:
    """Does line i carry on the text's sentence broken off above the notes,
    where the note `cur` broke off mid-sentence, and does the note's rest
    stand at the foot of the next column (see `rest_where_text_resumes`)? Then
    the note ends here."""
    def in_notes(x: Line) -> bool:
        return any(x is y for n in notes for y in n[1])

    def note_start(ln: Line) -> bool:
        return read_label(doc.line_text(ln)) is not None

    return rest_where_text_resumes(doc, lines, notes[-1][2], in_notes, cur, lines[i], i + 1, note_start) is not None


def _split_at_glued_note(doc: Document, lines: list[Line], i: int, num: str, candidates,
                         label_pattern: regex.Pattern = MIDLINE_LABEL) -> bool:
    """pdfium sometimes runs the page's last text line and the first line of
    the note below into one ("… is related to the 1Fig. 2: We show …"), and
    pypdf a note's last line and the next note (`NOTE_AFTER_NOTE`).
    Where the expected note number stands glued to a capitalised word inside
    the line, a marker for it came before, and the rest runs to the page's
    foot, the line is cut in two there."""
    ln = lines[i]
    t = doc.line_text(ln)
    if num not in t:
        return False  # the common case, cheaply
    m = next((m for m in label_pattern.finditer(t) if m.group(1) == num), None)
    if m is None or not any(c[0] == num for c in candidates[-400:]):
        return False
    if label_pattern is LABEL_GLUED_AFTER_JOIN and _label_again(doc, lines, i, num):
        return False  # the note opens its own line further down: "Word2Vec" is a name
    # pdfium sets a column's notes where the column ends, and a page's
    # next column may go on with the body right after them
    joined = label_pattern is LABEL_AFTER_JOIN or label_pattern is LABEL_GLUED_AFTER_JOIN
    if not _runs_to_foot(doc, lines, i + 1, ln.page, resumes=True, lower_after_white=joined):
        return False
    cut = ln.start + m.start(1)
    lines.insert(i + 1, Line(cut, ln.end, indent=0, page=ln.page, column=ln.column))
    ln.end = ln.start + len(t[:m.start(1)].rstrip())
    if joined:
        ln.hyphen_lost = True  # the body's last word broke at a hyphen the extractor dropped
        rest = lines[i + 2] if i + 2 < len(lines) else None
        if rest is not None and rest.blank_before and doc.text[rest.start:rest.start + 1].islower():
            # the blank the extractor set after the glued line stands
            # inside the note, whose rest goes on below it
            rest.blank_before = False
    return True


def _glued_line(doc: Document, lines: list[Line], i: int) -> bool:
    """Is line i two printed lines glued into one (longer by far than the
    lines around it, or than the page's measure)?"""
    n = lines[i].end - lines[i].start
    if n > 1.1 * full_width(doc, lines[i].column):
        return True
    window = [ln for ln in lines[max(0, i - 4):i + 5] if ln.role == BODY]
    k = next((j for j, ln in enumerate(window) if ln is lines[i]), None)
    if k is None:
        return False
    measure = local_measure([ln.end - ln.start for ln in window], k)
    return measure is not None and n > 1.1 * measure


def _displaced_label(doc: Document, lines: list[Line], i: int, num: str) -> tuple[int, bool] | None:
    """An extractor sometimes hangs a note's raised label on the last line of
    the text above, leaving the note without it: pdftotext glues it to a
    broken word ("… aldığımız netice1") with white space before the note,
    pdfium sets it apart ("… "survey science", 1"). (Offset of that label,
    glued?) where line i ends with the expected number and the next line
    opens a block that runs to the page's foot."""
    ln = lines[i]
    t = doc.line_text(ln).rstrip()
    if not t.endswith(num) or len(t) <= len(num) + 1:
        return None
    before = t[-len(num) - 1]
    glued = before.isalpha()
    if not glued and not (before == " " and not t[-len(num) - 2].isdigit()):
        return None
    if i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    nt = doc.line_text(nxt)
    if nxt.role != BODY or nxt.page != ln.page or read_label(nt):
        return None
    if glued and not nxt.blank_before and not _smaller_type(doc, lines, i + 1, ln.page):
        return None
    if not glued and not (nt[:1].isupper() or nt[:1] in "“\"‘(«"):
        return None
    k = i + 2
    if k < len(lines) and lines[k].blank_before and lines[k].role == BODY and lines[k].page == ln.page \
            and not ends_sentence(nt) and doc.text[lines[k].start:lines[k].start + 1].islower():
        # (white space after the note's first line, its sentence running on
        # below: pdftotext sets the first line, moved in past the label it
        # lost, in a block of its own when the lines stand far apart)
        k += 1
    if not _runs_to_foot(doc, lines, k, ln.page):
        return None
    return ln.start + len(t) - len(num), glued


def _smaller_type(doc: Document, lines: list[Line], k: int, page: int, most: int = 12) -> bool:
    """Are the body lines from k to the page's foot (or the next note's
    label) set in smaller type than the text: longer on average, the last
    one aside, than a full line of the text (SMALLER_TYPE)? With no white
    space above them (pdftotext's default mode), that is what sets a note
    apart from the body's last lines."""
    measure = full_width(doc, lines[k].column)
    run = []
    for other in lines[k:k + most]:
        if other.page != page or other.role != BODY or page_furniture(doc, other) \
                or (run and read_label(doc.line_text(other))):
            break
        run.append(other.end - other.start)
    return len(run) >= 2 and sum(run[:-1]) > SMALLER_TYPE * measure * (len(run) - 1)


def _runs_to_foot(doc: Document, lines: list[Line], k: int, page: int, most: int = 12,
                  resumes: bool = False, lower_after_white: bool = False) -> bool:
    """Do the body lines from k on run, with no white space, to the page's
    foot (furniture, a page break or the end) within `most` lines, the
    margin's pieces beside them passed over? With `resumes`, a finished
    sentence followed by a line in lower case, also after white space (the
    body going on after a note set into it, or in the next column), will
    do too. With `lower_after_white`, line k may follow white space where
    it goes on in lower case (the rest of a note whose first line the
    extractor glued to the text's, a blank between)."""
    prev = None
    seen = 0
    for other in lines[k:]:
        if page_furniture(doc, other) or other.page != page:
            return True
        if other.role == REMOVED and other.reason in ("margin-text", "duplicate"):
            # the margin's pieces stand beside the foot, not below it; a
            # page's tail emitted twice is not part of the page
            continue
        if seen == most:
            return False
        seen += 1
        lower = doc.text[other.start:other.start + 1].islower()
        resumed = resumes and prev is not None and ends_sentence(doc.line_text(prev)) and lower
        if other.role != BODY or (other.blank_before and not resumed
                                  and not (lower_after_white and prev is None and lower)):
            return False
        if resumed:
            return True
        prev = other
    return True


def _section_heading(doc: Document, lines: list[Line], i: int, depth: int = 0) -> bool:
    """Is line i a section heading numbered without a stop ("1 Introduction",
    LaTeX's default) rather than a note? A short title with no stop at its
    end, and below it a paragraph that runs on, not the page's foot (notes
    sit at the foot: furniture, a page break or the next note come soon),
    or its first subsection ("2.1") right below."""
    ln = lines[i]
    t = doc.line_text(ln)
    m = LABEL_TEXT.match(t)
    if not m or not m.group(2):
        return False  # "1Introduction": no heading is printed so
    before = doc.text[doc.text.rfind("\n", 0, ln.start) + 1:ln.start]
    if before.strip() and not before.endswith("   "):
        return False  # a note cut out of a line it was glued into (or a column's)
    title = t[m.end():]
    if not title[:1].isupper() or title.endswith((".", ",", ";", ":")):
        return False
    # the lines below, past margin text shredded beside them
    below = [(k, other) for k, other in enumerate(lines[i + 1:i + 1 + BELOW_REACH], i + 1)
             if not (other.role == REMOVED and other.reason == "margin-text")][:BELOW_LINES]
    nxt = next((other for _, other in below if other.role == BODY), None)
    if nxt is not None and regex.match(regex.escape(m.group(1)) + r"\.1\.?\s+[\p{Lu}\p{N}]",
                                       doc.text[nxt.start:nxt.end]):
        return True  # its first subsection right below ("2" / "2.1 Title"), also past a page break
    measure = full_width(doc, ln.column)
    broken = title.endswith(LINE_END_HYPHENS)  # (a wrapped title, or a note's first line)
    rest = _title_rest(doc, nxt, measure) if nxt is not None and nxt.page == ln.page else None
    if rest is not None:
        # a long title wrapped onto a short line in title case ("3 From
        # Asymptotic Simplicity to … Quark-" / "Hadron Continuity"): its
        # text comes below that
        title += " " + rest
        below = [(k, other) for k, other in below if other is not nxt]
        broken = False
    elif len(t) > (BROKEN_TITLE_WIDTH if broken else SECTION_TITLE_WIDTH) * measure:
        return False
    if len(title.split()) > (MAX_TITLE_WORDS if rest is None else MAX_WRAPPED_TITLE_WORDS):
        return False
    # the lengths of the lines below, down to the page's foot or its notes
    # (a title there keeps two lines of its text below it, in the text's
    # type: a note's lines are longer; a line that breaks off in a word
    # there is a note's, where a fixed pitch gives both the same letters a
    # line)
    text_below: list[int] = []

    def text_at_foot() -> bool:
        return not broken and _text_at_foot(text_below, measure)

    for k, other in below:
        if other.role != BODY:
            if page_furniture(doc, other) and not (doc.layout.get("form_feeds") and mid_page(doc, lines, k)):
                # (where form feeds mark the pages, a running line with the
                # page going on below it is margin text read mid-page)
                return text_at_foot()
            continue
        if other.page != ln.page or page_furniture(doc, other):
            return text_at_foot()  # the foot
        if read_label(doc.line_text(other)):
            # the next note, or the next section's heading (an extractor
            # set the titles one under the other, or this section is short);
            # the page's notes start where its text ends
            return depth < 2 and _section_heading(doc, lines, k, depth + 1) or text_at_foot()
        text_below.append(other.end - other.start)
        if len(text_below) >= HEADING_PARAGRAPH_LINES:
            return True
    return False


def _title_rest(doc: Document, ln: Line, measure: float) -> str | None:
    """The text of line ln where it is a wrapped title's rest: short, each
    word capitalised (small words aside), no stop at its end."""
    t = doc.line_text(ln).strip()
    words = t.split()
    if not words or len(t) > TITLE_REST_WIDTH * measure or t.endswith(TERMINAL_MARKS) or read_label(t):
        return None
    capitalised = sum(w[:1].isupper() for w in words)
    return t if words[0][:1].isupper() and capitalised * 2 > len(words) else None


def _text_at_foot(text_below: list[int], measure: float) -> bool:
    """Do the lines between a numbered title and the page's foot make its
    section's first lines: two at least (LaTeX keeps no fewer under a
    title), the first of them full, none wider than the text's measure?"""
    return len(text_below) >= FOOT_TEXT_LINES and text_below[0] >= FOOT_TEXT_FULL * measure \
        and all(n <= TEXT_TYPE * measure for n in text_below)


# the word a glued label opens: a capital and a small letter ("1Selecting"),
# or a word of one capital ("1A particularly", "1O zaman"), not a unit or a
# name ("3D", "2PC")
GLUED_WORD = regex.compile(r"[“\"‘(«\[]?(?:\p{Lu}\p{Ll}|[AIO] \S)")
# how many lines a page's foot holds below the note that opens it
FOOT_LINES = 15
# what OCR makes of a raised note number: "?" (²), quotes (¹, ³), "#"
MISREAD_LABELS = "?’‘'“\"#"
# (glued to the note's first word, or one space before it: "? Another …")
MISREAD_LABEL = regex.compile(r"^[?’‘'“\"#] ?\p{Lu}\p{Ll}")


def _unmarked_note(doc: Document, lines: list[Line], i: int, label: tuple[str, str], notes,
                   unmarked: set[int]) -> bool:
    """Does line i, which opens with the number the sequence expects and no
    marker backs, open a note all the same? OCR reads a raised marker as a
    stray mark ("process.!"), but a number before a word under white space
    at the page's foot ("1Selecting key frames …") opens a note (after a
    space, where the block ends a sentence: no numbered title), and so does
    the next number right under such a note (notes listed at a text's end;
    under a note its marker backs, a number may open the next page's text,
    "2 Ağustos 1920'de …", where the extractor marks no page break)."""
    if notes and i and notes[-1][1][-1] is lines[i - 1] and lines[i - 1].page == lines[i].page \
            and id(notes[-1][1][0]) in unmarked:
        return True
    spaced = label[1] == "spaced"
    return GLUED_WORD.match(doc.line_text(lines[i]), len(label[0]) + spaced) is not None \
        and _opens_page_foot(doc, lines, i, sentence=spaced)


def _misread_note(doc: Document, lines: list[Line], i: int, expected: int, notes, odd_marks) -> bool:
    """Does line i open note `expected` with a label OCR read as a mark at
    the page's foot? "?The face detector …" (no sentence opens so),
    "’Deep face …" between notes 2 and 4, "‘No significant …" on a page
    with a marker read as a mark ("detected.!")."""
    t = doc.line_text(lines[i])
    if not MISREAD_LABEL.match(t) or not _opens_page_foot(doc, lines, i):
        return False
    return (t[0] == "?" and expected > 1) or _note_below(doc, lines, i, str(expected + 1)) \
        or bool(notes and notes[-1][0] == str(expected - 1) and notes[-1][1][-1] is lines[i - 1]) \
        or any(same_page(doc, lines, k, i) for _, _, k in odd_marks[-20:])


def _note_below(doc: Document, lines: list[Line], i: int, num: str) -> bool:
    """Does note `num` open a block below line i, on its page's foot?"""
    ln = lines[i]
    for k in range(i + 1, min(len(lines), i + FOOT_LINES)):
        nxt = lines[k]
        if nxt.page != ln.page or page_furniture(doc, nxt):
            return False
        if nxt.role == BODY and nxt.blank_before:
            lab = read_label(doc.line_text(nxt))
            return lab is not None and lab[0] == num
    return False


def _opens_page_foot(doc: Document, lines: list[Line], i: int, *, sentence: bool = False) -> bool:
    """Does line i open the page's last block: white space above it, and
    below it only more lines of notes until the page's edge (furniture,
    a page break, the end of the text)? With `sentence`, the last of them
    must also end a sentence (a numbered title printed at the foot does
    not)."""
    ln = lines[i]
    if not ln.blank_before:
        return False
    last = ln
    for k in range(i + 1, min(len(lines), i + FOOT_LINES) + 1):
        nxt = lines[k] if k < len(lines) else None
        if nxt is None or nxt.page != ln.page or page_furniture(doc, nxt) or (
                nxt.role == REMOVED and nxt.reason == "margin-text"):
            # (text printed sideways in the margin comes out at a page's
            # start or end: OCR reads it after the page's last block)
            return not sentence or ends_sentence(doc.line_text(last))
        if nxt.role != BODY:
            continue
        # another block below: only a note's (it opens with a number, or
        # with what OCR made of one)
        if nxt.blank_before and read_label(doc.line_text(nxt)) is None \
                and MISREAD_LABEL.match(doc.line_text(nxt)) is None:
            return False
        last = nxt
    return False


def _number_in_sentence(doc: Document, lines: list[Line], i: int, num: str, candidates) -> bool:
    """Is the number opening line i a word of the sentence that the line
    above runs on with ("… several per hour or the" / "2 per hour noted …"),
    backed by no marker above it on its page? A note opens after the
    text's last line, in its own sentence; its marker is looked for below
    only for a note set before its column's text."""
    ln = lines[i]
    if ln.blank_before or i == 0:
        return False
    prev = lines[i - 1]
    if prev.role != BODY or prev.page != ln.page or ends_sentence(doc.line_text(prev)):
        return False
    # (one space between, as between words: layout mode sets a label
    # apart from the text line it shares, "2          how likely …")
    t = doc.line_text(ln)
    if t[len(num):len(num) + 1] != " " or not t[len(num) + 1:len(num) + 2].islower():
        return False
    return not any(c[0] == num and c[3] and c[4] < i and same_page(doc, lines, c[4], i) for c in candidates[-400:])


def _misread_letter(doc: Document, lines: list[Line], i: int) -> bool:
    """Is line i's glued number OCR's reading of its first letters ("1e
    large …" for "the", "1aas" for "has"): a word in lower case after it,
    in a sentence that runs on from the line above?"""
    t = doc.line_text(lines[i])
    m = LABEL_TEXT.match(t)
    if m is None or m.group(2) or not t[m.end():m.end() + 1].islower() or i == 0:
        return False
    prev = lines[i - 1]
    return prev.role == BODY and prev.page == lines[i].page and not lines[i].blank_before \
        and not ends_sentence(doc.line_text(prev))


def _placed_like_note(doc: Document, lines: list[Line], i: int, after_note: bool = False) -> bool:
    """Notes sit at the foot: after white space, a separator, furniture, a
    page break, another note (`after_note`: line i - 1 is a note's last),
    or at least after a finished sentence."""
    ln = lines[i]
    t = doc.line_text(ln)
    if LABEL_ALONE.match(t):
        # the note's text must follow
        return i + 1 < len(lines) and lines[i + 1].role == BODY
    if ln.blank_before or i == 0 or after_note:
        return True
    prev = lines[i - 1]
    if prev.role != BODY or prev.page != ln.page:
        return True
    if LABEL_TEXT.match(t).group(2) == "":
        return not _misread_letter(doc, lines, i)  # glued number: nothing in running text looks like this
    return ends_sentence(doc.line_text(prev)) or doc.apart(prev.end, ln.start)


def _symbol_note(doc: Document, lines: list[Line], i: int, markers: dict[str, list[int]]) -> tuple[str, int] | None:
    """(symbol, its marker's offset) if line i opens a note marked with a
    symbol: the same symbol stands glued after a word above it, within the
    last page or so, not taken by another note, and the line sits where
    notes do (after white space, a page edge or a finished sentence). The
    marker is taken off the list, so that a list set with "*" bullets
    further down finds none."""
    ln = lines[i]
    m = SYMBOL_LABEL.match(doc.line_text(ln))
    if m is None:
        return None
    sym = m.group(1)
    before = [at for at in markers.get(sym, ()) if ln.start - 6000 < at < ln.start]
    if not before:
        return None
    prev = lines[i - 1] if i else None
    if not (prev is None or ln.blank_before or prev.role != BODY or prev.page != ln.page
            or ends_sentence(doc.line_text(prev)) or doc.apart(prev.end, ln.start)):
        return None
    markers[sym].remove(before[-1])
    return sym, before[-1]


def _unstack_labels(doc: Document, notes: list[tuple[str, list[Line], int]]) -> None:
    """pdftotext may stack a page's note labels on lines of their own
    ("1", "2") and set the notes' texts below them all: the last label then
    holds every text, the others none. Where the texts part at sentence
    ends into as many notes as there are labels, each label gets its own."""
    def bare(k: int) -> bool:
        return LABEL_ALONE.match(doc.line_text(notes[k][1][0])) is not None

    k = 0
    while k < len(notes):
        # notes[k:last] are labels alone; notes[last], its label alone too,
        # holds the texts of them all
        last = k
        while last < len(notes) and len(notes[last][1]) == 1 and bare(last) \
                and notes[last][1][0].page == notes[k][1][0].page:
            last += 1
        if last == k or last == len(notes) or not bare(last):
            k = last + 1
            continue
        texts = notes[last][1][1:]
        starts = [j for j in range(1, len(texts)) if ends_sentence(doc.line_text(texts[j - 1]))
                  and doc.text[texts[j].start:texts[j].start + 1].isupper()]
        if len(starts) == last - k:
            bounds = [0, *starts, len(texts)]
            for (_num, note_lines, _first), a, b in zip(notes[k:last + 1], bounds, bounds[1:]):
                del note_lines[1:]
                note_lines.extend(texts[a:b])
        k = last + 1
