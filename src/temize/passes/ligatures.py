"""Typographic ligatures back to their letters: "signiﬁcant" -> "significant".

Some fonts map their ligature glyphs to the presentation forms U+FB00-FB06
and extractors pass them on; a reader, a search and a lexicon want the
letters. Each ligature is cut out (`removed`, reason `ligature`) and its
letters stand in its place (`inserted`), so the output still maps onto the
input. The passes before this one look words up case-folded, which spells
the ligatures out already (`lexicon.zipf`).

Other fonts map a ligature to its letters in a ToUnicode table that an
extractor reads with its two bytes swapped (Ghostscript's txtwrite, and
PDFs whose producer wrote the table so): "f" U+0066 comes out as U+6600
"昀", "fi" as "昀椀", "ffi" as "昀케" (the second code the two letters' sum).
Such a pair next to a Latin letter is read back the same way.
"""
from __future__ import annotations

import re

import regex

from ..document import Document
from ..lexicon import SWAPPED_LETTERS

NAME = "ligatures"

LETTERS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
           "\ufb05": "st", "\ufb06": "st"}
LIGATURE = re.compile("[" + "".join(LETTERS) + "]")
# (a run that starts with the swapped "f" beside a Latin letter: in
# Chinese text the same characters stand among other ideographs)
SWAPPED_RUN = regex.compile(r"\u6600[\u6600\u6900\u6c00\ucf00\ud200]+(?=\p{Latin})|"
                            r"(?<=\p{Latin})\u6600[\u6600\u6900\u6c00\ucf00\ud200]+")


def run(doc: Document) -> None:
    text = doc.text
    forms = LIGATURE.search(text) is not None
    swapped = "\u6600" in text and SWAPPED_RUN.search(text) is not None
    if not forms and not swapped:
        return
    doc.fix_metadata(_spelled_out)
    for pieces in doc.piece_lists():
        # (in the pieces' order, which a two-column page's reading may
        # have set apart from the source's)
        found = []
        for p in pieces:
            here = [(m.start(), m.end(), LETTERS[m.group()])
                    for m in LIGATURE.finditer(text, p.start, p.end)] if forms else []
            if swapped:
                here = sorted(here + [(m.start(), m.end(), m.group().translate(SWAPPED_LETTERS))
                                      for m in SWAPPED_RUN.finditer(text, p.start, p.end)])
            found += here
        doc.put_in_place(pieces, found, "ligature", NAME, key="letters")


def _spelled_out(value: str) -> str:
    """A metadata string with its ligatures spelled out."""
    value = LIGATURE.sub(lambda m: LETTERS[m.group()], value)
    return SWAPPED_RUN.sub(lambda m: m.group().translate(SWAPPED_LETTERS), value)
