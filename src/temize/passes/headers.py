"""Running headers and footers, and the metadata printed in them (journal,
volume, issue, year, pages).

A running header is a line whose shape (digits
folded) recurs on several pages in different surroundings, which sets it
apart from a passage emitted twice, where the neighbours recur too. A line
shaped like a journal reference ("Name, 4(7)", "Name, Vol. 3, No. 2
(2010)") standing alone at a page edge is a header even when printed once.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import re

import regex

from ..casing import fold, title_case
from ..diacritics import compose
from ..document import BODY, Document, Line
from ..layoutstats import full_width, in_margin
from ..marks import HYPHEN_CLASS
from ..volumes import LABEL_WITH_VALUE, VOLUME_HINT, journal_and_volume
from .front import ABSTRACT_RE, KEYWORD_RE
from .reading_order import FINISHED

NAME = "headers"

PAGE_NO = regex.compile(r"^(?:[-–—]\s*|\[\s*)?(?:(?:page|sayfa|seite|p[aá]gina|s\.|sf\.|p\.)\s*)?(\d{1,4})"
                        r"(?:\s*(?:of|/|von|de)\s*\d{1,4})?(?:\s*[-–—]|\s*\])?$",
                        regex.I)  # "12", "- 12 -", "[12]", "Page 12 of 30", "Sayfa 12", "Seite 12 von 30"
PAGE_NO_START = frozenset("-–—[pPsS")
DASHES = frozenset("-–—")
# a section number of two levels or more standing alone ("7.1.", "2.3"),
# its title set apart by the extractor: no furniture looks like that
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
# a numbered section's title ("2. Methods", "3- Sonuç", "II. Results") and
# the lines it may wrap onto: what stands right under it is the text's
SECTION_TITLE = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*[.\-–)]|[IVX]{1,4}\.)\s*\p{Lu}")
TITLE_LINES = 3
# a subsection's title that is a date under its label ("A. 6 Aralık 1922",
# "1.1. 10 Ekim 1919"): its shape recurs at page edges where an extractor
# set the titles after the page's foot, but no furniture looks like that
DATED_TITLE = regex.compile(r"^(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.\-)]\s*\d{1,2}\s+\p{L}+\s+\d{4}$")
# the same unnumbered ("4 Mayıs 1924"): a title where the dates differ (an
# issue's date printed on every page is the same each time)
DATE_ALONE = regex.compile(r"^\d{1,2}\s+\p{L}+\s+\d{4}$")
DIGITS = regex.compile(r"\d+")
HAS_DIGIT = re.compile(r"[0-9]")
DIGIT_RUN = re.compile(r"[0-9]+")

# Journal reference shapes. Each yields journal / volume / issue / year.
_J = r"(?P<journal>\p{L}[\p{L}\p{M}\p{N} .,&:'’()\-–]*?\p{L}\.?)"
# (German "Bd."/"Jg." and "Nr."/"Heft", French "t." and "n°", Spanish "núm.")
_VOL = r"(?:Vol(?:ume)?\.?|Cilt|C\.|Bd\.|Band|Jg\.|Jahrgang|Tome|t\.)(?:\s*/\s*(?:Volume|Vol\.?))?\s*[:.]?\s*"
_ISS = r"(?:No\.?|Issue|Iss\.?|Sayı|S\.|Number|n[°º]|Nr\.?|Heft|Numéro|[Nn]úm\.)" \
       r"(?:\s*/\s*(?:Issue|No\.?))?\s*[:.]?\s*"
# a year's label: "Yıl: 2019", "Yıl/Year: 2019"
_YEAR_LABEL = r"(?:Yıl|Year)(?:\s*/\s*Year)?\s*[:.]?\s*"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
JOURNAL_PATTERNS = [
    regex.compile(_J + r",?\s+" + _VOL + r"(?P<volume>\d+)\s*[,;]?\s*" + _ISS + r"(?P<issue>\d+)\s*(?:(?:[,(]\s*|(?="
                  + _YEAR_LABEL + r"))(?:" + _YEAR_LABEL + r"|\p{L}+\s+)?" + _YEAR + r"\s*\)?)?"),
    # the year first: "Dergisi, Yıl: 2019, Cilt: 5, Sayı: 2"
    regex.compile(_J + r",?\s+" + _YEAR_LABEL + _YEAR + r"\s*[,;]?\s*" + _VOL + r"(?P<volume>\d+)\s*[,;]?\s*"
                  + _ISS + r"(?P<issue>\d+)"),
    regex.compile(_J + r",?\s+(?P<year>(?:1[89]|20)\d\d)\s*[,;]\s*(?P<volume>\d+)\s*\((?P<issue>\d+)\)"),
    # "Journal 12 (2021) 214–230": a year in the brackets, not an issue
    regex.compile(_J + r",?\s+(?P<volume>\d+)\s*\((?P<year>(?:1[89]|20)\d\d)\)"),
    regex.compile(_J + r",?\s+(?P<volume>\d+)\s*\((?P<issue>\d+)\)(?:\s*[,;]?\s*(?P<year>(?:1[89]|20)\d\d))?"),
    # an issue and no volume: "Tarih Dergisi, Sayı 45, 2019"
    regex.compile(_J + r",?\s+" + _ISS + r"(?P<issue>\d+)\s*(?:[,(]\s*(?:" + _YEAR_LABEL + r")?" + _YEAR + r"\s*\)?)?"),
    regex.compile(_J + r"\s*[-–—,]\s*(?P<year>(?:1[89]|20)\d\d)"),
]
# parts of a journal line set apart by a sign rather than a comma:
# "Dergisi / Cilt 5 / Sayı 2", "Journal • Vol. 12 • No. 3"
PART_SIGN = regex.compile(r"\s+[|•·/]\s+")


TERMINAL_STOP = re.compile(r"[.!?:;…][\"”’'»)\]]*$")
BROKEN_WORD_END = regex.compile(r"\p{Ll}{2}[" + HYPHEN_CLASS + "]$")
# a line in lower case to a sentence's end ("for these galaxies nor can it.")
SENTENCE_REST = regex.compile(r"^\p{Ll}+\s.*\p{Ll}{2}[.!?]$")
PAGE_RANGE = regex.compile(r"^\d{1,4}\s*[-–]\s*\d{1,4}$")
# a running head with its page number after or before it
PAGED_HEAD = regex.compile(r"^(?:(?P<text1>\p{Lu}.*?\S)\s+(?P<num1>\d{1,4})"
                           r"|(?P<num2>\d{1,4})\s+(?P<text2>\p{Lu}.*\S))$")
# the label before a page or a range after the volume ("pp.", "ss.", German "S.")
PAGES_LABEL = regex.compile(r"^(?:pp?\.|ss?\.|sf\.|seiten?)\s*", regex.I)
# a note's words for the work it cited last: no journal's name
NOTE_ABBREVIATIONS = frozenset(("ebd", "ebenda", "ibid", "ibidem", "id", "idem", "a.g.e", "a.g.m", "a.y", "op. cit",
                                "loc. cit", "vgl", "bkz", "cf"))
LEADING_PAGE = regex.compile(r"^(\d{1,4})\s*[|•·–-]?\s+(?=\p{L})")


def parse_journal_line(s: str) -> dict[str, str] | None:
    """{journal, volume, issue, year, page} of a journal's line, else None."""
    if HAS_DIGIT.search(s) is None:
        return None  # every shape below carries a number
    d = _parse_journal_line(s)  # (a header recurs page after page: read once)
    return dict(d) if d is not None else None


