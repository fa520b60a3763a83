"""Markers in the running text: the numbers and symbols that may point to a
note (glued after a word, a stop or a quote; raised; set apart), and the
choice of the one that a note links to."""

from __future__ import annotations

import bisect

import re

import regex

from ...document import BODY, REMOVED, Document, Line
from .runs_on import mid_page
from ...marks import ASTERISKS
from .shapes import SUPERSCRIPT, SYMBOL_LABEL, SYMBOLS


# superscript digits are a marker wherever they stand
SUPERSCRIPT_MARKER = regex.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
SYMBOL_MARKER = regex.compile(r"(?<=[\p{L}\p{M}.,;:!?)\]”’\"'»])([" + ASTERISKS + r"]{1,3}|[†‡§]{1,2})"
                              r"(?=[\s.,;:)”’\"'»]|$)")
# a marker: digits glued to the end of a word, a closing bracket or a quote,
# followed by white space or punctuation; not by an apostrophe and letters,
# which are the number's own endings (Turkish "2’ncisi", "1920'de")
MARKER = regex.compile(r"(?<=(?P<pre>[\p{L}.,;:!?)\]”’\"'»]))(?P<num>\d{1,3})"
                       r"(?=[\s.,;:)”\"»]|[’'](?!\p{L})|$)")
# a marker in a line that lost its spaces: glued between a sentence's last
# word and the next sentence's first ("hakayıktır.2Biliyorsunuz")
SQUASHED_MARKER = regex.compile(r"(?<=\p{Ll}{4}[.!?])(\d{1,2})(?=\p{Lu}\p{Ll}{2})")
# a raised marker that the extractor set apart from the sentence it ends,
# the line's last item ("… the situation. 1"); a weak candidate: its note
# must turn up
SPACED_END_MARKER = regex.compile(r"(?<=\p{Ll}{3}[.!?”\"’)] )(\d{1,2})$")
# a marker set apart by spaces after a word or a stop, before the next word
SPACED_MARKER = regex.compile(r"(?<=[\p{L}.,;:!?)\]”’\"'»] )(\d{1,2})(?= [\p{L}“\"(]|$)")
WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+$")
YEAR_AT_STOP = regex.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)\.$")
SENTENCE_AFTER = regex.compile(r"\s*$|\s+[\p{Lu}“\"«(]")
ANY_DIGIT = re.compile(r"[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]")


def marker_candidates(text: str, base: int):
    """(label, start, end, strong) for every plausible marker in text."""
    if ANY_DIGIT.search(text) is None:
        return  # no number, no marker (most lines)
    for m in SUPERSCRIPT_MARKER.finditer(text):
        yield m.group().translate(SUPERSCRIPT), base + m.start(), base + m.end(), True
    for m in MARKER.finditer(text):
        pre = m.group("pre")
        s = m.start("num")
        if pre.isalpha():
            # the word before must be an ordinary word: "netice1", "Bey5";
            # not a formula or acronym ("CeRu2", "HC1", "H2")
            w = WORD_BEFORE.search(text, max(0, s - 40), s)
            word = w.group(0) if w else ""
            if len(word) < 3 or any(c.isupper() for c in word[1:]):
                continue
            strong = False
        elif pre in ":," and s >= 2 and text[s - 2].isdigit():
            continue  # a ratio, a time, a page or a decimal: "4:1", "1955:134", "3,5"
        else:
            # after a full stop the digits may be a decimal or a section
            # number ("3.14", "s.150"): only a marker if the word before is
            # a real word
            strong = True
            if pre == "." and s >= 2 and text[s - 2].isdigit():
                # a year ending a sentence ("en 1936.1 Cette …") is no
                # decimal: a weak marker when a sentence or the line starts
                # after it
                if not YEAR_AT_STOP.search(text, max(0, s - 7), s) \
                        or not SENTENCE_AFTER.match(text, m.end("num")):
                    continue
                strong = False
        yield m.group("num"), base + s, base + m.end("num"), strong
    for m in SQUASHED_MARKER.finditer(text):
        yield m.group(1), base + m.start(), base + m.end(), False


def superscripts_in(supers: list[tuple[int, int]], start: int, end: int):
    """The superscript spans inside [start, end) (`supers` is sorted)."""
    k = bisect.bisect_left(supers, (start, -1))
    while k < len(supers) and supers[k][0] < end:
        yield supers[k]
        k += 1


