"""Margin text printed sideways, which extractors shred into lines of one to
three characters.

A run of six or more such lines is margin text. Its pieces are put back
together (read forwards and backwards: rotated text often comes out
reversed) and, when the result reads as words, kept as a journal-name
candidate for the metadata pass.
"""
from __future__ import annotations

from ..casing import lower_tr
from ..document import BODY, Document
from ..lexicon import WORD_RE, best_zipf
from .front import ABSTRACT_LABELS, OCR_LABELS

NAME = "margin"
MAX_FRAGMENT = 3
MIN_RUN = 6
MIN_PIECE_RUN = 3  # a shorter run that spells part of margin text found elsewhere
MIN_STACK = 4  # one-word lines in a row, for margin text set a word a line


def _is_fragment(s: str) -> bool:
    return 0 < len(s) <= MAX_FRAGMENT


def _label(s: str) -> bool:
    """Is a short line an abstract's label as printed ("Öz", "ÖZ"; not
    "oz", which OCR or a shred may give)?"""
    return s[:1].isupper() and lower_tr(s) in ABSTRACT_LABELS and lower_tr(s) not in OCR_LABELS


def run(doc: Document) -> None:
    lines = doc.lines
    candidates: list[str] = []
    short_runs: list[list] = []
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].role != BODY or not _is_fragment(doc.line_text(lines[i])):
            i += 1
            continue
        j = i
        while j < n and lines[j].role == BODY and _is_fragment(doc.line_text(lines[j])) \
                and lines[j].page == lines[i].page:
            j += 1
        run_lines = lines[i:j]
        # a page number next to the margin (several digits on one line) is not
        # part of the shredded string
        while run_lines and doc.line_text(run_lines[0]).isdigit() and len(doc.line_text(run_lines[0])) > 1:
            run_lines = run_lines[1:]
        while run_lines and doc.line_text(run_lines[-1]).isdigit() and len(doc.line_text(run_lines[-1])) > 1:
            run_lines = run_lines[:-1]
        # nor is an abstract's label ("Öz") right above or below it
        while run_lines and _label(doc.line_text(run_lines[0])):
            run_lines = run_lines[1:]
        while run_lines and _label(doc.line_text(run_lines[-1])):
            run_lines = run_lines[:-1]
        if len(run_lines) >= MIN_RUN:
            assembled = _assemble(doc, run_lines)
            for ln in run_lines:
                doc.remove_line(ln, "margin-text", NAME)
            if assembled:
                candidates.append(assembled)
        elif len(run_lines) >= MIN_PIECE_RUN:
            short_runs.append(run_lines)
        i = j
    candidates += _reversed_words(doc)
    candidates += _stacked_words(doc)
    _pieces_of(doc, short_runs, candidates)
    if candidates:
        doc.layout.setdefault("margin_text", candidates)


def _pieces_of(doc: Document, runs: list[list], candidates: list[str]) -> None:
    """A run too short to be margin text by itself ("2", "2", "0", "2":
    the year of "Dergisi - 2022", cut off from its words where the page's
    text came between) is margin text where it spells part of the margin
    text found elsewhere, forwards or backwards."""
    spelled = [c.replace(" ", "") for c in candidates]
    if not spelled:
        return
    for run_lines in runs:
        if any(ln.role != BODY for ln in run_lines):
            continue  # (taken as words set a line each)
        joined = "".join(doc.line_text(ln).strip() for ln in run_lines)
        if any(joined in c or joined[::-1] in c for c in spelled):
            for ln in run_lines:
                doc.remove_line(ln, "margin-text", NAME)


def _reversed_words(doc: Document) -> list[str]:
    """Rotated margin text that an extractor printed a word a line, each
    word spelled backwards (",isigreD" / "ıralamrıtşarA" / "mulpoT"): a run
    of one-token lines, three or more of which read as words only
    backwards; short tokens between them ("ev", ")3(81") belong to it."""
    found: list[str] = []
    lines = doc.lines
    i, n = 0, len(lines)
    while i < n:
        j = i
        back = 0
        while j < n and lines[j].role == BODY and lines[j].page == lines[i].page:
            kind = _token_kind(doc.line_text(lines[j]))
            if kind is None:
                break
            back += kind == "back"
            j += 1
        # a page number next to the run is not part of it
        a, b = i, j
        while a < b and doc.line_text(lines[a]).isdigit():
            a += 1
        while b > a and doc.line_text(lines[b - 1]).isdigit():
            b -= 1
        run = lines[a:b]
        if back >= 3:
            for ln in run:
                doc.remove_line(ln, "margin-text", NAME)
            text = " ".join(doc.line_text(ln) for ln in run)[::-1]
            found.append(" ".join(text.split()))
        # a run that failed fails from any later start inside it too
        i = max(j, i + 1)
    return found


