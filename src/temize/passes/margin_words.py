"""Words of the rotated margin text that an extractor sorting by position
glued into the running lines (PyMuPDF's sorted text): "… is the
boundaryPhysics", "… the entire futureApplied      history of …",
"in     now due to …". Read down the page they spell the running header
backwards (or forwards), a word or two a line.

A word is taken out only as part of such a run: three or more lines in a
row (a line or two may lie between) that end (or begin) with the next word
of the header, glued to the text or set off by a wide gap.
"""
from __future__ import annotations

import regex

from ..document import BODY, Document

NAME = "margin_words"

MIN_RUN = 3
MAX_GAP = 2  # lines between two words of a run
# a word opening a line before a wide gap (a word glued to a line's end, or
# to a token before a wide gap and the next printed line, is found by
# looking at those tokens)
WIDE_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
HEAD = regex.compile(r"^(?P<w>\S+) {3,}(?=\S)")


def run(doc: Document) -> None:
    words = _header_words(doc)
    if len(words) < MIN_RUN:
        return
    # the margin may print the name without the header's commas
    wanted = set(words) | {w.rstrip(",;:") for w in words}
    body = [ln for ln in doc.lines if ln.role == BODY]
    hits: list[tuple[int, str, int, int]] = []  # (line index, word, start, end)
    last_chars = {w[-1] for w in wanted}
    longest = max(len(w) for w in wanted)
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
        if t in wanted:
            hits.append((k, t, ln.start, ln.end))  # a word on a line of its own
            continue
        if gap:
            m = HEAD.match(t)
            if m and m.group("w") in wanted:
                hits.append((k, m.group("w"), ln.start + m.start("w"), ln.start + m.end("w")))
                continue
        # tokens that end the line or stand before a wide gap
        ends = [len(t)] + ([m.start() for m in WIDE_GAP.finditer(t)] if gap else [])
        for end in ends:
            start = max(t.rfind(" ", 0, end), t.rfind("\t", 0, end)) + 1
            token = t[start:end]
            for cand in wanted:
                if len(cand) < len(token) and token.endswith(cand) and _glued(token, cand):
                    hits.append((k, cand, ln.start + end - len(cand), ln.start + end))
                    break
    for run_hits in _runs(hits, words):
        for _k, _w, s, e in run_hits:
            doc.remove_span(s, e, "margin-text", NAME)


def _glued(token: str, word: str) -> bool:
    """Does `word` sit glued at the end of `token`, after a lower-case
    letter or punctuation of the text ("boundaryPhysics", "consistent(2022)")?"""
    before = token[len(token) - len(word) - 1]
    # (after a lower-case letter or punctuation; after a capital only a
    # one-letter word: "IApplied")
    return (before.islower() or before in ".,;:!?)]”’\"'" or len(token) == len(word) + 1) \
        and (word[0].isupper() or not word[0].isalpha())


def _header_words(doc: Document) -> list[str]:
    """The words of the document's running header (the longest removed one)."""
    headers = [doc.text[r.start:r.end] for r in doc.removed if r.reason in ("running-header", "margin-text")]
    if not headers:
        return []
    return max(headers, key=len).split()


def _runs(hits: list[tuple[int, str, int, int]], words: list[str]):
    """Runs of hits on nearby lines that spell consecutive header words, in
    either direction."""
    order = {}
    for i, w in enumerate(words):
        order.setdefault(w, i)
        order.setdefault(w.rstrip(",;:"), i)
    hits.sort()
    i = 0
    while i < len(hits):
        run = [hits[i]]
        step = 0
        j = i + 1
        while j < len(hits):
            k, w = hits[j][0], hits[j][1]
            prev_k, prev_w = run[-1][0], run[-1][1]
            if k - prev_k > MAX_GAP + 1:
                break
            d = order[w] - order[prev_w]
            if d in (1, -1) and (step == 0 or d == step):
                step = d
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
