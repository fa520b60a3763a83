"""Section headings and their levels.

Numbered headings ("1-", "1.", "2.1.", "II.", "A.") take their level from the
number; unnumbered ones are recognised from a list of common section names
(GİRİŞ, SONUÇ, Introduction, Conclusion, …) or as short all-capital lines.
A Roman numeral counts as much as a digit where the document numbers "I."
and "II." (alone, "I. Kant" may open a line of prose); a number without a
stop ("1 Introduction", LaTeX's default) where the document numbers its
sections so throughout. A document that numbers no section has its titles
told by shape and place: a short capitalised line without a stop, apart
from the text above, over a paragraph's first line (a line in title case
may be as long as prose); a title right under another is its first
subsection. A heading may wrap onto a second or third line.
"""
from __future__ import annotations

import regex

from ..casing import fold, is_upper_word, lower_tr, title_case
from ..diacritics import compose
from ..document import BODY, HEADING, REMOVED, Document, Line
from ..knowledge.dates import extract_dates
from ..layoutstats import full_width
from ..lexicon import best_zipf, lookup_langs
from ..marks import LINE_END_HYPHENS

NAME = "headings"

NUMBERED = regex.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<sep>\.?\s*[-–)]\s*|\.\s*|\s+)(?P<title>[\p{Lu}\p{N}“\"'(‘«].*)$")
BARE_NUMBER = regex.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\.?\s*[-–])$")  # "2." or "1-" alone
MAX_LONG_TITLE_WORDS = 16
INNER_NUMBER = regex.compile(r"(?<!\S)\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}")  # "… Work 4. Implementation"
NUMBER_OPENING = regex.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})")
# (the space after the number may be lost with the title's own, "II.MillîHareket"
# in pypdf's text, not before an initial: "V.I. Lenin")
ROMAN = regex.compile(r"^(?P<num>(?:X{0,3})(?:IX|IV|V?I{0,3}))\.(?:\s+|(?=\p{Lu}\p{Ll}{2}))(?P<title>\p{Lu}.*)$")
LETTER = regex.compile(r"^(?P<num>[A-H])\.\s+(?P<title>\p{Lu}.*)$")
# a subsection lettered under sections numbered in Roman numerals (IEEE:
# "II. Methods" over "A. Data"), where the document letters them so
LETTERED = regex.compile(r"^(?P<num>[A-Z])\.\s+(?P<title>[\p{Lu}\p{N}].*)$")

# a person's initials opening a line ("B. H. Steinle", "J. Smith and"): no letter of a subsection
INITIALS = regex.compile(r"^[A-Z]\.\s*(?:[A-Z]\.\s*)*(?P<name>\p{Lu}\p{Ll}+)(?:,|\s+(?:and|&|et|ve)\b|\s*$)")
COMMON_TITLE_WORD = 3.5  # zipf of a word no surname is as common as
# the heading over endnotes gathered at the article's end
NOTES_NAMES = frozenset(fold(s) for s in (
    "notes", "endnotes", "end notes", "notlar", "sonnotlar", "son notlar", "dipnotlar", "açıklamalar",
    "anmerkungen", "endnoten"))
SECTION_NAMES = NOTES_NAMES | {
    fold(s) for s in (
        "giriş", "sonuç", "sonuçlar", "sonuç ve değerlendirme", "değerlendirme", "tartışma",
        "kaynakça", "kaynaklar", "yöntem", "bulgular", "teşekkür", "ekler", "genel değerlendirme",
        "introduction", "conclusion", "conclusions", "discussion", "results", "methods", "method",
        "methodology", "related work", "background", "acknowledgements", "acknowledgments",
        "acknowledgement", "acknowledgment", "references", "bibliography", "appendix",
        "concluding remarks", "results and discussion", "materials and methods", "literature review",
        "einleitung", "fazit", "literatur", "conclusion générale", "bibliographie",
    )
}
TERMINAL = (".", ";", ",", ":")
# what an unnumbered title is made of (no formula, no sign)
TITLE_CHARS = regex.compile(r"[\p{L}\p{M}\d ,'’&()\-–:?/]+")
# lines that open so are captions and labels, not titles
CAPTION_WORDS = {fold(w) for w in (
    "figure", "fig", "table", "chart", "source", "note", "notes", "equation", "eq", "algorithm", "listing",
    "şekil", "tablo", "grafik", "resim", "kaynak", "not", "harita", "ek")}
FURNITURE = ("running-header", "page-number", "margin-text")
LONGEST_NAME = max(len(n) for n in SECTION_NAMES) + 6  # room for spaces, ":" and "."


def _title_follows(doc: Document, ln: Line, share: float = 0.65, also: tuple[str, ...] = ()) -> bool:
    """The line after ln is a short title (under `share` of the width):
    capitalised, no full stop; `also` lists other endings it may have."""
    lines = doc.lines
    k = doc.line_index(ln)
    if k + 1 >= len(lines):
        return False
    nxt = lines[k + 1]
    t = doc.line_text(nxt)
    return (nxt.role == "body" and not nxt.blank_before and t[:1].isupper()
            and len(t) < share * full_width(doc, nxt.column) and not t.endswith((".", ";"))
            and (not t.endswith(",") or "," in also))


def _alone(doc: Document, ln: Line) -> bool:
    """White space (or the page's furniture) above and below the line."""
    if not ln.blank_before:
        return False
    k = doc.line_index(ln)
    if k + 1 >= len(doc.lines):
        return True
    nxt = doc.lines[k + 1]
    return nxt.blank_before or nxt.role != "body" or nxt.page != ln.page


def _first_subsection_below(doc: Document, ln: Line, num: str) -> bool:
    """Does the line below open this section's first subsection ("3-" a
    long title, then "3.1. Çankaya, 25 Aralık 1922")?"""
    k = doc.line_index(ln)
    if k + 1 >= len(doc.lines):
        return False
    m = NUMBERED.match(doc.line_text(doc.lines[k + 1]))
    return m is not None and m.group("num") == num.rstrip(".") + ".1"


