"""Quotation marks that a font's code table turned into other signs.

Some fonts give their curly double quotes the codes of "<" and "=", and an
extractor that reads the codes as they stand (Ghostscript's txtwrite)
prints `<irtica= derler` for `“irtica” derler`. Where a document prints no
curly double quote at all, every "<" opens a word and every "=" closes one
(none stands as mathematics does: "a = b", "p < 0.05"), and some of them
pair up around words, those signs are its quotes: each is cut out
(`removed`, reason `quote-code`) and its mark stands in its place
(`inserted`), as the ligatures pass does with its letters.
"""
from __future__ import annotations

import bisect
from itertools import islice

import regex

from ..document import Document

NAME = "quote_codes"

# an opening sign before a word (after white space, a bracket or a note's
# number: "1<Yapacağım"), a closing one after a word or its stop
OPENING = regex.compile(r"(?<!\p{L})<(?=[\p{L}\p{N}‘'(\-–—])")
CLOSING = regex.compile(r"(?<=\S)=(?![\p{L}\p{N}=])")
# (a quotation may run over a long telegram)
PAIR = regex.compile(OPENING.pattern + r"[^<>=]{1,6000}?" + CLOSING.pattern)
MIN_PAIRS = 2
MARKS = {"<": "“", "=": "”"}


def run(doc: Document) -> None:
    text = doc.text
    if "<" not in text or "=" not in text or "“" in text or "”" in text:
        return
    opening = [m.start() for m in OPENING.finditer(text)]
    closing = [m.start() for m in CLOSING.finditer(text)]
    # every sign stands as a quote does (none is mathematics: "a = b",
    # "p < 0.05"), and pairs of them enclose words
    if len(opening) + len(closing) != text.count("<") + text.count("=") \
            or len(list(islice(PAIR.finditer(text), MIN_PAIRS))) < MIN_PAIRS:
        return
    places = sorted(opening + closing)
    for pieces in doc.piece_lists():
        found = []
        for p in pieces:
            k = bisect.bisect_left(places, p.start)
            while k < len(places) and places[k] < p.end:
                at = places[k]
                found.append((at, at + 1, MARKS[text[at]]))
                k += 1
        doc.put_in_place(pieces, found, "quote-code", NAME, key="mark")
