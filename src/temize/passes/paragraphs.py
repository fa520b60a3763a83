"""Build the output items from the lines the other passes left: paragraphs
(lines joined, boundaries found across page breaks and footnote
interruptions), headings, abstracts and footnotes; resolve line-end hyphens.

A paragraph ends where a line that finishes a sentence is also short (the
last line of a paragraph does not reach the margin, measured in printed
width, see `layoutstats`) or leaves room for the next line's first word
(a line breaks early only where its paragraph ends), where white space
follows a finished sentence, or where the next line is indented, printed
so or (in justified text) shown by a line that falls short while its
sentence goes on below. A line
that does not finish a sentence always continues, even across a blank line,
a page break or a footnote: text interrupted by the page is still one
paragraph.
"""
from __future__ import annotations

from collections import Counter

import bisect

import re
import unicodedata

import regex

from ..casing import lower_tr
from ..document import (ABSTRACT, AUTHOR, BODY, FOOTNOTE, HEADING, KEYWORDS, REMOVED, TITLE, Block,
                        Document, Insertion, Line, Piece)
from ..layoutstats import full_width, is_short, printed_measure, printed_tail, printed_width, spaces_lost, text_width
from ..lexicon import DOTLESS_I, SUFFIXES, best_zipf, lookup_langs
from ..marks import HYPHEN_CLASS, LINE_END_HYPHENS, PRINTED_HYPHENS, SOFT_HYPHEN

NAME = "paragraphs"

TAIL_WORD = regex.compile(r"([\p{L}\p{M}]+)[" + HYPHEN_CLASS + "]$")
HEAD_WORD = regex.compile(r"^[\p{L}\p{M}]+")
WORD_END = regex.compile(r"[\p{L}\p{M}]+$")
LETTERS = regex.compile(r"[\p{L}\p{M}]+")  # (`match` at a line's start)
GLUED_DASH = regex.compile(r"[\p{L}\p{M}\p{N}](?:—|–|-{2,3})$")
# "Surname, I." opening an entry, or "Surname, Given Names (1990)" as
# Turkish reference lists print them; a surname may start with a particle
# ("van Paradijs, J.", "de la Cruz, M.")
REFERENCE_ENTRY = regex.compile(r"(?:\d{1,3}\.\s+)?(?:(?:van|von|de|der|den|da|di|du|la|le)\s+){0,2}"
                                r"\p{Lu}[\p{L}’'\-]+,\s+(?:(?:\p{Lu}\.\s*-?){1,3}(?:,|\s+&|\s+and|\s+\(?\d{4}|\s+et al)"
                                r"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s*\(\d{4}[a-z]?\))")
# a numbered reference ("[2] B. Jones and C. Brown, …")
NUMBERED_ENTRY = regex.compile(r"\s*\[\d{1,3}\]\s+\p{Lu}[^,]{0,80},")
# the izafet of Ottoman Turkish after a vowel ("istida-yı hak"); after a
# consonant it is a single letter, which no typesetter leaves after a break
IZAFET_LANGS = {"tr", "az"}
IZAFET_Y = {"yi", "yı", "yu", "yü"}
# small letters and a capitalised word glued after them
GLUED_CAPITAL = regex.compile(r"(\p{Ll}+)(?=\p{Lu}\p{Ll})")
IZAFET_END = re.compile(r"\w-y?[iıuü]$")
AGGLUTINATIVE = {"tr", "az", "fi", "hu", "et", "kk", "uz", "tk", "ky"}
# languages that write a compound of two words as one ("Hafenbücher")
COMPOUNDING = {"de", "nl", "sv", "da", "no", "nb", "nn", "is", "af", "lb"}
INDENT_SHARE = 0.05
# paragraph ends needed to tell that white space sets paragraphs apart, and
# the share of them it must follow
BLANK_PARAGRAPH_ENDS = 5
BLANK_SHARE = 0.9
NEAR_FULL = 0.75  # a line this long may fall short of the margin only by its raggedness
# unprinted indents: short lines going on at this many sentence starts at
# least, and this many times as often there as mid-sentence
INDENT_EVIDENCE = 3
INDENT_GATHER = 4
INDENT_CLEAN_SHARE = 0.6
FIT_SPARE = 0.03
# a paragraph's first line, short of the margin by its indent alone, holds
# at least this share of a full line's characters; the rest of a printed
# line that an extractor broke in two at a font change mostly holds less
NEAR_FULL_FIRST = 0.85
# a word broken at a line's end with its hyphen dropped: the rest on the
# next line is this long at the least and rarer than REST_ZIPF, the whole
# word this common
MIN_REST = 3
REST_ZIPF = 3.0
JOINED_ZIPF = 3.0
# a text whose lines end in a hyphen this rarely (a compound's, now and
# then) splits no word there, or its extractor dropped the hyphens
HYPHENLESS_SHARE = 0.02
# a capitalised word this common in lower case is a sentence's first word,
# not a name or an acronym
OPENER_ZIPF = 4.0
# a full stop after a word of four lower-case letters or more ends a
# sentence (not an abbreviation such as "et al." or "Fig.")
SENTENCE_END_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[a-zçğıöşüß]{4}[.!?][\"”’'»)\]]*$")
TERMINAL = re.compile(r"[.!?:…](?:[\"”’'»)\]]*)$")
# a figure's or a table's caption: its label and number, then a stop or
# nothing ("Table 1", "Fig. 2: We show …", "TABLO 3. …"), not a sentence
# about it ("Table 1 shows …")
CAPTION = regex.compile(r"(?:figure|fig\.|table|chart|map|plate|şekil|tablo|grafik|resim|harita|abbildung|abb\."
                        r"|tabelle)\s*\d{1,3}(?:\.\d{1,3})*[a-z]?\s*(?:[.:|–—-](?:\s|$)|$)", regex.I)
