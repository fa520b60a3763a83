"""Article information on the first page: the lines a journal prints around
the title that are neither the article's text nor its running header.

- the masthead: the journal's name over a line of volume, issue, year and
  pages ("Cilt 12, Sayı 3, 2019, s. 112-130", "Vol. 5, No. 2 (2020), pp. 1-20");
- the article's history ("Geliş Tarihi / Received: 12.03.2019",
  "Accepted: 15 May 2019"), its DOI, ISSN, type ("Araştırma Makalesi /
  Research Article"), licence ("© 2019 …", "This work is licensed …"),
  the citation the journal suggests for it ("Atıf: Yılmaz, A. (2019) …")
  and the corresponding author's address.

Each line goes out as `article-info` with the `field` it holds; what is
metadata (journal, volume, issue, year, page_range, doi, received, revised,
accepted, published, article_type) fills `metadata` (the running headers,
read next, have the last word on journal, volume, issue and year). Only the
first page's lines are read, and each must open with one of these labels or
be wholly a volume line: running text does neither. The pass runs before
the headers pass, so that a suggested citation's "Journal, 5(2), 41-58" is
not taken for a running header.
"""
from __future__ import annotations

import regex

from ..document import BODY, Document
from ..knowledge.dates import extract_dates
from ..volumes import volume_parts
from .headers import SECTION_TITLE, TERMINAL_STOP
from .headings import section_name

NAME = "article_info"

# "Geliş Tarihi / Received", "Kabul Tarihi", "Published online" …: the label,
# perhaps in two languages, then a colon or white space and the date
_HISTORY_WORDS = {
    "received": ("geliş tarihi", "gönderim tarihi", "makale geliş tarihi", "received", "submitted",
                 "date of submission", "başvuru tarihi"),
    "revised": ("düzeltme tarihi", "revizyon tarihi", "revised", "revision received", "received in revised form"),
    "accepted": ("kabul tarihi", "makale kabul tarihi", "accepted", "date of acceptance"),
    "published": ("yayın tarihi", "yayınlanma tarihi", "yayımlanma tarihi", "yayımlanma", "published",
                  "published online", "available online", "online published", "date of publication",
                  "online yayın tarihi"),
}
_HISTORY_LABEL = {w: field for field, words in _HISTORY_WORDS.items() for w in words}
_LABEL_ALT = "|".join(sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in _HISTORY_LABEL), key=len,
                             reverse=True))
# a label's short form, before its other language's: "Geliş/Received: …"
_SHORT_LABELS = {"geliş": "received", "gönderim": "received", "başvuru": "received", "düzeltme": "revised",
                 "revizyon": "revised", "kabul": "accepted", "yayın": "published", "yayınlanma": "published",
                 "yayımlanma": "published"}
_SHORT_ALT = "|".join(_SHORT_LABELS)
HISTORY = regex.compile(rf"(?:(?P<label>{_LABEL_ALT})|(?P<short>{_SHORT_ALT})(?=\s*/\s*(?:{_LABEL_ALT})))"
                        rf"(?:\s*/\s*(?:{_LABEL_ALT}))?\s*[:：]?\s*", regex.I | regex.V1)