def _numbered_level(num: str) -> int:
    return len([p for p in num.split(".") if p])


def _numbered_title(doc: Document, ln: Line, t: str, title: str, width: float, num: str = "") -> bool:
    """Does the text after a section number read as a title, not as a
    numbered sentence of running text?"""
    if t.endswith((".", ";")) and not t.endswith("..."):
        return False
    if t.endswith(",") and not _title_follows(doc, ln, 0.8, ("-", ",")):
        return False  # an enumeration in running text, unless a title goes on below
    if len(title.split()) > 12 or (len(t) > 0.95 * width and len(title.split()) > 8):
        # a full line of prose, unless it stands alone between white
        # space (a long title on a line of its own)
        if len(title.split()) > 20 or not (_alone(doc, ln) or (num and _first_subsection_below(doc, ln, num))):
            return False
    return True


def _plain_numbering(doc: Document) -> bool:
    """Does the document number its sections without a stop ("1 Introduction",
    "2.1 Data", LaTeX's default)? Short lines so numbered show a section
    with its first subsection, or three sections in a row (1, 2 and 3;
    5.4, 5.5 and 5.6)."""
    found = doc.layout.get("_plain_numbering")
    if found is None:
        nums = set()
        for ln in doc.lines:
            if not doc.text[ln.start:ln.start + 1].isdigit() or ln.end - ln.start > 100:
                continue
            m = NUMBERED.match(doc.line_text(ln))
            if m and not m.group("sep").strip() and len(m.group("title").split()) <= 10 \
                    and not m.group("title").endswith(TERMINAL):
                nums.add(m.group("num"))
        found = doc.layout["_plain_numbering"] = any(
            ("." not in n and n + ".1" in nums) or (_following(n) in nums and _following(_following(n)) in nums)
            for n in nums)
    return found


def _following(num: str) -> str:
    """The next number at the same depth: "5.4" -> "5.5"."""
    head, _, last = num.rpartition(".")
    return (head + "." if head else "") + str(int(last) + 1)


def _roman_numbering(doc: Document) -> bool:
    """Do lines of the document open with "I. " and "II. " before a
    capitalised title (sections numbered in Roman numerals)?"""
    found = doc.layout.get("_roman_numbering")
    if found is None:
        nums = set()
        for ln in doc.lines:
            if doc.text[ln.start:ln.start + 1] == "I":
                m = ROMAN.match(doc.line_text(ln))
                if m:
                    nums.add(m.group("num"))
        found = doc.layout["_roman_numbering"] = {"I", "II"} <= nums
    return found


def _initials(doc: Document, t: str) -> bool:
    """Does the line open with a person's initials and surname ("B. H.
    Steinle,", "J. Smith and")? A common word after the letter is a title's
    ("A. Implementation")."""
    m = INITIALS.match(t)
    return m is not None and best_zipf(m.group("name").lower(), lookup_langs(doc.lang)) < COMMON_TITLE_WORD


def _lettered_subsections(doc: Document) -> bool:
    """Do short lines of the document open with "A. " and then "B. " before
    a title, or "A. " right under a section's Roman number (subsections
    lettered in order)?"""
    found = doc.layout.get("_lettered")
    if found is None:
        seen = []
        under_section = False
        since_section = 99  # lines since the last one that opens with a Roman number
        for ln in doc.lines:
            t = doc.line_text(ln)
            since_section += 1
            if t[:1] in "AB" and ln.end - ln.start < 100 and (m := LETTERED.match(t)) and not _initials(doc, t):
                seen.append(m.group("num"))
                # (a title may wrap onto a few lines above it: a long one in a
                # narrow column onto five)
                under_section |= m.group("num") == "A" and since_section <= MAX_TITLE_LINES
            elif t[:1] in "IVX" and ROMAN.match(t):
                since_section = 0
        found = doc.layout["_lettered"] = under_section or ("A" in seen and "B" in seen[seen.index("A"):])
    return found


def _letter_marks(doc: Document) -> tuple[list[int], dict[int, str], dict[int, int]]:
    """The short lines that open with a capital and a stop, and those
    numbered in Roman, in order: (their ids, each one's letter or "" for a
    Roman number, each one's position). "I.", "V.", "X." right after the
    letter before them ("I." after "H.") are letters, else Roman numbers."""
    found = doc.layout.get("_letter_marks")
    if found is None:
        marks: dict[int, str] = {}
        last = ""
        for other in doc.lines:
            t = doc.line_text(other)
            if len(t) >= 100:
                continue
            if m := LETTERED.match(t):
                letter = m.group("num")
                roman = ROMAN.match(t) is not None and not (last and ord(letter) == ord(last) + 1)
                marks[id(other)] = last = "" if roman else letter
            elif t[:1] in "IVX" and ROMAN.match(t):
                marks[id(other)] = last = ""
        order = list(marks)
        found = doc.layout["_letter_marks"] = (order, marks, {key: k for k, key in enumerate(order)})
    return found


def _letter_before(doc: Document, ln: Line) -> tuple[str, str, str]:
    """(the letter line ln opens with, the mark before it, the mark after
    it), each "" where there is none (see `_letter_marks`)."""
    order, marks, at = _letter_marks(doc)
    k = at.get(id(ln), -1)
    if k <= 0:
        return marks.get(id(ln), ""), "", ""
    return marks[id(ln)], marks[order[k - 1]], marks[order[k + 1]] if k + 1 < len(order) else ""


def _in_letter_sequence(doc: Document, ln: Line) -> bool:
    """Does the lettered line ln stand between its section's subsections
    lettered one before and one after it ("B. Expressivity" between "A. …"
    and "C. …", the last one before the next section with its predecessor
    only)? A rare word after the letter is then a title's, not a surname."""
    letter, before, after = _letter_before(doc, ln)
    return bool(letter) and bool(before) and before == chr(ord(letter) - 1) \
        and after in ("", chr(ord(letter) + 1))


