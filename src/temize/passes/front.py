"""Front matter: abstracts and keyword lists (per language), title, authors.

An abstract starts at a label line ("Öz", "Özet", "Abstract", "Résumé", …,
alone or followed by text) and runs to its keyword list, the next abstract
label or the first heading. A keyword list starts at its label ("Anahtar
Kelimeler:", "Keywords:", …) and runs to the next white space. The labels
are cut out and recorded; their language is the abstract's language unless
the text says otherwise (the language pass checks).
"""
from __future__ import annotations

import regex

from ..casing import fold, lower_tr
from ..document import ABSTRACT, AUTHOR, BODY, KEYWORDS, REMOVED, TITLE, Abstract, Document, KeywordList, Line
from ..langdetect import detect
from ..layoutstats import full_width
from ..lexicon import best_zipf, lookup_langs, zipf
from ..marks import NOTE_SYMBOLS
from . import headings

NAME = "front"

ABSTRACT_LABELS = {
    "öz": "tr", "özet": "tr", "abstract": "en", "summary": "en", "résumé": "fr", "resume": "fr",
    "zusammenfassung": "de", "geniş özet": "tr", "genişletilmiş özet": "tr", "extended abstract": "en", "resumen": "es",
    "riassunto": "it", "аннотация": "ru", "ملخص": "ar", "xülasə": "az",
    # as OCR reads "Öz" and "Özet" when it drops the dots
    "oz": "tr", "ozet": "tr",
}
OCR_LABELS = {"oz", "ozet"}
# the labels of a document's own abstract: one word ("abstract", not
# "extended abstract", "geniş özet")
PLAIN_LABELS = {label for label in ABSTRACT_LABELS if " " not in label}
KEYWORD_LABELS = {
    "anahtar kelimeler": "tr", "anahtar sözcükler": "tr", "anahtar kavramlar": "tr",
    "keywords": "en", "key words": "en", "keyword": "en", "index terms": "en",
    "mots-clés": "fr", "mots clés": "fr", "schlüsselwörter": "de", "palabras clave": "es",
    "parole chiave": "it", "ключевые слова": "ru", "açar sözlər": "az", "jel codes": "en",
    "jel kodları": "tr", "jel classification": "en",
}


# a title's word is one language's where that lexicon rates it this much
# more common (zipf) than the other's; names rate alike in both
TITLE_WORD_MARGIN = 1.0
WORD = regex.compile(r"[\p{L}\p{M}]+")


def _label_re(labels: dict[str, str], need_colon: bool) -> regex.Pattern:
    alts = "|".join(sorted((regex.escape(k).replace(r"\ ", r"\s+") for k in labels), key=len, reverse=True))
    sep = r"\s*[:：.\-–—]\s*" if need_colon else r"\s*(?:[:：.\-–—]\s*|$|\s+)"
    return regex.compile(rf"^(?P<label>(?:{alts})){sep}", regex.I | regex.V1)


ABSTRACT_RE = _label_re(ABSTRACT_LABELS, need_colon=False)
KEYWORD_RE = _label_re(KEYWORD_LABELS, need_colon=True)
TERM_SPLIT = regex.compile(r"\s*[,;·•]\s*")


def _label_lang(labels: dict[str, str], label: str) -> str | None:
    from ..casing import lower_tr
    # Turkish lower case first ("ANAHTAR KELİMELER"), then plain ("INDEX TERMS")
    return labels.get(" ".join(lower_tr(label).split())) or labels.get(" ".join(label.lower().split()))


def abstract_label(doc: Document, ln: Line):
    """The label match if this line opens an abstract: the label alone
    ("Öz"), with punctuation ("Abstract: …", "ÖZET."), or in capitals before
    the text ("ABSTRACT This paper …"). A sentence that merely starts with
    the word ("Summary statistics were …") is not one."""
    t = doc.line_text(ln)
    m = ABSTRACT_RE.match(t)
    if not m:
        return None
    rest = t[m.end("label"):]
    if not rest.strip() or regex.match(r"\s*[:：.\-–—]", rest) or m.group("label").isupper():
        if m.group("label").lower() in OCR_LABELS and detect(doc.text[ln.start:ln.start + 600]) != "tr":
            return None  # "Oz" over English: a shred, not "Öz" read without its dots
        return m
    return None


