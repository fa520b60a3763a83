"""Compounds printed with a space after their hyphen ("Türk- Rus",
"n- gram"): a line once broken there and set again whole, or an extractor
that joined two lines and kept the break's space. Where the document prints
the same compound whole elsewhere ("Türk-Rus"), the space goes; a hyphen
left hanging before another word ("pre- and post-war") stays as printed.
"""
from __future__ import annotations

import regex

from ..casing import lower_tr
from ..document import Document, Piece

NAME = "spaced_hyphens"

SPACED = regex.compile(r"([\p{L}\p{M}]+)- ([\p{L}\p{M}]+)")


def run(doc: Document) -> None:
    text = doc.text
    if "- " not in text:
        return
    vocab = None
    for pieces in doc.piece_lists():
        out: list[Piece] = []
        for p in pieces:
            if text.find("- ", p.start, p.end) < 0:
                out.append(p)
                continue
            pos, join = p.start, p.join
            for m in SPACED.finditer(text, p.start, p.end):
                if vocab is None:
                    vocab = doc.vocabulary()
                if not vocab.get(lower_tr(m.group(1) + "-" + m.group(2)), 0):
                    continue
                # the piece stops after the hyphen; the next word follows
                # it directly
                out.append(Piece(pos, m.end(1) + 1, join))
                pos, join = m.start(2), ""
                doc.notes.append(f"{NAME}: {m.group(0)!r} printed whole elsewhere")
            out.append(Piece(pos, p.end, join))
        pieces[:] = out