def _next_letter(doc: Document, ln: Line) -> bool:
    """Does line ln open with the letter after that of the lettered line
    before it, no Roman-numbered section between ("J." after "I.", "I."
    after "H.")? Letters past "H" only: "I." and "V." are Roman numbers
    too, and earlier letters are read as subsections anyway."""
    letter, before, _after = _letter_before(doc, ln)
    return letter > "H" and before == chr(ord(letter) - 1)


def heading_match(doc: Document, ln: Line) -> int | None:
    """The heading level if this line opens a heading, else None."""
    found = heading_kind(doc, ln)
    return found[0] if found else None


def heading_kind(doc: Document, ln: Line) -> tuple[int, str] | None:
    """(level, kind) if this line opens a heading; kind is "numbered" for
    "1." / "2.1-" style numbers and "weak" for forms running text can take
    ("1 Introduction", "II. Foo", capitals, section names). Accents an
    extractor set beside their letters are read on them ("2. ˙Ikinci")."""
    t = compose(doc.line_text(ln))
    if len(t) > 150 or (t.count(" ") > 17 and len(t.split()) > 18):
        return None
    first = t[0]
    if first.isupper() and t[1:2] == "." and _roman_numbering(doc) and _lettered_subsections(doc) \
            and _next_letter(doc, ln):
        # a subsection lettered past "H." ("I. Normalized …" after "H. …",
        # then "J. …"): a letter in sequence, not a Roman number
        m = LETTERED.match(t)
        return (2, "numbered") if _numbered_title(doc, ln, t, m.group("title"), full_width(doc, ln.column)) else None
    if not (first.isdigit() or first in "IVXABCDEFGH"):
        # no number: only a section name or a line in capitals can be one
        if len(t) <= LONGEST_NAME and " ".join(fold(t).strip(" :.").split()) in SECTION_NAMES:
            return 1, "weak"
        if t.upper() == t and is_upper_word(t) and len(t.split()) <= 8 \
                and sum(c.isalpha() for c in t) >= 4 and not t.endswith(TERMINAL):
            return 1, "weak"
        return None
    width = full_width(doc, ln.column)
    m = BARE_NUMBER.match(t)
    if m and _title_follows(doc, ln, also=(",",)):
        # "2." alone, its title on the next lines (a narrow column broke it)
        return _numbered_level(m.group("num")), "numbered"
    m = NUMBERED.match(t)
    if m:
        title = m.group("title")
        if len(title) < 2 or title.split()[0].isdigit() and len(title.split()) == 1:
            return None
        sep = m.group("sep")
        if not sep.strip():
            # "1 Introduction": only a short line, number under 30 (where
            # the document numbers so, as long as a narrow column's line)
            if int(m.group("num").split(".")[0]) > 30 \
                    or len(t) > (0.95 if _plain_numbering(doc) else 0.7) * width:
                return None
            if len(title.split()) > 10 or _opens_with_date(doc, t):
                return None  # (a date on a line of its own: "2 Ocak 1923")
        if not _numbered_title(doc, ln, t, title, width, m.group("num")):
            return None
        strong = bool(sep.strip()) or _plain_numbering(doc)
        return _numbered_level(m.group("num")), "numbered" if strong else "weak"
    m = ROMAN.match(t) if first in "IVX" else None
    if m and m.group("num") and _roman_numbering(doc):
        # the document numbers its sections I., II., III.: as strong as digits
        return (1, "numbered") if _numbered_title(doc, ln, t, m.group("title"), width) else None
    m = LETTERED.match(t) if first.isupper() else None
    if m and _roman_numbering(doc) and _lettered_subsections(doc):
        # a subsection of a document that numbers its sections I., II. and
        # letters their subsections A., B.: as strong as "2.1."
        return (2, "numbered") if _numbered_title(doc, ln, t, m.group("title"), width) \
            and (not _initials(doc, t) or _in_letter_sequence(doc, ln)) else None
    for pat in (ROMAN, LETTER):
        m = pat.match(t)
        if m and m.group("num") and len(t) < 0.7 * width and not t.endswith(TERMINAL):
            return (1 if pat is ROMAN else 2), "weak"
    key = " ".join(fold(t).strip(" :.").split())
    if key in SECTION_NAMES:
        return 1, "weak"
    words = t.split()
    if (is_upper_word(t) and 1 <= len(words) <= 8 and sum(c.isalpha() for c in t) >= 4
            and not t.endswith(TERMINAL)):
        return 1, "weak"
    return None


