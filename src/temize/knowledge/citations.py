"""Author-year citations in Turkish and English styles.

Parenthetical: "(Kurat,1990:232-233,Yavuz, 1995:207-232)", "(bknz:Kılıç, 1998)",
"(Armaoğlu:1987:309)", "(Cebesoy 1955:134)", "(Smith and Jones 2003, p. 12;
Lee et al., 2010a)". Narrative: "Kurat (1990)", "Smith et al. (2010: 45)".
Footnote style: "Kâmuran Gürün, a.g.e, s.276-277" (a.g.e. / op. cit. points
back to the author's last cited work).

A parenthesis is a citation only when it holds a capitalised name followed
by a year; "(Kunduh)", "(BMM)", "(1919-1922)", "(Kars, Ardahan)" are not.
Each citation carries its raw text, offsets into the text, and refs of
{author, year, pages}.
"""
from __future__ import annotations

import regex

from ..casing import lower_tr
from ..lexicon import zipf
from .calendars import month

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}’'\-]*\p{L}"
PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "el", "al")
_PARTICLE = rf"(?:(?:{'|'.join(PARTICLES)})\s+)"
NAME = rf"{_PARTICLE}?{_NAME_WORD}(?:\s+{_NAME_WORD})?"
AUTHORS = (rf"(?P<author>{NAME}(?:\s*,\s*{NAME})*?(?:\s*(?:,\s*)?(?:and|ve|&|und|et)\s+{NAME})?)"
           rf"(?P<etal>\s*(?:et\s+al\.?|vd\.?|ve\s+ark\.?|ve\s+diğerleri))?")
YEAR = r"(?P<year>1[5-9]\d\d[a-z]?|20\d\d[a-z]?)(?![\d])"
PAGES = r"(?P<pages>\d+(?:\s*[-–]\s*\n?\s*\d+)?)"
PAGE_PREFIX = r"(?:(?:s|ss|p|pp|vol|c|cilt)\.\s*)?"
# one reference inside a parenthesis: Name[,:]? Year[:,] pages
REF = regex.compile(
    rf"{AUTHORS}\s*[,:]?\s*{YEAR}(?:\s*[:,]\s*{PAGE_PREFIX}{PAGES}(?!\s*[,:]?\s*\d{{4}}))?",
    regex.V1)
# a bare year after a reference's year, as in "(Motch et al. 1981,1983)"
EXTRA_YEAR = regex.compile(rf"\s*[,;]\s*{YEAR}")
PREFIX = regex.compile(r"^\s*(?:bknz|bkz|bk|krş|karş|see|cf|e\.\s*g|vgl)\s*[.:,]?\s*", regex.I)
# narrative citations are found from their parenthesis backwards: the
# year in brackets first, then the name that ends right before it
NARRATIVE_YEAR = regex.compile(rf"\(\s*{YEAR}(?:\s*[:,]\s*{PAGE_PREFIX}{PAGES})?\s*\)", regex.V1)
NARRATIVE_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<author>{NAME}(?:\s+(?:and|ve|&)\s+{NAME})?)(?P<etal>\s+(?:et\s+al\.?|vd\.?))?(?:’\p{{L}}+)?\s*$",
    regex.V1)
IBID = regex.compile(
    rf"(?P<author>{NAME})\s*,\s*(?:a\.\s*g\.\s*e|a\.\s*g\.\s*m|op\.\s*cit|ibid)\.?\s*,?\s*(?:{PAGE_PREFIX}{PAGES})?",
    regex.V1)
# "bildirmiştirGürün,2010:37)": a citation whose opening parenthesis was lost
UNOPENED = regex.compile(rf"(?<=\p{{Ll}})(?P<author>{_NAME_WORD})\s*,\s*{YEAR}(?:\s*:\s*{PAGES})?\)", regex.V1)
# a capitalised word this common in lower case opens a sentence; it is no
# author's first name
OPENER_ZIPF = 4.5
STOP_NAMES = {"Table", "Tablo", "Figure", "Fig", "Şekil", "Section", "Bölüm", "Chapter", "Madde",
              "Article", "Eq", "Equation", "Vol", "No", "Cilt", "Sayı", "Page", "Sayfa", "In", "The"}


_AND = regex.compile(r"\s*(?:,\s*)?\b(?:and|ve|und|et)\b\s*|\s*&\s*|\s*,\s*")


def _ref(author: str, year: str, pages: str) -> dict:
    """A reference: `author` is the first author's name (how author-year
    indexes file a work), `authors` all of them as printed."""
    names = [n for n in _AND.split(author) if n]
    return {"author": names[0] if names else author, "authors": names or [author], "year": year, "pages": pages}


def _clean_pages(p: str | None) -> str:
    return regex.sub(r"\s+", "", p or "").replace("–", "-")


def _author(m) -> str:
    return " ".join(m.group("author").split())


def _year_or_pages(author: str, year: str, pages: str | None, sep: str) -> list[dict]:
    """One ref, or two when the "pages" are a second year: "(Motch et al.
    1981,1983)" cites two works."""
    p = _clean_pages(pages)
    if regex.fullmatch(r"(?:1[5-9]|20)\d\d[a-z]?", p) and ":" not in sep:
        return [_ref(author, year, ""), _ref(author, p, "")]
    return [_ref(author, year, p)]


