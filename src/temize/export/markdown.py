"""Markdown: title, journal line, abstracts, keywords, headings, paragraphs
with footnote references as [^n], and the footnotes at the end."""
from __future__ import annotations

from ..casing import sort_key
from ..document import Document
from .common import journal_line, marks_by_block

LABELS = {"tr": ("Öz", "Anahtar Kelimeler"), "en": ("Abstract", "Keywords")}


def dumps(doc: Document) -> str:
    out: list[str] = []
    md = doc.metadata
    if md.get("title"):
        out.append(f"# {md['title']}\n")
    if md.get("authors"):
        out.append(", ".join(md["authors"]) + "\n")
    jl = journal_line(doc)
    if jl:
        out.append(f"*{jl}*\n")
    for ab in doc.abstracts:
        label = ab.label or LABELS.get(ab.lang or "", ("Abstract", "Keywords"))[0]
        out.append(f"## {label}\n")
        out.append(doc.render(ab.pieces) + "\n")
        for kl in doc.keywords:
            if kl.lang == ab.lang:
                kw = kl.label or LABELS.get(kl.lang or "", ("Abstract", "Keywords"))[1]
                out.append(f"**{kw}:** " + ", ".join(doc.term_text(s, e) for s, e in kl.terms) + "\n")
    shown = {kl.lang for kl in doc.keywords if any(ab.lang == kl.lang for ab in doc.abstracts)}
    for kl in doc.keywords:
        if kl.lang not in shown:
            terms = ", ".join(doc.term_text(s, e) for s, e in kl.terms)
            out.append(f"**{kl.label or 'Keywords'}:** {terms}\n")
    marks = marks_by_block(doc, "[^{label}]")
    for k, b in enumerate(doc.blocks):
        text = doc.render(b.pieces, marks.get(k))
        if b.type == "heading":
            out.append("#" * min(6, (b.level or 1) + 1) + " " + text + "\n")
        else:
            out.append(_escape(text) + "\n")
    if doc.footnotes:
        out.append("---\n")
        linked = {ref.label for ref in doc.footnote_refs}
        for fn in doc.footnotes:
            if fn.label in linked:
                out.append(f"[^{fn.label}]: {doc.render(fn.pieces)}\n")
            else:
                # no mark in the text to hang it on (a note on the title or
                # the authors): renderers drop such a definition, so the
                # note stands as a line of its own
                label = fn.label.replace("*", "\\*")  # "**" is no emphasis here
                out.append(f"{label} {doc.render(fn.pieces)}\n")
    if doc.citations:
        out.append("## Cited works\n")
        out.extend(_cited_works(doc))
    return "\n".join(out)


def _escape(text: str) -> str:
    # a paragraph that starts like a list item or heading must stay a paragraph
    if text[:1] in "#>*-+" or (text[:1].isdigit() and text.split(" ", 1)[0].rstrip(".").isdigit()
                                and text.split(" ", 1)[0].endswith(".")):
        return "\\" + text
    return text


def _cited_works(doc: Document) -> list[str]:
    works: dict[tuple[str, str], list[str]] = {}
    for c in doc.citations:
        where = f"§{c['block'] + 1}" if isinstance(c.get("block"), int) else str(c.get("block"))
        for r in c.get("refs", []):
            key = (" & ".join(r.get("authors") or [r.get("author") or "?"]), r.get("year") or "")
            places = works.setdefault(key, [])
            if where not in places:
                places.append(where)
    order = sorted(works, key=lambda k: (sort_key(k[0], doc.lang), k[1]))
    return [f"- {a} ({y}): cited in {', '.join(works[a, y])}\n" for a, y in order]
