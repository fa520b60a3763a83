"""Hyphen marks an extractor leaves where it joined a broken line itself.

pdfium (pypdfium2) joins "mod-" + "eling" into "mod\\ufffeeling": U+FFFE
stands where the printed hyphen was, real or not ("context\\ufffedependent").
The soft hyphen U+00AD marks a break the typesetter chose, never a real
hyphen. Each mark is cut out; where the line-end rule keeps the hyphen
(`Joiner.join_hyphen`), a `-` takes its place, recorded in `inserted`.
"""
from __future__ import annotations

import regex

from ..document import Document, Insertion, Piece
from ..marks import HYPHEN_MARKS, PDFIUM_HYPHEN, SOFT_HYPHEN
from .paragraphs import Joiner, hyphen_elsewhere

NAME = "hyphen_marks"

MARKS = regex.compile("[" + "".join(HYPHEN_MARKS) + "]")
WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+$")
WORD_AFTER = regex.compile(r"^[\p{L}\p{M}]+")


def run(doc: Document) -> None:
    text = doc.text
    if PDFIUM_HYPHEN not in text and SOFT_HYPHEN not in text:
        return
    joiner = Joiner(doc)
    for pieces in doc.piece_lists():
        out: list[Piece] = []
        for k, p in enumerate(pieces):
            pos, join = p.start, p.join
            for m in MARKS.finditer(text, p.start, p.end):
                q = m.start()
                keep = False
                if m.group() == PDFIUM_HYPHEN:
                    w1 = WORD_BEFORE.search(text[max(p.start, q - 40):q])
                    rest = text[q + 1:p.end] if q + 1 < p.end else \
                        (text[pieces[k + 1].start:pieces[k + 1].end] if k + 1 < len(pieces) else "")
                    w2 = WORD_AFTER.match(rest)
                    if w1 and w2:
                        compound = hyphen_elsewhere(text[max(p.start, q - 60):q], rest)
                        keep = not joiner.join_hyphen(w1.group(), w2.group(), compound)
                doc.remove_span(q, q + 1, "hyphen", NAME, mark=f"U+{ord(m.group()):04X}", kept=keep)
                if q > pos:
                    out.append(Piece(pos, q, join))
                    join = ""
                join = "-" if keep else ""
                pos = q + 1
                if keep:
                    nxt = pos if pos < p.end else (pieces[k + 1].start if k + 1 < len(pieces) else pos)
                    doc.inserted.append(Insertion(nxt, "-", "hyphen-mark", NAME))
            if pos < p.end:
                out.append(Piece(pos, p.end, join))
            elif pos > p.start and k + 1 < len(pieces):
                # the mark ended the piece: what replaces it goes before the next
                pieces[k + 1].join = join
        pieces[:] = out