def run(doc: Document) -> None:
    body = [ln for ln in doc.lines if ln.role == BODY]
    n = len(body)
    i = 0
    first_label = None
    front_end = None  # where the last abstract or keyword list ended
    translated: list[list[Line]] = []
    while i < n:
        ln = body[i]
        m = abstract_label(doc, ln)
        if m and _front_done(doc, m, body, i):
            m = None  # a section of the body under that name
        km = KEYWORD_RE.match(doc.line_text(ln)) if not m else None
        if m:
            if first_label is None:
                first_label = i
            if front_end is not None and _translated_title(doc, body[front_end:i]):
                translated.append(body[front_end:i])
            i = front_end = _take_abstract(doc, body, i, m)
            continue
        if km:
            if first_label is None:
                first_label = i
            i = front_end = _take_keywords(doc, body, i, km)
            continue
        i += 1
    # the title and authors stand above the first abstract or, where none
    # is printed, above the first section; so too where an extractor set
    # the abstract after the text's start (a page of columns under a
    # full-width abstract), when that section is the article's first
    first = _first_section(doc, body)
    stop = body[first_label] if first_label is not None else None
    if first is not None and (stop is None or (body[first].start < stop.start and _opens_article(doc, body, first))):
        stop = body[first]
    if stop is not None:
        reclaimed = _reclaim_running_heads(doc, stop)
        _title_and_authors(doc, [ln for ln in doc.lines if ln.start < stop.start], reclaimed)
    # the title again in the next abstract's language, over its label
    for lines in translated:
        for ln in lines:
            ln.role = TITLE
        title = " ".join(" ".join(doc.line_text(ln) for ln in lines).split()).rstrip(NOTE_SYMBOLS)
        doc.metadata["titles"] = doc.metadata.get("titles") or [doc.metadata.get("title")]
        doc.metadata["titles"].append(title)


TRANSLATED_TITLE_LINES = 3


def _translated_title(doc: Document, lines: list[Line]) -> bool:
    """Do these few lines between one language's abstract or keywords and
    the next abstract's label read as a title: words and no sentence (no
    stop at a line's end, none inside), no section of the text?"""
    if not 0 < len(lines) <= TRANSLATED_TITLE_LINES or any(ln.role != BODY for ln in lines):
        return False
    texts = [" ".join(doc.line_text(ln).split()) for ln in lines]
    joined = " ".join(texts)
    return all(t and not SENTENCE_END.search(t) for t in texts) and not PROSE.search(joined) \
        and sum(ch.isalpha() for ch in joined) >= 0.6 * len(joined) \
        and not any(headings.section_name(t) or (headings.heading_kind(doc, ln) or ("", ""))[1] == "numbered"
                    for t, ln in zip(texts, lines))


def _opens_article(doc: Document, body: list[Line], first: int) -> bool:
    """Does the section at body[first] open the article: numbered one at the
    top level ("1. Introduction", "I- Giriş") or one of the usual names, not
    a subsection ("1.1. …"), and under no sentence's rest in lower case
    (a page printed mid-article opens with either)?"""
    t = doc.line_text(body[first])
    opening = next((doc.line_text(ln).lstrip() for ln in body[:first] if HAS_LETTER.search(doc.line_text(ln))), "")
    return (FIRST_SECTION.match(t) is not None or bool(headings.section_name(t))) and not opening[:1].islower()


def _first_section(doc: Document, body: list[Line]) -> int | None:
    """The first line of the text that opens a numbered section or one of
    the usual names ("1. Introduction", "GİRİŞ"), under a few lines of the
    first page that read as a title and names: short, no sentence ending."""
    for i, ln in enumerate(body[:MAX_FRONT_LINES + 1]):
        found = headings.heading_kind(doc, ln)
        if found and (found[1] == "numbered" or headings.section_name(doc.line_text(ln))):
            above = [x for x in body[:i] if any(c.isalpha() for c in doc.line_text(x))]
            if not above or len(above) > 6 or any(
                    x.page != body[0].page or SENTENCE_END.search(doc.line_text(x)) for x in above + [ln]):
                return None
            return i
    return None


