"""The document model every pass reads and writes.

A `Document` holds the decoded, newline-normalised input (`text`) and never
changes it. Everything a pass decides is expressed as character offsets into
that text: a `Line` is a span, a removal is a span with a reason, a block is a
list of spans. Nothing is copied out and edited, so every output character can
be traced back to its source and every dropped character has a record saying
which pass dropped it and why.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterable

from .diacritics import compose

_TOKEN = re.compile(r"\S+")

# Roles a line can take. "body" is the default: text nobody has claimed yet.
BODY = "body"
REMOVED = "removed"
FOOTNOTE = "footnote"
ABSTRACT = "abstract"
KEYWORDS = "keywords"
HEADING = "heading"
TITLE = "title"
AUTHOR = "author"

# The documented vocabulary of removal reasons (see README, "Removal reasons").
REASONS = {
    "duplicate": "a passage the extractor emitted twice; copy_of gives the kept copy",
    "running-header": "a header or footer repeated on the pages, or the journal's line printed once above the title",
    "page-number": "a page number printed on the page",
    "margin-text": "text printed in the margin (often rotated and shredded into short lines)",
    "separator": "a footnote separator line",
    "label": "a label such as 'Abstract' or 'Keywords:' whose content is kept elsewhere",
    "footnote-marker": "a footnote reference mark glued to the text; linked in footnote_refs",
    "footnote-label": "the number that opens a footnote; kept as the footnote's label",
    "hyphen": "a line-end hyphen that split a word, or an extractor's hyphen mark (U+FFFE, soft hyphen)",
    "ellipsis": "spaced dots ('. . .') replaced by '…' (see inserted)",
    "accent": "an accent an extractor set beside its letter ('˘g'); the accented letter stands in "
              "its place (see inserted)",
    "ligature": "a typographic ligature ('ﬁ') whose letters stand in its place (see inserted)",
    "code-page-letter": "a letter a font's code table set for a Turkish one ('ý' for 'ı', 'þ' for 'ş'); "
                        "the Turkish letter stands in its place (see inserted)",
    "quote-code": "a quotation mark a font's code table turned into another sign ('<', '='); "
                  "the mark stands in its place (see inserted)",
    "markup": "Markdown an extractor wrote, blanked out of doc.text and kept in doc.source",
    "table": "a Markdown table row: data, not running text",
    "scrap": "a scrap of punctuation alone at a page's edge",
    "article-info": "the first page's article information (masthead, received/accepted dates, DOI, type, "
                    "licence, suggested citation); `field` says which, metadata keeps the values",
    "title": "the title, moved to metadata.title",
    "author": "an author line, moved to metadata.authors",
    "affiliation": "an author's institution or address under the names, moved to metadata.affiliations",
    "unassigned": "text no pass could place (kept here so nothing is lost)",
}


@dataclass(slots=True)
class Line:
    """One line of the page, or one column's part of a line.

    `start`/`end` cover the line's visible text (leading and trailing white
    space trimmed); `indent` is how many spaces preceded it inside its column.
    """
    start: int
    end: int
    indent: int = 0
    page: int = 0
    column: int = 0           # 0: full width or left column, 1: right column
    blank_before: bool = False  # a blank line (or page break) precedes it
    role: str = BODY
    reason: str | None = None
    level: int | None = None  # heading level
    lang: str | None = None
    group: int | None = None  # which abstract / keyword list / footnote it belongs to
    starts_paragraph: bool = False
    hyphen_lost: bool = False   # the extractor dropped this line's end hyphen
    joins_previous: bool = False  # the extractor broke one printed line here


@dataclass(slots=True)
class Insertion:
    """A character the output has and the input lost: a hyphen the extractor
    dropped when it joined two printed lines. `at` is the source offset it
    stands before."""
    at: int
    text: str
    reason: str
    by: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"at": self.at, "text": self.text, "reason": self.reason, "by": self.by}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Removal:
    start: int
    end: int
    reason: str
    by: str                   # the pass that decided it
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "reason": self.reason, "by": self.by}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Piece:
    """A span of source text that goes into an output string; `join` is what
    separates it from the piece before ("" after a resolved hyphen, "-" for
    a hyphen the input lost, recorded in `Document.inserted`)."""
    start: int
    end: int
    join: str = " "


@dataclass
class Block:
    type: str                 # "heading" | "paragraph"
    pieces: list[Piece]
    level: int | None = None
    lang: str | None = None


@dataclass
class Footnote:
    label: str
    pieces: list[Piece]
    lang: str | None = None


@dataclass
class Abstract:
    lang: str | None
    pieces: list[Piece]
    label: str | None = None  # as printed: "Zusammenfassung", "ÖZ"


@dataclass
class KeywordList:
    lang: str | None
    terms: list[tuple[int, int]]  # spans of each term
    source: list[tuple[int, int]] = field(default_factory=list)  # the list as printed
    label: str | None = None  # as printed: "Schlüsselwörter", "Key words"


@dataclass
class FootnoteRef:
    label: str
    block: int
    offset: int               # where the marker stood in the source


class Document:
    """The input text plus everything the passes decided about it."""

    def __init__(self, text: str, *, doc_id: str = "document", lang: str | None = None):
        self.text = text
        self.source = text  # the input as given (a pass may blank markup out of `text`)
        self.doc_id = doc_id
        self.lang = lang
        self.lang_given = lang is not None
        self.lines: list[Line] = []
        self.removed: list[Removal] = []
        self.inserted: list[Insertion] = []
        # Sub-line spans cut out of the text that would otherwise go into a
        # block (footnote markers, labels): sorted (start, end) pairs.
        self.cuts: list[tuple[int, int]] = []
        self.metadata: dict[str, Any] = {
            "title": None, "authors": [], "journal": None, "volume": None,
            "issue": None, "year": None, "pages": [],
        }
        self.blocks: list[Block] = []
        self.abstracts: list[Abstract] = []
        self.keywords: list[KeywordList] = []
        self.footnotes: list[Footnote] = []
        self.footnote_refs: list[FootnoteRef] = []
        self.citations: list[dict[str, Any]] = []
        self.dates: list[dict[str, Any]] = []
        self.layout: dict[str, Any] = {}
        self.notes: list[str] = []  # free-form remarks a pass wants to leave
        self._vocabulary = None
        self._line_index = None
        self._maps: dict[tuple, tuple[str, list[int]]] = {}

    # ------------------------------------------------------------ helpers
    def vocabulary(self):
        """How often each word occurs in the input (Turkish-lowercased),
        passages removed as duplicates left out; computed once, on first use
        (after the duplicates pass), for the passes that weigh words by the
        document's own usage."""
        if self._vocabulary is None:
            from .lexicon import vocabulary
            dups = sorted((r.start, r.end) for r in self.removed if r.reason == "duplicate")
            if dups:
                parts, pos = [], 0
                for s, e in dups:
                    if s > pos:
                        parts.append(self.text[pos:s])
                    pos = max(pos, e)
                parts.append(self.text[pos:])
                text = "\n".join(parts)
            else:
                text = self.text
            self._vocabulary = vocabulary(text)
        return self._vocabulary

    def piece_lists(self) -> list[list[Piece]]:
        """The pieces of every item that has text: body blocks, abstracts,
        footnotes (the lists themselves, for passes that edit them)."""
        return [b.pieces for b in self.blocks] + [a.pieces for a in self.abstracts] \
            + [f.pieces for f in self.footnotes]

    def line_index(self, line: Line) -> int:
        """Position of a line in `lines` (cached; passes that reorder or
        replace the list get a fresh index)."""
        cache = self._line_index
        if cache is None or cache[0] is not self.lines or len(cache[1]) != len(self.lines):
            cache = (self.lines, {id(ln): k for k, ln in enumerate(self.lines)})
            self._line_index = cache
        return cache[1][id(line)]

    def line_text(self, line: Line) -> str:
        return self.text[line.start:line.end]

    def term_text(self, start: int, end: int) -> str:
        """A keyword as printed, white space folded, an accent the extractor
        set beside its letter back on it (terms are no blocks the passes
        edit: they are read straight from the source)."""
        return " ".join(compose(self.text[start:end]).split())

    def live(self, roles: Iterable[str] = (BODY,)) -> list[Line]:
        roles = set(roles)
        return [ln for ln in self.lines if ln.role in roles]

    def apart(self, end: int, start: int) -> bool:
        """Does more than a line break lie between offsets end and start (a
        blank line, or a line taken out)? Where the extractor put a blank
        line after every line, two line breaks are the usual step."""
        return self.text.count("\n", end, start) > self.layout.get("_line_step", 1)

    @contextmanager
    def abstracts_as_text(self) -> Iterator[set[int]]:
        """Read the abstracts' lines as running text for a while (it yields
        their ids): a page's foot (its notes, its number) may fall inside an
        abstract that runs over the page. Lines the reader leaves as text go
        back to their abstract."""
        lines = [ln for ln in self.lines if ln.role == ABSTRACT]
        for ln in lines:
            ln.role = BODY
        try:
            yield {id(ln) for ln in lines}
        finally:
            for ln in lines:
                if ln.role == BODY:
                    ln.role = ABSTRACT

    def remove_line(self, line: Line, reason: str, by: str, **extra: Any) -> None:
        line.role = REMOVED
        line.reason = reason
        self.removed.append(Removal(line.start, line.end, reason, by, extra))

    def remove_span(self, start: int, end: int, reason: str, by: str, **extra: Any) -> None:
        """Cut a span out of a line that stays (a marker, a label)."""
        if end <= start:
            return
        bisect.insort(self.cuts, (start, end))
        self.removed.append(Removal(start, end, reason, by, extra))

    def take_back(self, start: int, end: int, reason: str) -> bool:
        """Undo the removal of [start, end) for `reason` (a later pass
        knows better): its characters are no longer cut. False when there
        is no such removal."""
        for k, r in enumerate(self.removed):
            if r.start == start and r.end == end and r.reason == reason:
                del self.removed[k]
                i = bisect.bisect_left(self.cuts, (start, end))
                if i < len(self.cuts) and self.cuts[i] == (start, end):
                    del self.cuts[i]
                return True
        return False

    def pieces_for(self, start: int, end: int, join: str = " ") -> list[Piece]:
        """The pieces of [start, end) that no cut removed."""
        out: list[Piece] = []
        pos = start
        k = bisect.bisect_left(self.cuts, (start, -1))
        # a cut that began before start may still cover it
        if k > 0 and self.cuts[k - 1][1] > start:
            k -= 1
        first = True
        while k < len(self.cuts) and self.cuts[k][0] < end:
            cs, ce = self.cuts[k]
            if cs > pos:
                out.append(Piece(pos, cs, join if first else ""))
                first = False
            pos = max(pos, ce)
            k += 1
        if pos < end:
            out.append(Piece(pos, end, join if first else ""))
        return out

    @staticmethod
    def substitute(pieces: list[Piece], found: list[tuple[int, int, str]]) -> list[Piece]:
        """`pieces` with each source span (start, end) in `found` (in the
        pieces' order, each inside one piece) cut out and its text standing
        in its place, glued to what comes before and after. The caller
        records both the removal and the insertion."""
        out: list[Piece] = []
        k = 0
        carry = ""  # the text of a span that ended the piece before
        for p in pieces:
            pos, join = p.start, carry + p.join
            carry = ""
            while k < len(found) and p.start <= found[k][0] < p.end:
                s, e, put = found[k]
                k += 1
                if s > pos:
                    out.append(Piece(pos, s, join))
                    join = put
                elif not out:
                    # opening the item: an empty piece first, since no
                    # rendering prints an item's first join
                    out.append(Piece(pos, pos, join))
                    join = put
                else:
                    join += put  # (opening the piece: after its own join)
                pos = e
            if pos < p.end:
                out.append(Piece(pos, p.end, join))
            elif pos > p.start:
                carry = join  # the span ended the piece
            else:
                out.append(p)
        if carry:
            # the last span ended the item: an empty piece carries its text
            out.append(Piece(pos, pos, carry))
        return out

    def fix_metadata(self, fix) -> None:
        """Apply `fix` to each string of the metadata, also inside lists:
        the journal's name and the title are read from the text, so a pass
        that mends the text's characters mends them too."""
        def fixed(value):
            if isinstance(value, list):
                return [fixed(v) for v in value]
            return fix(value) if isinstance(value, str) else value
        self.metadata.update({k: fixed(v) for k, v in self.metadata.items()})

    def put_in_place(self, pieces: list[Piece], found: list[tuple[int, int, str]], reason: str, by: str,
                     key: str | None = None) -> None:
        """Cut each source span (start, end, text) in `found` out of `pieces`
        and let its text stand in its place, recording a removal and an
        insertion for each (`key`, where given, names the text in the
        removal record)."""
        for s, e, put in found:
            self.remove_span(s, e, reason, by, **({key: put} if key else {}))
            self.inserted.append(Insertion(e, put, reason, by))
        if found:
            pieces[:] = self.substitute(pieces, found)

    def render(self, pieces: list[Piece], marks: dict[int, str] | None = None) -> str:
        """Text of a list of pieces, white space folded to single spaces.

        `marks` maps source offsets to strings to insert where that offset
        was cut out (a footnote marker becomes "[^1]" in Markdown)."""
        if not pieces:
            return ""
        text = self.text
        if not marks:
            # the common case, kept quick: every block is rendered by
            # several passes
            first = pieces[0]
            joined = text[first.start:first.end] + "".join([p.join + text[p.start:p.end] for p in pieces[1:]])
            return " ".join(joined.split())
        parts: list[str] = []
        pending = sorted(marks.items())
        k = 0
        for i, p in enumerate(pieces):
            if i:
                parts.append(p.join)
            parts.append(self.text[p.start:p.end])
            nxt = pieces[i + 1].start if i + 1 < len(pieces) else p.end + 8
            while k < len(pending) and pending[k][0] < p.end:
                k += 1
            while k < len(pending) and p.end <= pending[k][0] < max(nxt, p.end + 1):
                parts.append(pending[k][1])
                k += 1
        return " ".join("".join(parts).split())

    def render_map(self, pieces: list[Piece]) -> tuple[str, list[int]]:
        """`render(pieces)` and, for each of its characters, the source
        offset it came from (-1 for a space that stands for folded white
        space or a line join). The last few maps are kept: the citation and
        date passes and the TEI writer ask for the same blocks."""
        key = (id(pieces), len(pieces), pieces[0].start if pieces else 0, pieces[-1].end if pieces else 0)
        hit = self._maps.get(key)
        if hit is not None:
            return hit
        result = self._render_map(pieces)
        if len(self._maps) > 256:
            self._maps.clear()
        self._maps[key] = result
        return result

    def _render_map(self, pieces: list[Piece]) -> tuple[str, list[int]]:
        chars: list[str] = []
        where: list[int] = []
        text = self.text
        space = False  # white space or a join seen since the last token
        for i, p in enumerate(pieces):
            if i and p.join:
                if p.join.strip():
                    # an inserted character, glued to both neighbours
                    chars.append(p.join)
                    where.extend([-1] * len(p.join))
                    space = False
                else:
                    space = True
            pos = p.start
            for m in _TOKEN.finditer(text, p.start, p.end):
                if m.start() > pos:
                    space = True
                if space and chars:
                    chars.append(" ")
                    where.append(-1)
                space = False
                chars.append(m.group())
                where.extend(range(m.start(), m.end()))
                pos = m.end()
            if pos < p.end:
                space = True
        return "".join(chars), where

    def locate(self, pieces: list[Piece], ranges: list[tuple[int, int]]) -> list[list[list[int]]]:
        """Source spans of each range (s, e) of `render(pieces)`, one span
        per stretch of source the characters come from (a citation may
        straddle a footnote)."""
        if not ranges:
            return []
        _, where = self.render_map(pieces)
        return [self._spans_of(where, s, e) for s, e in ranges]

    def _spans_of(self, where: list[int], s: int, e: int) -> list[list[int]]:
        out: list[list[int]] = []
        for i in range(s, min(e, len(where))):
            off = where[i]
            if off < 0:
                continue
            if out and off >= out[-1][1] and not self.text[out[-1][1]:off].strip():
                out[-1][1] = off + 1
            else:
                out.append([off, off + 1])
        return out

    @staticmethod
    def spans(pieces: list[Piece]) -> list[list[int]]:
        out: list[list[int]] = []
        for p in pieces:
            if p.end <= p.start:
                continue  # (letters inserted where a ligature stood: no source)
            # merge what runs on forward; a piece read out of source order
            # (a line put back where it belongs) keeps a span of its own
            if out and out[-1][0] <= p.start <= out[-1][1]:
                out[-1][1] = max(out[-1][1], p.end)
            else:
                out.append([p.start, p.end])
        return out

    # ------------------------------------------------------------ output
    def to_dict(self) -> dict[str, Any]:
        body = []
        for b in self.blocks:
            d: dict[str, Any] = {"type": b.type, "text": self.render(b.pieces)}
            if b.type == "heading":
                d["level"] = b.level
            if b.lang:
                d["lang"] = b.lang
            d["spans"] = self.spans(b.pieces)
            body.append(d)
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "metadata": self.metadata,
            "abstracts": [
                {"lang": a.lang, "label": a.label, "text": self.render(a.pieces), "spans": self.spans(a.pieces)}
                for a in self.abstracts
            ],
            "keywords": [
                {"lang": k.lang, "label": k.label,
                 "terms": [self.term_text(s, e) for s, e in k.terms],
                 "spans": [[s, e] for s, e in k.terms]}
                for k in self.keywords
            ],
            "body": body,
            "footnotes": [
                {"label": f.label, "text": self.render(f.pieces), "spans": self.spans(f.pieces)}
                for f in self.footnotes
            ],
            "footnote_refs": [
                {"label": r.label, "block": r.block,
                 "context": self._context_before(r.offset), "offset": r.offset}
                for r in self.footnote_refs
            ],
            "citations": self.citations,
            "dates": self.dates,
            "removed": [r.to_dict() for r in sorted(self.removed, key=lambda r: (r.start, r.end))],
            "inserted": [x.to_dict() for x in sorted(self.inserted, key=lambda x: x.at)],
            "layout": self.layout,
        }
        return out

    def _context_before(self, offset: int, width: int = 30) -> str:
        """The last `width` characters of block text before a marker."""
        chunk = self.text[max(0, offset - 4 * width):offset]
        return " ".join(chunk.split())[-width:]

    # ------------------------------------------------------------ audit
    def unaccounted(self) -> list[tuple[int, int]]:
        """Spans of non-white-space input that no item and no removal covers.

        The pipeline's last pass turns any such span into an `unassigned`
        removal, so after `recover` this is always empty; tests use it to
        check each pass on its own.
        """
        covered: list[tuple[int, int]] = [(r.start, r.end) for r in self.removed]
        for b in self.blocks:
            covered += [(p.start, p.end) for p in b.pieces]
        for a in self.abstracts:
            covered += [(p.start, p.end) for p in a.pieces]
        for f in self.footnotes:
            covered += [(p.start, p.end) for p in f.pieces]
        for k in self.keywords:
            covered += list(k.terms) + list(k.source)
        covered.sort()
        gaps: list[tuple[int, int]] = []
        pos = 0
        text = self.text
        for s, e in covered + [(len(text), len(text))]:
            if s > pos:
                seg = text[pos:s]
                if seg.strip():
                    # trim the gap to its visible part
                    lead = len(seg) - len(seg.lstrip())
                    trail = len(seg) - len(seg.rstrip())
                    gaps.append((pos + lead, s - trail))
            pos = max(pos, e)
        return gaps
