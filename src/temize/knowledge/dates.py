"""Dates in Turkish and English text, normalised to ISO 8601 (Gregorian).

Forms: "24 Kasım 1917’de", "Ekim 1917", "1919 Eylülü’nde", "March 3, 1918",
"3 March 1918", "11.02.1926", "22/02/2016", "2016-11", "1917’de",
"1877-1878 yıllarında", "(1919-1922)", "in 1917", "1935 tarihli"; Ottoman
and Republican-era month names ("Teşrinievvel", "Sonteşrin"), Rumi and
Hijri dates. A marker ("R.", "Rumi", "H.", "Hicri") or a printed gloss
("1.03.1340 (1924)") decides the calendar; without one, a Hijri month name
means Hijri, and a year between 1200 and 1342 beside a Turkish month name
or in a numeric date means Rumi.

Not dates: years inside citations, page numbers and ranges ("s.460-463"),
publication years in references ("Ankara 1928, s.460"), durations and
counts ("üç yıl", "300 years").
"""
from __future__ import annotations

import regex

from .calendars import GREGORIAN, HIJRI, RUMI, convert, month, month_names
from .citations import extract_citations

_MONTH_ALT = "|".join(regex.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"-?") for n in month_names())
# a month name, perhaps with a possessive ("Eylülü") and a suffix ("’nde")
MONTH = rf"(?P<month>(?:{_MONTH_ALT}))(?:[ıiuü](?=[’'\s]|n))?(?:[’']?\p{{Ll}}+)?"
GLOSS_MONTH = r"(?:\s*\(\s*\p{L}+\s*\))?"
SUFFIX = r"(?:[’']\p{Ll}+)?"
YEAR4 = r"(?P<year>\d{4})"
YEAR34 = r"(?P<year>\d{3,4})"
MARKER = r"(?:\s*\(?\s*(?P<marker>R\.|Rumi|Rûmî|H\.|Hicri|Hicrî|M\.|Miladi|Milâdî|AH|CE|AD)\s*\)?)?"
GLOSS = r"(?:\s*\(\s*(?P<gloss>\d{4})\s*\))?"

PATTERNS = [
    # 15-16 Mart 1923: a range of days
    ("ddmy", regex.compile(rf"(?<![\d.])(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<day>\d{{1,2}})\.?\s+{MONTH}\s+{YEAR4}(?!\d)")),
    # 1923 yılının Mart ayında
    ("yılay", regex.compile(rf"(?<![\d.])\b{YEAR4}\s+(?:yılı|senesi)(?:nın|nin)?\s+{MONTH}\s+ay")),
    # 24 Kasım 1917, 10 Sonteşrin (Kasım) 1935, 1 Muharrem 1340 (H.), 12th January 2015
    ("dmy", regex.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?{GLOSS_MONTH}\s+{YEAR34}(?!\d){SUFFIX}{MARKER}{GLOSS}",
                          )),
    # March 3, 1918; January 12th, 2015
    ("mdy", regex.compile(rf"\b(?=\p{{Lu}}){MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR4}(?!\d)")),
    # Ekim 1917, March 1918
    ("my", regex.compile(rf"(?<![\d.])(?<!\d\s)\b(?=\p{{Lu}}){MONTH}{GLOSS_MONTH}\s+{YEAR34}(?!\d){SUFFIX}{MARKER}{GLOSS}",
                         )),
    # 1919 Eylülü’nde
    ("ym", regex.compile(rf"(?<![\d.:])\b{YEAR4}\s+{MONTH}(?!\s+\d)")),
    # 11.02.1926, 1.03.1340 (1924), 22/02/2016
    ("num", regex.compile(rf"(?<![\d.:/])(?P<day>\d{{1,2}})(?P<sep>[./])(?P<mon>\d{{1,2}})(?P=sep){YEAR34}(?![\d/]){MARKER}{GLOSS}",
                          )),
    # 2016-11-24, 2016-11
    ("iso", regex.compile(r"(?<![\d\-:])(?P<year>(?:1[5-9]|20)\d\d)-(?P<mon>0[1-9]|1[0-2])(?:-(?P<day>[0-3]\d))?(?![\d\-])")),
    # 1877-1878 yıllarında, (1919-1922)
    ("range", regex.compile(r"(?<![\d.:/\-])(?P<y1>1[0-9]\d\d|20\d\d)\s*[-–]\s*\n?\s*(?P<y2>1[0-9]\d\d|20\d\d)(?![\d\-])(?P<after>[’']\p{Ll}+|\)|\s+(?:yıl|sene|years?)\p{L}*)?",
                            )),
    # 1917’de, 1945 yılı, 1935 tarihli, in 1917, (1924): found by the bare
    # year, its context checked after (an optional prefix in the pattern
    # would be tried at every position of the text)
    ("year", regex.compile(r"(?<![\d.:/\-,])(?P<year>1[0-9]\d\d|20\d\d)(?![\d\-])"
                           r"(?P<after>[’']\p{Ll}+|\s+(?:yıl|sene|tarih|senesi)\p{L}*|\))?")),
]

# "Belloni, T. 2001 Nature 414": a reference list's publication year
REFERENCE_BEFORE = regex.compile(r"(?:\b\p{Lu}\.|et al\.?|&|,)\s*$")
NAME_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}")
PRE_YEAR = regex.compile(r"(?:\b(?:[Ii]n|[Ss]ince|by|[Ff]rom|[Uu]ntil|till|[Dd]uring|around|circa|c\.|ca\.)\s+|(\())$")
_HAS_YEAR = regex.compile(r"\d{3}")
RUMI_YEARS = range(1200, 1343)
HIJRI_YEARS = range(1100, 1500)
BIBLIO_AFTER = regex.compile(r"^\s*,\s*(?:s|ss|p|pp)\.\s*\d")