@lru_cache(maxsize=4096)
def _parse_journal_line(s: str) -> dict[str, str] | None:
    # (the journal's name may hold an accent set beside its letter)
    s = " ".join(compose(s).split())
    # a page number printed before the header: "176 Journal Name, 18(3)"
    lead = LEADING_PAGE.match(s)
    if lead:
        d = parse_journal_line(s[lead.end():])
        if d is not None and "page" not in d:
            d["page"] = lead.group(1)
        return d
    if "/" in s or "|" in s or "•" in s or "·" in s:
        s = PART_SIGN.sub(", ", s)
    for pat in JOURNAL_PATTERNS:
        m = pat.match(s)
        if m:
            d = {k: v for k, v in m.groupdict().items() if v}
            name = d["journal"].strip(" ,-–")
            # an abbreviated title keeps its last stop ("J. Balkan Stud.")
            d["journal"] = name if name.endswith(".") and "." in name[:-1] else name.rstrip(" ,.-–")
            if len(d["journal"]) < 3 or fold(d["journal"]).rstrip(".") in NOTE_ABBREVIATIONS:
                continue  # ("2 Ebd., S. 31–35.": a note citing the work above)
            # what the match left over must be a page number or range at most
            rest = s[m.end():].strip(" ,.|-–:")
            rest = PAGES_LABEL.sub("", rest)
            if rest and not PAGE_NO.match(rest) and not PAGE_RANGE.match(rest):
                continue
            if rest:
                d["page"] = rest
            if LABEL_WITH_VALUE.search(d["journal"]) and (parts := _any_order(s)) is not None \
                    and d["journal"].startswith((parts["journal"] + " ", parts["journal"] + ",")):
                return parts  # the shape took a label into the name ("Belleten, C. LXXXIII")
            return d
    return _any_order(s) if VOLUME_HINT.search(s) else None


