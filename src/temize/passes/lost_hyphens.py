"""Hyphens the extractor dropped. pdftotext joins a printed line that ends
in a hyphen to the next one and deletes the hyphen, also where it was a
real one: "Clausius-" + "Clapeyron" becomes "ClausiusClapeyron" inside a
line about two full lines long. (Markdown writers join every line of a
paragraph so; there only the document's own hyphenated spelling of a word
it writes whole less often counts, see `_compounds`.)

Such a line holds the join near the right margin of its first printed
line. A word of the line that the document prints with a hyphen more often
than whole gets its hyphen back wherever it stands (a short printed line
puts the join far from the measured margin); else a word straddling the
margin gets it back where the document prints the same compound with a
hyphen elsewhere, or where it is an
unknown run of two common words ("contextswitching") in a language that
does not glue words together. The hyphen is a `-` join between two pieces
and an `inserted` record, so the output still maps onto the input.
"""
from __future__ import annotations

import bisect

import regex

from ..casing import lower_tr
from ..document import ABSTRACT, BODY, FOOTNOTE, Document, Insertion, Piece
from ..layoutstats import full_width, local_measure, paragraph_per_line
from ..lexicon import DOTLESS_I, best_zipf, lookup_langs
from ..marks import LINE_END_HYPHENS, PDFIUM_HYPHEN
from .paragraphs import AGGLUTINATIVE, COMPOUNDING

NAME = "lost_hyphens"

WORD = regex.compile(r"[\p{L}\p{M}]+")
HYPHENISH = frozenset(LINE_END_HYPHENS + ("\u2010", "\u2011"))
ACRONYM_GLUED = regex.compile(r"(?<![\p{L}\p{M}\-])(\p{Lu}{2,})\p{Ll}{3,}(?![\p{L}\p{M}])")
CAPITALISED_PAIR = regex.compile(r"(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}{2,}$")
LONG_WORD = regex.compile(r"\p{L}{8,}")
COMMON_PART_ZIPF = 4.0  # both parts this common, where no glued line shows the join
SHORT_LINE_SLACK = 6  # characters a justified line may fall short of the measure by
MAX_BREAKS = 3  # past three printed lines the margin's place is too uncertain