def _calendar(y: int, marker: str | None, gloss: str | None, implied: str | None, numeric: bool) -> str:
    if marker:
        m = marker.lower().rstrip(".")
        if m in ("r", "rumi", "rûmî"):
            return RUMI
        if m in ("h", "hicri", "hicrî", "ah"):
            return HIJRI
        return GREGORIAN
    if gloss:
        g = int(gloss)
        if abs((y + 584) - g) <= 1:
            return RUMI
        if y in HIJRI_YEARS and abs(convert(HIJRI, y, None, None) and int(convert(HIJRI, y, None, None)) - g) <= 1:
            return HIJRI
        return GREGORIAN
    if implied == HIJRI:
        return HIJRI
    if y in RUMI_YEARS and (numeric or implied is None):
        return RUMI
    return GREGORIAN


def extract_dates(text: str, lang: str = "tr", citations: list[dict] | None = None) -> list[dict]:
    """Dates in `text`: [{"text", "value", "start", "end", "calendar"}], in order.

    Years inside citations are not dates; pass the text's `citations` if
    they are already known, else they are found here."""
    if citations is None:
        citations = extract_citations(text, lang)
    blocked = [(c["start"], c["end"]) for c in citations]
    out: list[dict] = []
    if not _HAS_YEAR.search(text):
        return out

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in blocked)

    def add(s: int, e: int, value: str | None, calendar: str) -> None:
        if value is None:
            return
        raw = text[s:e]
        out.append({"text": raw, "value": value, "start": s, "end": e, "calendar": calendar})
        blocked.append((s, e))

    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            if kind == "ddmy":
                mo = month(m.group("month"))
                y, d1, d2 = int(m.group("year")), int(m.group("d1")), int(m.group("day"))
                if mo is None or not d1 < d2:
                    continue
                cal = _calendar(y, None, None, mo[1], False)
                a, b = convert(cal, y, mo[0], d1), convert(cal, y, mo[0], d2)
                if a and b:
                    add(s, m.end("year"), f"{a}/{b}", cal)
                continue
            if kind == "yılay":
                mo = month(m.group("month"))
                if mo is not None:
                    add(s, m.end("month"), convert(GREGORIAN, int(m.group("year")), mo[0], None), GREGORIAN)
                    blocked.append((s, e))
                continue
            if kind in ("dmy", "mdy", "my", "ym"):
                mo = month(m.group("month"))
                if mo is None:
                    continue
                y = int(m.group("year"))
                d = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
                cal = _calendar(y, m.groupdict().get("marker"), m.groupdict().get("gloss"), mo[1], False)
                if cal == GREGORIAN and not 1000 <= y <= 2099:
                    continue
                if kind == "my" and cal == GREGORIAN and y < 1500:
                    continue
                # the date's text is the date as printed, without a case
                # suffix, a calendar marker or a gloss ("24 Kasım 1917")
                end = m.end("month") if kind == "ym" else m.end("year")
                add(s, end, convert(cal, y, mo[0], d), cal)
                blocked.append((s, e))  # the gloss is not a second date
            elif kind == "num":
                y = int(m.group("year"))
                d, mo_n = int(m.group("day")), int(m.group("mon"))
                if len(m.group("year")) == 3 or not 1 <= mo_n <= 12:
                    continue
                cal = _calendar(y, m.group("marker"), m.group("gloss"), None, True)
                if cal == GREGORIAN and not 1500 <= y <= 2099:
                    continue
                add(s, m.end("year"), convert(cal, y, mo_n, d), cal)
                blocked.append((s, e))
            elif kind == "iso":
                d = int(m.group("day")) if m.group("day") else None
                add(s, e, convert(GREGORIAN, int(m.group("year")), int(m.group("mon")), d), GREGORIAN)
            elif kind == "range":
                y1, y2 = int(m.group("y1")), int(m.group("y2"))
                if not (y1 < y2 <= y1 + 200) or not m.group("after") and not _in_parens(text, s, e):
                    continue
                add(s, m.end("y2"), f"{y1:04d}/{y2:04d}", GREGORIAN)
            elif kind == "year":
                y = int(m.group("year"))
                after = m.group("after")
                p = PRE_YEAR.search(text, max(0, s - 12), s)
                pre = p.group(0).strip() if p else None
                if not (pre or after):
                    # "1925 Dostluk ve Tarafsızlık Antlaşması", "the 1921
                    # Constitution": a year naming what follows
                    if not (1800 <= y <= 2030 and NAME_AFTER.match(text, m.end("year"))) \
                            or REFERENCE_BEFORE.search(text, max(0, s - 16), s):
                        continue
                if pre == "(" and after != ")":
                    continue
                if BIBLIO_AFTER.match(text, m.end("year")):
                    continue
                # a Turkish case suffix or "yılı" marks a year for sure; an
                # English preposition only for years in the usual range
                if not 1000 <= y <= 2099 or (not after and y < 1500):
                    continue
                add(m.start("year"), m.end("year"), f"{y:04d}", GREGORIAN)
    out.sort(key=lambda d: d["start"])
    return out


def _in_parens(text: str, s: int, e: int) -> bool:
    return s > 0 and text[s - 1] == "(" and e < len(text) and text[e:e + 1] == ")"