def _refs_in(inner: str) -> list[dict]:
    refs = []
    for m in REF.finditer(inner):
        author = _author(m)
        if author.split()[0] in STOP_NAMES:
            continue
        if month(author) is not None and "," not in inner[m.end("author"):m.start("year")]:
            continue  # a date: "(24/25 Ekim 1919)", "(May 2003)"
        sep = inner[m.end("year"):m.start("pages")] if m.group("pages") else ""
        refs.extend(_year_or_pages(author, m.group("year"), m.group("pages"), sep))
        # further years of the same author: "(Motch et al. 1981, 1983)"
        pos = m.end()
        while True:
            e = EXTRA_YEAR.match(inner, pos)
            if not e:
                break
            refs.append(_ref(author, e.group("year"), ""))
            pos = e.end()
    return refs


_OPENER = regex.compile(r"(?P<word>\p{Lu}[\p{Ll}\p{M}]+)\s+(?=\p{Lu})", regex.V1)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;…]\s+|\n)\s*$", regex.V1)


def _past_sentence_opener(text: str, start: int, lang: str | None) -> int:
    """Where a narrative citation's name starts: past a common word that is
    capitalised only because it opens the sentence ("Sonra Özdemir (2001)",
    "Then Smith (1999)")."""
    m = _OPENER.match(text, start)
    if m and m.group("word").lower() not in PARTICLES and _SENTENCE_START.search(text, max(0, start - 3), start):
        # the text's own language only: "Said Halim" is a name in Turkish
        if zipf(lower_tr(m.group("word")), lang or "en") >= OPENER_ZIPF:
            return m.end()
    return start


_PAREN = regex.compile(r"[()]")
# a cheap test that lets the costlier pattern skip text it cannot match
_IBID_HINT = regex.compile(r"a\.\s*g\.\s*[em]|op\.\s*cit|ibid", regex.I)


def _ibid_hint(text: str) -> bool:
    low = text.lower()
    return ("a.g" in low or "a. g" in low or "op." in low or "ibid" in low) and _IBID_HINT.search(text) is not None


def _parens(text: str):
    """Spans of balanced parentheses (innermost content kept whole)."""
    stack = []
    for m in _PAREN.finditer(text):
        i = m.start()
        if m.group() == "(":
            stack.append(i)
        elif stack:
            s = stack.pop()
            if not stack:
                yield s, i + 1


def extract_citations(text: str, lang: str | None = None, memory: dict[str, str] | None = None) -> list[dict]:
    """Citations in `text`: [{"raw", "start", "end", "refs": [{author, year, pages}]}].

    `memory` (surname -> year of the last work cited) carries what an
    "a.g.e." refers to from one call to the next, e.g. from the body to a
    footnote; it is updated in place."""
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    for s, e in _parens(text):
        inner = text[s + 1:e - 1]
        if len(inner) > 400 or not regex.search(r"\d{4}", inner):
            continue
        body = PREFIX.sub("", inner)
        refs = _refs_in(body)
        if refs:
            out.append({"raw": text[s:e], "start": s, "end": e, "refs": refs})
            taken.append((s, e))
    for y in NARRATIVE_YEAR.finditer(text):
        if any(a <= y.start() < b for a, b in taken):
            continue
        m = NARRATIVE_NAME.search(text, max(0, y.start() - 80), y.start())
        if not m:
            continue
        start = _past_sentence_opener(text, m.start(), lang)
        author = " ".join(text[start:m.end("author")].split())
        if not author or author.split()[0] in STOP_NAMES:
            continue
        out.append({"raw": text[start:y.end()], "start": start, "end": y.end(),
                    "refs": _year_or_pages(author, y.group("year"), y.group("pages"),
                                           text[y.end("year"):y.start("pages")] if y.group("pages") else "")})
        taken.append((m.start(), y.end()))
    for m in (UNOPENED.finditer(text) if ")" in text else ()):
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append({"raw": m.group(0), "start": m.start(), "end": m.end(),
                    "refs": [_ref(m.group("author"), m.group("year"), _clean_pages(m.group("pages")))]})
        taken.append((m.start(), m.end()))
    out.sort(key=lambda c: c["start"])
    # a.g.e. / op. cit.: the author's most recent work cited before it
    last_year: dict[str, str] = memory if memory is not None else {}
    ibids = []
    for m in (IBID.finditer(text) if _ibid_hint(text) else ()):
        if not any(a <= m.start() < b for a, b in taken):
            ibids.append(m)
    events = [(c["start"], "cite", c) for c in out] + [(m.start(), "ibid", m) for m in ibids]
    if events:
        for _, kind, obj in sorted(events, key=lambda x: x[0]):
            if kind == "cite":
                for r in obj["refs"]:
                    for name in r["authors"]:
                        last_year[name.split()[-1]] = r["year"]
            else:
                author = _author(obj)
                surname = author.split()[-1]
                out.append({"raw": obj.group(0).rstrip(" ,;"), "start": obj.start(),
                            "end": obj.start() + len(obj.group(0).rstrip(" ,;")),
                            "refs": [_ref(surname, last_year.get(surname, ""), _clean_pages(obj.group("pages")))]})
        out.sort(key=lambda c: c["start"])
    return out
