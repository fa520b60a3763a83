"""A paragraph's first word glued to the end of the heading above it.

pdftext sets a paragraph's first word on its heading's line, with no space:
"5. Monitoring of RF noise environmentIt" over "was found that …". The
heading's line is cut at the glue, and the word goes to the paragraph.

Only where the heading's last token is two words run together, the first
in lower case and the second capitalised ("environment" + "It"), each a
word of the lexicon, and the line under the heading goes on in lower case,
as no paragraph's first line does.
"""
from __future__ import annotations

import regex

from ..casing import lower_tr
from ..document import BODY, HEADING, Document, Line
from ..lexicon import best_zipf, lookup_langs

NAME = "heading_tails"

# a capitalised word glued after three or more small letters, ending the line
GLUED_WORD = regex.compile(r"(?<=\p{Ll}{3})\p{Lu}\p{Ll}*$")


def run(doc: Document) -> None:
    lines = doc.lines
    langs = lookup_langs(doc.lang)
    text = doc.text
    tails: dict[int, Line] = {}  # line index -> the word cut from its end
    for k, ln in enumerate(lines[:-1]):
        if ln.role != HEADING:
            continue
        below = lines[k + 1]
        if below.role != BODY or below.blank_before or not text[below.start:below.start + 1].islower():
            continue
        m = GLUED_WORD.search(text, ln.start, ln.end)
        if m is None:
            continue
        token_start = max(text.rfind(" ", ln.start, m.start()) + 1, ln.start)
        first, word = text[token_start:m.start()], m.group()
        if not (best_zipf(lower_tr(first), langs) and best_zipf(lower_tr(word), langs)):
            continue
        tails[k] = Line(m.start(), ln.end, indent=below.indent, page=ln.page, column=ln.column)
        ln.end = m.start()
    if tails:
        doc.lines = [x for k, ln in enumerate(lines) for x in ((ln, tails[k]) if k in tails else (ln,))]
