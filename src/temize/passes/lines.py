"""Split the text into lines, noting page breaks (form feeds) and blank lines
(where an extractor put a blank line after every line, only two in a row
count).

pdfium joins a printed line that ends in a hyphen to the next one and marks
the spot with U+FFFE ("mod\ufffeeling"); the printed lines are restored by
breaking there, so that every pass sees the page as printed.

pdf.js text whose items were joined with spaces holds a page a line, its
blocks ended by two spaces: such a line is a page, cut into its blocks (and
at words broken at a hyphen, where its printed lines ended)."""
from __future__ import annotations

from collections import Counter

import regex

from ..document import Document, Line
from ..marks import PDFIUM_HYPHEN

NAME = "lines"

# some extractors put a blank line after every line; where nearly all lines
# stand so, one blank line says nothing and a paragraph break shows as two
DOUBLE_SPACED_SHARE = 0.8
SCRAP = 3  # characters of a shred of margin text, at most
PRINTED_LINE_MAX = 300  # characters of a printed line, at most (nine in ten; two columns side by side)


def run(doc: Document) -> None:
    text = doc.text
    marked = JOIN_MARK in text
    pages_a_line = _pages_a_line(text)
    if pages_a_line:
        doc.layout["pages_a_line"] = True
    page = 0
    blank = True
    blanks = -1  # blank lines since the last line with text (-1: none yet on this page)
    counts: list[int] = []  # blank lines before each line (-1: first on its page)
    lines: list[Line] = []
    pos = 0
    for raw_line in text.split("\n"):
        line_start = pos
        pos += len(raw_line) + 1
        # pdftotext puts a form feed where a page ends; one raw line may
        # hold several of them (empty pages)
        segments = raw_line.split("\f") if "\f" in raw_line else (raw_line,)
        seg_start = line_start
        for k, raw in enumerate(segments):
            if k:
                page += 1
                blank = True
                blanks = -1
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                s = seg_start + lead
                e = s + len(stripped)
                if pages_a_line and (len(stripped) > PRINTED_LINE_MAX or "  " in stripped):
                    # a page a line: each run of two spaces or more ends a block
                    # (white space before the next, as between paragraphs)
                    if lines:
                        page += 1
                    first = True
                    for m in SPACED_RUN.finditer(text, s, e):
                        # inside a block, a printed line ended where a word
                        # broke at a hyphen ("fac- tor"): the later passes
                        # resolve it as at any line end
                        a = m.start()
                        for cut in BROKEN_AT_HYPHEN.finditer(text, m.start(), m.end()):
                            lines.append(Line(start=a, end=cut.start(), page=page, blank_before=a == m.start()))
                            counts.append(0)
                            a = cut.end()
                        lines.append(Line(start=a, end=m.end(), page=page, blank_before=a == m.start()))
                        counts.append(blanks if first else 0)
                        first = False
                elif marked:
                    first = True
                    for a, b in _printed_lines(text, s, e):
                        lines.append(Line(start=a, end=b, indent=lead if first else 0, page=page,
                                          blank_before=blank and first))
                        counts.append(blanks if first else 0)
                        first = False
                else:
                    lines.append(Line(start=s, end=e, indent=lead, page=page, blank_before=blank))
                    counts.append(blanks)
                blank = False
                blanks = 0
            elif raw or k == len(segments) - 1:
                blank = True if lines else blank
                if blanks >= 0:
                    blanks += 1
            seg_start += len(raw) + 1
    doc.lines = lines
    doc.layout["form_feeds"] = page
    _undo_double_spacing(lines, counts, doc)


def _undo_double_spacing(lines: list[Line], counts: list[int], doc: Document) -> None:
    """Where a blank line follows nearly every printed line, only two or
    more in a row mark a break (`counts`: blank lines before each line)."""
    # (a margin's name shredded into lines of a letter or two stands with
    # no blank line between them: such scraps say nothing of the spacing)
    inside = [c for ln, c in zip(lines[1:], counts[1:]) if c >= 0 and ln.end - ln.start > SCRAP]
    if len(inside) < 20 or sum(c >= 1 for c in inside) < DOUBLE_SPACED_SHARE * len(inside):
        return
    # printed lines, not whole paragraphs a line (Markdown): most of them
    # end inside a sentence, and they are not much longer than a page is wide
    text = doc.text
    stops = sum(text[ln.end - 1] in ".!?:" for ln in lines)
    lengths = sorted(ln.end - ln.start for ln in lines)
    if stops > 0.5 * len(lines) or lengths[len(lengths) * 9 // 10] > PRINTED_LINE_MAX:
        return
    doc.layout["double_spaced"] = True
    doc.layout["_line_step"] = 2  # see Document.apart
    for ln, c in zip(lines, counts):
        if c >= 0:
            ln.blank_before = c >= 2


JOIN_MARK = PDFIUM_HYPHEN

# text between runs of two spaces or more
SPACED_RUN = regex.compile(r"\S+(?: \S+)*")
# a word broken at a hyphen, its halves joined by a space ("pre- and
# post-war" is none)
BROKEN_AT_HYPHEN = regex.compile(r"(?<=\p{L}[-\u00ad]) (?=\p{L})(?!(?:and|or|to|und|oder|ve|veya|ile|et|ou)\b)")
# a page a line: lines this long hold most of the text
PAGE_LINE = 1500
SPACED_RUN_EVERY = 1000  # characters per run of two spaces, at most
DIGITS = regex.compile(r"\d+")


def _pages_a_line(text: str) -> bool:
    """Did the extractor write each page as one line, its blocks joined by
    two spaces (pdf.js items joined with a space, the empty item that ends
    a block making the second)? Such lines open alike, with the running
    header; a paragraph a line, typed with two spaces after each sentence,
    does not."""
    if len(text) < PAGE_LINE or text.count("\n") * PAGE_LINE > 3 * len(text):
        return False  # (a quick look first: most texts have many lines)
    rows = [x for x in text.split("\n") if x.strip()]
    if len(rows) * PAGE_LINE > len(text):
        return False
    long = [x for x in rows if len(x) >= PAGE_LINE]
    if len(long) < 2 or sum(map(len, long)) < 0.8 * len(text) or text.count("  ") * SPACED_RUN_EVERY < len(text):
        return False
    openings = Counter(DIGITS.sub("0", m.group()) for x in long if (m := SPACED_RUN.search(x)))
    return bool(openings) and openings.most_common(1)[0][1] >= 0.6 * len(long)


def _printed_lines(text: str, s: int, e: int):
    """[s, e) cut after each join mark (the mark ends the first part)."""
    q = text.find(JOIN_MARK, s, e)
    while q >= 0 and q + 1 < e:
        rest = q + 1
        while rest < e and text[rest] in " \t":
            rest += 1
        yield s, q + 1
        s = rest
        q = text.find(JOIN_MARK, s, e)
    yield s, e
