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


def run(doc: Document) -> None:
    memory: dict[str, str] = {}
    for block, pieces in items(doc):
        text = doc.render(pieces)
        for c in extract_citations(text, doc.lang, memory=memory):
            doc.citations.append({
                "block": block, "raw": c["raw"], "refs": c["refs"],
                "spans": doc.locate(pieces, c["start"], c["end"]),
            })
