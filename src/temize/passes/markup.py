"""Markdown from extractors that write it (pymupdf4llm and the
like): `# **1. Introduction**`, `**Keywords:**`, `_Journal, 4(7)_`,
`<u>43(1)</u>`, `> 2Note text`, `<sup>2</sup>`.

Only a text that plainly is Markdown is touched. Its markup characters are
blanked out of `doc.text` (replaced by spaces, so that every offset stays
the offset into the input, which `doc.source` keeps) and recorded as
`markup` removals (table rows as `table`); the passes after this one read
the plain text. A bold
label run into the paragraph before it (`… captioning. **Keywords:** …`)
starts a line of its own. Two things the markup says are kept for later
passes: the heading level of `#` lines (`layout["_markup_headings"]`, line
offset → level) and superscript numbers (`layout["_superscripts"]`, the
digits' spans), which are footnote markers.
"""
from __future__ import annotations

import regex

from ..document import Document, Removal

NAME = "markup"

HEADING = regex.compile(r"^(#{1,6})[ \t]+(?=\S)", regex.M)
QUOTE = regex.compile(r"^>[ \t]?", regex.M)
# a list bullet before a section number: a heading the extractor took for a
# list item ("- 6.1. Cache"); before a word's lower-case rest or a
# reference entry ("- Homan, J., Miller, J.M., …", an entry with a hanging
# indent taken for a list item); other bullets may be dashes of dialogue
NUMBERED_ITEM = regex.compile(r"^[-*+][ \t]+(?=(?:\*\*|__|[*_])?\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\p{Lu}"
                              r"|\p{Ll}|\p{Lu}[\p{L}’'\-]+,[ \t]+(?:\p{Lu}\.[ \t]*-?){1,3}[,&])", regex.M)
STRONG = regex.compile(r"\*\*|__")
# a pair of single * or _ around a phrase on one line (not inside words:
# snake_case, T*(P) stay)
EMPHASIS = regex.compile(r"(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])[^\n*_]{1,300}?(?<=[^\s*_])\1(?![\p{L}\p{N}*_])")
TAG = regex.compile(r"</?(?:u|b|i|em|strong|sup|sub|br|span)\b[^>\n]{0,40}>", regex.I)
SUPERSCRIPT = regex.compile(r"<sup>\s*(\d{1,3})\s*</sup>", regex.I)
RUN_IN_LABEL = regex.compile(r"(?<=[.!?:;][\"”’)]?) (?=\*\*[\p{Lu}][^*\n]{1,40}:\*\*)")
NOT_NEWLINE = regex.compile(r"[^\n]")
IMAGE = regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
COMMENT = regex.compile(r"<!--.*?-->", regex.S)
# a table row: cells between pipes, the whole line (tables are data, not
# running text; Markdown writers put them in the text so)
TABLE_ROW = regex.compile(r"^[ \t]*\|.*\|[ \t]*$", regex.M)


def looks_like_markdown(text: str) -> bool:
    """Several `#` headings, bold runs or HTML tags such extractors write."""
    headings = len(HEADING.findall(text, 0, 200_000))
    strong = text.count("**", 0, 200_000) // 2
    tags = len(TAG.findall(text, 0, 200_000))
    return headings >= 2 or (headings >= 1 and strong >= 1) or strong >= 5 or tags >= 4


def run(doc: Document) -> None:
    text = doc.text
    if not looks_like_markdown(text):
        return
    spans: list[tuple[int, int]] = []
    headings: dict[int, int] = {}
    for m in HEADING.finditer(text):
        spans.append(m.span())
        headings[m.end()] = len(m.group(1))
    spans += [m.span() for m in QUOTE.finditer(text)]
    spans += [m.span() for m in NUMBERED_ITEM.finditer(text)]
    spans += [m.span() for m in IMAGE.finditer(text)]
    spans += [m.span() for m in COMMENT.finditer(text)]
    tables = [m.span() for m in TABLE_ROW.finditer(text)]
    supers = []
    for m in SUPERSCRIPT.finditer(text):
        supers.append(m.span(1))
    spans += [m.span() for m in TAG.finditer(text)]
    spans += [m.span() for m in STRONG.finditer(text)]
    for m in EMPHASIS.finditer(text):
        spans += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    if not spans and not tables:
        return
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        doc.removed.append(Removal(s, e, "markup", NAME))
    for s, e in tables:
        if text[s:e].strip():
            doc.removed.append(Removal(s, e, "table", NAME))
            merged.append([s, e])
    # a bold label that an extractor ran into the paragraph before it
    # ("… video captioning. **Keywords:** Temporal, …") opens a line
    breaks = [m.start() for m in RUN_IN_LABEL.finditer(text)]
    blanked = _blank(text, merged, breaks)
    doc.source = text
    doc.text = blanked
    # heading lines start where their text does, past the blanked marks
    doc.layout["_markup_headings"] = {_text_start(doc.text, k): level for k, level in headings.items()}
    doc.layout["_superscripts"] = supers


def _text_start(text: str, k: int) -> int:
    while k < len(text) and text[k] in " \t":
        k += 1
    return k


def _blank(text: str, spans: list[list[int]], breaks: list[int]) -> str:
    """`text` with every character of `spans` but newlines turned into a
    space and a newline at each offset in `breaks`; same length."""
    edits = sorted([(s, e, None) for s, e in spans] + [(k, k + 1, "\n") for k in breaks])
    out: list[str] = []
    pos = 0
    for s, e, repl in edits:
        if e <= pos:
            continue
        s = max(s, pos)
        out.append(text[pos:s])
        if repl is None:
            chunk = text[s:e]
            repl = NOT_NEWLINE.sub(" ", chunk) if "\n" in chunk else " " * (e - s)
        out.append(repl)
        pos = e
    out.append(text[pos:])
    return "".join(out)