def _any_order(s: str) -> dict[str, str] | None:
    """A journal line in any order of labelled parts ("Turkish Studies
    Volume 14/3 2019", "bilig, Kış/2019, sayı 88", "J. Coastal Stud.
    12(3): 45–67, 2019"), see `temize.volumes`."""
    parts = journal_and_volume(s)
    if parts is not None and "pages" in parts:
        parts["page"] = parts.pop("pages")
    return parts


def _numbered_notes(tpl: str, texts: list[str]) -> bool:
    """Lines of one shape that open with 1, 2, 3 … ("1 Ibid.", "2 Ibid."),
    or all with the same small number (notes numbered afresh on every
    page), are notes, not a header carrying page numbers."""
    if not tpl.startswith("#"):
        return False
    nums = [int(m.group()) for t in texts if (m := DIGITS.match(t))]
    if len(nums) != len(texts) or nums[0] > 3:
        return False
    return all(b == a + 1 for a, b in zip(nums, nums[1:])) or len(set(nums)) == 1


def is_page_no(t: str) -> bool:
    # the first character first: PAGE_NO starts with a digit or one of these
    c = t[:1]
    if c.isdigit() and t.rstrip()[-1:] in DASHES:
        return False  # a dash after the number alone is a section's ("1-"), a page's sits between two ("- 12 -")
    return (c.isdigit() or c in PAGE_NO_START) and PAGE_NO.match(t) is not None


def _page_no(doc: Document, ln: Line) -> bool:
    return is_page_no(doc.line_text(ln))


def template(s: str) -> str:
    """The shape of a line: case and digits folded, white space single.
    (Only compared with other templates, so plain lower() will do.)"""
    low = s.lower()
    if "  " in low or "\t" in low:
        low = " ".join(low.split())
    return DIGIT_RUN.sub("#", low) if HAS_DIGIT.search(low) else low


def at_edge_factory(doc: Document, body: list[Line]):
    pos = {id(ln): k for k, ln in enumerate(body)}

    def at_edge(ln: Line) -> bool:
        """White space, a page break, removed furniture, a number-only line or
        the document's edge on either side."""
        k = pos[id(ln)]
        if ln.blank_before or k == 0 or k + 1 >= len(body):
            return True
        nxt = body[k + 1]
        if nxt.blank_before or nxt.page != ln.page:
            return True
        prev = body[k - 1]
        # a removed line between (the text between holds more than one newline)
        if doc.apart(prev.end, ln.start) or doc.apart(ln.end, nxt.start):
            return True
        return _page_no(doc, prev) or _page_no(doc, nxt)
    return at_edge


def _numbered_journal_line(occ: list[Line], texts: dict[int, str]) -> bool:
    """Is this recurring line the journal's name, volume and issue with a
    page number that changes each time? Such a line is furniture even where
    no page break shows its place at a page's edge (a short document from
    an extractor that marks no pages)."""
    found = [parse_journal_line(texts[id(ln)]) for ln in occ]
    pages = {d.get("page") for d in found if d}
    return all(d and "volume" in d and "issue" in d and "page" in d for d in found) and len(pages) == len(occ)