# a line's first letter, past the marks that may open it
FIRST_LETTER = regex.compile(r"[\"“‘'(\[«]{0,3}(\p{L})")


def last_letters(s: str) -> str:
    """The run of letters (and their marks) that ends `s`; a scan from the
    end, cheaper than a pattern anchored there."""
    s = s[s.rfind(" ") + 1:]
    if s.isalpha():
        return s  # (the common case: a plain word ends the line)
    i = len(s)
    while i and (s[i - 1].isalpha() or unicodedata.category(s[i - 1])[0] == "M"):
        i -= 1
    return s[i:]


def hyphen_elsewhere(before: str, after: str) -> bool:
    """Does the token broken here hold another hyphen ("one-queue-per-
    source-" + "of-entries")? Then the break's hyphen is a real one too.
    `before` ends at the break, `after` starts past it."""
    tail = before.rsplit(None, 1)[-1] if before.strip() else ""
    head = after.split(None, 1)[0] if after.strip() else ""
    head = head.rstrip("-\u2010.,;:")
    return any(h in tail or h in head for h in PRINTED_HYPHENS)


class Joiner:
    """Joins lines into one string's pieces, resolving line-end hyphens."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.langs = lookup_langs(doc.lang)
        self._izafet: int | None = None
        self._hyphenates: bool | None = None
        self._drops_hyphens: bool | None = None
        self._line_heads: Counter | None = None
        self._line_tails: Counter | None = None
        self._zipf: dict[str, float] = {}  # see `word_zipf`

    def izafet_hyphens(self) -> int:
        """How many hyphenated izafet compounds the document prints."""
        if self._izafet is None:
            self._izafet = sum(n for w, n in self.doc.vocabulary().items() if IZAFET_END.search(w)) \
                if self.langs[0] in IZAFET_LANGS else 0
        return self._izafet

    def hyphenates(self) -> bool:
        """Does the document break words at line ends? Word processors
        leave that off by default: there every hyphen at a line's end is a
        compound's ("Türk-" + "Sovyet", "sub-" + "systems") and stays."""
        if self._hyphenates is None:
            self._hyphenates = _breaks_words(self.doc, self.langs)
        return self._hyphenates

    def join_hyphen(self, w1: str, w2: str, compound: bool = False) -> bool:
        """True to join `w1-` + `w2` into one word, False to keep the hyphen.

        `compound` says a hyphen stands elsewhere in the same token
        ("one-queue-per-source-" + "of-entries"): a real hyphen then."""
        glued = GLUED_CAPITAL.match(w2)
        if glued:
            # a capitalised word run onto the rest ("Tasvir-" + "iEfkârGazetesi…",
            # pypdf on a title): the word after the break is the rest alone
            w2 = glued.group(1)
        if not w1 or not w2 or not w2[0].isalpha() or compound:
            return False
        if len(w1) < 2 or len(w2) < 2:
            # typesetters never leave a single letter before or after a
            # break, so "X-" + "ray" is the compound "X-ray" and "vaziyet-"
            # + "i" the Ottoman izafet "vaziyet-i"
            return False
        joined = lower_tr(w1 + w2)
        vocab = self.doc.vocabulary()
        if w2 in IZAFET_Y and self.izafet_hyphens() >= 2:
            # "istida-" + "yı": a document that writes the Ottoman izafet
            # with a hyphen ("Müdafaa-i Hukuk-ı Milliye") does so here too
            return False
        hyph = vocab.get(lower_tr(w1 + "-" + w2), 0)
        whole = vocab.get(joined, 0)
        if hyph > whole:
            return False
        if whole:
            return True  # the document writes it whole elsewhere: "BLACK-" + "BEARD"
        if w2[0].isupper():
            # a capital after the break: Brest-Litovsk; but a title set in
            # capitals breaks its words as any line does ("UNI-" + "FICATION")
            return w1.isupper() and w2.isupper() and self._capitals_joined(w1, w2, joined)
        if len(w1) >= 2 and w1.isupper():
            return False  # an acronym: FIFO-queues
        zj = best_zipf(joined, self.langs)
        if self.langs[0] not in AGGLUTINATIVE and zj < 2.0 and (len(w1) >= 3 or w1.islower()) and len(w2) >= 3 \
                and best_zipf(lower_tr(w1), self.langs) >= 3.5 and best_zipf(lower_tr(w2), self.langs) >= 1.5:
            # a common word before the break, a word after it and a rare
            # joined form: a compound ("Web-based", "re-emerge")
            return False
        if zj >= 1.0:
            return True
        if self.langs[0] in AGGLUTINATIVE:
            # "süngü-" + "leri": the tail is a suffix, which is also a word
            # on its own; a split word is far likelier than a compound
            return True
        z1 = best_zipf(lower_tr(w1), self.langs)
        z2 = best_zipf(lower_tr(w2), self.langs)
        if z1 >= 2.0 and z2 >= 2.0 and len(w1) >= 3 and len(w2) >= 4:
            return False
        return True

    def _capitals_joined(self, w1: str, w2: str, joined: str) -> bool:
        """Join two words in capitals broken at a line's end: where the
        joined word is known ("REAC-" + "TION"), or in an agglutinative
        language where the two are not both common words ("GA-" +
        "ZETELERİ", not "TÜRK-" + "SOVYET"); else a compound
        ("QUARK-" + "GLUON")."""
        if best_zipf(joined, self.langs) >= 1.0:
            return True
        common = best_zipf(lower_tr(w1), self.langs) >= 2.0 and best_zipf(lower_tr(w2), self.langs) >= 2.0
        return self.langs[0] in AGGLUTINATIVE and not common

    def drops_hyphens(self) -> bool:
        """Does the text print few hyphens at its lines' ends? Then its
        extractor may have dropped them (or its typesetter split no word):
        a line-end break may be a word's. Where they abound, every split
        word shows its hyphen and no break needs this look."""
        if self._drops_hyphens is None:
            text = self.doc.text
            ends = sum(1 for ln in self.doc.lines if text[ln.end - 1] in LINE_END_HYPHENS
                       and text[ln.end - 2:ln.end - 1].isalpha())
            self._drops_hyphens = ends <= max(1, HYPHENLESS_SHARE * len(self.doc.lines))
        return self._drops_hyphens

    def line_heads(self) -> Counter:
        """How often each word in lower case opens a line."""
        if self._line_heads is None:
            text = self.doc.text
            self._line_heads = Counter(m.group(0) for ln in self.doc.lines if text[ln.start].islower()
                                       and (m := LETTERS.match(text, ln.start, ln.end)))
        return self._line_heads

    def line_tails(self) -> Counter:
        """How often each word ends a line."""
        if self._line_tails is None:
            text = self.doc.text
            self._line_tails = Counter(lower_tr(w) for ln in self.doc.lines
                                       if (w := last_letters(text[ln.start:ln.end])))
        return self._line_tails

    def broken_unmarked(self, tail: str, w2: str) -> bool:
        """A word broken at a line's end whose hyphen the extractor dropped
        ("ra" + "tional"), `tail` the line's end and `w2` the next line's
        first word: in lower case, no word of the language nor one the
        document prints elsewhere, the two together a known word."""
        if len(w2) < MIN_REST or not w2.islower():
            return False  # (a capital inside: words run together, "showninFig")
        rest = w2  # (in lower case already)
        # (a printed "ı" is no English "i": "mın" is no "min", "dım" no "dim")
        z2 = self.word_zipf(rest) if "ı" not in rest \
            else best_zipf(rest, tuple(lg for lg in self.langs if lg in DOTLESS_I))
        agglutinative = self.langs[0] in AGGLUTINATIVE
        vocab = self.doc.vocabulary()
        # (printed elsewhere as a line's first word only, it is the rest of
        # another such break: "Uni" / "versity" on every page)
        # (this line's own head counts once: printed once, no count needed)
        if z2 < REST_ZIPF and ((seen := vocab.get(rest, 0)) <= 1 or seen <= self.line_heads().get(rest, 0)):
            w1 = last_letters(tail)
            if not w1:
                return False
            joined = lower_tr(w1 + w2)
            # (web text's lists hold some word ends as words: "tional")
            return vocab.get(joined, 0) >= 1 or best_zipf(joined, self.langs) >= max(JOINED_ZIPF, z2 + 2.0)
        # a rest that is a word ("detec" + "tor"): the head before it is
        # none, printed nowhere but at a line's end; in a language whose many
        # inflected forms no list holds, only where the two together are a
        # likelier word than the rest alone ("ikti" + "sadi")
        w1 = last_letters(tail)
        if not w1[1:].islower():
            return False
        head = lower_tr(w1)
        joined_z = best_zipf(lower_tr(w1 + w2), self.langs)
        if self.word_zipf(head) >= HEAD_ZIPF or joined_z < JOINED_ZIPF \
                or (agglutinative and joined_z < z2 + AGGLUTINATIVE_MARGIN):
            return False
        return (seen := vocab.get(head, 0)) <= 1 or seen <= self.line_tails().get(head, 0)

    def word_zipf(self, low: str) -> float:
        """best_zipf of a lower-case word, remembered: the words at lines'
        ends repeat ("the", "and", "ve")."""
        z = self._zipf.get(low)
        if z is None:
            z = self._zipf[low] = best_zipf(low, self.langs)
        return z

    def pieces(self, lines: list[Line]) -> list[Piece]:
        doc = self.doc
        out: list[Piece] = []
        prev_line: Line | None = None
        for ln in lines:
            ps = doc.pieces_for(ln.start, ln.end)
            if not ps:
                continue
            if out:
                prev = out[-1]
                tail = doc.text[max(prev.start, prev.end - 60):prev.end]
                m = TAIL_WORD.search(tail) if tail.endswith(LINE_END_HYPHENS) else None
                if m:
                    head_text = doc.text[ps[0].start:ps[0].end]
                    head = HEAD_WORD.match(head_text)
                    w2 = head.group(0) if head else ""
                    # (in lines that lost their spaces, a hyphen elsewhere in
                    # the run is another word's: "istiklal-imillîtaraf-",
                    # "anti-screeningbehaviorwecallasymp-"; the break's
                    # words decide, as at any other break)
                    glued = spaces_lost(doc.text, ln.start, ln.end) or (
                        prev_line is not None and spaces_lost(doc.text, prev_line.start, prev_line.end))
                    compound = hyphen_elsewhere(tail[:-1], head_text) and not glued
                    mark = tail[-1]
                    h = prev.end - 1
                    if mark == SOFT_HYPHEN or (self.join_hyphen(m.group(1), w2, compound) and self.hyphenates()):
                        doc.remove_span(h, h + 1, "hyphen", NAME, joined=m.group(1) + w2)
                        prev.end = h
                        ps[0].join = ""
                    elif mark in PRINTED_HYPHENS:
                        ps[0].join = ""
                    else:
                        # a real hyphen under the mark: print it
                        doc.remove_span(h, h + 1, "hyphen", NAME, kept=True)
                        prev.end = h
                        ps[0].join = "-"
                        doc.inserted.append(Insertion(ps[0].start, "-", "hyphen-mark", NAME))
                elif prev_line is not None and prev_line.hyphen_lost:
                    m = WORD_END.search(tail)
                    head = HEAD_WORD.match(doc.text[ps[0].start:ps[0].end])
                    if m and head and self.join_hyphen(m.group(0), head.group(0)):
                        ps[0].join = ""
                elif self.drops_hyphens() and (head := HEAD_WORD.match(doc.text[ps[0].start:ps[0].end])) \
                        and self.broken_unmarked(tail, head.group(0)):
                    ps[0].join = ""
                elif tail.endswith(PRINTED_HYPHENS + ("–",)) and doc.text[ps[0].start:ps[0].start + 1].isdigit() \
                        and tail[-2:-1].isdigit():
                    ps[0].join = ""  # a page range broken at the line: 65-68
                elif tail.endswith(("—", "–", "--")) and GLUED_DASH.search(tail[-4:]) \
                        and doc.text[ps[0].start:ps[0].start + 1].isalnum():
                    # a dash set close to the word before it is set close to
                    # the word after it too; a line may break after it:
                    # "problem—" + "there" is "problem—there"
                    ps[0].join = ""
            out.extend(ps)
            prev_line = ln
        return out


