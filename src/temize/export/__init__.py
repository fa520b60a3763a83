"""Writers for a recovered Document: JSON, Markdown, TEI XML, plain text."""
from __future__ import annotations

from ..document import Document
from . import jsonout, markdown, plaintext, tei

FORMATS = {
    "json": (jsonout.dumps, "json"),
    "md": (markdown.dumps, "md"),
    "tei": (tei.dumps, "xml"),
    "txt": (plaintext.dumps, "txt"),
}


def dumps(doc: Document, fmt: str) -> str:
    try:
        writer, _ = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return writer(doc)


def extension(fmt: str) -> str:
    return FORMATS[fmt][1]
