"""Turkish-aware case folding that never changes a string's length.

`str.lower()` turns 'İ' into 'i' + a combining dot (two characters), which
breaks offsets; and it folds 'I' to 'i' where Turkish wants 'ı'. Comparisons
in temize go through `fold`, which maps both dotted and dotless forms to one
letter, one character for one character.
"""
from __future__ import annotations

import unicodedata

import regex

_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i", "i": "i"})


def fold(s: str) -> str:
    """Case-insensitive key, same length as `s` (for comparisons only)."""
    out = s.translate(_FOLD).lower()
    # lower() of the letters left is one-to-one for the scripts we meet; keep
    # the guarantee anyway
    return out if len(out) == len(s) else "".join(c.lower()[:1] or c for c in s.translate(_FOLD))


def lower_tr(s: str) -> str:
    """Turkish lower case: I -> ı, İ -> i."""
    return s.replace("I", "ı").replace("İ", "i").lower()


def upper_tr(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")


def is_upper_word(s: str) -> bool:
    """Has capital letters and no small ones ("GİRİŞ", "2. RESULTS")."""
    return _LOWER.search(s) is None and _UPPER.search(s) is not None


def title_case(words: list[str], least: int = 4, share: float = 0.8) -> bool:
    """Do most of the longer words (four letters or more; "ve", "of", "and"
    are short) open with a capital, with at least `least` of them?"""
    long = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= least and sum(w[:1].isupper() for w in long) >= share * len(long)


# the Turkish alphabet's order (Azerbaijani adds ə after e); q, w and x sit
# where Latin puts them, for foreign names
_TURKISH_ORDER = {c: i for i, c in enumerate("abcçdeəfgğhıijklmnoöpqrsştuüvwxyz")}
_CIRCUMFLEX = str.maketrans("âîû", "aiu")


def sort_key(s: str, lang: str | None = None) -> tuple:
    """A key that sorts words as a reader of `lang` expects: in Turkish,
    "Özalp" after "Oran" and "Şapolyo" after "Sonyel" (code points put them
    after "Z"); elsewhere accented letters beside their base letter
    ("Émile" beside "Emile"). Ties fall back to the string itself."""
    if lang in ("tr", "az"):
        low = lower_tr(s).translate(_CIRCUMFLEX)
        key = tuple(_TURKISH_ORDER.get(c, 100 + ord(c)) for c in low)
    else:
        base = "".join(c for c in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(c))
        key = tuple(ord(c) for c in base)
    return key, s
