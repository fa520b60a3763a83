"""The language of each block, abstract and footnote, and of the document."""
from __future__ import annotations

from collections import Counter

from ..document import Document
from ..langdetect import detect

NAME = "language"
SAMPLE = 200


def run(doc: Document) -> None:
    weight: Counter[str] = Counter()
    for b in doc.blocks:
        if b.type != "paragraph":
            continue
        # a few hundred characters tell the language; the rest only costs
        t = doc.render(b.pieces[:6])[:SAMPLE]
        b.lang = detect(t)
        if b.lang:
            weight[b.lang] += sum(p.end - p.start for p in b.pieces)
    if weight and not doc.lang_given:
        doc.lang = weight.most_common(1)[0][0]
    for b in doc.blocks:
        if b.type == "heading":
            b.lang = doc.lang
    for ab in doc.abstracts:
        found = detect(doc.render(ab.pieces[:10]), default=ab.lang)
        ab.lang = found or ab.lang
    for fn in doc.footnotes:
        fn.lang = detect(doc.render(fn.pieces[:6])[:SAMPLE], default=doc.lang)
    # a keyword list takes the language of its label, or of the abstract
    # just before it when the label says nothing
    for kl in doc.keywords:
        if kl.lang is None and doc.abstracts:
            kl.lang = doc.abstracts[-1].lang
