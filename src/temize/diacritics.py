"""Accents an extractor set beside their letters ("Di˘ger", "te¸skil",
"˙Istanbul"), and the characters they print.

A font that lacks a glyph such as "ğ", "ş" or "İ" (Times in LaTeX's T1
encoding lacks all three) prints the letter and a separate accent over or
under it. pdftotext puts the two back together; pdfminer, pypdf and PyMuPDF
pass the accent on as its spacing sign beside the letter.

Only the signs that running text never uses on their own are read so: the
breve, dot above, cedilla, ogonek, ring, double acute, caron and macron.
The acute "´" and grave "`" also stand for apostrophes and quotes ("John´s"),
and the tilde "˜" for "~" in addresses; they are left as printed.
"""
from __future__ import annotations

import re
import unicodedata

# spacing accent -> the combining mark it draws
COMBINING = {"\u02d8": "\u0306", "\u02d9": "\u0307", "\u00b8": "\u0327", "\u02db": "\u0328",
             "\u02da": "\u030a", "\u02dd": "\u030b", "\u02c7": "\u030c", "\u00af": "\u0304",
             "\u02c9": "\u0304"}
ACCENT = re.compile("[" + "".join(COMBINING) + "]")
# for character classes in regular expressions (a word may hold them)
ACCENT_CLASS = "".join(COMBINING)


def composed(letter: str, accent: str) -> str | None:
    """The one character a letter with this accent prints, or None where
    Unicode has none (then the pair is no accented letter)."""
    if not letter.isalpha():
        return None
    c = unicodedata.normalize("NFC", letter + COMBINING[accent])
    return c if len(c) == 1 else None


def pairs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, character) of each accent and its letter in
    text[start:end]. The extractors write the accent first (it is drawn
    first); an accent with no letter after it that takes one goes with the
    letter before it."""
    end = len(text) if end is None else end
    out = []
    taken = start
    for m in ACCENT.finditer(text, start, end):
        a = m.start()
        if a < taken:
            continue
        after = composed(text[a + 1], m.group()) if a + 1 < end else None
        if after:
            out.append((a, a + 2, after))
            taken = a + 2
            continue
        before = composed(text[a - 1], m.group()) if a - 1 >= taken else None
        if before:
            out.append((a - 1, a + 1, before))
            taken = a + 1
    return out


def compose(s: str) -> str:
    """`s` with each accent set on its letter."""
    if not ACCENT.search(s):
        return s
    out, pos = [], 0
    for a, e, c in pairs(s):
        out += [s[pos:a], c]
        pos = e
    return "".join(out) + s[pos:]