# line-end hyphens needed to judge whether a document breaks words, and the
# share of them that must split a word for it to (a typesetter that
# hyphenates splits words at most of its line ends; one that does not breaks
# only at compounds, a few of which look like split words: "co-" + "ordinates")
COMPOUND_BREAKS = 2
SPLIT_SHARE = 0.4
SAMPLE_BREAKS = 30  # enough to judge by
# a line's last word rarer than this is no word but the head of one; the
# first parts of compounds are words or common prefixes ("morpho" 2.0)
HEAD_ZIPF = 1.5
AGGLUTINATIVE_MARGIN = 0.3  # see `Joiner.broken_unmarked`


def _breaks_words(doc: Document, langs: tuple[str, ...]) -> bool:
    """False where the document's hyphens at line ends (COMPOUND_BREAKS or
    more) mostly join whole words or names ("Türk-" + "Sovyet", "four-" +
    "fold"); True where enough of them split a word, as hyphenation does."""
    text = doc.text
    suffixes = SUFFIXES.get(langs[0], frozenset())
    vocab = doc.vocabulary()  # (a word printed whole elsewhere was split here)
    lines = [ln for ln in doc.lines if ln.role in (BODY, ABSTRACT, FOOTNOTE)]
    seen = split = 0
    for la, lb in zip(lines, lines[1:]):
        if seen == SAMPLE_BREAKS:
            break
        if text[la.end - 1:la.end] not in PRINTED_HYPHENS:
            continue
        # the lines' text as the passes before left it (a line of two
        # columns holds pieces of both)
        pa, pb = doc.pieces_for(la.start, la.end), doc.pieces_for(lb.start, lb.end)
        if not pa or not pb:
            continue
        a, b = pa[-1], pb[0]
        if text[a.end - 1:a.end] not in PRINTED_HYPHENS:
            continue
        m = TAIL_WORD.search(text, max(a.start, a.end - 60), a.end)
        h = HEAD_WORD.match(text[b.start:b.end].lstrip())
        if not m or not h or spaces_lost(text, a.start, a.end) or spaces_lost(text, b.start, b.end):
            continue  # (in lines that lost their spaces, words run on past the break)
        w1, w2 = lower_tr(m.group(1)), lower_tr(h.group())
        if len(w1) < 2:
            continue  # no hyphenation leaves one letter ("X-" + "ray"): no evidence either way
        seen += 1
        split += vocab.get(w1 + w2, 0) > 0 or _split_word(w1, w2, langs, suffixes)
    return seen < COMPOUND_BREAKS or split >= SPLIT_SHARE * seen