def run(doc: Document) -> None:
    body = [ln for ln in doc.lines if ln.role == BODY]
    hints: dict[int, int] = doc.layout.get("_markup_headings") or {}  # see the markup pass
    numbered = 0
    last_number = ""  # the number of the last numbered heading ("6.2")
    i = 0
    n = len(body)
    while i < n:
        ln = body[i]
        found = heading_kind(doc, ln)
        if found is None and (bare := BARE_NUMBER.match(doc.line_text(ln))):
            moved = _number_before_its_title(doc, body, i)
            if moved:
                # the number now opens its title: the heading starts there
                i -= moved
                ln = body[i]
                found = (_numbered_level(bare.group("num")), "numbered")
            elif _next_number(last_number, bare.group("num")) and _title_follows(doc, ln, share=1.0, also=(",",)):
                # the section the numbering expects next, its title as long
                # as a narrow column's line
                found = (_numbered_level(bare.group("num")), "numbered")
        elif found is None and (m := NUMBERED.match(doc.line_text(ln))) \
                and _next_number(last_number, m.group("num")) \
                and (_long_title(doc, ln, doc.line_text(ln), m.group("title")) if m.group("sep").strip()
                     else _long_plain_title(doc, ln, doc.line_text(ln), m.group("title"))):
            # the section the numbering expects next, its title longer than
            # a column's line (set across the page), or than a line numbered
            # without a stop may be elsewhere
            found = (_numbered_level(m.group("num")), "numbered")
        marked = hints.get(ln.start)
        if marked is not None and (found is None or found[1] != "numbered"):
            # the extractor's markup can be wrong: a fragment of a sentence
            # is no heading
            t = doc.line_text(ln)
            if t[:1].islower() or t.endswith((".", ",", ";", ":")) or len(t) > 200:
                marked = None
        if marked is not None:
            # the input's own markup says so ("# Conclusions"); a number
            # still decides the level
            found = (found[0] if found and found[1] == "numbered" else min(marked, 3), "marked")
        elif found is None \
                or not (_stands_apart(doc, body, i) or found[1] == "numbered" and _under_lone_line(doc, body, i)) \
                or (found[1] == "weak" and _runs_on(doc, body, i)):
            i += 1
            continue
        level = found[0]
        numbered += found[1] == "numbered"
        if found[1] == "numbered" and (num := NUMBER_OPENING.match(doc.line_text(ln))):
            last_number = num.group(1)
        ln.role = HEADING
        ln.level = level
        group = i
        ln.group = group
        j = i + 1
        # (lengths with white space folded: a reading at a fixed pitch
        # spreads a title's words far apart)
        total = _folded_len(doc.line_text(ln))
        # (a title numbered I. in a document with no II. is a weak heading,
        # yet its number says where the title starts as well as a digit's)
        roman = found[1] == "weak" and ROMAN.match(doc.line_text(ln)) is not None
        # a heading that wraps: following short lines with no break (some
        # extractors give each word of a narrow column's heading its own line)
        printed = 1  # printed lines taken: words an extractor set a line each count as their line
        while j < n and printed <= 8:
            nxt = body[j]
            t = doc.line_text(nxt)
            prev_t = doc.line_text(body[j - 1])
            title_of_bare_number = j == i + 1 and BARE_NUMBER.match(doc.line_text(ln)) is not None
            if nxt.blank_before and not title_of_bare_number and not prev_t.endswith(LINE_END_HYPHENS + ("(", ",")) \
                    and not _furniture_between(doc, body[j - 1], nxt) \
                    and not (j == i + 1 and found[1] == "numbered" and _rest_apart(doc, body, j)):
                break
            if nxt.page != ln.page or nxt.column != ln.column \
                    or (heading_match(doc, nxt) is not None and not title_of_bare_number
                        and not (found[1] == "numbered" and (_acronym_rest(doc, nxt, t)
                                                             or _capitals_rest(doc, body[i:j], nxt, t)))):
                break
            # (a title does not end in "to" or "of": a narrow column broke it
            # there; a word alone on its line is no such break but a
            # paragraph set a word a line)
            broken = prev_t.endswith(LINE_END_HYPHENS + ("(", ",")) or title_of_bare_number \
                or (" " in prev_t.strip() and _ends_in_a_particle(doc, prev_t))
            if not broken and not nxt.joins_previous and j + 1 < n and body[j + 1].joins_previous:
                # a printed line an extractor set a word a line (see the
                # spread_words pass) is a title's rest in title case only; in
                # sentence case it opens the paragraph ("Most" / "realistic" …)
                k = j + 1
                while k < n and body[k].joins_previous:
                    k += 1
                if not title_case([doc.line_text(x) for x in body[j:k]], least=1, share=0.75):
                    break
            # a long line in title case without a stop right above the next
            # heading is this one's rest: no paragraph stands between two
            # titles unfinished
            # (a question or an exclamation may end a title: a line in lower
            # case that ends so finishes the unfinished title above it)
            asks = t.endswith(("!", "?")) and t[:1].islower() and not prev_t.rstrip().endswith((".", "!", "?"))
            if not broken and ((t.endswith((".", ";", ":", "!", "?", ",")) and not asks)
                               or (len(t) > 0.65 * full_width(doc, nxt.column)
                                   and not _title_above_heading(doc, body, j)
                                   and not ((found[1] == "numbered" or roman) and _title_case_rest(doc, body[i:j], t)))):
                break
            if not broken and found[1] != "numbered" and (
                    section_name(prev_t) or (prev_t.upper() == prev_t and t.upper() != t)):
                break  # "Results" over "Feature extraction", "ABSTRACT" over "Motivation": two titles
            total += _folded_len(t) + 1
            if _folded_len(prev_t) + _folded_len(t) > 160 or total > 200:
                break
            # a line whose sentence runs on into the next is a paragraph's;
            # but a heading's own short lines may run on into each other
            short = len(t) < 0.55 * full_width(doc, nxt.column)
            if not broken and not short and _runs_on(doc, body, j) \
                    and not (found[1] == "numbered" and title_case(_title_words(doc, t), least=3, share=0.7)):
                break  # (a numbered title's line in title case is its own, "Wide Field Imagers on large")
            nxt.role = HEADING
            nxt.level = level
            nxt.group = group
            printed += not nxt.joins_previous
            j += 1
        if i + 1 < j < n and body[j].joins_previous:
            # the title stopped inside one printed line: the words the
            # extractor set apart from its start on are the paragraph's
            k = j
            while k > i + 1 and body[k].joins_previous:
                k -= 1
            if k > i + 1 or not body[k].joins_previous:
                for x in body[k:j]:
                    x.role, x.level, x.group = BODY, None, None
                j = k
        if _paragraph_a_word_a_line(doc, body, i, j):
            for x in body[i + 1:j]:
                x.role, x.level, x.group = BODY, None, None
            j = i + 1
        i = j
    if numbered < 2:
        # a document that does not number its sections: titles are told by
        # their shape and place alone
        _unnumbered_titles(doc)


