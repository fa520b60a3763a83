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
    page = 0
    blank = True
    pos = 0
    n = len(text)
    lines: list[Line] = []
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        # pdftotext puts a form feed where a page ends; one raw line may hold
        # several of them (empty pages)
        seg_start = pos
        while True:
            ff = text.find("\f", seg_start, nl)
            end = nl if ff < 0 else ff
            raw = text[seg_start:end]
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                s = seg_start + lead
                e = s + len(stripped)
                first = True
                for a, b in _printed_lines(text, s, e):
                    lines.append(Line(start=a, end=b, indent=lead if first else 0, page=page,
                                      blank_before=blank and first))
                    first = False
                blank = False
            elif seg_start < end or ff < 0:
                blank = True if lines else blank
            if ff < 0:
                break
            page += 1
            blank = True
            seg_start = ff + 1
        pos = nl + 1
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
