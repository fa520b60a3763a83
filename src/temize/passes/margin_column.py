"""Rotated margin text that an extractor set as a column of short pieces in
front of the lines (Ghostscript's txtwrite): the journal's name, printed
sideways beside the text, comes out a few letters a line left of the body's
margin, read down the page from its last letters to its first:

         y       Though X-rays dominate the energetic output …
         ir      potentially powerful diagnostic of the accretion …
         Inqu    signal. Reprocessing of X-rays into optical light …

A piece too long for the space before the text runs into the line's first
word ("Dergisibüyük kalpli analar").

A line takes part only where it opens a line of the text left of the
body's margin there (or holds one token alone, not right of it), and its
first characters continue, with the pieces of the lines before or after it
(up to MAX_GAP lines between), a stretch of a running header that the
headers pass found, white space left out. A run needs MIN_RUN pieces and
MIN_LETTERS letters at the least, one piece left of the margin (else twice
as many pieces), and may pass through the margin's pieces the passes
before took out. A year or a dash the margin prints after the name and the
header does not (`Dergisi - 2006` beside `Dergisi, 7(2)`) goes with the
run. Each piece is cut out as margin text; a line that held only a piece
goes whole.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex

from ..casing import lower_tr
from ..document import BODY, REMOVED, Document, Line

NAME = "margin_column"

MIN_RUN = 3
MIN_LETTERS = 6
MAX_GAP = 4  # lines without a piece (blank ones too) between two pieces of a run
MIN_SHIFT = 2  # columns left of the body's margin a piece starts at the least
MIN_GLUED = 3  # characters of a piece run into the line's first word at the least
WINDOW = 20  # lines either side that set a line's body margin
# a column this share of the lines start at is some page's margin
COMMON_COLUMN = 0.1
PIECE_GAP = regex.compile(r"\S{1,12} {2,}(?=\S)")
# what the margin may print after the name: a year, a dash or comma
AFTER_NAME = regex.compile(r"(?:1[89]|20)\d\d|[-–—,.:]")
MAX_AFTER_NAME = 3  # such pieces in a run ("-", "2006"; "Dergisi," then "-", "2006")


def run(doc: Document) -> None:
    heads = _headers(doc)
    if not heads:
        return
    text = doc.text
    # the body's lines that open a line of the text, at the column they
    # start at there (a two-column reading's left column counts; its right
    # one, and a line a pass before cut out of a longer one, do not)
    body, columns = [], []
    for ln in doc.lines:
        if ln.role == BODY:
            begin = text.rfind("\n", 0, ln.start) + 1
            if begin == ln.start or text[begin:ln.start].isspace():
                body.append(ln)
                columns.append(ln.start - begin)
    if not body:
        return
    # a line can stand left of its page's margin only if it starts left of
    # some column many lines start at (pages may sit at columns of their own)
    counts = Counter(columns)
    bound = max(c for c, n in counts.items() if n >= COMMON_COLUMN * len(columns)) - MIN_SHIFT
    alone = [" " not in text[ln.start:ln.end] for ln in body]
    possible = [k for k, column in enumerate(columns) if column <= bound or alone[k]]
    if len(possible) < MIN_RUN:
        return
    # and only if its first characters could be a piece of some header
    spellings = "\n".join(h.spelling for h in heads)  # (looked up in all at once)
    tokens = {k: _first_token(text, body[k]) for k in possible}
    possible = [k for k in possible if AFTER_NAME.match(tokens[k]) or _in_any(_key(tokens[k], alone[k]), spellings)]
    if len(possible) < MIN_RUN:
        return
    margin_at = _local_margins(text, body, columns)
    # each candidate piece at a line's start: (offset, token, whole line or
    # not, its body line, and the column its text goes to when cut out), or
    # (its line None) a piece a pass before took out already: a run may
    # pass through those
    entries: list[tuple[int, str, bool, Line | None, int, bool]] = []
    for k in possible:
        ln, column, margin = body[k], columns[k], margin_at(k)
        # lines that start left of the body's margin there, and lines of one
        # token not right of it (no text beside the margin: a page's last lines)
        left = column <= margin - MIN_SHIFT
        if left or column <= margin and alone[k]:
            entries.append((ln.start, tokens[k], alone[k], ln, margin, left))
    if len(entries) < MIN_RUN:
        return
    for r in doc.removed:
        if r.reason == "margin-text" and not text[text.rfind("\n", 0, r.start) + 1:r.start].strip():
            entries.append((r.start, lower_tr("".join(text[r.start:r.end].split())), True, None, 0, False))
    entries.sort(key=lambda e: e[0])
    numbers = _line_numbers(text, [e[0] for e in entries])
    tokens = [e[1] for e in entries]
    whole = [e[2] for e in entries]
    # 1: a piece left of the margin; 0: one at it; -1: one taken out before
    kinds = [1 if e[5] else 0 if e[3] is not None else -1 for e in entries]
    cuts: dict[int, int] = {}  # entry -> length of the piece cut from its line's start
    for group in _groups(numbers):
        for ordered in (group[::-1], group):  # read up the page, then down
            for head in heads:
                _match(ordered, tokens, whole, kinds, numbers, head, cuts)
    # the indent the lines starting at a column have (a column's lines
    # count theirs from the column's edge)
    indents: defaultdict[int, Counter[int]] = defaultdict(Counter)
    for ln, column in zip(body, columns) if cuts else ():
        indents[column][ln.indent] += 1
    for i, length in cuts.items():
        _, _, _, ln, margin, _ = entries[i]
        if ln is None:
            continue
        s = ln.start + length
        rest = len(text[s:ln.end]) - len(text[s:ln.end].lstrip())
        if s + rest >= ln.end:
            doc.remove_line(ln, "margin-text", NAME)
            continue
        doc.remove_span(ln.start, s, "margin-text", NAME)
        # a piece set off by white space leaves the text at its column; one
        # run into the first word pushed it right of where it was printed:
        # at the margin. The line takes the indent of the lines there.
        begin = text.rfind("\n", 0, ln.start) + 1
        column = s + rest - begin if rest else margin
        here = indents.get(column)
        ln.indent = here.most_common(1)[0][0] if here else ln.indent + column - (ln.start - begin)
        ln.start = s + rest


def _key(token: str, alone: bool) -> str:
    """What of a line's first token a header must hold for it to be a piece:
    all of a token standing alone, the first characters of one the text
    may run on from."""
    return token if alone else token[:MIN_GLUED]


def _in_any(key: str, spellings: str) -> bool:
    """Does a header's spelling hold `key`? (`spellings`: the spellings a
    line each; a token holds no line break.)"""
    return bool(key) and key in spellings


def _line_numbers(text: str, offsets: list[int]) -> list[int]:
    """The number of the text line each (sorted) offset stands on."""
    out, line, pos = [], 0, 0
    for off in offsets:
        line += text.count("\n", pos, off)
        pos = off
        out.append(line)
    return out


def _local_margins(text: str, body: list[Line], columns: list[int]):
    """A function giving each line's body margin: the commonest column the
    text starts at among the lines around it (a layout reading sets odd and
    even pages' text at different columns). Lines that open with a short
    token before a gap count only where no others are near: a margin's
    pieces may fill most of a page's lines."""
    plain: dict[int, bool] = {}

    def is_plain(j: int) -> bool:
        if j not in plain:
            ln = body[j]
            plain[j] = PIECE_GAP.match(text, ln.start, ln.end) is None
        return plain[j]

    def margin_at(k: int) -> int:
        near = range(max(0, k - WINDOW), min(len(body), k + WINDOW + 1))
        counts = Counter(columns[j] for j in near if is_plain(j)) or Counter(columns[j] for j in near)
        return counts.most_common(1)[0][0]
    return margin_at


class _Header:
    """A running header as the margin spells it: Turkish-lowercased, white
    space left out, with the places its words end."""

    def __init__(self, text: str):
        words = text.split()
        self.spelling = lower_tr("".join(words))
        self.word_ends: set[int] = set()
        pos = 0
        for w in words:
            pos += len(w)
            self.word_ends.add(pos)
            self.word_ends.add(pos - (len(w) - len(w.rstrip(",.;:"))))


def _headers(doc: Document) -> list[_Header]:
    """The running headers found, longest first."""
    heads = {" ".join(doc.line_text(ln).split()) for ln in doc.lines
             if ln.role == REMOVED and ln.reason in ("running-header", "margin-text")}
    return [_Header(h) for h in sorted(heads, key=lambda h: (-len(h), h)) if sum(c.isalpha() for c in h) >= MIN_LETTERS]


def _groups(numbers: list[int]) -> list[list[int]]:
    """Candidates (by index) in stretches with at most MAX_GAP lines between."""
    groups: list[list[int]] = []
    for i, n in enumerate(numbers):
        if groups and n - numbers[groups[-1][-1]] <= MAX_GAP + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if len(g) >= MIN_RUN]


