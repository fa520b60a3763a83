"""Split the text into lines, noting page breaks (form feeds) and blank lines.

pdfium joins a printed line that ends in a hyphen to the next one and marks
the spot with U+FFFE ("mod\ufffeeling"); the printed lines are restored by
breaking there, so that every pass sees the page as printed."""
from __future__ import annotations

from ..document import Document, Line
from ..marks import PDFIUM_HYPHEN

NAME = "lines"


def run(doc: Document) -> None:
    text = doc.text
    marked = JOIN_MARK in text
    page = 0
    blank = True
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
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                s = seg_start + lead
                e = s + len(stripped)
                if marked:
                    first = True
                    for a, b in _printed_lines(text, s, e):
                        lines.append(Line(start=a, end=b, indent=lead if first else 0, page=page,
                                          blank_before=blank and first))
                        first = False
                else:
                    lines.append(Line(start=s, end=e, indent=lead, page=page, blank_before=blank))
                blank = False
            elif raw or k == len(segments) - 1:
                blank = True if lines else blank
            seg_start += len(raw) + 1
    doc.lines = lines
    doc.layout["form_feeds"] = page


JOIN_MARK = PDFIUM_HYPHEN


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
