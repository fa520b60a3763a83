"""Characters extractors leave where a printed line ended in a hyphen.

pdfium (pypdfium2) writes U+FFFE where it joined a hyphenated line, whether
the hyphen was real or not; the soft hyphen U+00AD marks a break the
typesetter chose and is never a real hyphen. Passes that ask "does this
line end in a broken word?" treat both like "-".
"""
from __future__ import annotations

PDFIUM_HYPHEN = "\ufffe"
SOFT_HYPHEN = "\u00ad"
HYPHEN_MARKS = (PDFIUM_HYPHEN, SOFT_HYPHEN)
# a hyphen as printed: a line that ends in one may end in a broken word or
# in a compound's real hyphen; the lexicon decides
PRINTED_HYPHENS = ("-", "\u2010")
LINE_END_HYPHENS = PRINTED_HYPHENS + HYPHEN_MARKS
# for character classes in regular expressions
HYPHEN_CLASS = "\\-\u2010\ufffe\u00ad"
# a note's symbol: an asterisk as fonts set it (ASCII, U+2217 "∗" of TeX's
# math fonts, U+204E, U+2731), a dagger, a double dagger, a section sign
ASTERISKS = "*\u2217\u204e\u2731"
NOTE_SYMBOLS = ASTERISKS + "†‡§"