def _reclaim_running_heads(doc: Document, label: Line) -> set[int]:
    """Journals print the article's title and its authors' names as the
    running heads of later pages, so the headers pass takes their first
    printing too. On the first abstract's page, above it, such a line of
    two words or more (not the journal's name or a piece of it) is the
    title or a name: it goes back into the text for `_title_and_authors`.
    Returns the starts of the lines reclaimed."""
    # the journal's name, also where the margin prints it (in pieces)
    journals = _journal_names(doc) + _journal_names(doc, "margin_text")
    heads = [ln for ln in doc.lines if ln.start < label.start and ln.page == label.page]
    # the headers pass keeps what it parsed of a journal line
    parsed = {r.start for r in doc.removed if r.reason == "running-header" and "parsed" in r.extra}
    # (a head whose text the page prints again below it, the title or a
    # name, is that page's own running head: the first page of a journal
    # that heads its pages in turn with the title and the authors)
    below: set[str] = set()
    again: set[int] = set()
    for ln in reversed(heads):
        t = " ".join(doc.line_text(ln).split())
        if t in below:
            again.add(ln.start)
        below.add(t)
    taken: set[int] = set()
    for ln in heads:
        if ln.role != REMOVED or ln.reason != "running-header":
            continue
        t = " ".join(doc.line_text(ln).split())
        if ln.start in parsed or ln.start in again or len(t.split()) < 2 or any(t in j for j in journals):
            continue
        ln.role = BODY
        ln.reason = None
        taken.add(ln.start)
    if taken:
        doc.removed = [r for r in doc.removed if r.start not in taken or r.reason != "running-header"]
    return taken


def _journal_names(doc: Document, layout_key: str = "") -> list[str]:
    """The journal's names the headers pass found (or, with `layout_key`,
    those the margin pass read), white space folded."""
    names = doc.layout.get(layout_key) if layout_key else doc.metadata.get("journal_variants")
    return [" ".join(j.split()) for j in names or []]


def printed_label(label: str) -> str:
    """A label as printed, white space folded; one set in capitals
    ("ANAHTAR KELİMELER") in sentence case."""
    label = " ".join(label.split())
    return label[0] + lower_tr(label[1:]) if label.isupper() else label


def _front_done(doc: Document, m, body: list[Line], i: int) -> bool:
    """Has this label's language had its abstract and its keyword list
    already? Then a plain "Abstract" further down heads a section of the
    body (a longer form, "Extended Abstract", may still come there) --
    unless the text below it is in another language that has no abstract
    yet: one label printed over both abstracts (LaTeX's abstract
    environment names both in the document's language)."""
    label = " ".join(lower_tr(m.group("label")).split())
    if label not in PLAIN_LABELS:
        return False
    lang = _label_lang(ABSTRACT_LABELS, m.group("label"))
    if not (any(a.lang == lang for a in doc.abstracts) and any(k.lang == lang for k in doc.keywords)):
        return False
    below = " ".join(doc.line_text(ln) for ln in body[i:i + 4])[m.end():]
    other = detect(below)
    return other is None or other == lang or any(a.lang == other for a in doc.abstracts)


