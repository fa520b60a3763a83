"""Turkish letters that a PDF font's code table set at the places of other
letters: "Osmanlý Devleti'nin kuruluþu" for "Osmanlı Devleti'nin kuruluşu".

Fonts made for Turkish before Unicode put ğ, ı, ş, Ğ, İ, Ş at the code
points where Latin-1 has ð, ý, þ, Ð, Ý, Þ (ISO-8859-9 over ISO-8859-1);
an extractor that trusts the font's table writes the Latin-1 letters.
Where most of a document's words that hold those letters, and at least
MIN_WORDS of them, read as Turkish words once the letters are mapped back,
the letters are mapped back in `doc.text` before any other pass reads it
(one letter for one: offsets stay), so that headers, headings, the lexicon
and the metadata see Turkish; `doc.source` keeps the input. Once the
pieces are built, `records` cuts each such letter out of them (`removed`,
reason `code-page-letter`) and lets the Turkish letter stand in its place
(`inserted`), as the ligatures pass does. Icelandic or Faroese words, whose
ð, þ and ý are their own, read as no Turkish and are left alone.
"""
from __future__ import annotations

import bisect

import regex

from ..casing import lower_tr
from ..document import Document
from ..langdetect import guess_language
from ..lexicon import known_inflected, zipf

NAME = "code_page_letters"

TURKISH = str.maketrans("ðýþÐÝÞ", "ğışĞİŞ")
LETTER = regex.compile(r"[ðýþÐÝÞ]")
WORD = regex.compile(r"\p{L}*[ðýþÐÝÞ]\p{L}*")
MIN_WORDS = 3
KNOWN_SHARE = 0.5
KNOWN_ZIPF = 1.5


def run(doc: Document) -> None:
    text = doc.text
    if LETTER.search(text) is None or not _reads_as_turkish(text):
        return
    doc.layout["_code_page_letters"] = [m.start() for m in LETTER.finditer(text)]
    doc.text = text.translate(TURKISH)
    if not doc.lang_given:
        doc.lang = guess_language(doc.text) or doc.lang  # (the first guess read the letters unmapped)


def _reads_as_turkish(text: str) -> bool:
    """Do most words with the letters, MIN_WORDS at least, read as Turkish
    ones (listed, or a listed stem with endings) once mapped back?"""
    words = {m.group() for m in WORD.finditer(text)}
    known = 0
    for w in words:
        low = lower_tr(w.translate(TURKISH))
        if zipf(low, "tr") >= KNOWN_ZIPF or known_inflected(low, "tr"):
            known += 1
    return known >= MIN_WORDS and known >= KNOWN_SHARE * len(words)


class _Records:
    """The second step, after the pieces are built: each mapped letter cut
    out of the pieces that hold it, its Turkish letter put in its place;
    in a keyword's term (read from doc.text, mapped already) recorded."""
    NAME = "code_page_letter_records"

    @staticmethod
    def run(doc: Document) -> None:
        at = doc.layout.get("_code_page_letters")
        if not at:
            return
        for pieces in doc.piece_lists():
            found = [(i, i + 1, doc.text[i]) for p in pieces
                     for i in at[bisect.bisect_left(at, p.start):bisect.bisect_left(at, p.end)]]
            doc.put_in_place(pieces, found, "code-page-letter", NAME, key="letter")
        for kl in doc.keywords:
            for s, e in kl.terms:
                for i in at[bisect.bisect_left(at, s):bisect.bisect_left(at, e)]:
                    doc.remove_span(i, i + 1, "code-page-letter", NAME, letter=doc.text[i])


records = _Records()