def _split_word(w1: str, w2: str, langs: tuple[str, ...], suffixes: frozenset[str]) -> bool:
    """Does `w1-` + `w2` look like one word split between syllables: the
    joined word as common as its rarer piece ("be-" + "fore", "effec-" +
    "tive"), neither piece a word ("subcatego-" + "rization"), a head that
    is no word, or a suffix after the break ("süngü-" + "leri")?"""
    if w2 in suffixes:
        return True
    z1, z2 = best_zipf(w1, langs), best_zipf(w2, langs)
    joined = best_zipf(w1 + w2, langs)
    # (a word's head is seldom a word of its own, whatever follows it:
    # "transforma-"; where the extractor mixed up the lines, it is the
    # one sign left)
    return (joined >= 1.0 and joined >= min(z1, z2)) or max(z1, z2) < 1.0 or z1 < HEAD_ZIPF


def run(doc: Document) -> None:
    joiner = Joiner(doc)
    lines = doc.lines
    _mark_indented_starts(doc)
    doc.layout["_blank_paragraphs"] = _blank_paragraphs(doc)

    blocks: list[Block] = []
    para: list[Line] = []
    heading_lines: list[Line] = []
    prev_body: Line | None = None
    interrupted = False

    def flush_para():
        if para:
            ps = joiner.pieces(para)
            if ps:
                blocks.append(Block("paragraph", ps))
            para.clear()

    body_lines = [ln for ln in lines if ln.role == BODY]
    next_body = {id(a): b for a, b in zip(body_lines, body_lines[1:])}
    for ln in lines:
        role = ln.role
        if role == HEADING:
            flush_para()
            if heading_lines and heading_lines[-1].group != ln.group:
                _flush_heading(doc, joiner, heading_lines, blocks)
            heading_lines.append(ln)
            prev_body = None
            continue
        if heading_lines and role not in (REMOVED, FOOTNOTE):
            _flush_heading(doc, joiner, heading_lines, blocks)
        if role == BODY:
            if prev_body is not None and para and _boundary(doc, prev_body, ln, interrupted, next_body.get(id(ln)),
                                                            first=len(para) == 1):
                flush_para()
            para.append(ln)
            prev_body = ln
            interrupted = False
        elif role in (REMOVED, FOOTNOTE):
            interrupted = True
        elif role in (ABSTRACT, KEYWORDS, TITLE, AUTHOR):
            if para and _runs_on_past(doc, para[-1], next_body.get(id(para[-1]))):
                # a front-matter line an extractor set down mid-sentence ("as-"
                # / "Keywords: …" / "signments"): the text runs on past it
                interrupted = True
                continue
            flush_para()
            prev_body = None
    flush_para()
    if heading_lines:
        _flush_heading(doc, joiner, heading_lines, blocks)
    doc.blocks = blocks

    members: dict[tuple[str, int | None], list[Line]] = {}
    for ln in lines:
        if ln.role in (ABSTRACT, FOOTNOTE):
            members.setdefault((ln.role, ln.group), []).append(ln)
    for k, ab in enumerate(doc.abstracts):
        ab.pieces = joiner.pieces(members.get((ABSTRACT, k), []))
    for k, fn in enumerate(doc.footnotes):
        fn.pieces = joiner.pieces(members.get((FOOTNOTE, k), []))
    for ln in lines:
        if ln.role in (TITLE, AUTHOR):
            # the text lives on in metadata.title / metadata.authors
            doc.remove_line(ln, "title" if ln.role == TITLE else "author", NAME)
    _resolve_refs(doc)


