"""The shapes the footnote steps share: a note's label ("1", "¹", "*"), a
sentence's end, a page's furniture."""

from __future__ import annotations

import re

import regex

from ...document import BODY, REMOVED, Document, Line
from ...marks import ASTERISKS, NOTE_SYMBOLS
from ..headers import is_page_no


SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# a finished sentence and a number after it ("… amadedir. 127"): a source's
# page, or the journal's page that the extractor read into a note's last line
TRAILING_PAGE_NUMBER = regex.compile(r"(?<=[.!?”\"]) \d{1,4}$")
LABEL_ALONE = regex.compile(r"^(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$")
# what follows a number glued to one letter that is no word ("1a", "2K",
# "3D"; the one-letter words A, I, O may open a note)
ONE_LETTER = regex.compile(r"(?:\p{Ll}|[B-HJ-NP-Z])(?!\p{L})")
# (also before a "<" glued to a word: a quote a font's code table made so,
# see the quote_codes pass)
LABEL_TEXT = regex.compile(r"^(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(\s*)(?=[\p{L}“\"'‘(«\[]|<\p{L})")
# notes marked with symbols (an author's affiliation, "this paper comes
# from a thesis"): "*", "**", "†", "‡", "§", glued after a word of the title,
# the authors' line or the body, and opening the note at the foot
SYMBOLS = NOTE_SYMBOLS
SYMBOL_LABEL = regex.compile(r"^([" + ASTERISKS + r"]{1,3}|[†‡§]{1,2})\s*(?=[\p{L}“\"'‘(«\[])")
SEPARATOR = regex.compile(r"^[_\-–—=·.]{5,}$")
ENDS_SENTENCE_RE = re.compile(r"[.!?;:…][\"”’'»)\]]*$|\)$")
# a full stop after which a line in lower case is no longer the sentence's:
# not a parenthesis ("(CFL)" + "phase, which"), a colon or a semicolon, nor a
# quotation, after which the words that say who spoke may follow in lower
# case ("“… yapacağız!” demiştim", "“… done.” he said")
FULL_STOP_END = re.compile(r"[.!?…][)\]]?$")


def ends_sentence(s: str) -> bool:
    return ENDS_SENTENCE_RE.search(s.rstrip()[-8:]) is not None


def page_furniture(doc: Document, ln: Line) -> bool:
    """A running header, a page number (removed already or still a bare
    number line): the sign of a page's edge."""
    if ln.role == REMOVED:
        return ln.reason in ("running-header", "page-number")
    return ln.role == BODY and is_page_no(doc.line_text(ln))


def read_label(t: str):
    if not t or not (t[0].isdigit() or t[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹"):
        return None
    m = LABEL_ALONE.match(t)
    if m:
        return m.group(1).translate(SUPERSCRIPT), "alone"
    m = LABEL_TEXT.match(t)
    if m:
        if not m.group(2) and ONE_LETTER.match(t, m.end()):
            return None  # a figure's panel or a unit, "1a schematic", "2K CCDs": no note opens so
        return m.group(1).translate(SUPERSCRIPT), "glued" if not m.group(2) else "spaced"
    return None