def _take_abstract(doc: Document, body: list[Line], i: int, m) -> int:
    ln = body[i]
    lang = _label_lang(ABSTRACT_LABELS, m.group("label"))
    doc.remove_span(ln.start, ln.start + m.end(), "label", NAME, label=m.group("label"))
    group = len(doc.abstracts)
    lines: list[Line] = []
    if ln.start + m.end() < ln.end:
        lines.append(ln)
    else:
        ln.role = ABSTRACT  # the label line itself; its text is all cut
        ln.group = group
    j = i + 1
    while j < len(body):
        nxt = body[j]
        t = doc.line_text(nxt)
        if abstract_label(doc, nxt) or KEYWORD_RE.match(t) or headings.heading_match(doc, nxt):
            break
        if nxt.page != ln.page and lines and doc.line_text(lines[-1]).endswith((".", "!", "?")) and nxt.blank_before:
            break
        lines.append(nxt)
        j += 1
    # with no keyword list or heading to stop it, an abstract ends at the
    # first paragraph break
    cut = None
    plain = " ".join(lower_tr(m.group("label")).split()) in PLAIN_LABELS
    if not plain and j >= len(body) and j - i <= MAX_EXTENDED_LINES:
        pass  # an extended abstract closing the text: paragraphs of its own, up to the end
    elif j >= len(body) or j - i > 80:
        cut = next((k for k in range(1, len(lines)) if _paragraph_break(doc, lines, k)), None)
    elif plain:
        cut = _overlong(doc, lines)
    if cut is not None:
        j = (i if lines and lines[0] is ln else i + 1) + cut
        lines = lines[:cut]
    for x in lines:
        x.role = ABSTRACT
        x.group = group
    doc.abstracts.append(Abstract(lang=lang, pieces=[], label=printed_label(m.group("label"))))
    return j


def _paragraph_break(doc: Document, lines: list[Line], k: int) -> bool:
    """Does a paragraph end before lines[k]: white space, or a finished
    sentence on a line short of the margin (extractors that print no blank
    lines: pypdf)?"""
    prev = lines[k - 1]
    t = doc.line_text(prev).rstrip()
    # (measured here in characters: the printed-width statistics that the
    # paragraphs pass keeps are not to be settled before the notes are out)
    return lines[k].blank_before or (t.endswith((".", "!", "?")) and len(t) < 0.8 * full_width(doc, prev.column))


# an extended abstract ("Extended Abstract", "Genişletilmiş Özet") runs to a
# page or two
MAX_EXTENDED_LINES = 300
# an abstract is rarely over 300 words; one that looks much longer has
# run into the body (see `_overlong`)
MAX_ABSTRACT_WORDS = 400
MIN_ABSTRACT_WORDS = 30


def _overlong(doc: Document, lines: list[Line]) -> int | None:
    """Where an abstract that runs on far past an abstract's length ends:
    at its first paragraph break after a finished sentence. An extractor
    that moved the keyword list below the page's text (pdftotext does when
    the journal's name stands in the right margin) would otherwise make the
    whole page the abstract. Extended abstracts have labels of their own
    and are not cut."""
    words = 0
    cut = None
    for k, x in enumerate(lines):
        t = doc.line_text(x)
        if cut is None and k and words >= MIN_ABSTRACT_WORDS and _paragraph_break(doc, lines, k) \
                and doc.line_text(lines[k - 1]).rstrip().endswith((".", "!", "?")):
            cut = k
        words += len(t.split())
    return cut if words > MAX_ABSTRACT_WORDS else None