def _runs_on_past(doc: Document, a: Line, b: Line | None) -> bool:
    """Does the sentence of body line a go on in body line b, past what
    stands between them: a word broken at a's end, or no stop there and b
    going on in lower case?"""
    at = _visible_tail(doc, a)
    if at.endswith(LINE_END_HYPHENS):
        return True
    return b is not None and _opens_in_lower_case(doc, b) and not TERMINAL.search(at[-8:])


def _opens_in_lower_case(doc: Document, ln: Line) -> bool:
    """Does the line's first letter, past a quotation mark or a bracket
    ('"obviously" three'), stand in lower case?"""
    letter = FIRST_LETTER.match(doc.text, ln.start, ln.end)
    return letter is not None and letter.group(1).islower()


def _flush_heading(doc: Document, joiner: Joiner, heading_lines: list[Line], blocks: list[Block]) -> None:
    ps = joiner.pieces(heading_lines)
    if ps:
        blocks.append(Block("heading", ps, level=heading_lines[0].level))
    heading_lines.clear()


def _visible_tail(doc: Document, ln: Line) -> str:
    cuts = doc.cuts
    k = bisect.bisect_left(cuts, (ln.start, -1))
    if k == len(cuts) or cuts[k][0] >= ln.end:
        if k == 0 or cuts[k - 1][1] <= ln.start:
            return doc.text[ln.start:ln.end]  # nothing cut from this line
    ps = doc.pieces_for(ln.start, ln.end)
    return doc.text[ps[-1].start:ps[-1].end].rstrip() if ps else ""