def run(doc: Document) -> None:
    text = doc.text
    if PDFIUM_HYPHEN in text:
        return  # the extractor marks its joins (see hyphen_marks): nothing was dropped
    items = doc.piece_lists()
    # where each piece lives, to split it later
    owner: list[tuple[int, int, list[Piece], int]] = []
    for pieces in items:
        for k, p in enumerate(pieces):
            owner.append((p.start, p.end, pieces, k))
    owner.sort(key=lambda x: x[0])
    starts = [o[0] for o in owner]
    langs = lookup_langs(doc.lang)
    vocab = None
    heads: set[str] = set()
    compounds: dict[str, int] = {}
    splits: list[tuple[int, str]] = []
    item_lines = [ln for ln in doc.lines if ln.role in (BODY, ABSTRACT, FOOTNOTE)]
    if paragraph_per_line(doc):
        # a line a paragraph (Markdown writers): every line-end hyphen of the
        # page was dropped where the lines were joined, and no glued line
        # shows where; the document's own hyphenated spelling of a word it
        # writes whole less often is evidence enough, and so are shapes no
        # word has: an acronym glued to a word, two very common words no
        # lexicon knows together (names like "PanStars" keep their shape)
        vocab = doc.vocabulary()
        compounds = _compounds(vocab, [w for w in vocab if "-" in w], langs)
        splits += _printed_with_hyphen(text, 0, len(text), compounds) if compounds else []
        for ln in item_lines:
            splits += _compound_shapes(text, ln.start, ln.end, vocab, langs)
        item_lines = []
    lengths = [ln.end - ln.start for ln in item_lines]
    # two columns read one after the other (pdftotext's default mode) make
    # the page's measure no column's: many lines come out about half as long
    widths = {col: full_width(doc, col) for col in {ln.column for ln in item_lines}}
    halves = sum(n <= 0.6 * widths[ln.column] for n, ln in zip(lengths, item_lines))
    in_turn = halves >= 0.3 * len(item_lines)
    for i, ln in enumerate(item_lines):
        width = widths[ln.column]
        n = lengths[i]
        if n <= 1.1 * width:
            if not in_turn or n < 30:
                continue
            # the lines around show this one's column measure
            local = local_measure(lengths, i)
            if local is None or local > 0.7 * width or n <= 1.1 * local:
                continue  # (a column's measure is about half the page's)
            width = local
        if vocab is None:
            vocab = doc.vocabulary()
            hyphenated = [w for w in vocab if "-" in w]
            # first halves of the hyphenated words the document prints
            heads = {w[:w.index("-")] for w in hyphenated}
            compounds = _compounds(vocab, hyphenated, langs)
        # a word of the glued line that the document prints with a hyphen
        # more often than whole shows the place, wherever the margin fell
        known = _printed_with_hyphen(text, ln.start, ln.end, compounds) if compounds else []
        if known:
            splits += known
            continue
        # an acronym glued to a word ("FIFOqueues") is a join wherever it stands
        for m in ACRONYM_GLUED.finditer(text, ln.start, ln.end):
            low = lower_tr(m.group())
            if best_zipf(low, langs) < 1.0 and vocab.get(low, 0) <= 1 and _acronym_cut(m, langs):
                splits.append((m.end(1), "an acronym before the break"))
        for k in range(1, MAX_BREAKS + 1):
            # a full printed line runs to about the measured width; the
            # dropped hyphen took the last of its characters
            margin = ln.start + round(k * width) - 1
            if margin >= ln.end - 2:
                break
            tol = max(4, round(0.08 * width * k))
            # (a printed line falls short of the measure by up to a long
            # word, more so in a narrow column; it seldom runs past it)
            found = _restore(text, margin, (max(tol, SHORT_LINE_SLACK), tol), ln.start, ln.end, vocab, heads, langs)
            if found:
                splits.append(found)
    for at, why in splits:
        i = bisect.bisect_right(starts, at) - 1
        if i < 0:
            continue
        s, e, pieces, _ = owner[i]
        if not s < at < e:
            continue
        k = next((j for j, p in enumerate(pieces) if p.start == s), None)
        if k is None:
            continue
        p = pieces[k]
        pieces[k:k + 1] = [Piece(p.start, at, p.join), Piece(at, p.end, "-")]
        owner[i] = (at, e, pieces, k + 1)
        starts[i] = at
        doc.inserted.append(Insertion(at, "-", "lost-hyphen", NAME, {"evidence": why}))


def _acronym_cut(m, langs) -> bool:
    """Is the lower-case rest of an `ACRONYM_GLUED` match a word of its
    own ("FIFO" + "queues"; "JMoments" is no "JM" + "oments")?"""
    return best_zipf(m.group()[m.end(1) - m.start():], langs) >= 2.5


def _compound_shapes(text: str, start: int, end: int, vocab, langs) -> list[tuple[int, str]]:
    """(offset, evidence) for the words of text[start:end] that only a
    dropped hyphen explains (see the Markdown case in `run`)."""
    out = []
    for m in LONG_WORD.finditer(text, start, end):
        word = m.group()
        if text[m.start() - 1:m.start()] in HYPHENISH or text[m.end():m.end() + 1] in HYPHENISH:
            continue
        low = lower_tr(word)
        if vocab.get(low, 0) > 1 or best_zipf(low, langs) >= 1.0:
            continue
        acronym = ACRONYM_GLUED.fullmatch(word)
        if acronym and _acronym_cut(acronym, langs):
            out.append((m.start() + acronym.end(1), "an acronym before the break"))
            continue
        if langs[0] in AGGLUTINATIVE | COMPOUNDING or not word.islower():
            continue  # (where words glue, two common words make one)
        for cut in range(3, len(word) - 3):
            if min(best_zipf(low[:cut], langs), best_zipf(low[cut:], langs)) >= COMMON_PART_ZIPF:
                out.append((m.start() + cut, "two common words"))
                break
    return out


def _compounds(vocab, hyphenated: list[str], langs) -> dict[str, int]:
    """The document's compounds of two parts that it writes whole less
    often than with the hyphen ("largeevent" beside "large-event" twice):
    the whole forms are where a line break took the hyphen. A word the
    lexicon knows may be the author's own spelling beside the hyphenated
    one: only a clear majority for the hyphen counts there. Maps the whole
    form to the length of its first part."""
    out = {}
    for entry in hyphenated:  # (the vocabulary's words with a hyphen)
        if entry.count("-") != 1:
            continue
        hyph = vocab[entry]
        a, b = entry.split("-")
        whole = vocab.get(a + b, 0)
        # (one letter may open a compound: "n-gram", "k-means", "X-ray")
        if a and len(b) >= 2 and len(a) + len(b) >= 4 and 0 < whole < hyph \
                and (hyph >= 2 * whole or best_zipf(a + b, langs) < 1.0):
            out[a + b] = len(a)
    return out