# and of a raised marker after a stop: "process.!", "on.?" (no sentence
# ends in two stops so)
ODD_MARK = regex.compile(r"(?<=[\p{L}\d)\]][.,;:])[!?](?=\s|$)")


def marker_evidence(candidates, num: str, lines: list[Line], i: int, doc: Document,
                    glued_label: bool = False) -> str | None:
    """Is there a marker for note `num` near line i? "strong" for one glued
    after punctuation ("theory.1", "134)1") within 80 lines, "weak" for any
    other, None for none. The marker may also come after the note in
    reading order (the note at the foot of the left column, the marker in
    the right one; a note printed before the page's last lines).
    `glued_label`: line i opens with the number glued to its first word."""
    found = None
    for c in candidates[-400:]:
        if c[0] == num:
            if c[3] and (i - c[4] <= 80 or same_page(doc, lines, c[4], i)):
                return "strong"
            found = "weak"
    paged = bool(doc.layout.get("form_feeds"))
    # a number glued to the word that opens line i may be a name's
    # ("2MASS" / "and SDSS are … aims.2 OGLE"): a marker in the sentence the
    # line opens, while it lasts, would stand in the note's own text. (Where
    # a space sets the number apart, an extractor may have read a text's
    # line, its marker in it, into the note's lines.)
    first_sentence = glued_label and not ENDS_SENTENCE_IN.search(doc.line_text(lines[i]))
    for k in range(i + 1, min(len(lines), i + 80)):
        ln = lines[k]
        # a note stands on its marker's page: the next page's markers are
        # other notes'. Form feeds mark the pages; without them a running
        # header at a page's edge does (pdftotext's default mode sets a
        # page's block out after its foot, but it marks its pages)
        if ln.page != lines[i].page or (not paged and ln.role == REMOVED and ln.reason == "running-header"
                                         and not mid_page(doc, lines, k)):
            break
        if ln.role != BODY:
            continue
        t = doc.line_text(ln)
        first_sentence = first_sentence and not ln.blank_before
        for c in marker_candidates(t, ln.start):
            if c[0] == num and not (first_sentence and not ENDS_SENTENCE_IN.search(t, 0, c[1] - ln.start - 1)):
                if c[3]:
                    return "strong"
                found = "weak"
        first_sentence = first_sentence and not ENDS_SENTENCE_IN.search(t)
    return found


# a sentence's end inside a line: a stop and a space (or the line's end)
ENDS_SENTENCE_IN = regex.compile(r"[.!?…][\"”’'»)\]]*(?:\s|$)")


# a page of two columns, where a note at the foot of the right column may
# stand this many lines below its marker at the top of the left one
PAGE_LINES = 250


def same_page(doc: Document, lines: list[Line], a: int, b: int) -> bool:
    """Do lines a and b stand on one page: no page break and no running
    header between them?"""
    span = b - a
    if span > PAGE_LINES:
        # words an extractor set a line each are one printed line
        span -= sum(ln.joins_previous for ln in lines[a + 1:b + 1])
    if span > PAGE_LINES or lines[a].page != lines[b].page:
        return False
    return not any(ln.role == REMOVED and ln.reason == "running-header" for ln in lines[a:b])


def find_symbol_markers(doc: Document) -> dict[str, list[int]]:
    """Offsets of the symbols glued after a word ("Yılmaz*", "thesis.†")
    in every line but the notes', by symbol; empty for the many documents
    that print none."""
    if not any(c in doc.text for c in SYMBOLS):
        return {}
    found: dict[str, list[int]] = {}
    for ln in doc.lines:
        if ln.role == REMOVED:
            continue
        t = doc.line_text(ln)
        if not any(c in t for c in SYMBOLS) or (t[:1] in SYMBOLS and SYMBOL_LABEL.match(t)):
            continue
        for m in SYMBOL_MARKER.finditer(t):
            found.setdefault(m.group(1), []).append(ln.start + m.start(1))
    return found


def pick_marker(candidates, same_label: list[int], first: int, last_marker: int, used: set[int]):
    """The marker of a note: the last one glued after punctuation before
    the note (else any before it, else the first after it)."""
    before = [k for k in same_label
              if k not in used and candidates[k][4] < first and candidates[k][1] > last_marker]
    strong = [k for k in before if candidates[k][3]]
    if strong:
        return strong[-1]
    if before:
        return before[-1]
    after = [k for k in same_label if k not in used and candidates[k][4] > first]
    return after[0] if after else None