def _boundary(doc: Document, a: Line, b: Line, interrupted: bool, c: Line | None = None,
              first: bool = False) -> bool:
    """Does a paragraph end between lines a and b? (c is the line after b;
    `first` says a is its paragraph's first line.)"""
    at = _visible_tail(doc, a)
    if at.endswith(LINE_END_HYPHENS) and TAIL_WORD.search(at[-60:]):
        return False
    if b.joins_previous:
        return False
    if b.starts_paragraph:
        return True
    if _caption(doc, a, alone=True) and not _caption(doc, b):
        return False  # a caption's label on a line of its own, its text below
    if at[-1:] in ".!?:" and _caption(doc, b):
        return True  # a caption under a paragraph's last sentence
    if not doc.text[b.start:b.start + 1].islower() and _table_row(doc.line_text(a)):
        return True  # a table's row: no sentence runs on from it
    if at[-1:] == "." and NUMBERED_ENTRY.match(doc.text, b.start, b.end):
        return True  # the next numbered reference
    if "," in doc.text[b.start:b.start + 60] and REFERENCE_ENTRY.match(doc.text, b.start, b.end) \
            and not at.endswith((",", "&", " and", " ve")):
        # a reference list: every entry opens with "Surname, I." and rarely
        # ends with a full stop
        return True
    bt = doc.text[b.start:b.start + 1]
    if not TERMINAL.search(at[-8:]):
        # white space before a capital ends a paragraph whose last sentence
        # lacks its full stop; but some extractors put white space after a
        # paragraph's (indented) first line, so not there
        if not bt.isupper():
            return False
        if first and _far_short(doc, a):
            # a lone short line without a stop, then a capital: a run-in
            # title the headings pass did not take, standing on its own
            return True
        if interrupted or first:
            return False
        if b.blank_before and is_short(doc, a):
            return True
        # a line stopping far short of the margin with no stop at its end,
        # then a capital: the end of a list item or of a paragraph whose
        # full stop the text lacks (a line broken by the extractor goes on
        # in lower case, or fills the line together with the next)
        if _far_short(doc, a) and (a.end - a.start) + (b.end - b.start) > full_width(doc, a.column) \
                and not at.endswith(","):
            return True
        # a common word in capitals ("The", not "SGD" or a name) would have
        # fitted at the end of a: the line was not broken by the wrap but by
        # the end of a list item or paragraph
        return not doc.layout.get("_indents") and _sentence_opener(doc, b) and _room_left(doc, a, b)
    if bt.islower():
        # a sentence goes on in lower case, unless its line stopped far short
        # of the margin at a word's full stop (not after "et al."): there
        # the paragraph ended (a lower-case run-in title may follow)
        return (not interrupted and at[-1:] in ".!?\"”’'»)]" and SENTENCE_END_WORD.search(at[-12:]) is not None
                and _far_short(doc, a))
    # a paragraph's first line is shorter by its indent (which most
    # extractors do not print); the rest of a printed line the extractor
    # broke is short only as far as the whole line is
    if is_short(doc, a, INDENT_SHARE if first else 0.0) and not (a.joins_previous and not _room_left(doc, a, b)):
        if doc.layout.get("_indents") and not b.blank_before and not interrupted and b.indent <= a.indent:
            return False
        if doc.layout.get("_blank_paragraphs") and not b.blank_before and not interrupted \
                and printed_tail(doc, a) >= NEAR_FULL * full_width(doc, a.column):
            return False  # ragged lines vary; white space is what ends a paragraph here
        if not b.blank_before and not interrupted and c is not None and _one_line_in_two(doc, a, b, c):
            return False
        return True
    if not interrupted and not doc.layout.get("_indents") and _room_left(doc, a, b):
        return True
    if not interrupted and c is not None and _short_by_indent(doc, b, c):
        return True
    return b.blank_before and not interrupted


TABLE_CELL = regex.compile(r"[-+−–]?[\d.,]*\d%?")
TABLE_CELLS = 3
THREE_DIGITS = re.compile(r"\d[^\d\n]*\d[^\d\n]*\d")


def _table_row(t: str) -> bool:
    """A table's row: two in three of its items numbers, three at least
    ("Northport 412 530 388 201"; not "12 Mart 1920 tarihli 45 sayılı")."""
    if THREE_DIGITS.search(t) is None:
        return False  # (most lines: a quick no)
    items = t.split()
    numbers = sum(TABLE_CELL.fullmatch(x) is not None for x in items)
    return numbers >= TABLE_CELLS and 3 * numbers >= 2 * len(items)


def _caption(doc: Document, ln: Line, alone: bool = False) -> bool:
    """Does the line open a figure's or a table's caption (its label in a
    capital, a number, then a stop or the line's end)? With `alone`, is
    the label all the line holds ("Table 1")?"""
    t = doc.line_text(ln).strip()
    m = CAPTION.match(t) if t[:1].isupper() else None
    return m is not None and (not alone or m.end() >= len(t))


