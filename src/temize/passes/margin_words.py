"""Words of the rotated margin text that an extractor sorting by position
glued into the running lines (PyMuPDF's sorted text): "… is the
boundaryPhysics", "… the entire futureApplied      history of …",
"in     now due to …". Read down the page they spell the running header
backwards (or forwards), a word or two a line.

A word is taken out only as part of such a run: three or more lines in a
row (up to four lines may lie between) that end (or begin) with the next
word of the header (or a dash and a year after the journal's name, which
the margin may print there and the header elsewhere or not at all), glued
to the text or set off by a wide gap.
A line such a word stood in is cut at its wide gaps: the sorting set two
printed lines on one where the word's box spans both.
"""
from __future__ import annotations

import regex

from ..document import BODY, Document, Line

NAME = "margin_words"

MIN_RUN = 3
MAX_GAP = 4  # lines between two words of a run
# a word opening a line before a wide gap (a word glued to a line's end, or
# to a token before a wide gap and the next printed line, is found by
# looking at those tokens)
WIDE_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
YEAR_SLOT = "\0year"
DASH_SLOT = "\0dash"
SLOTS = (YEAR_SLOT, DASH_SLOT)  # places after the journal's name, not header words
YEAR = regex.compile(r"(?:1[89]|20)\d\d$")
DASHES = frozenset("-–—")
# a run of text with no wide gap in it
PRINTED = regex.compile(r"\S+(?: {1,2}\S+)*")
HEAD = regex.compile(r"^(?P<w>\S+) {3,}(?=\S)")


def run(doc: Document) -> None:
    words = _header_words(doc)
    if len(words) < MIN_RUN:
        return
    order = _order(words)

    def wanted(w: str) -> bool:
        return w in order or bool(_places(w, order))
    body = [ln for ln in doc.lines if ln.role == BODY]
    hits: list[tuple[int, str, int, int]] = []  # (line index, word, start, end)
    last_chars = {w[-1] for w in order if w not in SLOTS} | set("0123456789") | DASHES
    longest = max(len(w) for w in order if w not in SLOTS)
    text = doc.text
    for k, ln in enumerate(body):
        gap = text.find("   ", ln.start, ln.end) >= 0
        if not gap:
            if text[ln.end - 1] not in last_chars:
                continue  # most lines: no header word can end them
            tail = text[max(ln.start, text.rfind(" ", ln.start, ln.end) + 1) + 1:ln.end]
            if tail.isalpha() and tail.islower() and ln.end - ln.start > longest:
                continue  # a plain word in lower case ends the line
        t = doc.line_text(ln)
        if wanted(t):
            hits.append((k, t, ln.start, ln.end))  # a word on a line of its own
            continue
        if gap:
            m = HEAD.match(t)
            if m and wanted(m.group("w")):
                hits.append((k, m.group("w"), ln.start + m.start("w"), ln.start + m.end("w")))
                continue
        # tokens that end the line or stand before a wide gap
        ends = [len(t)] + ([m.start() for m in WIDE_GAP.finditer(t)] if gap else [])
        for end in ends:
            start = max(t.rfind(" ", 0, end), t.rfind("\t", 0, end)) + 1
            token = t[start:end]
            year = YEAR.search(token) if YEAR_SLOT in order else None
            for cand in [*(w for w in order if w not in SLOTS), *([year.group()] if year else [])]:
                if len(cand) < len(token) and token.endswith(cand) and _glued(token, cand):
                    hits.append((k, cand, ln.start + end - len(cand), ln.start + end))
                    break
    touched: dict[int, list[tuple[int, int]]] = {}  # line index -> margin words cut out
    for run_hits in _runs(hits, order):
        for k, _w, s, e in run_hits:
            ln = body[k]
            if not text[ln.start:s].strip() and not text[e:ln.end].strip():
                doc.remove_line(ln, "margin-text", NAME)
                continue
            doc.remove_span(s, e, "margin-text", NAME)
            touched.setdefault(k, []).append((s, e))
    if touched:
        index = {id(ln): k for k, ln in enumerate(body)}
        lines: list[Line] = []
        for ln in doc.lines:
            k = index.get(id(ln), -1)
            lines.extend(_printed_lines(text, ln, touched[k]) if k in touched else [ln])
        doc.lines = lines


