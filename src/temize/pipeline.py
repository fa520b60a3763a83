"""The ordered passes of `recover`. Each is a module in `temize.passes` with
a `NAME` and a `run(doc)`; to add one, write the module and list it here."""
from __future__ import annotations

from .document import Document
from .langdetect import guess_language
from .passes import (accents, article_info, audit, citations, code_page_letters, columns, dates, displaced_abstracts,
                     duplicates, ellipses, endnotes, footnotes, front, header_pieces, headers, heading_tails,
                     headings, hyphen_marks, joined_columns, language, ligatures, lines, lost_hyphens, margin,
                     margin_column, margin_words, markup, page_numbers, paragraphs, quote_codes, reading_order,
                     respace, spaced_hyphens, spread_words)

PASSES = [
    markup,        # Markdown from extractors that write it: marks blanked out
    code_page_letters,  # "Osmanlý": Turkish letters a font's code table set as Latin-1 ones
    lines,         # split into lines; form feeds are page breaks
    columns,       # pdftotext -layout: cut two-column lines at the gutter
    joined_columns,  # columns set side by side with one space (pdfplumber)
    margin,        # rotated margin text shredded into short lines
    article_info,  # the first page's masthead, history, DOI, licence lines
    headers,       # running headers/footers, journal metadata
    header_pieces,  # a header's pieces at a page's edge (OCR of margin text)
    margin_words,  # margin text's words glued into lines (sorted extraction)
    margin_column,  # margin text's pieces set in front of the lines (Ghostscript)
    duplicates,    # passages emitted twice
    front,         # abstracts, keyword lists, title, authors
    displaced_abstracts,  # an abstract's text set after the page's furniture
    spread_words,  # a widely spaced line's words set one to a line
    footnotes,     # notes at the page foot and their markers
    endnotes,      # notes gathered under a heading at the article's end
    page_numbers,  # number-only lines
    reading_order, # a page whose columns came out right before left
    headings,      # section headings and levels
    heading_tails,  # a paragraph's first word glued to its heading's line (pdftext)
    paragraphs,    # lines -> paragraphs, hyphens, item texts
    accents,       # "Di˘ger": an accent set beside its letter, back on it
    hyphen_marks,  # hyphen marks an extractor left where it joined lines (pdfium)
    lost_hyphens,  # hyphens the extractor dropped when it joined lines
    spaced_hyphens,  # "Türk- Rus" where the document prints "Türk-Rus"
    ellipses,      # ". . ." (LaTeX's \ldots) back to "…"
    language,      # language per block
    respace,       # words an extractor ran together
    ligatures,     # "ﬁ" back to "fi" (after the passes that cut words)
    code_page_letters.records,  # the letters code_page_letters mapped, cut and put in place
    quote_codes,   # "<" and "=" a font's code table made of its quotes, back to them
    citations,     # author-year citations
    dates,         # dates, normalised to ISO 8601
    audit,         # anything left unaccounted becomes a removal record
]


def run(text: str, *, lang: str | None = None, doc_id: str = "document") -> Document:
    doc = Document(text, doc_id=doc_id, lang=lang)
    if doc.lang is None:
        # a first guess for the passes that need a lexicon; the language
        # pass settles it from the recovered paragraphs
        doc.lang = guess_language(text)
    for p in PASSES:
        p.run(doc)
    # keys starting with "_" are the passes' working notes, not output
    for key in [k for k in doc.layout if k.startswith("_")]:
        del doc.layout[key]
    return doc