# a capitalised word glued to the word before it: a title line that lost
# its spaces ("ToplantıdaÇiftçilereYaptığıKo-", pypdf)
GLUED_WORD_START = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def _title_words(doc: Document, t: str) -> list[str]:
    """The words of a title's line, for telling its case: where it lost
    its spaces, its capitalised words run together are set apart, if each
    is a known word (a sentence run together hides words in lower case
    inside them: "Networkis")."""
    words = t.split()
    if len(words) > 2 or not GLUED_WORD_START.search(t):
        return words
    parts = GLUED_WORD_START.sub(" ", t).split()
    langs = lookup_langs(doc.lang)
    # (the last part may be a word broken at the line's end: "Ko-")
    if all(best_zipf(lower_tr(p.strip(".,;:’'")), langs) > 0 for p in parts if not p.endswith(LINE_END_HYPHENS)):
        return parts
    return words


def _title_case_rest(doc: Document, taken: list[Line], t: str) -> bool:
    """Is t, a line under the numbered title's lines `taken`, that title's
    rest by its case: both in title case ("2. Millî Hareket Hakkında" over
    "Tasvir-i Efkâr Gazetesi’ne Ver-"), t no wider than the measure and
    no list of names or figures (a reference's "Homan, J., Miller, J.M., …")?
    (A number alone on its line, "1-", leaves the title to the lines below.)"""
    ln = taken[0]
    title = NUMBER_OPENING.sub("", " ".join(doc.line_text(x) for x in taken)).lstrip(".-–) ")
    return title_case(title.split(), least=2, share=0.75) and title_case(_title_words(doc, t), least=3, share=1.0) \
        and len(t) <= full_width(doc, ln.column) and t.count(",") <= 1 and not any(c.isdigit() for c in t)


def _acronym_rest(doc: Document, ln: Line, t: str) -> bool:
    """Is line ln (text t) a numbered title's last word wrapped onto a line
    of its own, an acronym in capitals ("… eviction scheduler" / "ECETES"),
    rather than a title in capitals of its own ("SONUÇ")?"""
    return " " not in t.strip() and t.isupper() and heading_kind(doc, ln) == (1, "weak") \
        and " ".join(fold(t).split()) not in SECTION_NAMES


def _capitals_rest(doc: Document, taken: list[Line], ln: Line, t: str) -> bool:
    """Is line ln (text t) the rest of a numbered title set in capitals
    that wrapped ("3. ADVANCED ALGORITHMS AND TOOLS DEFINE NEW" /
    "GENERATION EDF"), rather than a title in capitals of its own? Its
    lines are in capitals too, and it is no section's name."""
    title = NUMBER_OPENING.sub("", " ".join(doc.line_text(x) for x in taken))
    return is_upper_word(title) and is_upper_word(t) and not ln.blank_before \
        and heading_kind(doc, ln) == (1, "weak") and " ".join(fold(t).split()) not in SECTION_NAMES


TITLE_REST_LINES = 4  # lines of a title's rest that may stand over the next heading


# words of a numbered title's rest that an extractor set apart by white space
TITLE_REST_WORDS = 4


def _rest_apart(doc: Document, body: list[Line], j: int) -> bool:
    """Is body[j] a numbered title's last words that the extractor set
    apart with white space on both sides (pdftext: "4. LSST and variable",
    blank, "stars", blank)? A few words alone, no stop after them, under a
    title that stops short of one too, over text that does not go on from
    them in lower case (a paragraph's first word that a block reading sets
    apart: "The", blank, "extremely lightweight …")."""
    ln, title = body[j], body[j - 1]
    t, above = doc.line_text(ln).strip(), doc.line_text(title).rstrip()
    # (a title ending in a number, a date's year, is whole)
    if len(t.split()) > TITLE_REST_WORDS or not t[:1].isalpha() or any(c in t for c in ".,;:!?") \
            or above.endswith((".", ";", ":", "!", "?")) or ln.page != title.page \
            or _ends_in_a_particle(doc, t) or above[-1:].isdigit() or _case_breaks(above, t):
        return False
    below = body[j + 1] if j + 1 < len(body) else None
    if below is None or below.page != ln.page:
        return True
    # (a paragraph's first word set apart goes on in lower case below)
    return below.blank_before and not doc.text[below.start:below.start + 1].islower()


def _case_breaks(title: str, rest: str) -> bool:
    """Does a rest in lower case follow a title whose words of four letters
    or more are all capitalised ("Açılışında Yaptığı" over "konuşma")?
    Three such words show the style; fewer may be a sentence-case title's
    names ("Cooperative CPC" over "threads")."""
    long_words = [w for w in NUMBER_OPENING.sub("", title).split() if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) < 3 or not all(w[:1].isupper() for w in long_words):
        return False
    return any(w[:1].islower() for w in rest.split() if len(w) >= 4)


def _title_above_heading(doc: Document, body: list[Line], j: int) -> bool:
    """Is line j in title case, without a stop, right above a heading, or
    above such lines that reach one (a long title wraps over three or four
    lines in a narrow column)?"""
    for k in range(j, min(len(body) - 1, j + TITLE_REST_LINES)):
        t = doc.line_text(body[k])
        words = t.split()
        if body[k + 1].page != body[j].page or t.endswith(TERMINAL) \
                or 2 * sum(w[:1].isupper() for w in words) <= len(words):
            return False
        if heading_match(doc, body[k + 1]) is not None:
            return True
    return False


def _paragraph_a_word_a_line(doc: Document, body: list[Line], i: int, j: int) -> bool:
    """Were the one-word lines taken under heading i (up to j) the first
    words of its paragraph, set a word a line (PyMuPDF on a justified line):
    the word line after them ends on a comma or a stop, as no title's does?"""
    if j <= i + 1 or j >= len(body) or BARE_NUMBER.match(doc.line_text(body[i])):
        return False
    taken = [doc.line_text(x) for x in body[i + 1:j]]
    t = doc.line_text(body[j])
    return all(len(w.split()) == 1 for w in taken) and len(t.split()) == 1 and t.endswith((",", ".", ";", ":"))