def _first_token(text: str, ln: Line) -> str:
    t = text[ln.start:ln.end]
    return lower_tr(t.split(None, 1)[0]) if t.strip() else ""


def _match(ordered: list[int], tokens: list[str], whole: list[bool], kinds: list[int], numbers: list[int],
           head: _Header, cuts: dict[int, int]) -> None:
    """Chains of lines in `ordered` whose pieces spell consecutive stretches
    of the header; each long enough goes into `cuts`: MIN_RUN pieces this
    pass finds at the least, one of them left of the margin (or twice as
    many pieces: lines of one word that spell the header by chance are rare,
    but not so rare three in a row)."""
    kinds = [kinds[k] for k in ordered]
    tokens = [tokens[k] for k in ordered]
    alone = [whole[k] for k in ordered]
    numbers = [numbers[k] for k in ordered]
    spelling = head.spelling
    # what may be a piece at all: a token the header holds (a piece run
    # into the first word, its first characters), or a year or dash
    keys = [_key(tok, alone[j]) for j, tok in enumerate(tokens)]
    fits = [bool(key) and key in spelling or AFTER_NAME.match(tok) is not None for key, tok in zip(keys, tokens)]
    if sum(f for f, kind in zip(fits, kinds) if kind >= 0) < MIN_RUN:
        return
    memo: dict[tuple[int, int, int, int], list[tuple[int, int]]] = {}

    def chain(j: int, pos: int, after_name: int, last: int) -> list[tuple[int, int]]:
        """The longest run of lines from `j` on whose pieces continue the
        header from `pos`, as (index in `ordered`, piece length); `last` is
        the line number of the run's piece before (-1 at its start), and
        `after_name` counts the pieces past the name's end. A piece run into
        the line's first word may end anywhere in what it shares with the
        header: the cut that lets the run go on furthest wins, then one at
        the end of a header's word ("Theoretical|A phase"). A line whose
        token does not go on is passed over (a short line of the text:
        "work.") within the run's reach. (One level of calls a piece: the
        lines passed over are looped through.)"""
        key = (j, pos, after_name, last)
        if key in memo:
            return memo[key]
        best: list[tuple[int, int]] = []
        started = last >= 0
        while not best and j < len(ordered) and ordered[j] not in cuts \
                and (not started or abs(numbers[j] - last) <= MAX_GAP + 1) and (fits[j] or started):
            best = _pieces_here(j, pos, after_name, started)
            if not started:
                break
            j += 1
        memo[key] = best
        return best

    def _pieces_here(j: int, pos: int, after_name: int, started: bool) -> list[tuple[int, int]]:
        """The longest run that takes line j's piece first; [] if none."""
        if not fits[j]:
            return []
        best: list[tuple[int, int]] = []
        here, tok = numbers[j], tokens[j]
        if not after_name and pos < len(spelling):
            if spelling.startswith(tok, pos):
                options = [len(tok)]
            elif alone[j]:
                options = []
            else:
                n = 0
                while n < len(tok) and pos + n < len(spelling) and tok[n] == spelling[pos + n]:
                    n += 1
                options = list(range(n, MIN_GLUED - 1, -1))
            best_key = None
            for n in options:
                rest = chain(j + 1, pos + n, 0, here)
                if n < len(tok) and not rest and pos + n not in head.word_ends:
                    continue  # a run's last piece ends a word of the name ("Theoretical|A phase")
                cand = [(j, n), *rest]
                rank = (len(cand), pos + n in head.word_ends, n)
                if best_key is None or rank > best_key:
                    best, best_key = cand, rank
        # past the name's end (the header's end, or a comma or bracket in
        # it) the margin may print a year or a dash, MAX_AFTER_NAME of them
        if started and after_name < MAX_AFTER_NAME \
                and (after_name or pos >= len(spelling) or not spelling[pos].isalpha()):
            m = AFTER_NAME.match(tok)
            if m:
                cand = [(j, m.end()), *chain(j + 1, pos, after_name + 1, here)]
                if len(cand) > len(best):
                    best = cand
        return best

    i = 0
    while i < len(ordered):
        best: list[tuple[int, int]] = []
        if ordered[i] not in cuts and fits[i]:
            # every place in the header the first piece may stand at
            start = spelling.find(keys[i])
            while start >= 0:
                found = chain(i, start, 0, -1)
                if len(found) > len(best):
                    best = found
                start = spelling.find(keys[i], start + 1)
        new = [(j, n) for j, n in best if kinds[j] >= 0]
        # (letters of the pieces taken out before count: the run spells them too)
        letters = sum(sum(c.isalpha() for c in tokens[j][:n]) for j, n in best)
        if len(new) >= MIN_RUN * (1 if any(kinds[j] for j, _ in new) else 2) and letters >= MIN_LETTERS:
            for j, n in best:
                cuts[ordered[j]] = n
            i = best[-1][0] + 1
        else:
            i += 1