# a DOI: `match` for a line that is one, `search` for one inside a line
DOI = regex.compile(r"(?:doi\s*[:：]?\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+)", regex.I)
LABELLED = {
    "issn": regex.compile(r"^(?:e-?|p-?|print\s+|online\s+|elektronik\s+)?issn\b", regex.I),
    "citation": regex.compile(r"^(?:atıf(?:\s+için)?|kaynak\s+gösterimi|önerilen\s+atıf|bu\s+makaleye\s+atıf"
                              r"(?:\s+için)?|to\s+cite\s+this\s+article|cite\s+this\s+article|how\s+to\s+cite"
                              r"(?:\s+this\s+article)?|citation|cite\s+as)\s*(?:/[^:]{0,40})?[:：]", regex.I),
    "licence": regex.compile(r"^(?:\d{4}-\d{3}[\dX]\s*/\s*)?"  # (the journal's ISSN before it)
                             r"(?:©|\(c\)\s*\d{4}|copyright\b|this\s+(?:work|article)\s+is\s+licen[cs]ed"
                             r"|bu\s+(?:eser|makale|çalışma)\s.{0,60}lisans|creative\s+commons\b|cc[\s-]by\b)",
                             regex.I),
    # the headings of an article-information box, and a publisher's lines
    "history": regex.compile(r"^(?:(?:article\s+(?:info(?:rmation)?|history)|makale\s+(?:bilgi(?:si|leri)?|geçmişi|"
                             r"künyesi))(?:\s*/\s*|\s*[:：]?\s*$))+$", regex.I),
    "masthead": regex.compile(r"^(?:contents\s+lists?\s+available\s+at|journal\s+homepage|dergi\s+(?:ana\s*)?"
                              r"(?:sayfası|web\s+sayfası))\b", regex.I),
    "correspondence": regex.compile(r"^(?:sorumlu\s+yazar|corresponding\s+author|yazışma\s+adresi|"
                                    r"address\s+for\s+correspondence|e-?mail|e-?posta|orcid)\b[^:\n]{0,40}[:：]",
                                    regex.I),
}
_TYPES = ("araştırma makalesi", "derleme makalesi", "derleme", "research article", "review article",
          "original article", "original research", "original research article", "research paper",
          "case report", "olgu sunumu", "kitap incelemesi", "book review", "editorial", "editöryal",
          "short communication", "kısa makale", "kısa bildiri", "çeviri makale", "translation",
          "teknik not", "technical note", "review", "makale", "article")
_TYPE_ALT = "|".join(sorted((regex.escape(t).replace(r"\ ", r"\s+") for t in _TYPES), key=len, reverse=True))
ARTICLE_TYPE = regex.compile(rf"^(?:(?:makale\s+türü|article\s+type|makale\s+tipi)(?:\s*/\s*[^:]{{0,30}})?"
                             rf"\s*[:：]\s*)?(?P<type>{_TYPE_ALT})(?:\s*[/|–-]\s*(?:{_TYPE_ALT}))?\s*$", regex.I)


# a suggested citation ends at its pages, its DOI or its address
CITATION_ENDS = regex.compile(r"(?:\d+\s*[-–]\s*\d+|\b10\.\d{4,9}/\S+|https?://\S+)[.\s]*$")
HAS_DIGIT = regex.compile(r"\d")
BARE_YEAR = regex.compile(r"(?:1[89]|20)\d\d(?!\d)")


# the journal's name over its volume line: in one language or two
JOURNAL_NAME_LINES = 2
# where no page break marks the first page's end, how many lines it holds at most
FIRST_PAGE_LINES = 80
# the words these lines open with (a cheap test before the patterns)
OPENERS = frozenset("""geliş gönderim makale başvuru düzeltme revizyon kabul yayın yayınlanma yayımlanma online
received submitted date revised revision accepted published available doi https http issn e-issn eissn
p-issn print elektronik atıf kaynak önerilen bu to cite how citation © (c) copyright this creative cc
sorumlu corresponding yazışma address e-mail email e-posta eposta orcid araştırma derleme research review
original case olgu kitap book editorial editöryal short kısa çeviri translation teknik technical article
makale contents journal dergi""".split())


