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
        found = extract_citations(doc.render(pieces), doc.lang, memory=memory)
        spans = doc.locate(pieces, [(c["start"], c["end"]) for c in found])
        for c, sp in zip(found, spans):
            doc.citations.append({"block": block, "raw": c["raw"], "refs": c["refs"], "spans": sp})
