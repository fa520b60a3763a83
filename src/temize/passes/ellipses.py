"""Ellipses set as spaced dots. LaTeX prints "…" (\\ldots) as three dots with
thin spaces, and extractors give them back as ". . ." glued to the word
before ("alır. . ."). The dots are cut and "…" takes their place, recorded
in `inserted`; three dots written without spaces ("...") stay as printed.
"""
from __future__ import annotations

import regex

from ..document import Document, Insertion, Piece

NAME = "ellipses"

# LaTeX also leaves a space after the last dot, before a closing quote
SPACED_DOTS = regex.compile(r"(?<=\S)\. \. \.(?: (?=[”’\"»)\]]))?")
ELLIPSIS = "…"


def run(doc: Document) -> None:
    text = doc.text
    if ". . ." not in text:
        return
    for pieces in doc.piece_lists():
        out: list[Piece] = []
        carry = ""  # an ellipsis that ended the piece before goes first
        for p in pieces:
            pos, join = p.start, carry + p.join if carry else p.join
            carry = ""
            for m in SPACED_DOTS.finditer(text, p.start, p.end):
                s, e = m.span()
                doc.remove_span(s, e, "ellipsis", NAME)
                doc.inserted.append(Insertion(e, ELLIPSIS, "ellipsis", NAME))
                if s > pos:
                    out.append(Piece(pos, s, join))
                join, pos = ELLIPSIS, e
            if pos < p.end:
                out.append(Piece(pos, p.end, join))
            elif join == ELLIPSIS:
                carry = ELLIPSIS
        if carry:
            # the block ends in the dots: an empty piece carries the ellipsis
            out.append(Piece(pieces[-1].end, pieces[-1].end, ELLIPSIS))
        pieces[:] = out
