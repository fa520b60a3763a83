"""Word lists: wordfreq's shipped frequencies plus the document's own words."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from .casing import lower_tr
from .diacritics import ACCENT, ACCENT_CLASS, compose

# (a word may hold an accent an extractor set beside its letter: "di˘ger")
WORD_RE = regex.compile(rf"[\p{{L}}\p{{M}}{ACCENT_CLASS}]+(?:[-'’][\p{{L}}\p{{M}}{ACCENT_CLASS}]+)*")
# web and mail addresses: their letters are no words of the text
# ("www.facultyof1000.com" does not make "facultyof" a word); see
# `_without_addresses`


@lru_cache(maxsize=None)
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's table for a language, as zipf values (log10 of the
    frequency per billion words). Looking words up here skips wordfreq's
    per-call tokenisation, which costs more than the rest of a lookup."""
    from wordfreq import available_languages, get_frequency_list
    if lang not in available_languages():
        return {}
    # wordfreq stores its words in buckets a centibel apart: bucket i holds
    # the words of frequency 10^(-i/100), zipf 9 - i/100 (read so, the table
    # loads in a third of the time its frequency dict takes)
    table: dict[str, float] = {}
    for i, bucket in enumerate(get_frequency_list(lang)):
        if i >= 900:
            break  # (once in a billion words or rarer)
        table.update(dict.fromkeys(bucket, round(9 - i / 100, 2)))
    return table


# ligature letters read from a ToUnicode table with the bytes of each code
# swapped: "f" U+0066 as U+6600; after it, "fi" and "fl" as the sum of the
# two letters' codes, swapped ("ffi" is U+6600 U+CF00); see `passes.ligatures`
SWAPPED_LETTERS = str.maketrans({"\u6600": "f", "\u6900": "i", "\u6c00": "l", "\ucf00": "fi", "\ud200": "fl"})

# languages whose capital I lowers to dotless ı
DOTLESS_I = frozenset({"tr", "az", "kk", "tt", "crh"})


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-cased word; 0 for words the list lacks.

    Words come Turkish-lowercased (`lower_tr`), which makes "Inter" "ınter";
    elsewhere that ı stood for I."""
    if not word.isascii():
        if "ı" in word and lang not in DOTLESS_I:
            word = word.replace("ı", "i")
        # wordfreq keys its table by case-folded words with straight
        # apostrophes: "strasse" for "straße", "aujourd'hui"
        word = word.casefold().replace("’", "'")
        if "\u6600" in word:
            word = word.translate(SWAPPED_LETTERS)
        if ACCENT.search(word):
            word = compose(word)
    return frequencies(lang).get(word, 0.0)


def lookup_langs(lang: str | None) -> tuple[str, ...]:
    """The lexicons a word of a text in `lang` is looked up in: its own
    language's and English's (terms and names cross languages)."""
    lang = lang or "en"
    return (lang, "en") if lang != "en" else ("en",)


def best_zipf(word: str, langs: tuple[str, ...]) -> float:
    return max((zipf(word, lg) for lg in langs), default=0.0)


def vocabulary(text: str) -> Counter[str]:
    """How often each word (Turkish-lowercased) occurs in the text, with
    hyphenated compounds counted whole; web and mail addresses left out."""
    if "://" in text or "www." in text or "@" in text:
        text = _without_addresses(text)
    # (a compound is counted under "-" whichever hyphen its font printed)
    return Counter(WORD_RE.findall(lower_tr(text).replace("\u2010", "-")))


def _without_addresses(text: str) -> str:
    """The text with each white-space-delimited token that holds "://",
    "www." or "@" blanked (found by plain search: a pattern that scans
    every token for them is slow on long texts)."""
    spans = []
    for mark in ("://", "www.", "@"):
        k = text.find(mark)
        while k >= 0:
            a = k
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            b = k + len(mark)
            while b < len(text) and not text[b].isspace():
                b += 1
            spans.append((a, b))
            k = text.find(mark, b)
    parts, pos = [], 0
    for a, b in sorted(spans):
        if a >= pos:
            parts.append(text[pos:a])
            parts.append(" ")
            pos = b
        elif b > pos:
            pos = b
    parts.append(text[pos:])
    return "".join(parts)


# Inflectional endings of Turkish that wordfreq counts as words of their own
# (its tokeniser cuts "Türkiye'den" at the apostrophe): never a word by
# themselves when a run of words is split. ("de", "da", "ki", "mi" are
# words too and are not listed.)
SUFFIXES = {"tr": frozenset("""
    lar ler ları leri lara lere larda lerde lardan lerden ların lerin larla lerle larını lerini larına lerine
    in ın un ün nin nın nun nün dan den tan ten ndan nden ı i u ü yı yi yu yü nı ni nu nü a e na
    sı si su sü mız miz muz müz nız niz nuz nüz dır dir dur dür tır tir tur tür sın sin ta te nda nde
    sına sine sını sini sında sinde ından inden ına ine ını ini ında inde ım im um üm ımız imiz
    la le yla yle ıyla iyle uyla üyle daki deki
    """.split())}


BACK_VOWELS, FRONT_VOWELS = frozenset("aıouâû"), frozenset("eiöüî")
INFLECTED_STEM_ZIPF = 3.0  # a stem as common as this takes endings


@lru_cache(maxsize=65536)
def known_inflected(word: str, lang: str) -> bool:
    """Is a (lower-cased) word a known word followed by one or two of its
    language's endings, the lexicon lacking most inflected forms: "iman" +
    "ını"? The endings keep the stem's vowel harmony, front or back, and do
    not double its last consonant ("kan" + "nı" is no word)."""
    suffixes = SUFFIXES.get(lang)
    if not suffixes:
        return False
    table = frequencies(lang)
    for cut in range(3, len(word) - 1):
        stem, rest = word[:cut], word[cut:]
        if table.get(stem, 0.0) < INFLECTED_STEM_ZIPF or rest[0] == stem[-1]:
            continue
        vowels = [c for c in stem if c in BACK_VOWELS or c in FRONT_VOWELS]
        if not vowels:
            continue
        other = FRONT_VOWELS if vowels[-1] in BACK_VOWELS else BACK_VOWELS
        if any(c in other for c in rest):
            continue
        if rest in suffixes or any(rest[:i] in suffixes and rest[i:] in suffixes for i in range(1, len(rest))):
            return True
    return False


COMMON_REST = 3.0  # a broken word's rest this common is a word of its own ("ile")


def joins_inflected(joined: str, rest: str, langs: tuple[str, ...]) -> bool:
    """Do a word broken at a line's end and its `rest` on the next line
    make a listed word with its language's endings ("ima-" / "nını"), the
    rest no common word of its own ("İs-" / "ile" is no "isile")? Both
    lower-cased."""
    return known_inflected(joined, langs[0]) and best_zipf(rest, langs) < COMMON_REST
