"""Split the text into lines, noting page breaks (form feeds) and blank lines."""
from __future__ import annotations

from ..document import Document, Line

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
                lines.append(Line(start=s, end=s + len(stripped), indent=lead, page=page, blank_before=blank))
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
