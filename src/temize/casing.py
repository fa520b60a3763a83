"""Turkish-aware case folding that never changes a string's length.

`str.lower()` turns 'İ' into 'i' + a combining dot (two characters), which
breaks offsets; and it folds 'I' to 'i' where Turkish wants 'ı'. Comparisons
in temize go through `fold`, which maps both dotted and dotless forms to one
letter, one character for one character.
"""
from __future__ import annotations

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


def is_upper_word(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