def _printed_with_hyphen(text: str, start: int, end: int, compounds: dict[str, int]) -> list[tuple[int, str]]:
    """(offset, evidence) for each word of text[start:end] that `compounds`
    holds, standing alone (no hyphen on either side)."""
    low = lower_tr(text[start:end])  # the same length: offsets hold
    if len(compounds) <= 16 and not any(c in low for c in compounds):
        return []  # the common case, by plain substring search (few to look for)
    out = []
    for m in WORD.finditer(low):
        head = compounds.get(m.group())
        if head and low[m.end():m.end() + 1] not in HYPHENISH and low[m.start() - 1:m.start()] not in HYPHENISH:
            out.append((start + m.start() + head, "printed with a hyphen elsewhere"))
    return out


def _restore(text: str, margin: int, tol: tuple[int, int], lo: int, hi: int, vocab, heads: set[str],
             langs) -> tuple[int, str] | None:
    """The offset where a dropped hyphen goes back near `margin` (up to
    `tol` = (before, after) characters from it), with the evidence, or None."""
    best = None
    before, after = tol
    for m in WORD.finditer(text, max(lo, margin - before - 30), min(hi, margin + after + 30)):
        ws, we = m.span()
        if we < margin - before or ws > margin + after:
            continue
        word = m.group()
        if text[we:we + 1] in ("’", "'"):
            continue  # a name with its case ending ("Meclisi’ne"), not a compound
        # part of a compound: a glued piece of it ("per-sourceof-entries")
        # needs common words on both sides
        in_chain = (text[ws - 1:ws] in HYPHENISH and text[ws - 2:ws - 1].isalpha()) \
            or (text[we:we + 1] in HYPHENISH and text[we + 1:we + 2].isalpha())
        if in_chain and (langs[0] in AGGLUTINATIVE or not word.islower()):
            continue  # Ottoman izafet ("anasır-ı"), names ("Havas-Royter")
        if not in_chain and (text[ws - 1:ws] in HYPHENISH or text[we:we + 1] in HYPHENISH):
            continue  # a word broken at a line end
        low = lower_tr(word)
        whole = vocab.get(low, 0)  # this occurrence included
        known = whole > 1 or best_zipf(low, langs) >= 1.0
        if not known and not in_chain:
            # a capitalised word after the break keeps its hyphen, as at
            # any line end ("Patch-" + "Sum")
            shape = CAPITALISED_PAIR.match(word)
            if shape and -before <= ws + shape.end(1) - margin <= after:
                best = (9.0, ws + shape.end(1), "a capitalised word after the break")
                continue
        for cut in range(max(ws + 2, margin - before), min(we - 1, margin + after) + 1):
            a = low[:cut - ws]
            if known and a not in heads:
                continue
            b = low[cut - ws:]
            hyph = vocab.get(a + "-" + b, 0) if a in heads else 0
            if in_chain and not hyph:
                if known or len(a) < 3 or len(b) < 2 or min(best_zipf(a, langs), best_zipf(b, langs)) < 3.5:
                    continue
                why = "two common words inside a compound"
                score = min(best_zipf(a, langs), best_zipf(b, langs))
            elif hyph and hyph >= whole - 1:
                # the document prints the compound with its hyphen at least
                # as often as without it elsewhere
                why = "printed with a hyphen elsewhere"
                score = 10.0
            elif not known and langs[0] not in AGGLUTINATIVE | COMPOUNDING and len(a) >= 3 and len(b) >= 4 \
                    and word[cut - ws].islower() and not (langs[0] not in DOTLESS_I and "ı" in low):
                za, zb = best_zipf(a, langs), best_zipf(b, langs)
                if za < 3.5 or zb < 2.5:
                    continue
                why = "two common words"
                score = min(za, zb)
            else:
                continue
            if best is None or score > best[0]:
                best = (score, cut, why)
    return (best[1], best[2]) if best else None