def _long_title(doc: Document, ln: Line, t: str, title: str) -> bool:
    """Can this line, longer than a column's, be a long title?"""
    return len(t) > 0.95 * full_width(doc, ln.column) and _title_like(t, title)


def _long_plain_title(doc: Document, ln: Line, t: str, title: str) -> bool:
    """Can this line, numbered without a stop ("2 Batı Anadolu Seyahati
    Sırasında … Konuşma") and longer than such a title usually is, be one:
    the document numbers so, the line stands alone, its title reads as one
    and the line is no date?"""
    return _plain_numbering(doc) and _alone(doc, ln) and _title_like(t, title) and not _opens_with_date(doc, t)


def _opens_with_date(doc: Document, t: str) -> bool:
    return any(d["start"] == 0 for d in extract_dates(t, doc.lang or "en", citations=[]))


def _title_like(t: str, title: str) -> bool:
    """No stop or broken word at the end, no other section's number
    inside, not a paragraph's worth of words, a good share of them
    capitalised."""
    words = title.split()
    return not t.endswith((".", ";", ",", ":") + LINE_END_HYPHENS) \
        and not INNER_NUMBER.search(title) and len(words) <= MAX_LONG_TITLE_WORDS \
        and 3 * sum(w[:1].isupper() for w in words) >= len(words)


def _next_number(last: str, num: str) -> bool:
    """Is section `num` ("7", "6.3", "7.1") the one that follows section
    `last` ("6.2"): the next at its depth, or the first below `last`?"""
    if not last:
        return False
    a = [int(x) for x in last.split(".")]
    b = [int(x) for x in num.split(".")]
    if b == a + [1]:
        return True
    k = len(b) - 1
    return len(b) <= len(a) and b[:k] == a[:k] and b[k] == a[k] + 1


def section_name(t: str) -> bool:
    """Is this line a section's usual name ("Results", "GİRİŞ") by itself?"""
    return len(t) <= LONGEST_NAME and " ".join(fold(t).strip(" :.").split()) in SECTION_NAMES


def _unnumbered_titles(doc: Document) -> None:
    """Short capitalised lines without a stop, apart from the text above,
    over a paragraph's first line: headings. Up to six such lines may
    stand together over the paragraph: a section's title and its first
    subsection's (one level deeper), or a title wrapped onto more lines
    (each but the last reaching well into the measure; a column's narrow
    measure wraps a long title onto four, its date below it). A title alone is
    at level 1: nothing tells a subsection from a section there.
    Captions and formulas are left alone."""
    body = [ln for ln in doc.lines if ln.role in (BODY, HEADING)]
    n = len(body)
    i = 0
    while i < n - 1:
        ln = body[i]
        t = doc.line_text(ln)
        if ln.role != BODY or not _title_shape(doc, ln, t, wraps=True) or not _stands_apart(doc, body, i) \
                or (len(t.split()) == 1 and not ln.blank_before and not _after_stop(doc, body, i)
                    and (i == 0 or body[i - 1].role != HEADING)):
            i += 1
            continue
        if _split_sentence(doc, body, i):
            ln.joins_previous = True  # (for the paragraphs pass: one printed line)
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and len(run) < MAX_TITLE_LINES and body[j].role == BODY and body[j].page == ln.page \
                and body[j].column == ln.column and _title_line(doc, body, j, run):
            run.append(j)
            j += 1
        groups = _title_groups(doc, body, run)
        # over a paragraph, or over a title taken already; not a printed
        # line's first words that an extractor set apart ("Mesela" /
        # "Fatih" / "İstanbul’u" …, see the spread_words pass)
        if j >= n or groups is None or ln.joins_previous or body[j].joins_previous \
                or not (_opens_paragraph(doc, body[j], body[run[-1]])
                        or body[j].role == HEADING and body[j].page == ln.page):
            i += 1
            continue
        # titles that stand together with no text between are a section's
        # and its first subsection's: each one a level below the one above
        for depth, group in enumerate(groups):
            for k in group:
                _take_title(body[k], group[0], min(1 + depth, DEEPEST_TITLE))
        i = j


# two lines an extractor made of one printed line, cut at the wide space
# after a sentence's stop, hold about as many letters as a full line
SPLIT_LINE = (0.9, 1.05)


def _split_sentence(doc: Document, body: list[Line], i: int) -> bool:
    """Is line i a question or an exclamation that, with the short line of
    text right above it (no white space between), fills about one printed
    line: the rest of a line that the extractor (PyMuPDF) cut at the wide
    space after a sentence ("… is very high." / "What is the advice given
    to authors of rejected papers?"), not a title?"""
    ln = body[i]
    if i == 0 or ln.blank_before or not doc.line_text(ln).rstrip().endswith(("?", "!")):
        return False
    prev = body[i - 1]
    if prev.role != BODY or prev.page != ln.page or prev.column != ln.column:
        return False
    together = (prev.end - prev.start) + 1 + (ln.end - ln.start)
    measure = full_width(doc, ln.column)
    return SPLIT_LINE[0] * measure <= together <= SPLIT_LINE[1] * measure


def _after_stop(doc: Document, body: list[Line], i: int) -> bool:
    """The line above ends a sentence with a full stop, "!" or "?"."""
    return i > 0 and doc.line_text(body[i - 1]).rstrip().endswith((".", "!", "?"))