def run(doc: Document) -> None:
    _parse_journal_line.cache_clear()  # (each document's own lines: a benchmark repeats documents)
    lines = doc.lines
    body = [ln for ln in lines if ln.role == BODY]
    texts = {id(ln): doc.line_text(ln) for ln in body}
    pos = {id(ln): k for k, ln in enumerate(body)}
    meta_hits: list[dict[str, str]] = []
    pages: list[str] = []

    at_edge = at_edge_factory(doc, body)

    # --- running headers and footers: recurring shapes in new surroundings
    by_template: dict[str, list[Line]] = defaultdict(list)
    for ln in body:
        t = texts[id(ln)]
        if 3 <= len(t) <= 160 and (t.count(" ") < 20 or len(t.split()) <= 20) and not is_page_no(t) \
                and not SECTION_NUMBER.match(t):
            by_template[template(t)].append(ln)
    # shapes that recur in new surroundings: in a passage emitted twice the
    # lines' neighbours repeat as well, a header's differ on both sides
    recurring: list[list[Line]] = []
    one_sided: list[tuple[list[Line], str]] = []

    def surroundings(ln: Line) -> tuple[str, str]:
        """The lines before and after, white space folded."""
        k = pos[id(ln)]
        return (" ".join(texts[id(body[k - 1])].split()) if k else "",
                " ".join(texts[id(body[k + 1])].split()) if k + 1 < len(body) else "")

    def under_section_title(ln: Line) -> bool:
        """Does a numbered section's title end right above the line (a
        subsection's title "A. 4 Mayıs 1924" under "II. Cumhuriyet …")?"""
        k = pos[id(ln)]
        # (not a line set out in the margin, left of the title: margin
        # text that happens to stand level with a title on each page)
        return any(SECTION_TITLE.match(texts[id(body[j])]) and not in_margin(ln.indent, body[j].indent)
                   for j in range(max(0, k - TITLE_LINES), k))

    for tpl, occ in by_template.items():
        if len(occ) < 2 or _numbered_notes(tpl, [texts[id(ln)] for ln in occ]) \
                or all(under_section_title(ln) or DATED_TITLE.match(texts[id(ln)].strip()) for ln in occ) \
                or (all(DATE_ALONE.match(texts[id(ln)].strip()) for ln in occ)
                    and len({texts[id(ln)].strip() for ln in occ}) == len(occ)):
            continue
        around = [surroundings(ln) for ln in occ]
        prevs, nexts = {a for a, _ in around}, {b for _, b in around}
        if len(prevs) >= 2 and len(nexts) >= 2:
            recurring.append(occ)
        elif ("#" in tpl or len(occ) >= 3) and (len(prevs) >= 2 or len(nexts) >= 2):
            one_sided.append((occ, "prev" if len(prevs) == 1 else "next"))
    # a numbered header printed beside another header line (pypdf: the
    # journal line, then the same with the page number) shares that
    # neighbour every time; accept it when the neighbour recurs as a header
    two_sided = {id(ln) for occ in recurring for ln in occ}
    count_of = {id(ln): len(occ) for occ in by_template.values() for ln in occ}
    for occ, side in one_sided:
        k = pos[id(occ[0])]
        j = k - 1 if side == "prev" else k + 1
        if not 0 <= j < len(body):
            continue
        neighbour = body[j]
        if id(neighbour) in two_sided and (len({texts[id(ln)] for ln in occ}) >= 2 or _title_case(texts[id(occ[0])])):
            # the page-numbered line beside a header, or the title printed
            # as the head beside the journal's line
            recurring.append(occ)
        elif len(occ) >= 3 and count_of.get(id(neighbour), 0) >= 3:
            # two header lines printed together on every page (pypdf)
            recurring.append(occ)
    in_recurring = {id(ln) for occ in recurring for ln in occ}

    def near_edge(ln: Line) -> bool:
        # pypdf prints no white space: a header then sits next to another
        # header line (the journal line, then the page-numbered one)
        if at_edge(ln):
            return True
        k = pos[id(ln)]
        return (k > 0 and beside_furniture(body[k - 1])) or (k + 1 < len(body) and beside_furniture(body[k + 1]))

    def beside_furniture(ln: Line) -> bool:
        # a lone word recurring beside the line is no header's company: an
        # extractor that sets each word of a widely spaced (justified) line
        # apart prints common words alone many times ("bir" / "surette")
        return id(ln) in in_recurring and not _lone_word(texts[id(ln)])

    header_ids: set[int] = set()
    for occ in recurring:
        # copies inside a passage emitted twice share both neighbours and
        # count once: a section's dateline is no header for being copied
        distinct = list({surroundings(ln): ln for ln in reversed(occ)}.values())
        # furniture sits at page edges every time it is printed; a line of
        # prose repeated by the extractor sits inside a paragraph once
        edges = sum(near_edge(ln) for ln in distinct)
        if edges < len(distinct) - (len(distinct) > 3) and not _numbered_journal_line(occ, texts):
            continue
        sample = texts[id(occ[0])]
        # (measured with its white space folded: layout mode sets a
        # header's page number far out, "Title          5")
        width = full_width(doc, occ[0].column)
        if 0.85 * width < len(" ".join(sample.split())) <= 1.25 * width \
                and sum(any(c.isalpha() for c in w) for w in sample.split()) >= 7 and not _title_case(sample):
            # a full line of prose (a long title printed as the head is
            # none, nor is a line set across a page of columns)
            continue
        if BROKEN_WORD_END.search(sample):
            continue  # a word broken at the margin: running text, repeated
        if SENTENCE_REST.match(" ".join(sample.split())):
            continue  # a sentence's rest, a paragraph's last line: running text, repeated
        if len(occ) < 3:
            # twice only: it must look like furniture, not like a label
            # ("Abstract") that a repeated passage happened to carry
            if not (DIGITS.search(sample) or len(sample.split()) >= 3):
                continue
        if any(ABSTRACT_RE.match(texts[id(ln)]) or KEYWORD_RE.match(texts[id(ln)]) for ln in occ):
            continue
        header_ids.update(id(ln) for ln in occ)

    # a journal reference shape standing alone at a page edge, or beside
    # another header line
    def beside_header(ln: Line) -> bool:
        k = pos[id(ln)]
        return (k > 0 and id(body[k - 1]) in header_ids) or (k + 1 < len(body) and id(body[k + 1]) in header_ids)

    def second_at_edge(ln: Line) -> bool:
        # printed again on another page, one line in from the edge, beside
        # a line printed again too: under the margin text that an extractor
        # set first, or under the journal's name on a line of its own
        if count_of.get(id(ln), 0) < 2:
            return False
        k = pos[id(ln)]
        return any(0 <= j < len(body) and count_of.get(id(body[j]), 0) >= 2 and at_edge(body[j])
                   for j in (k - 1, k + 1))

    parsed: dict[int, dict[str, str] | None] = {}

    def journal_of(ln: Line) -> dict[str, str] | None:
        # each line's journal reference, read once for the tests below
        if id(ln) not in parsed:
            parsed[id(ln)] = parse_journal_line(texts[id(ln)])
        return parsed[id(ln)]

    def same_journal_at_edge(ln: Line, journal: str) -> Line | None:
        # the journal's name again on the line beside, at the page's edge
        # (margin text an extractor set first): a page of furniture lines
        k = pos[id(ln)]
        for j in (k - 1, k + 1):
            if 0 <= j < len(body) and at_edge(body[j]):
                d = journal_of(body[j])
                if d and fold(d.get("journal", "")) == fold(journal):
                    return body[j]
        return None

    for ln in body:
        if id(ln) in header_ids:
            continue
        t = texts[id(ln)]
        if len(t) <= 160 and HAS_DIGIT.search(t):
            d = journal_of(ln)
            if not (d and ("volume" in d or "issue" in d)):
                continue
            if at_edge(ln) or beside_header(ln) or second_at_edge(ln):
                header_ids.add(id(ln))
            elif "journal" in d and (twin := same_journal_at_edge(ln, d["journal"])) is not None:
                header_ids.update((id(ln), id(twin)))

    # the journal's line with its volume or issue, word for word, wherever
    # else it stands (lines an extractor set between it and the page's
    # edge hide the edge)
    journal_lines = {" ".join(texts[id(ln)].split()) for ln in body if id(ln) in header_ids
                     and (d := journal_of(ln)) and ("volume" in d or "issue" in d)}
    if journal_lines:
        header_ids.update(id(ln) for ln in body if " ".join(texts[id(ln)].split()) in journal_lines)

    # a short line printed again beside the journal's line every time (the
    # margin text that an extractor set next to it) is furniture too
    def beside_journal_line(ln: Line) -> bool:
        k = pos[id(ln)]
        return id(ln) not in header_ids and any(
            0 <= j < len(body) and id(body[j]) in header_ids and journal_of(body[j])
            for j in (k - 1, k + 1))

    for occ, _side in one_sided:
        sample = " ".join(texts[id(occ[0])].split())
        if all(beside_journal_line(ln) for ln in occ) and (DIGITS.search(sample) or len(sample.split()) >= 3) \
                and len(sample) < 0.85 * full_width(doc, occ[0].column) \
                and not any(ABSTRACT_RE.match(texts[id(ln)]) or KEYWORD_RE.match(texts[id(ln)]) for ln in occ):
            header_ids.update(id(ln) for ln in occ)

    _lone_headers(doc, body, texts, header_ids)
    _printed_heads(body, texts, header_ids, near_edge)
    numbered_names = _journal_name_with_page(doc, body, texts, header_ids)
    header_ids.update(numbered_names)

    # margin strings repeated on every page sit far left of the body text
    indents = Counter(ln.indent for ln in body if id(ln) not in header_ids)
    body_indent = indents.most_common(1)[0][0] if indents else 0

    for ln in body:
        if id(ln) not in header_ids:
            continue
        reason = "margin-text" if in_margin(ln.indent, body_indent) else "running-header"
        d = journal_of(ln)
        extra = {}
        if d:
            meta_hits.append(d)
            if "page" in d:
                pages.append(d["page"])
            extra["parsed"] = d
        elif id(ln) in numbered_names:
            pages.append(numbered_names[id(ln)])
        doc.remove_line(ln, reason, NAME, **extra)

    _fill_metadata(doc, meta_hits, pages)


