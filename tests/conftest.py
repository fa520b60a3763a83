from __future__ import annotations

from pathlib import Path

import pytest

from temize.document import Document
from temize.pipeline import PASSES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def run_until(text: str, last: str, lang: str = "en") -> Document:
    """Run the pipeline's passes up to and including the one named `last`."""
    doc = Document(text, lang=lang)
    for p in PASSES:
        p.run(doc)
        if p.NAME == last:
            return doc
    raise AssertionError(f"no pass named {last}")


def body_text(text: str, lang: str | None = None) -> str:
    """The recovered body's blocks, joined with spaces."""
    from temize import recover
    return " ".join(b["text"] for b in recover(text, lang=lang).to_dict()["body"])


def texts(doc: Document, role: str) -> list[str]:
    return [doc.line_text(ln) for ln in doc.lines if ln.role == role]


def reasons(doc: Document) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in doc.removed:
        out.setdefault(r.reason, []).append(doc.text[r.start:r.end])
    return out


needs_shared = pytest.mark.skipif(not (SHARED / "bench" / "dev").is_dir(), reason="../shared is not here")