def _title_line(doc: Document, body: list[Line], j: int, run: list[int]) -> bool:
    """Can line j join the run of title lines above it: a title's shape,
    or the rest of the title above that wrapped ("Monitoring of RF noise
    en-" / "vironment", "Considerations for Auger" / "project")?"""
    t = doc.line_text(body[j])
    if _title_shape(doc, body[j], t, wraps=True):
        return True
    above = doc.line_text(body[run[-1]])
    # (longer after a word broken at a hyphen, in title case past its rest:
    # "… Hakkında Hâkimiyet-" / "i Milliye, Yenigün ve Öğüt Gazeteleri …")
    return t[:1].islower() and _no_white_between(doc, body[run[-1]], body[j]) \
        and (len(t.split()) <= 6 or (above.endswith(LINE_END_HYPHENS) and title_case(t.split()[1:], 2))) \
        and _wraps_into(above, t, full_width(doc, body[j].column)) \
        and TITLE_CHARS.fullmatch(t) is not None and not t.endswith(TERMINAL)


# title lines that may stand together over a paragraph (see `_unnumbered_titles`)
MAX_TITLE_LINES = 6
WRAPPED_WORDS = 2  # a title's rest in lower case on a line of its own: a word or two
WRAPPED_TITLE = 0.45  # of the measure: a title in title case set large wraps this short of it
TITLE_WIDTH = 0.7  # of the measure: a title in sentence case is shorter
DEEPEST_TITLE = 3  # the deepest level titles standing together reach
TITLE_CASE_WORDS = 18  # words a title in title case may have on a line
PARTICLE_ZIPF = 6.0  # no title ends in a word this common and short
DATELINE_SHARE = 0.5  # of a line a date fills in a dateline
DIALOGUE_MARKS = "-–—“\"‘'«"  # marks a paragraph may open with before its capital


SPREAD_WORDS = 3  # lines of a word each that show a printed line spread


def _spread_line(doc: Document, body: list[Line], group: list[int]) -> bool:
    """Does the title's last line belong to three lines or more of a word
    each, with no white space between (from the title's first line on):
    one printed line of the title that an extractor set a word a line
    ("Comparison" / "with" / "existing")? Justified, that line was full,
    and the title goes on below it. (Two such lines may be two titles:
    "Experiments" / "Implementation".)"""
    def one_word(j: int) -> bool:
        return 0 <= j < len(body) and len(doc.line_text(body[j]).split()) == 1

    last = group[-1]
    if not one_word(last):
        return False
    lo = hi = last
    while lo > group[0] and one_word(lo - 1) and _no_white_between(doc, body[lo - 1], body[lo]):
        lo -= 1
    while one_word(hi + 1) and _no_white_between(doc, body[hi], body[hi + 1]):
        hi += 1
    return hi - lo + 1 >= SPREAD_WORDS


def _title_groups(doc: Document, body: list[Line], run: list[int]) -> list[list[int]] | None:
    """The titles a run of title-shaped lines holds: a line goes on the
    title above it where that one reached well into the measure (it
    wrapped) and no white space stands between; also after a broken word
    and before a word or two in lower case (a title set large wraps well
    short of the text's measure), and in a run of three lines or more of a
    word each. Each title's last line is well short of the measure. None
    when the run is no titles."""
    width = full_width(doc, body[run[0]].column)
    groups: list[list[int]] = []
    # three lines or more of a word each are one title that an extractor set
    # a word a line (PyMuPDF on a justified title), not three titles stacked
    word_a_line = len(run) >= 3 and all(len(doc.line_text(body[k]).split()) == 1 for k in run) \
        and all(_no_white_between(doc, body[a], body[b]) for a, b in zip(run, run[1:]))
    for k in run:
        prev = groups[-1][-1] if groups else None
        if prev is not None and _no_white_between(doc, body[prev], body[k]) \
                and (word_a_line or _wraps_into(doc.line_text(body[prev]), doc.line_text(body[k]), width)
                     or _spread_line(doc, body, groups[-1])) \
                and len(groups[-1]) < MAX_TITLE_LINES and not _dateline(doc, doc.line_text(body[k])):
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        last = doc.line_text(body[group[-1]])
        if (len(last) >= TITLE_WIDTH * width and not title_case(last.split())) \
                or (len(group) == 1 and last.endswith(LINE_END_HYPHENS)) or _ends_in_a_particle(doc, last):
            return None
    return groups


def _folded_len(t: str) -> int:
    return len(" ".join(t.split())) if "  " in t else len(t)


def _wraps_into(above: str, t: str, width: float) -> bool:
    """Is line t the rest of the title line above that wrapped: that one
    reached well into the measure (`width`), or broke a word; or t is a
    word or two in lower case, never a title of its own (a title set large
    wraps well short of the text's measure)?"""
    # (a little shorter where both are in title case: a sentence-case
    # title's rest goes on in lower case, and a capital there opens the
    # next title; "Comparison with event-driven programming" / "Code …")
    return len(above) >= 0.5 * width or above.endswith(LINE_END_HYPHENS) \
        or (len(above) >= WRAPPED_TITLE * width and title_case(above.split(), 3) and title_case(t.split(), 1)) \
        or (t[:1].islower() and len(t.split()) <= WRAPPED_WORDS)


def _dateline(doc: Document, t: str) -> bool:
    """Is the line a date, maybe after a place ("Çankaya, 25 Aralık 1922")?
    Under a title it is a title of its own, not the title's last line."""
    dates = extract_dates(t, doc.lang or "en")
    return bool(dates) and dates[-1]["end"] == len(t.rstrip()) and sum(
        d["end"] - d["start"] for d in dates) >= DATELINE_SHARE * len(t)


def _ends_in_a_particle(doc: Document, t: str) -> bool:
    """Does the line end in one of the commonest short words ("and", "of",
    "ve", "ile")? A title does not; a line of prose broken there does."""
    word = t.rsplit(None, 1)[-1] if t.strip() else ""
    return 0 < len(word) <= 4 and word.islower() and best_zipf(word, lookup_langs(doc.lang)) >= PARTICLE_ZIPF


