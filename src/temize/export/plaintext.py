"""Plain text: the article as a reader would type it out."""
from __future__ import annotations

from ..document import Document
from .common import journal_line


def dumps(doc: Document) -> str:
    out: list[str] = []
    md = doc.metadata
    if md.get("title"):
        out.append(md["title"])
    if md.get("authors"):
        out.append(", ".join(md["authors"]))
    jl = journal_line(doc)
    if jl:
        out.append(jl)
    for ab in doc.abstracts:
        out.append(doc.render(ab.pieces))
    for kl in doc.keywords:
        out.append(", ".join(doc.term_text(s, e) for s, e in kl.terms))
    for b in doc.blocks:
        out.append(doc.render(b.pieces))
    if doc.footnotes:
        out.append("")
        for fn in doc.footnotes:
            out.append(f"{fn.label} {doc.render(fn.pieces)}")
    return "\n\n".join(out) + "\n"