def _printed_lines(text: str, ln: Line, words: list[tuple[int, int]]) -> list[Line]:
    """Line `ln` with margin words cut out of it, as the printed lines it
    holds. The sorting sets a margin word on the line of every printed line
    its box touches: where a word and a wide gap (or a gap alone) stand
    between two runs of text, each run is a printed line of its own
    ("Binaena-Araştırmalar      leyh …", "Mülakat       1.1. 10 Ekim 1919").
    Each line's range leaves out a word that opens or ends it, so the
    passes after this one see where its text starts and ends."""
    masked = list(text[ln.start:ln.end])
    for s, e in words:
        masked[s - ln.start:e - ln.start] = " " * (e - s)
    runs = [(m.start() + ln.start, m.end() + ln.start) for m in PRINTED.finditer("".join(masked))]
    if not runs:
        return [ln]  # (the words' removals cover all its text)
    out = []
    for i, (s, e) in enumerate(runs):
        if i == 0:
            ln.start, ln.end = s, e
            out.append(ln)
        else:
            out.append(Line(s, e, page=ln.page, column=ln.column))
    return out


def _glued(token: str, word: str) -> bool:
    """Does `word` sit glued at the end of `token`, after a lower-case
    letter, a digit or punctuation of the text ("boundaryPhysics",
    "consistent(2022)", "1924Dergisi,")?"""
    before = token[len(token) - len(word) - 1]
    # (after a lower-case letter, a digit or punctuation; after a capital
    # only a one-letter word: "IApplied")
    return (before.islower() or before.isdigit() or before in ".,;:!?)]”’\"'-" or len(token) == len(word) + 1) \
        and (word[0].isupper() or not word[0].isalpha())


def _header_words(doc: Document) -> list[str]:
    """The words of the document's running header (the longest removed one)."""
    headers = [doc.text[r.start:r.end] for r in doc.removed if r.reason in ("running-header", "margin-text")]
    if not headers:
        return []
    return max(headers, key=len).split()


def _order(words: list[str]) -> dict[str, float]:
    """Each word the margin may print, at its place in the header. The
    margin may print the name without the header's commas, and after the
    name a dash and a year that the header sets elsewhere or leaves out:
    those go after the name's last word ("Physics," in "Letters in Applied
    Physics, Vol. 4"; "Physics" in "Letters in Applied Physics 41(1), 2016"),
    the dash (DASH_SLOT) first, then any year (YEAR_SLOT)."""
    order: dict[str, float] = {}
    for i, w in enumerate(words):
        order.setdefault(w, i)
        if w.rstrip(",;:"):  # (a header may hold a comma standing alone)
            order.setdefault(w.rstrip(",;:"), i)
    # the name ends at its first comma, else before the first number
    numbered = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words))
    comma = next((i for i, w in enumerate(words[:numbered]) if w.endswith(",")), numbered - 1)
    if comma >= 0:
        order[DASH_SLOT] = comma + 0.25
        order[YEAR_SLOT] = comma + 0.5
    return order


def _places(w: str, order: dict[str, float]) -> list[float]:
    """Where in the margin's text a word may stand: at its place in the
    header and, for a year or a dash, after the name."""
    out = [order[w]] if w in order else []
    if YEAR.fullmatch(w) and YEAR_SLOT in order:
        out.append(order[YEAR_SLOT])
    elif w in DASHES and DASH_SLOT in order:
        out.append(order[DASH_SLOT])
    return out


def _runs(hits: list[tuple[int, str, int, int]], order: dict[str, float]):
    """Runs of hits on nearby lines that spell consecutive header words, in
    either direction."""
    hits.sort()
    i = 0
    while i < len(hits):
        run = [hits[i]]
        at = _places(hits[i][1], order)
        step = 0.0
        j = i + 1
        while j < len(hits):
            k, w = hits[j][0], hits[j][1]
            prev_k = run[-1][0]
            if k - prev_k > MAX_GAP + 1:
                break
            # (a year or a dash may stand at two places: the one that
            # goes on from the word before counts)
            found = next(((p, p - q) for p in _places(w, order) for q in at
                          if 0 < abs(p - q) <= 1 and (step == 0 or (p - q > 0) == (step > 0))), None)
            if found is not None:
                at, step = [found[0]], found[1]
                run.append(hits[j])
            elif k == prev_k:
                pass  # a second candidate on the same line
            else:
                break
            j += 1
        if len(run) >= MIN_RUN:
            yield run
            i = j
        else:
            i += 1