def _lone_headers(doc: Document, body: list[Line], texts: dict[int, str], header_ids: set[int]) -> None:
    """A header printed once (journals alternate the journal's name with the
    authors' or the title on facing pages): a short line without a stop
    beside a page number or a running header, across which the text runs on
    mid-sentence, so that nothing there can be a heading."""
    furniture = [id(ln) in header_ids or (ln.end - ln.start <= 16 and is_page_no(texts[id(ln)])) for ln in body]
    for k, ln in enumerate(body):
        if furniture[k] or not (0 < k < len(body) - 1) or not (furniture[k - 1] or furniture[k + 1]):
            continue
        t = texts[id(ln)]
        # (a header opens with a capital and is short: a line in lower case
        # goes on a sentence)
        if TERMINAL_STOP.search(t) or len(t) > min(80, 0.6 * full_width(doc, ln.column)) or not t[:1].isupper() \
                or sum(w.isalpha() for w in t.split()) < 2:
            continue
        if KEYWORD_RE.match(t):
            continue  # a keyword list an extractor set after the page's foot
        i, j = k - 1, k + 1
        while i >= 0 and furniture[i]:
            i -= 1
        while j < len(body) and furniture[j]:
            j += 1
        if i < 0 or j >= len(body):
            continue
        before, after = texts[id(body[i])], texts[id(body[j])]
        # (a short line above, without a stop, is a title that this line
        # may finish: "1- … Kongresi'nin Açılışında" / "Yaptığı Konuşma")
        if not FINISHED.search(before) and after[:1].islower() \
                and len(before) >= 0.6 * full_width(doc, body[i].column):
            header_ids.add(id(ln))


