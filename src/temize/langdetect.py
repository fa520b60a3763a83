"""Language identification with py3langid (its model ships in the package;
nothing is downloaded)."""
from __future__ import annotations

from functools import lru_cache

LANGS = ["tr", "en", "de", "fr", "es", "it", "pt", "nl", "ru", "az", "ar"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier
    return _load_identifier(norm_probs=False, langs=LANGS)


def detect(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or `default` for text too
    short to tell."""
    if sum(c.isalpha() for c in text[:2000]) < 20:
        return default
    lang, _ = _identifier().classify(text[:5000])
    return lang
