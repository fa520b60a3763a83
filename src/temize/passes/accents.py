"""Accents an extractor set beside their letters, back on them: "Di˘ger" ->
"Diğer" (see `temize.diacritics`). Each accent and its letter are cut out
(`removed`, reason `accent`) and the one character they print stands in
their place (`inserted`), as the ligatures pass does with its letters.
"""
from __future__ import annotations

from ..diacritics import ACCENT, compose, pairs
from ..document import Document

NAME = "accents"


def run(doc: Document) -> None:
    text = doc.text
    if not ACCENT.search(text):
        return
    doc.fix_metadata(compose)
    for pieces in doc.piece_lists():
        found = []
        for p in pieces:
            found += pairs(text, p.start, p.end)
        doc.put_in_place(pieces, found, "accent", NAME, key="letters")