def _opens_paragraph(doc: Document, ln: Line, above: Line) -> bool:
    """A paragraph's first line under a title: capitalised (after a dash
    or a quotation mark, maybe) and longer than the title's line (a
    column's measure may be half the page's)."""
    t = doc.line_text(ln)
    # (a dialogue's line opens with a dash, a quotation with its mark)
    opening = t.lstrip(DIALOGUE_MARKS + " ")
    return ln.role == BODY and ln.page == above.page and (opening[:1].isupper() or t[:1].isdigit()) \
        and len(t) >= max(25, 1.3 * len(doc.line_text(above)))


def _take_title(ln: Line, group: int, level: int) -> None:
    ln.role = HEADING
    ln.level = level
    ln.group = group


def _title_shape(doc: Document, ln: Line, t: str, wraps: bool = False) -> bool:
    """Could this line be (the first line of, with `wraps`) a title with no
    number: capitalised, under ten words and well short of the measure
    (a wrapped first line may reach further), letters and a few marks
    only, no stop, not a caption ("Figure 2:", "Tablo 1.", "Not:")."""
    words = t.split()
    # (a title may open with a number: a date, "10 Ekim 1919"; not a bare one)
    if not (1 <= len(words) <= TITLE_CASE_WORDS and (t[:1].isupper() or t[:1].isdigit() and len(words) > 1)) \
            or t.endswith(TERMINAL) or (t.endswith(LINE_END_HYPHENS) and not wraps):
        return False
    # a line in title case ("Türkiye İktisat Kongresi’nin Açılışında Yaptığı
    # Konuşma") may be a long title, as long as a line of prose
    if (len(words) > 10 or len(t) >= (0.8 if wraps else 0.6) * full_width(doc, ln.column)) \
            and not title_case(words):
        return False
    if not TITLE_CHARS.fullmatch(t.rstrip("".join(LINE_END_HYPHENS))):
        return False
    head = fold(words[0])
    caption = head.rstrip(".:") in CAPTION_WORDS and (
        head.endswith((".", ":")) or len(words) == 1 or words[1][:1].isdigit() or words[1][:1] in "IVX")
    return not caption


def _number_before_its_title(doc: Document, body: list[Line], i: int) -> int:
    """pdfminer sometimes sets a heading's number after the first line of
    its title: "Cooperative CPC" / "2." / "threads". Where short lines with
    no stop stand between white space and a bare number that stands apart
    too, the number moves before them, in `body` and in `doc.lines`.
    Returns how many lines it moved over."""
    ln = body[i]
    if not ln.blank_before:
        return 0
    width = full_width(doc, ln.column)
    k = i
    while k > 0 and i - k < 3:
        prev = body[k - 1]
        t = doc.line_text(prev)
        if prev.role != BODY or prev.page != ln.page or prev.column != ln.column \
                or len(t) >= 0.6 * width or t.endswith(TERMINAL) or heading_match(doc, prev):
            return 0
        k -= 1
        if prev.blank_before:
            break
    else:
        return 0
    title = body[k]
    if not title.blank_before or not doc.text[title.start:title.start + 1].isupper() or not _stands_apart(doc, body, k):
        return 0
    lines = [x for x in doc.lines if x is not ln]
    at = lines.index(title)
    # a new list, so that cached line indexes are rebuilt
    doc.lines = lines[:at] + [ln] + lines[at:]
    body[k:i + 1] = [ln] + body[k:i]
    return i - k


def _runs_on(doc: Document, body: list[Line], i: int) -> bool:
    """A line whose sentence carries on into the next line ("30 Ekim 1918’de
    Mondros ..." + "imzalanmasından sonra ...") is running text."""
    if i + 1 >= len(body):
        return False
    nxt = body[i + 1]
    if nxt.blank_before or nxt.page != body[i].page:
        return False
    t = doc.line_text(body[i])
    return doc.text[nxt.start:nxt.start + 1].islower() and not t.endswith(LINE_END_HYPHENS + ("(", ","))


def _no_white_between(doc: Document, a: Line, b: Line) -> bool:
    """Do lines a and b follow each other with no white space between, but
    what page furniture taken out from between them left?"""
    return not b.blank_before or _furniture_between(doc, a, b)


def _furniture_between(doc: Document, a: Line, b: Line) -> bool:
    """Is the white space between lines a and b only that left by page
    furniture taken out between them (a running header that the page set
    inside a wrapped heading)?"""
    k, m = doc.line_index(a), doc.line_index(b)
    between = doc.lines[k + 1:m]
    return bool(between) and all(ln.role == REMOVED and ln.reason in FURNITURE for ln in between)


def _stands_apart(doc: Document, body: list[Line], i: int) -> bool:
    """A heading follows white space, a page edge, or the end of a sentence."""
    ln = body[i]
    if i == 0 or ln.blank_before:
        return True
    prev = body[i - 1]
    if prev.role == HEADING or prev.page != ln.page or prev.column != ln.column:
        return True
    ps = doc.pieces_for(prev.start, prev.end)  # without a cut-out footnote marker
    pt = doc.text[ps[-1].start:ps[-1].end].rstrip() if ps else ""
    if pt.endswith((".", ":", "!", "?", "”", '"', ")")):
        return True
    # something removed (a header, a footnote) stands between them
    return prev.end < ln.start and doc.apart(prev.end, ln.start)


def _under_lone_line(doc: Document, body: list[Line], i: int) -> bool:
    """Does line i follow a short line that stands apart itself (the
    article's title, where the front pass found none)? A numbered title
    ("1. Introduction") may stand there; a sentence does not go on into one."""
    if i == 0:
        return False
    pt = doc.line_text(body[i - 1]).rstrip()
    return len(pt) < TITLE_WIDTH * full_width(doc, body[i - 1].column) and not pt.endswith((",", ";")) \
        and _stands_apart(doc, body, i - 1)
