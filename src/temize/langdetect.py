"""Language identification with py3langid (its model ships in the package;
nothing is downloaded)."""
from __future__ import annotations

from functools import lru_cache

import re

LANGS = ["tr", "en", "de", "fr", "es", "it", "pt", "nl", "ru", "az", "ar"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier
    return _load_identifier(norm_probs=False, langs=LANGS)


# Words so frequent in one language and rare in the others that a handful
# of them settle Turkish against English without running the model.
_TR = frozenset(("ve bir bu ile için olarak olan da de ki daha gibi kadar sonra çok her ise ama fakat "
                 "veya şu bütün değil olduğu olduğunu tarafından üzerine karşı arasında göre").split())
_EN = frozenset(("the of and to in is that for with as was are this by which we from be have has "
                 "were their these it not can also been").split())
_TR_LETTERS = re.compile(r"[ğşıİĞŞ]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")  # a letter outside a-z


def quick(text: str) -> str | None:
    """'tr' or 'en' when the evidence is overwhelming, else None."""
    words = text.lower().split()
    en = sum(map(_EN.__contains__, words))
    tr = sum(map(_TR.__contains__, words))
    if _TR_LETTERS.search(text):
        return "tr" if tr >= 2 and en == 0 else None
    if en >= 3 and tr == 0 and not _NON_ASCII_LETTER.search(text):
        return "en"  # curly quotes may be there; letters of other alphabets not
    return None


def detect(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or `default` for text too
    short to tell."""
    sample = text[:600]
    if sum(map(str.isalpha, sample[:200])) < 20:
        return default
    fast = quick(sample)
    if fast:
        return fast
    lang, _ = _identifier().classify(sample)
    return lang


def guess_language(text: str, reach: int = 60000, size: int = 1200) -> str | None:
    """The language of the running text in the middle of the document's
    start, white space collapsed: the body's, not that of a title or an
    abstract in another language above it, and not none where an extractor
    padded the first page's lines with spaces (layout modes)."""
    words = " ".join(text[:reach].split())
    mid = len(words) // 2
    return detect(words[max(0, mid - size // 2):mid + size // 2]) or detect(words)