def _stacked_words(doc: Document) -> list[str]:
    """Rotated margin text that an extractor printed a word a line, in
    reading order ("Journal" / "of" / "Sciences," / "Vol." / "31,"): a run
    of one-token lines that spells what the document prints elsewhere on
    one line (the running header), or that recurs word for word."""
    lines = doc.lines
    text = doc.text
    runs: list[tuple[str, list]] = []
    stubs: list[list] = []  # shorter runs at a page's edge
    i, n = 0, len(lines)
    while i < n:
        j = i
        # (the run may cross a page break: pdftotext -raw prints a page's
        # margin text where its last line meets the next page's first)
        while j < n and lines[j].role == BODY and _one_token(text, lines[j]):
            j += 1
        # a page number set next to the run is no part of it
        first = i
        while first < j and doc.line_text(lines[first]).isdigit():
            first += 1
        run = lines[first:j]
        if len(run) >= MIN_STACK:
            runs.append((" ".join(doc.line_text(ln) for ln in run), run))
        elif run and (i == 0 or j == n or lines[j].page != run[-1].page or run[0].page != lines[i - 1].page):
            stubs.append(run)
        i = max(j, i + 1)
    if not runs:
        return []
    seen: dict[str, int] = {}
    # the lines of text around each copy (past the margin text's own scraps,
    # the year beside it): margin text stands among other lines on each
    # page, a passage emitted twice among the same ones
    around: dict[str, set[tuple[str, str]]] = {}
    for joined, run in runs:
        seen[joined] = seen.get(joined, 0) + 1
        k, m = doc.line_index(run[0]) - 1, doc.line_index(run[-1]) + 1
        while k >= 0 and _one_token(text, lines[k]):
            k -= 1
        while m < n and _one_token(text, lines[m]):
            m += 1
        around.setdefault(joined, set()).add((doc.line_text(lines[k]).strip() if k >= 0 else "",
                                              doc.line_text(lines[m]).strip() if m < n else ""))
    found = []
    for joined, run in runs:
        # the run may begin with a paragraph's last word on a line of its own
        for skip in range(3):
            part = run[skip:]
            if len(part) < MIN_STACK:
                break
            joined = " ".join(doc.line_text(ln) for ln in part)
            recurs = seen.get(joined, 0) >= 2 and (skip or len(around[joined]) > 1)
            if recurs or _printed_elsewhere(text, joined, part[0].start, part[-1].end):
                for ln in part:
                    doc.remove_line(ln, "margin-text", NAME)
                found.append(joined)
                break
    # the margin text's first or last words left alone at a page's edge
    # (the document's last page, where the rest went unprinted)
    for run in stubs:
        joined = " ".join(doc.line_text(ln) for ln in run)
        if any(f != joined and (f.startswith(joined + " ") or f.endswith(" " + joined)) for f in found):
            for ln in run:
                doc.remove_line(ln, "margin-text", NAME)
    return found


def _one_token(text: str, ln) -> bool:
    return ln.end - ln.start <= 25 and text.find(" ", ln.start, ln.end) < 0 and text.find("\t", ln.start, ln.end) < 0


def _printed_elsewhere(text: str, joined: str, start: int, end: int) -> bool:
    """Does `joined` stand on one line somewhere outside [start, end)?"""
    k = text.find(joined)
    while k >= 0:
        if (k < start or k >= end) and "\n" not in text[k:k + len(joined)]:
            return True
        k = text.find(joined, k + 1)
    return False


def _token_kind(t: str) -> str | None:
    """'back' for a word spelled backwards, 'short' for a short token that
    may sit in such a run, None otherwise."""
    if " " in t or not t:
        return None
    if _backwards_word(t):
        return "back"
    if len(t) <= 3 or not any(c.isalpha() for c in t) or len(t) <= 6 and not t.isalpha():
        return "short"
    return None


def _backwards_word(t: str) -> bool:
    """One short token that is a word read backwards and not forwards."""
    if " " in t or not 2 <= len(t) <= 20:
        return False
    forward = _wordiness(t)
    backward = _wordiness(t[::-1])
    return backward > 0.5 and forward == 0


def _assemble(doc: Document, run_lines) -> str:
    text = doc.text
    raws = []
    for ln in run_lines:
        ls = text.rfind("\n", 0, ln.start) + 1
        le = text.find("\n", ln.end)
        le = len(text) if le < 0 else le
        raws.append((text[ls:le], ln.blank_before))
    spaced = any(r != r.strip() for r, _ in raws)
    parts = []
    for k, (raw, blank) in enumerate(raws):
        if not spaced and blank and k:
            parts.append(" ")
        parts.append(raw if spaced else raw.strip())
    forward = " ".join("".join(parts).split())
    backward = " ".join("".join(parts)[::-1].split())
    return max((forward, backward), key=_wordiness)


def _wordiness(s: str) -> float:
    words = WORD_RE.findall(s)
    if not words:
        return 0.0
    return sum(best_zipf(w.lower(), ("en", "tr")) > 1.5 for w in words) / len(words)
