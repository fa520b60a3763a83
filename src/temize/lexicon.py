"""Word lists: wordfreq's shipped frequencies plus the document's own words."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from .casing import lower_tr

WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*")


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency
    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0


def best_zipf(word: str, langs: tuple[str, ...]) -> float:
    return max((zipf(word, lg) for lg in langs), default=0.0)


def vocabulary(text: str) -> Counter[str]:
    """How often each word (Turkish-lowercased) occurs in the text, with
    hyphenated compounds counted whole."""
    return Counter(lower_tr(m) for m in WORD_RE.findall(text))
