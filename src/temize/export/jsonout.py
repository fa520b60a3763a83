"""JSON in the shape of the benchmark's SCHEMA.md, plus spans and removals."""
from __future__ import annotations

import json

from ..document import Document


def dumps(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=1)