def _take_keywords(doc: Document, body: list[Line], i: int, m) -> int:
    ln = body[i]
    lang = _label_lang(KEYWORD_LABELS, m.group("label"))
    doc.remove_span(ln.start, ln.start + m.end(), "label", NAME, label=m.group("label"))
    lines = [ln]
    # a label alone on its line: its terms follow, also after white space
    alone = not doc.text[ln.start + m.end():ln.end].strip()
    # the measure the list is set to: the page's, or that of the abstract
    # above it, set across a page of columns
    measure = max([full_width(doc, ln.column)] + [x.end - x.start for x in body[max(0, i - ABOVE):i]])
    j = i + 1
    # under a label alone, a term to a line ("Keywords:" / "Grain trade" /
    # "Harbour towns"), up to white space, a heading or a line of more words
    one_per_line = alone and all(j + d < len(body) and _term_alone(doc.line_text(body[j + d])) for d in (0, 1))
    while one_per_line and j < len(body) and len(lines) <= MAX_TERM_LINES:
        nxt = body[j]
        t = doc.line_text(nxt)
        if (nxt.blank_before and len(lines) > 1) or not _term_alone(t) or abstract_label(doc, nxt) \
                or headings.heading_match(doc, nxt) or headings.section_name(t):
            break
        lines.append(nxt)
        j += 1
    while not one_per_line and j < len(body) and len(lines) < 4:
        nxt = body[j]
        t = doc.line_text(nxt)
        if (nxt.blank_before and not (alone and len(lines) == 1)) or abstract_label(doc, nxt) \
                or KEYWORD_RE.match(t) or headings.heading_match(doc, nxt) or not HAS_LETTER.search(t):
            break  # (a line without a letter is no term's end: a section's number, "1-")
        # a keyword list wraps onto a short line, from a line that filled
        # the measure or broke after a separator; a long one is body text,
        # and a short one under a short list a title ("No escape?")
        prev_t = doc.line_text(lines[-1])
        if not prev_t.rstrip().endswith((",", ";")) and not _looks_like_terms(t) and (
                len(t) > 0.6 * len(prev_t) or len(prev_t) < 0.75 * measure):
            break
        lines.append(nxt)
        j += 1
    terms: list[tuple[int, int]] = []
    source: list[tuple[int, int]] = []
    for k, x in enumerate(lines):
        x.role = KEYWORDS
        s = ln.start + m.end() if k == 0 else x.start
        source.append((s, x.end))
        seg = doc.text[s:x.end]
        pos = 0
        for part in TERM_SPLIT.split(seg):
            a = seg.find(part, pos)
            pos = a + len(part)
            part_s = part.strip().rstrip(".")
            if not part_s:
                continue
            b = a + part.find(part_s)
            terms.append((s + b, s + b + len(part_s)))
    # a term broken across lines: join the last of one line with the first of
    # the next when the line did not end on a separator
    merged: list[tuple[int, int]] = []
    for t in terms:
        if merged and not one_per_line:
            between = doc.text[merged[-1][1]:t[0]]
            if "\n" in between and not regex.search(r"[,;·•]", between):
                merged[-1] = (merged[-1][0], t[1])
                continue
        merged.append(t)
    kl = KeywordList(lang=lang, terms=merged, source=source, label=printed_label(m.group("label")))
    doc.keywords.append(kl)
    return j


# the lines above a keyword list that tell the measure it is set to
ABOVE = 5


MAX_TERM_LINES = 10
TERM_ALONE = regex.compile(r"\p{L}[^,;:.!?]{0,48}")


def _term_alone(t: str) -> bool:
    """A line that holds one term: a few words, no separator, no stop."""
    t = t.strip()
    return TERM_ALONE.fullmatch(t) is not None and len(t.split()) <= 5 and not KEYWORD_RE.match(t)


def _looks_like_terms(t: str) -> bool:
    parts = TERM_SPLIT.split(t.strip().rstrip("."))
    return len(parts) >= 2 and all(0 < len(p.split()) <= 4 for p in parts)


DIGIT = regex.compile(r"\d")
HAS_LETTER = regex.compile(r"\p{L}")
FUNCTION_WORD_ZIPF = 6.55  # "with", "the", "of", "ve", "için" (not "all", "time", "Türkiye"): no title ends on one
INSTITUTION = regex.compile(
    r"\b(?:universit(?:y|ät|é|ies)|universidad|üniversitesi|üniversite|department|dept\.|bölümü|faculty|"
    r"fakültesi|institute|institut|enstitüsü|laborator(?:y|ies)|laboratuvarı|college|school\s+of|hospital|"
    r"hastanesi|cent(?:re|er)\s+for|merkezi|academy|akademisi|observatory|rasathanesi|ministry|bakanlığı|orcid)\b",
    regex.I)
EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the mark before an affiliation that ties it to its author: "1", "²", "*", "a"
AFFILIATION_LABEL = regex.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+|[" + NOTE_SYMBOLS + r"]+|[a-f](?=\s))\s*")
# an affiliation's letter after a name ("Selin Demir a"), with a note's mark
NAME_MARKS = regex.compile(r"(?:\s+[a-h](?:\s*[" + NOTE_SYMBOLS + r"])?)+$")
NAME_RE = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){1,4}$")


