"""temize: recover the article an author wrote from text a PDF extractor left."""
from __future__ import annotations

from pathlib import Path

from .document import Document
from .knowledge.citations import extract_citations
from .knowledge.dates import extract_dates
from .textio import InputError, normalize_text, read_text

__version__ = "0.1.0"
__all__ = ["recover", "recover_file", "extract_citations", "extract_dates", "Document", "InputError",
           "__version__"]


def recover(text: str, *, lang: str | None = None, doc_id: str = "document") -> Document:
    """Recover the article in `text` (already decoded). Never raises on text."""
    from .pipeline import run
    if not isinstance(text, str):
        raise TypeError(f"recover() takes decoded text (str), not {type(text).__name__}; "
                        "use recover_file() or temize.textio.decode_bytes() for bytes")
    return run(normalize_text(text), lang=lang, doc_id=doc_id)


def recover_file(path: str | Path, *, lang: str | None = None) -> Document:
    """Read, decode and recover a file. Raises InputError for unreadable input."""
    text, encoding = read_text(path)
    doc = recover(text, lang=lang, doc_id=Path(path).stem)
    doc.layout["encoding"] = encoding
    return doc
