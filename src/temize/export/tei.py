"""TEI P5 XML: a teiHeader with the metadata found, the abstracts and
keywords, the body as nested div/head/p, and each footnote as a
<note place="foot"> at its marker's position."""
from __future__ import annotations

from lxml import etree

from ..document import Document

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def _el(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for k, v in attrs.items():
        if v is None:
            continue
        if k == "lang":
            el.set(f"{{{XML_NS}}}lang", v)
        else:
            el.set(k.rstrip("_"), str(v))
    if text is not None:
        el.text = _xml_safe(text)
    return el


_ILLEGAL = dict.fromkeys([c for c in range(32) if c not in (9, 10, 13)] + [0xFFFE, 0xFFFF])


def _xml_safe(s: str) -> str:
    """Drop the few characters XML 1.0 cannot carry (control characters)."""
    s = s.translate(_ILLEGAL)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        s = "".join(c for c in s if not 0xD800 <= ord(c) <= 0xDFFF)
    return s


def build(doc: Document) -> etree._Element:
    md = doc.metadata
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    if doc.lang:
        root.set(f"{{{XML_NS}}}lang", doc.lang)
    header = _el(root, "teiHeader")
    fd = _el(header, "fileDesc")
    ts = _el(fd, "titleStmt")
    _el(ts, "title", md.get("title") or doc.doc_id)
    for a in md.get("authors") or []:
        _el(ts, "author", a)
    ps = _el(fd, "publicationStmt")
    _el(ps, "p", "Recovered by temize from text extracted from a PDF.")
    sd = _el(fd, "sourceDesc")
    bibl = _el(sd, "bibl")
    if md.get("title"):
        _el(bibl, "title", md["title"], level="a")
    if md.get("journal"):
        _el(bibl, "title", md["journal"], level="j")
    if md.get("volume"):
        _el(bibl, "biblScope", md["volume"], unit="volume")
    if md.get("issue"):
        _el(bibl, "biblScope", md["issue"], unit="issue")
    pages = md.get("pages") or []
    if md.get("page_range"):
        _el(bibl, "biblScope", md["page_range"], unit="page")  # as the first page prints it
    elif pages:
        _el(bibl, "biblScope", f"{pages[0]}-{pages[-1]}" if len(pages) > 1 else pages[0], unit="page")
    if md.get("year"):
        _el(bibl, "date", md["year"], when=md["year"] if str(md["year"]).isdigit() else None)
    if md.get("doi"):
        _el(bibl, "idno", md["doi"], type="DOI")
    if doc.keywords or doc.lang:
        pd = _el(header, "profileDesc")
        if doc.lang:
            lu = _el(pd, "langUsage")
            _el(lu, "language", doc.lang, ident=doc.lang)
        if doc.keywords:
            tc = _el(pd, "textClass")
            for kl in doc.keywords:
                kw = _el(tc, "keywords", lang=kl.lang)
                for s, e in kl.terms:
                    _el(kw, "term", doc.term_text(s, e))

    text = _el(root, "text")
    if doc.abstracts:
        front = _el(text, "front")
        for ab in doc.abstracts:
            div = _el(front, "div", type="abstract", lang=ab.lang)
            _el(div, "p", doc.render(ab.pieces))
    body = _el(text, "body")
    notes = {fn.label: fn for fn in doc.footnotes}
    placed: set[str] = set()
    refs_by_block: dict[int, list] = {}
    for r in doc.footnote_refs:
        refs_by_block.setdefault(r.block, []).append(r)
    stack: list[tuple[int, etree._Element]] = [(0, body)]
    for k, b in enumerate(doc.blocks):
        if b.type == "heading":
            level = b.level or 1
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            div = _el(stack[-1][1], "div")
            _el(div, "head", doc.render(b.pieces))
            stack.append((level, div))
            continue
        p = _el(stack[-1][1], "p", lang=b.lang if b.lang and b.lang != doc.lang else None)
        _fill_paragraph(doc, p, k, b, refs_by_block.get(k, []), notes, placed)
    if len(body) == 0:
        _el(body, "p", "")
    rest = [fn for fn in doc.footnotes if fn.label not in placed]
    if rest:
        back = _el(text, "back")
        div = _el(back, "div", type="notes")
        for fn in rest:
            _el(div, "note", doc.render(fn.pieces), place="foot", n=fn.label)
    return root


def _fill_paragraph(doc: Document, p, k: int, block, refs, notes, placed: set[str]) -> None:
    """The paragraph's text with <bibl> around citations, <date when> around
    dates and <note place="foot"> where each footnote marker stood."""
    text, where = doc.render_map(block.pieces)
    index = {off: i for i, off in enumerate(where) if off >= 0}
    events: list[tuple[int, int, str, object]] = []

    def span_range(spans):
        try:
            return index[spans[0][0]], index[spans[-1][1] - 1] + 1
        except (KeyError, IndexError):
            return None

    for c in doc.citations:
        if c["block"] == k and (r := span_range(c["spans"])):
            events.append((r[0], r[1], "bibl", c))
    for d in doc.dates:
        if d["block"] == k and (r := span_range(d["spans"])):
            events.append((r[0], r[1], "date", d))
    for ref in refs:
        pos = next((i for i, off in enumerate(where) if off > ref.offset), len(text))
        events.append((pos, pos, "note", ref))
    events.sort(key=lambda e: (e[0], e[1]))
    pos = 0
    last = None
    p.text = ""
    for s, e, kind, obj in events:
        if s < pos:
            if kind != "note":
                continue  # overlaps the element before it
            s = e = pos
        chunk = _xml_safe(text[pos:s])
        if last is None:
            p.text += chunk
        else:
            last.tail = (last.tail or "") + chunk
        if kind == "note":
            fn = notes.get(obj.label)
            el = _el(p, "note", _xml_safe(doc.render(fn.pieces)) if fn else "", place="foot", n=obj.label)
            placed.add(obj.label)
        elif kind == "bibl":
            el = _el(p, "bibl", text[s:e])
        else:
            el = _el(p, "date", text[s:e], when=obj["value"].split("/")[0] if "/" not in obj["value"] else None)
            if "/" in obj["value"]:
                a, b = obj["value"].split("/")
                el.set("from", a)
                el.set("to", b)
        last = el
        pos = e
    chunk = _xml_safe(text[pos:])
    if last is None:
        p.text += chunk
    else:
        last.tail = (last.tail or "") + chunk


def dumps(doc: Document) -> str:
    return etree.tostring(build(doc), xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