def run(doc: Document) -> None:
    body = [ln for ln in doc.lines if ln.role == BODY]
    if not body:
        return
    first_page = body[0].page
    page = [ln for ln in body[:FIRST_PAGE_LINES * 4] if ln.page == first_page][:FIRST_PAGE_LINES]
    md = doc.metadata
    k = 0
    while k < len(page):
        ln = page[k]
        t = doc.line_text(ln).strip()
        found = _read(t)
        if found is None:
            k += 1
            continue
        field, values = found
        lines = [ln]
        if field == "volume":
            # the journal's name stands above its volume line (perhaps over
            # its name in another language, perhaps over an ISSN line)
            names = []
            for above in reversed(page[max(0, k - JOURNAL_NAME_LINES - 2):k]):
                if above.role != BODY:
                    continue  # (an ISSN line, or furniture)
                if len(names) == JOURNAL_NAME_LINES or not _journal_name(doc.line_text(above).strip()):
                    break
                names.append(above)
            for above in names:
                doc.remove_line(above, "article-info", NAME, field="journal")
            if names and not md.get("journal"):
                md["journal"] = " ".join(doc.line_text(names[-1]).split())
        if field == "citation":
            # a suggested citation runs on over a few lines, up to white
            # space or the next label
            while k + len(lines) < len(page) and len(lines) < 4 \
                    and not CITATION_ENDS.search(doc.line_text(lines[-1])):
                nxt = page[k + len(lines)]
                t = doc.line_text(nxt).strip()
                if nxt.blank_before or _read(t) is not None or section_name(t) or SECTION_TITLE.match(t):
                    break  # (the text's first section under it)
                lines.append(nxt)
        for x in lines:
            doc.remove_line(x, "article-info", NAME, field=field)
        for key, value in values.items():
            if value and not md.get(key):
                md[key] = value
        k += len(lines)


def _doi(t: str) -> dict[str, str]:
    """{"doi": …} for a DOI inside the line, else {}."""
    d = DOI.search(t)
    return {"doi": d.group("doi").rstrip(".,;")} if d else {}


def _read(t: str) -> tuple[str, dict[str, str]] | None:
    """(field, metadata values) when the line is article information."""
    if not t or len(t) > 400:
        return None
    head = t.split(None, 1)[0].lower().rstrip(":：/,")
    if head not in OPENERS and not HAS_DIGIT.search(t):
        return None  # no label opens it and no volume line is without a number
    m = HISTORY.match(t)
    if m:
        values: dict[str, str] = {}
        for h in HISTORY.finditer(t):
            field = _HISTORY_LABEL[" ".join(h.group("label").lower().split())] if h.group("label") \
                else _SHORT_LABELS[h.group("short").lower()]
            if field in values:
                continue
            # the date right after its label ("Received 3 March 2020"), not
            # a sentence that opens with the word ("Published in 1923, the …")
            rest = t[h.end():h.end() + 40]
            dates = extract_dates(rest, "tr")
            if dates and dates[0]["start"] == 0:
                values[field] = dates[0]["value"]
            elif year := BARE_YEAR.match(rest):
                values[field] = year.group()
        if values and m.end() < len(t):
            return "history", values | _doi(t)
    if DOI.match(t):
        return "doi", _doi(t)
    for field, pat in LABELLED.items():
        if pat.match(t):
            return field, _doi(t)
    m = ARTICLE_TYPE.match(t)
    if m and (" " in m.group("type").strip() or "/" in t or ":" in t):
        # (a lone "Review" or "Article" may be a heading; with its other
        # language or its label it is the article's type)
        return "type", {"article_type": " ".join(t[m.start("type"):].split())}
    # (the journal's name and volume on one line is the running header's
    # shape: the headers pass reads it, on the first page as on the others)
    return _volume_line(t)


def _volume_line(t: str) -> tuple[str, dict[str, str]] | None:
    """A line wholly made of a volume, an issue, a year and pages."""
    values = volume_parts(t, labelled=True)
    if values is None:
        return None
    pages = values.pop("pages", None)
    if pages:
        a, _, b = regex.split(r"\s*([-–])\s*", pages, maxsplit=1)
        values["page_range"] = f"{a}-{b}"
    return "volume", values


def _journal_name(t: str) -> bool:
    """A short line of words with no stop at its end: a name, not a sentence."""
    words = t.split()
    return 1 <= len(words) <= 14 and len(t) <= 140 and not TERMINAL_STOP.search(t) \
        and sum(ch.isalpha() for ch in t) >= 0.7 * len(t.replace(" ", ""))
