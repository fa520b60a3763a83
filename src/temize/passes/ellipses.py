"""Ellipses set as spaced dots. LaTeX prints "…" (\\ldots) as three dots with
thin spaces, and extractors give them back as ". . ." glued to the word
before ("alır. . ."). The dots are cut and "…" takes their place, recorded
in `inserted`; three dots written without spaces ("...") stay as printed.
"""
from __future__ import annotations

import regex

from ..document import Document

NAME = "ellipses"

# LaTeX also leaves a space after the last dot, before a closing quote
SPACED_DOTS = regex.compile(r"(?<=\S)\. \. \.(?: (?=[”’\"»)\]]))?")
ELLIPSIS = "…"


def run(doc: Document) -> None:
    text = doc.text
    if ". . ." not in text:
        return
    for pieces in doc.piece_lists():
        found = [(m.start(), m.end(), ELLIPSIS) for p in pieces for m in SPACED_DOTS.finditer(text, p.start, p.end)]
        doc.put_in_place(pieces, found, "ellipsis", NAME)
