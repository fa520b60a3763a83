"""What several writers share: which footnote marks sit in which block."""
from __future__ import annotations

from ..document import Document


def marks_by_block(doc: Document, template: str) -> dict[int, dict[int, str]]:
    """For each block index, {source offset of a marker: rendered mark}."""
    out: dict[int, dict[int, str]] = {}
    for ref in doc.footnote_refs:
        out.setdefault(ref.block, {})[ref.offset] = template.format(label=ref.label)
    return out


def journal_line(doc: Document) -> str:
    md = doc.metadata
    parts = []
    if md.get("journal"):
        parts.append(md["journal"])
    vi = ""
    if md.get("volume"):
        vi = md["volume"]
        if md.get("issue"):
            vi += f"({md['issue']})"
    if vi:
        parts.append(vi)
    if md.get("year"):
        parts.append(md["year"])
    if md.get("pages"):
        pages = md["pages"]
        parts.append(pages[0] if len(pages) == 1 else f"{pages[0]}–{pages[-1]}")
    return ", ".join(parts)
