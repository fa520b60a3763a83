"""Typographic ligatures back to their letters: "signiﬁcant" -> "significant".

Some fonts map their ligature glyphs to the presentation forms U+FB00-FB06
and extractors pass them on; a reader, a search and a lexicon want the
letters. Each ligature is cut out (`removed`, reason `ligature`) and its
letters stand in its place (`inserted`), so the output still maps onto the
input. The passes before this one look words up case-folded, which spells
the ligatures out already (`lexicon.zipf`).
"""
from __future__ import annotations

import re

from ..document import Document, Insertion

NAME = "ligatures"

LETTERS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
           "\ufb05": "st", "\ufb06": "st"}
LIGATURE = re.compile("[" + "".join(LETTERS) + "]")


def run(doc: Document) -> None:
    text = doc.text
    if LIGATURE.search(text) is None:
        return
    for pieces in doc.piece_lists():
        found = [(m.start(), m.end(), LETTERS[m.group()])
                 for p in pieces for m in LIGATURE.finditer(text, p.start, p.end)]
        for s, e, letters in found:
            doc.remove_span(s, e, "ligature", NAME, letters=letters)
            doc.inserted.append(Insertion(e, letters, "ligature", NAME))
        if found:
            pieces[:] = doc.substitute(pieces, found)