# a sentence's end and the next one's start inside a line ("… aus dem
# Stadtarchiv. Die Quellen …"): prose, which no title block holds
PROSE = regex.compile(r"\p{Ll}{3}[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}")
SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?][\"”’'»)]*$")
# lines above the first abstract that may all be front matter (the journal's
# lines, the title, authors and their affiliations)
MAX_FRONT_LINES = 16
PAGE_NUMBER_LINE = regex.compile(r"^[\s\-–—]*\d+[\s\-–—]*$")
FIRST_SECTION = regex.compile(r"^\s*(?:1|I)(?:\s*[.\-–)]\s*|\s+)\p{Lu}")  # "1. Intro", "1-Giriş", "I Giriş"


def _title_and_authors(doc: Document, before: list[Line], running_heads: set[int] = frozenset()) -> None:
    """Lines above the first abstract (or, where none is printed, above
    the first section): title, then author names."""
    journals = _journal_names(doc)
    cand = []
    for ln in before:
        t = " ".join(doc.line_text(ln).split())
        if ln.role != BODY or not any(c.isalnum() for c in t) or PAGE_NUMBER_LINE.match(t):
            continue  # no page number ("12", "– 68 –"), no scrap of punctuation
        if any(t.startswith(j) and DIGIT.search(t, len(j)) for j in journals):
            # the journal's line with its volume or year, printed once on
            # the first page (no running header to match it): furniture all
            # the same
            doc.remove_line(ln, "running-header", NAME)
            continue
        if headings.section_name(t):
            break  # the text's first section ("Introduction"): the front is above it
        if any(fold(t) == fold(j) for j in journals):
            doc.remove_line(ln, "running-header", NAME)  # the journal's name alone, over the title
            continue
        cand.append(ln)
    above = len(cand)
    cand = cand[-6:]
    full = sum(len(doc.line_text(ln)) >= 0.85 * full_width(doc, ln.column) for ln in cand)
    if not cand or full >= 3 or (full >= 2 and above > MAX_FRONT_LINES):
        # lines of running text above the label (an abstract at the
        # article's end, a label a passage repeated): no title there; a
        # title set in larger type fills few lines of the text's measure
        return
    for k, ln in enumerate(cand):
        if PROSE.search(doc.line_text(ln)):
            # one sentence ends and the next begins: running text, which no
            # title holds; the title is above it, if anything
            cand = cand[:k]
            break
    if not cand:
        return
    authors: list[Line] = []
    affiliations: list[Line] = []
    langs = lookup_langs(doc.lang)
    while len(cand) > 1:
        t = doc.line_text(cand[-1])
        if _is_affiliation(t):
            # an author's institution or address, under the names or under
            # each name
            affiliations.insert(0, cand.pop())
            continue
        if not _is_name_line(t) or _title_goes_on(doc.line_text(cand[-2]), langs) \
                or _written_in_lower_case(doc, t):
            break
        authors.insert(0, cand.pop())
        if authors[0].start in running_heads:
            break  # the names a later page prints as its running head: the title is above
    if affiliations and not authors:
        # no names above them: not an author block after all
        cand = sorted(cand + affiliations, key=lambda x: x.start)
        affiliations = []
    for ln in cand:
        ln.role = TITLE
    for ln in authors:
        ln.role = AUTHOR
    for ln in affiliations:
        doc.remove_line(ln, "affiliation", NAME)
    if affiliations:
        doc.metadata["affiliations"] = [AFFILIATION_LABEL.sub("", " ".join(doc.line_text(ln).split()))
                                        for ln in affiliations]
    # (a note's symbol after the title, "… Değişim*", is no part of it)
    titles = [" ".join(" ".join(doc.line_text(ln) for ln in group).split()).rstrip(NOTE_SYMBOLS)
              for group in _title_per_language(doc, cand, langs)]
    doc.metadata["title"] = titles[0] or None
    if len(titles) > 1:
        # the title, then the same title in the other language
        doc.metadata["titles"] = titles
    doc.metadata["authors"] = [name for ln in authors for name in _names(doc.line_text(ln))]