def _blank_paragraphs(doc: Document) -> bool:
    """Does white space follow (nearly) every line that plainly ends a
    paragraph: a finished sentence far short of the margin, a capital
    below? Then the document sets its paragraphs apart with white space
    (a word processor's spacing, pdfminer's text boxes), and a line a little
    short of the margin without it ends none."""
    body = [ln for ln in doc.lines if ln.role == BODY]
    ends = spaced = 0
    for a, b in zip(body, body[1:]):
        if a.page == b.page and doc.text[b.start:b.start + 1].isupper() and _far_short(doc, a) \
                and TERMINAL.search(doc.line_text(a)[-8:]):
            ends += 1
            spaced += b.blank_before
    return ends >= BLANK_PARAGRAPH_ENDS and spaced >= BLANK_SHARE * ends


def _far_short(doc: Document, a: Line) -> bool:
    """Does line a stop far short of the margin (its last printed line)?"""
    return printed_tail(doc, a) < 0.6 * full_width(doc, a.column)


def _short_by_indent(doc: Document, b: Line, c: Line) -> bool:
    """Is b, opening a sentence, a paragraph's first line? In justified
    text a line stops short of the margin only at its paragraph's end, or
    at its start, where the indent (which most extractors do not print)
    took the room: so a short line whose paragraph goes on below opens it,
    where the document shows such indents (`_unprinted_indents`)."""
    return _falls_short_going_on(doc, b, c) and _unprinted_indents(doc)


def _falls_short_going_on(doc: Document, b: Line, c: Line) -> bool:
    """Does line b stop short of the margin by about an indent while its
    paragraph goes on in line c?"""
    measure = printed_measure(doc, b.column)[0]
    if not measure or not is_short(doc, b) or not NEAR_FULL * measure <= printed_width(doc, b) <= measure:
        # an indent takes a few characters, not a quarter of the line (and
        # a line wider than the measure holds two, glued by the extractor)
        return False
    return doc.text[c.start:c.start + 1].islower() or not TERMINAL.search(_visible_tail(doc, b)[-8:])


def _unprinted_indents(doc: Document) -> bool:
    """Are paragraphs indented where the extractor printed no indent? Then
    lines that fall short while their paragraph goes on gather at sentence
    starts (some of which open paragraphs); in ragged text, or without
    indents, they fall anywhere, mid-sentence as often."""
    found = doc.layout.get("_unprinted_indents")
    if found is not None:
        return found
    found = False
    if not doc.layout.get("_indents") and not doc.layout.get("_blank_paragraphs"):
        text = doc.text
        body = [ln for ln in doc.lines if ln.role == BODY]
        starts = [0, 0]  # (lines, short ones) opening a sentence
        mids = [0, 0]  # the same, going on mid-sentence
        for a, b, c in zip(body, body[1:], body[2:]):
            if b.blank_before or c.blank_before or a.page != c.page or a.column != b.column:
                continue
            head = text[b.start:b.start + 1]
            if head.isupper() and TERMINAL.search(_visible_tail(doc, a)[-8:]):
                tally = starts
            elif head.islower():
                tally = mids
            else:
                continue
            tally[0] += 1
            tally[1] += _falls_short_going_on(doc, b, c)
        found = starts[1] >= INDENT_EVIDENCE and \
            starts[1] * mids[0] >= INDENT_GATHER * mids[1] * starts[0]
    doc.layout["_unprinted_indents"] = found
    return found


def _sentence_opener(doc: Document, b: Line) -> bool:
    """Does b open with a capitalised common word, as sentences do?"""
    m = HEAD_WORD.match(doc.line_text(b))
    if not m or not m.group().istitle():
        return False
    return best_zipf(lower_tr(m.group()), lookup_langs(doc.lang)) >= OPENER_ZIPF


def _room_left(doc: Document, a: Line, b: Line) -> bool:
    """Would b's first word have fitted at the end of a? A line breaks
    before a word only when the word does not fit, unless the paragraph
    ends there. (Printed widths are rough: the word must fit with room to
    spare, a share of the measure about the wander of full lines.)"""
    measure, _limit = printed_measure(doc, a.column)
    if not measure or a.end - a.start > 1.1 * full_width(doc, a.column):
        return False
    head = doc.text[b.start:b.end].split(None, 2)
    if len(head) > 2 and not any(c.isalnum() for c in head[0]):
        # a dash opening a speaker's turn ("- Paşa hazretleri") does not
        # end a line on its own: it goes with the word after it
        head = [head[0] + " " + head[1]]
    widths = [printed_width(doc, a)]
    k = doc.line_index(a) if a.joins_previous else 0
    while a.joins_previous and k > 0:
        # the rest of a printed line the extractor broke: measured whole
        before = next((ln for ln in reversed(doc.lines[max(0, k - 3):k]) if ln.role == BODY), None)
        if before is None:
            break
        widths.append(printed_width(doc, before))
        a, k = before, doc.line_index(before)
    space = text_width(" ")
    if len(widths) > 2 and doc.layout.get("_spread_words"):
        # words set a line each may be several printed lines: filled word
        # by word as the typesetter filled them, the last one is a's
        width = 0.0
        for w in reversed(widths):
            fits = not width or width + space + w <= (1 + FIT_SPARE) * measure
            width = width + (space if width else 0) + w if fits else w
    else:
        width = sum(widths) + space * (len(widths) - 1)
    return bool(head) and width + text_width(" " + head[0]) < (1 - FIT_SPARE) * measure