NAME_AND_PAGE = regex.compile(r"(?|(\d{1,4})\s+(\p{L}.*?)|(\p{L}.*?)\s+(\d{1,4}))\s*")


def _journal_name_with_page(doc: Document, body: list[Line], texts: dict[int, str],
                            header_ids: set[int]) -> dict[int, str]:
    """Lines that are the journal's name, known from the first page's
    masthead, and a page number ("202 Karadeniz Araştırmaları Dergisi"):
    a running header even where printed once (no text reads like that).
    By line id, the page number."""
    journal = doc.metadata.get("journal")
    if not journal:
        return {}
    name = fold(" ".join(journal.split()))
    found: dict[int, str] = {}
    for ln in body:
        t = texts[id(ln)]
        if id(ln) in header_ids or len(t) > len(journal) + 12 or not HAS_DIGIT.search(t):
            continue
        m = NAME_AND_PAGE.fullmatch(t.strip())
        if m is None:
            continue
        number, words = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
        if fold(" ".join(words.split())) == name:
            found[id(ln)] = number
    return found


def _lone_word(t: str) -> bool:
    """One word and no digit: "surette", "Millet"."""
    t = t.strip()
    return bool(t) and " " not in t and HAS_DIGIT.search(t) is None


def _title_case(t: str) -> bool:
    """A title's line: no stop at its end, its longer words capitalised
    ("One Billion Word Benchmark for Measuring Progress in …")."""
    return not TERMINAL_STOP.search(t) and title_case(t.split(), least=3, share=0.75)


