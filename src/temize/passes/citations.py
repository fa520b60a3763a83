"""Author-year citations in each paragraph and footnote (see
temize.knowledge.citations), with their source offsets."""
from __future__ import annotations

from ..document import Document
from ..knowledge.citations import extract_citations

NAME = "citations"


def items(doc: Document):
    """(block id, pieces) for every body block and footnote, in reading order."""
    for k, b in enumerate(doc.blocks):
        yield k, b.pieces
    for fn in doc.footnotes:
        yield f"footnote:{fn.label}", fn.pieces


def source_spans(text: str, where: list[int], s: int, e: int) -> list[list[int]]:
    """Source spans of rendered characters s..e: one span per stretch of the
    source they come from (a citation may straddle a footnote)."""
    out: list[list[int]] = []
    for i in range(s, e):
        off = where[i]
        if off < 0:
            continue
        if out and off >= out[-1][1] and not text[out[-1][1]:off].strip():
            out[-1][1] = off + 1
        else:
            out.append([off, off + 1])
    return out


def run(doc: Document) -> None:
    memory: dict[str, str] = {}
    for block, pieces in items(doc):
        text, where = doc.render_map(pieces)
        for c in extract_citations(text, doc.lang, memory=memory):
            doc.citations.append({
                "block": block, "raw": c["raw"], "refs": c["refs"],
                "spans": source_spans(doc.text, where, c["start"], c["end"]),
            })