def _title_per_language(doc: Document, lines: list[Line], langs: tuple[str, ...]) -> list[list[Line]]:
    """The title lines, split where the language turns ("KARS VE ARDAHAN'DA
    LİMAN TİCARETİ" over "PORT TRADE IN KARS AND ARDAHAN"): journals print
    the title again in English below the article's own language. Each line
    goes to the language whose lexicon rates more of its words clearly
    commoner; names, rated alike, side with neither."""
    if len(lines) < 2 or len(langs) < 2:
        return [lines]
    sides = []
    for ln in lines:
        words = [w for w in WORD.findall(doc.line_text(ln)) if len(w) >= 2]
        if len(words) < 2:
            return [lines]
        votes = [0, 0]
        for w in words:
            # (zipf reads a Turkish-lowercased "ın" as "in" outside Turkish)
            z = [zipf(lower_tr(w), lg) for lg in langs[:2]]
            if abs(z[0] - z[1]) >= TITLE_WORD_MARGIN:
                votes[z[1] > z[0]] += 1
        if votes[0] == votes[1]:
            sides.append(None)  # names and terms: either language
        else:
            sides.append(0 if votes[0] > votes[1] else 1)
    turns = [k for k in range(1, len(sides)) if sides[k] is not None and sides[k - 1] is not None
             and sides[k] != sides[k - 1]]
    if len(turns) != 1 or sides[0] != 0 or sides[-1] is None:
        return [lines]  # one turn, from the document's language to the other
    return [lines[:turns[0]], lines[turns[0]:]]


def _title_goes_on(t: str, langs: tuple[str, ...]) -> bool:
    """Does a title line stop where its title cannot end: on a function word
    ("… Verbs with" / "Word Embedding"), a hyphen or a colon? Then the
    capitalised line below is the rest of the title, not an author's name."""
    t = t.rstrip()
    if t.endswith(("-", ":", "–")):
        return True
    last = t.rsplit(None, 1)[-1] if t else ""
    return last.isalpha() and best_zipf(lower_tr(last), langs) >= FUNCTION_WORD_ZIPF


def _written_in_lower_case(doc: Document, t: str) -> bool:
    """Does the text write these capitalised words in lower case elsewhere
    ("face recognition" for the title's "Face Recognition")? A phrase of
    common words, then: a name is capitalised wherever it stands."""
    low = lower_tr(" ".join(t.split()))
    return low != t and regex.search(r"(?<!\w)" + regex.escape(low) + r"(?!\w)", doc.text) is not None


def _is_affiliation(t: str) -> bool:
    """An author's institution (a university, department, faculty, institute
    …), e-mail or ORCID, perhaps after the mark that ties it to a name."""
    return len(t) < 240 and (INSTITUTION.search(t) is not None or EMAIL.search(t) is not None)


def _names(t: str) -> list[str]:
    """The names on an authors' line, without the marks that tie each to
    an affiliation or a note ("Selin Demir a,*", "Ali Kaya2", "YILMAZ*")."""
    out = []
    for part in regex.split(r"\s*(?:,|;|\band\b|\bve\b|&)\s*", t):
        part = NAME_MARKS.sub("", part).strip(" " + NOTE_SYMBOLS + "0123456789¹²³⁴⁵⁶⁷⁸⁹")
        if part and " ".join(part.lower().split()) not in MEMBERSHIPS:
            out.append(part)
    return out


# a society's grade after a name ("Anna Berg, Member, IEEE"): no name
MEMBERSHIPS = frozenset(("member", "senior member", "student member", "graduate student member", "life member",
                         "fellow", "life fellow", "ieee", "acm", "aps"))


def _is_name_line(t: str) -> bool:
    parts = _names(t)
    return bool(parts) and all(NAME_RE.match(p) for p in parts) and len(t) < 120
