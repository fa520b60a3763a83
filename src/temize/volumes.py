"""A journal's volume, issue, year and pages as printed in a masthead or a
running header, in whatever order and language the journal sets them:
"Cilt 12, Sayı 3, 2019, s. 112-130", "Vol. 5, No. 2 (2020), pp. 1-20",
"Volume 14/3 2019", "12(3): 45–67, 2019", "Kış/2019, sayı 88".

`volume_parts` reads a text made wholly of such parts; `journal_and_volume`
reads a journal's name followed by them. Both leave prose alone: every
part must be labelled, bracketed or a year, and nothing else may remain.
"""
from __future__ import annotations

import regex

from .knowledge.calendars import month_names


def _labelled(word: str, value: str) -> str:
    """A label, perhaps in two languages ("Cilt/Volume: 38"), then its value."""
    return rf"{word}(?:\s*/\s*{word})?\s*[:.]?\s*{value}"


_YEAR_NUMBER = r"(?:1[89]|20)\d\d"
# a volume in figures or Roman numerals ("C. LXXXIII"), perhaps with its
# issue after a slash ("Volume 14/3")
_VOLUME_WORDS = r"(?:vol(?:ume)?\.?|cilt|c\.)"
_ISSUE_WORDS = r"(?:no\.?|issue|iss\.?|sayı|s\.|number)"
_VOL = _labelled(_VOLUME_WORDS,
                 r"(?P<volume>\d{1,4}|[IVXLC]{1,8}(?![\p{L}\d]))(?:\s*/\s*(?P<issue>\d{1,4})(?!\d))?")
_ISS = _labelled(_ISSUE_WORDS, r"(?P<issue>\d{1,4}(?:\s*[-/]\s*\d{1,4})?)")
# unlabelled, the volume with its issue in brackets ("12(3)"), not a year,
# or a Roman volume with its issue after a slash ("XXXIV/1")
_BRACKETED = (rf"(?P<bracketed>(?P<volume>\d{{1,4}})\s*\((?!{_YEAR_NUMBER}\))(?P<issue>\d{{1,4}}(?:\s*[-/]\s*\d{{1,4}})?)\)"
              r"|(?P<volume>(?-i:[IVXLC]{2,8}))/(?P<issue>\d{1,4})(?!\d))")
_YEAR = rf"(?:{_labelled(r'(?:yıl|year)', '')})?\(?(?P<year>{_YEAR_NUMBER})\)?(?!\d)"
_PAGES = _labelled(r"(?:pp?\.|ss?\.|sayfa|pages?)", r"(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5})")
# pages without a label, after a colon or at the end ("12(3): 45–67")
_BARE_PAGES = r"(?P<bare_pages>(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5})(?!\d))"
# an issue's months or season: "Ocak-Haziran", "Spring", "Güz"
_SEASONS = ("bahar", "güz", "kış", "yaz", "spring", "summer", "autumn", "fall", "winter")
_MONTH = "|".join(regex.escape(n) for n in sorted(set(month_names()) | set(_SEASONS), key=len, reverse=True))
_MONTH_WORD = rf"(?:{_MONTH})\.?(?:\s*[-–/]\s*(?:{_MONTH})\.?)?(?!\p{{L}})"
VOLUME_PART = regex.compile(rf"{_VOL}|{_PAGES}|{_ISS}|{_BRACKETED}|{_YEAR}|{_MONTH_WORD}|{_BARE_PAGES}",
                            regex.I | regex.V1)
VOLUME_SEP = regex.compile(r"[\s,;:|•·/()\-–]*")
# what a journal line holds that sets its parts in another order than the
# fixed shapes a running header is read in first (see `passes.headers`): a
# volume's or an issue's label, or a volume with its issue ("12(3)",
# "14/3", "XXXIV/1"); and a label with its value, which no journal's name
# holds (a shape that took it into the name read the line wrong)
_LABEL = rf"(?<!\p{{L}})(?:{_VOLUME_WORDS}|{_ISSUE_WORDS})"
VOLUME_HINT = regex.compile(rf"(?i){_LABEL}|\d\s*[(/]\s*\d|(?-i:[IVXLC])/\d")
LABEL_WITH_VALUE = regex.compile(rf"(?i){_LABEL}\s*[:.]?\s*(?:\d|[IVXLC]+\b)")
# where a journal's name may end: after a letter or an abbreviation's stop
NAME_END = regex.compile(r"[\p{L}\p{M}.]$")
NAME_WORD = regex.compile(r"\p{L}{3,}")
MAX_NAME = 150
INITIAL_AFTER_COMMA = regex.compile(r",\s*\p{Lu}\.")


def volume_parts(t: str, labelled: bool = False) -> dict[str, str] | None:
    """{volume, issue, year, pages} of a text wholly made of such parts, with
    a volume or an issue among them; None otherwise. `labelled`: volume,
    issue and pages must carry their labels (a line alone on a page may be
    a scrap of text set sideways in the margin: "28(3),")."""
    values: dict[str, str] = {}
    pos = 0
    bare_pages = False
    while pos < len(t):
        pos = VOLUME_SEP.match(t, pos).end()
        if pos >= len(t):
            break
        m = VOLUME_PART.match(t, pos)
        if not m or m.end() == pos:
            return None
        if labelled and (m.group("bracketed") or m.group("bare_pages")):
            return None
        if m.group("volume") and regex.fullmatch(_YEAR_NUMBER, m.group("volume")):
            return None  # a year after an initial ("Chevalier, C. 1981"), not a volume
        for key in ("volume", "issue", "year", "pages"):
            if m.group(key) and key not in values:
                values[key] = " ".join(m.group(key).split())
        bare_pages |= m.group("bare_pages") is not None
        pos = m.end()
    if "volume" not in values and "issue" not in values:
        return None
    if bare_pages and "volume" not in values:
        return None  # a range alone beside an issue may be anything ("Sayı 3, 10-12")
    return values


def journal_and_volume(s: str) -> dict[str, str] | None:
    """{journal, volume, issue, year, pages} of a journal's name followed by
    its volume parts ("bilig, Kış/2019, sayı 88"); the name is the shortest
    opening that leaves volume parts alone after it."""
    for m in regex.finditer(r"(?<=\S)[\s,;:|•·/]+(?=\S)", s):
        name = s[:m.start()].strip(" ,;:|•·/-–")
        if len(name) > MAX_NAME:
            break
        if not NAME_END.search(name) or not NAME_WORD.search(name) or any(c.isdigit() for c in name) \
                or INITIAL_AFTER_COMMA.search(name):
            continue  # (no name, or a reference's authors: "Motch, C., Ilovaisky, S.A.")
        parts = volume_parts(s[m.end():])
        if parts is not None:
            return {"journal": name, **parts}
    return None
