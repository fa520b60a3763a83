"""Page numbers: lines holding only a number (or "Page 12", "- 12 -").

Kept when they stand apart (white space, a page break or removed furniture
around them) or when several of them climb through the document, as pypdf
prints them with no white space at all. Runs after the footnote pass, so a
footnote number printed alone on its line has been claimed already.
"""
from __future__ import annotations

from ..document import BODY, REMOVED, Document, Line
from .headers import PAGE_NO, at_edge_factory

NAME = "page_numbers"


def run(doc: Document) -> None:
    lines = doc.lines
    pages: list[str] = []
    body = [ln for ln in lines if ln.role == BODY]
    at_edge = at_edge_factory(doc, body)
    index = {id(ln): k for k, ln in enumerate(lines)}
    cands = [ln for ln in body if PAGE_NO.match(doc.line_text(ln))]
    values = {}
    for ln in cands:
        m = PAGE_NO.match(doc.line_text(ln))
        v = m.group(1)
        values[id(ln)] = int(v) if v.isdigit() else None
    accepted: set[int] = set()
    for ln in cands:
        if at_edge(ln) or _next_to_removed(lines, index[id(ln)]):
            accepted.add(id(ln))
    # numbers that climb through the document are page numbers even without
    # white space around them (pypdf prints none)
    numeric = [ln for ln in cands if values[id(ln)] is not None]
    for a, b in zip(numeric, numeric[1:]):
        va, vb = values[id(a)], values[id(b)]
        if 0 < vb - va <= 2:
            accepted.update((id(a), id(b)))
    for ln in cands:
        if id(ln) in accepted:
            pages.append(doc.line_text(ln).strip(" -–—"))
            doc.remove_line(ln, "page-number", NAME)

    seen = list(doc.metadata.get("pages") or [])
    known = set(seen)
    for p in pages:
        m = PAGE_NO.match(p)
        p = m.group(1) if m else p
        if p not in known:
            seen.append(p)
            known.add(p)
    if all(p.isdigit() for p in seen):
        seen.sort(key=int)
    doc.metadata["pages"] = seen


def _next_to_removed(lines: list[Line], k: int) -> bool:
    return (k > 0 and lines[k - 1].role == REMOVED) or (k + 1 < len(lines) and lines[k + 1].role == REMOVED)