def _one_line_in_two(doc: Document, a: Line, b: Line, c: Line) -> bool:
    """Some extractors break a printed line where the font changes, so that
    "… such as a star." and "Since gravity is" come out as two short lines
    although the paragraph runs on: together they fill one line, and the
    sentence b begins goes on in lower case on the next."""
    width = full_width(doc, a.column)
    la, lb = a.end - a.start, b.end - b.start
    # b does not reach the margin, yet its sentence goes on below: it is no
    # paragraph's first line (those fall short by their indent at most) but
    # the rest of a printed line; together with a they fill one line
    fits = (la + lb + 1 <= 1.1 * width and lb < 0.6 * width) or (
        la + lb + 1 <= width and is_short(doc, b) and lb < NEAR_FULL_FIRST * width)
    # (where c is the next word of b's printed line, set apart by the
    # extractor, b's length says nothing of where that line ends)
    return (fits and not TERMINAL.search(doc.line_text(b)[-8:]) and _opens_in_lower_case(doc, c)
            and not c.blank_before and not c.joins_previous)


def _mark_indented_starts(doc: Document) -> None:
    """A line indented past its column's usual left edge opens a paragraph."""
    base: dict[tuple[int, int], int] = {}
    counts: dict[tuple[int, int], Counter] = {}
    pages = _pages_by_furniture(doc)
    triples = Counter((pages.get(id(ln), ln.page), ln.column, ln.indent) for ln in doc.lines if ln.role == BODY)
    for (page, col, indent), n in triples.items():
        c = counts.get((page, col))
        if c is None:
            c = counts[(page, col)] = Counter()
        c[indent] = n
    overall: dict[int, Counter] = {}
    for (_page, col), c in counts.items():
        overall.setdefault(col, Counter()).update(c)
    for key, c in counts.items():
        src = c if sum(c.values()) >= 8 else overall[key[1]]
        base[key] = src.most_common(1)[0][0]
    # where most lines stand at their column's edge, an indent means
    # something; some extractors render positions with a jitter of several
    # spaces (PyMuPDF's sorted text), and there it means nothing
    at_edge = sum(max(c.values()) for c in counts.values())
    if at_edge < INDENT_CLEAN_SHARE * sum(triples.values()):
        doc.layout["_indents"] = False
        return
    prev = None
    for ln in doc.lines:
        if ln.role == BODY:
            b = base.get((pages.get(id(ln), ln.page), ln.column), 0)
            ln.starts_paragraph = b + 2 <= ln.indent <= b + 12
            if ln.starts_paragraph and prev is not None and prev.column == ln.column and not ln.blank_before \
                    and not TERMINAL.search(_visible_tail(doc, prev).rstrip()) \
                    and doc.line_text(ln).lstrip()[:1].islower():
                # a sentence that runs on in lower case, no white space
                # between: a block set in from both margins (a quotation),
                # or a reference's hanging indent ("[2] B. Jones, … 2010," /
                # "    pp. 20–25."); list items without stops open in capitals
                ln.starts_paragraph = False
            prev = ln
    # where the extractor kept the indentation, paragraphs show it: then a
    # short line before an unindented one is no paragraph end by itself
    body = [ln for ln in doc.lines if ln.role == BODY]
    indented = sum(ln.starts_paragraph for ln in body)
    doc.layout["_indents"] = indented >= 5 and indented * 40 >= len(body)


def _pages_by_furniture(doc: Document) -> dict[int, int]:
    """Where no form feed marks the pages, each body line's page as the
    running headers and page numbers taken out mark them (by `id`): a
    reading that sets each page at its own columns (Ghostscript's
    txtwrite) has a left edge of its own on each. Empty where form feeds
    mark the pages."""
    if doc.layout.get("form_feeds"):
        return {}
    pages: dict[int, int] = {}
    page, seen_body = 0, False
    for ln in doc.lines:
        if ln.role == REMOVED and ln.reason in ("running-header", "page-number"):
            if seen_body:
                page, seen_body = page + 1, False
        elif ln.role == BODY:
            pages[id(ln)] = page
            seen_body = True
    return pages if page else {}


def _resolve_refs(doc: Document) -> None:
    """Footnote references point at the block that held their marker."""
    import bisect
    starts = []
    for k, b in enumerate(doc.blocks):
        for p in b.pieces:
            starts.append((p.start, p.end, k))
    starts.sort()
    keys = [s for s, _, _ in starts]
    for ref in doc.footnote_refs:
        i = bisect.bisect_right(keys, ref.offset) - 1
        # the marker itself was cut: it sits just after some piece
        if i >= 0:
            ref.block = starts[i][2]
    doc.footnote_refs = [r for r in doc.footnote_refs if r.block >= 0]