def _printed_heads(body: list[Line], texts: dict[int, str], header_ids: set[int], near_edge) -> None:
    """A running head printed once or twice: journals alternate the
    journal's name with the title or the authors on facing pages, and a
    short article shows the title's head on one page only. Its words are
    printed elsewhere in the document, on a line or two (the title and the
    authors' names on the first page), and it stands at a page's edge:
    with the page number the headers' own numbers leave out ("Peer-review
    in the Internet age 189" between the journal's lines of pages 188 and
    190), or next to the page's number on a line of its own."""
    known = set()
    for ln in body:
        if id(ln) in header_ids:
            d = parse_journal_line(texts[id(ln)])
            if d and d.get("page", "").isdigit():
                known.add(int(d["page"]))
    lo, hi = (min(known) - 1, max(known) + 1) if known else (0, -1)
    is_number = [ln.end - ln.start <= 16 and is_page_no(texts[id(ln)]) for ln in body]
    # the candidates first (few), the document's lines counted only for them
    paged: list[tuple[Line, int, str]] = []
    beside: list[tuple[Line, int]] = []
    echoes: list[Line] = []
    for k, ln in enumerate(body):
        if id(ln) in header_ids or is_number[k]:
            continue
        t = texts[id(ln)]
        m = PAGED_HEAD.match(t) if t[-1:].isdigit() or t[:1].isdigit() else None
        if lo <= hi and m:
            num = int(m.group("num1") or m.group("num2"))
            words = " ".join((m.group("text1") or m.group("text2")).split())
            if lo <= num <= hi and num not in known and _head_words(words) and near_edge(ln):
                paged.append((ln, num, words))
            continue
        # (apart from the text on both sides, a page number on one: not
        # the last line of a title that recurs, "Yaptığı Konuşma")
        before, after = k > 0 and is_number[k - 1], k + 1 < len(body) and is_number[k + 1]
        # (PyMuPDF puts the head after the page's text, just above its
        # number, with no white space around it; a page break alone may
        # mark its place where no number is printed)
        page_edge = (k >= FRONT_LINES or ln.page != body[0].page) \
            and (before or after or body[k - 1].page != ln.page
                 or (k + 1 < len(body) and body[k + 1].page != ln.page))
        if m and page_edge:
            # a head beside its page's number, no stop at its end (a note's
            # number and its sentence are none): the head's words decide
            head = m.group("text1") or m.group("text2")
            if head[:1].isupper() and _head_words(head):
                echoes.append((ln, head))
        if not (before or after or page_edge) or not t[:1].isupper() or not _head_words(t.rstrip(" .…")):
            continue
        if (before or after) and (ln.blank_before or before) \
                and (k + 1 >= len(body) or body[k + 1].blank_before or after):
            beside.append((ln, k))
        if page_edge:
            echoes.append((ln, t))
    if echoes:
        first_page = [ln for ln in body[:FRONT_LINES] if ln.page == body[0].page]
        front = _words(" ".join(texts[id(ln)] for ln in first_page))
        grams = {tuple(front[i:i + 3]) for i in range(len(front) - 2)}
        front_words = set(front)
        # (a head of two words, an author's name: a whole line of the first page)
        front_lines = {tuple(w) for ln in first_page if len(w := _words(texts[id(ln)])) >= 2}
        for ln, t in echoes:
            head = _words(t)
            if _echoes(head, front_words, grams) or (len(head) >= 2 and tuple(head) in front_lines):
                header_ids.add(id(ln))
    if not paged and not beside:
        return
    printed = Counter()
    flat = [fold(" ".join(texts[id(ln)].split())) for ln in body]
    for k, f in enumerate(flat):
        printed[f] += 1
        if k + 1 < len(flat) and not TERMINAL_STOP.search(f):
            printed[f + " " + flat[k + 1]] += 1  # a title wrapped on the first page
    for ln, num, words in paged:
        if num not in known and printed[fold(words)]:
            header_ids.add(id(ln))
            known.add(num)
    for ln, k in beside:
        if printed[flat[k]] >= 2:
            header_ids.add(id(ln))


# the first page's lines, where the title and the authors' names stand
FRONT_LINES = 30
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
HEAD_FILLERS = frozenset(("et", "al", "and", "ve", "und"))


def _words(t: str) -> list[str]:
    # (a head may break a title's compound where the title does not)
    return [w for w in WORD.findall(fold(t)) if w not in HEAD_FILLERS]


def _echoes(head: list[str], front: set[str], grams: set[tuple[str, ...]]) -> bool:
    """Is the head made of the first page's words (`front`): the authors'
    names and the title, or its first words, in their order ("Surname /
    Title of the Article ...")? Three words of it at least must stand in a
    row there (one of the first page's `grams`), so that a section heading
    that shares some of the title's words is none."""
    if len(head) < 3 or not set(head) <= front:
        return False
    return any(tuple(head[i:i + 3]) in grams for i in range(len(head) - 2))


def _head_words(words: str) -> bool:
    """Few words, no stop at the end: a head, not a sentence."""
    return len(words.split()) <= 14 and not TERMINAL_STOP.search(words)


def _fill_metadata(doc: Document, hits: list[dict[str, str]], pages: list[str]) -> None:
    md = doc.metadata
    for key in ("journal", "volume", "issue", "year"):
        vals = Counter(h[key] for h in hits if key in h)
        if vals:
            md[key] = vals.most_common(1)[0][0]
    seen: list[str] = []
    known: set[str] = set()
    for p in pages:
        m = PAGE_NO.match(p)
        p = m.group(1) if m else p
        if p not in known:
            seen.append(p)
            known.add(p)
    if all(p.isdigit() for p in seen):
        seen.sort(key=int)
    md["pages"] = seen
    # margin text that reads as a name: the fuller form of the journal's
    # name when the header prints an abbreviation of it
    for cand in doc.layout.get("margin_text", []):
        d = parse_journal_line(cand) or {"journal": cand.strip(" ,.-–")}
        name = d["journal"]
        hits.append(d)
        cur = md.get("journal")
        if not cur:
            md["journal"] = name
            for key in ("volume", "issue", "year"):
                if not md.get(key) and d.get(key):
                    md[key] = d[key]
        elif len(name) > len(cur) and fold(name.split()[0]) == fold(cur.split()[0]) \
                and any(len(w) >= 2 and w.isupper() and w not in name for w in cur.split()):
            # the header abbreviates ("Van YYÜ İİBF Dergisi"); the margin
            # spells the name out
            md["journal"] = name
    if hits:
        md["journal_variants"] = sorted({h["journal"] for h in hits})
