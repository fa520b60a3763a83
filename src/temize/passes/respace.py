"""Words run together: some extractors (pypdf among them) drop the spaces of
whole lines ("foritssimplicity, suchastemporalmaxormeanpooling").

A long token that no lexicon knows is split into the sequence of known
words that is most probable under wordfreq's frequencies. The pass only
acts on lines that show the symptom (tokens nine letters long on
average) in documents where some token splits into four or more common
words; elsewhere long unknown words are names, terms or agglutinated forms
and stay as they are. In Turkish, whose lexicon lacks many inflected
forms, only runs longer than any common word are split
(`segment_suffixing`): unknown stretches may be words, suffixes never are,
and a known word with endings after it is one word (`_inflected`);
in a line that lost its spaces, two words split where each is known, as
it stands or with endings ("misaller" + "bulabiliriz"), unless a known
word runs across the cut or the second opens the ending of ability
("hatırlaya" + "bilirsiniz" is one word).
A run broken by a line-end hyphen is split whole, across the seam (its
halves are no words "printed elsewhere" for standing here); a run that
opens a line after a hyphen kept there ("Brest-" + "Litovskşehrinde…") is
split on its own; one whose split falls right at the break gets the hyphen
back where the two words make a compound (`_seam_hyphen`). In a line that
lost its spaces, punctuation, quotation marks, numbers and acronyms glued
to words show where the spaces were
("transition(FOT),consistent", 'the"peakeffect"(PE)'); in Turkish, so do
a name's capital and the endings an apostrophe sets off after a name
("heyetİstanbul'agelmemiş"). Four glued
places prove themselves in any document: a full stop glued to the next
sentence's first word ("aldanıyorlar.Zira"), a word glued to an Ottoman
izafet ("mazhar-ıistiklal"), a heading's number glued to its title
("1.Hilafet") where the document's other headings set theirs apart, and
a title's capitalised words run together ("YenigünGazetesi’neVerdiği")
where some heading holds two such starts in one run.
The document's own words count as known, except runs glued in lines that
lost their spaces (`_own_words`). A split is recorded as a piece
boundary with a space, so the output still maps onto the input.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import accumulate

import regex

from ..casing import lower_tr
from ..document import Document, Piece
from ..layoutstats import SPACELESS_TOKEN, spaces_lost
from ..lexicon import DOTLESS_I, SUFFIXES, frequencies, lookup_langs, vocabulary, zipf
from ..marks import PRINTED_HYPHENS
from .ligatures import LETTERS, LIGATURE
from .paragraphs import AGGLUTINATIVE, IZAFET_LANGS, Joiner

NAME = "respace"

TOKEN = regex.compile(r"\p{L}{10,}")
SHORT_TOKEN = regex.compile(r"(?<![\p{L}’'])\p{L}{5,11}(?![\p{L}\-’'])")
CAMEL = regex.compile(r"(\p{Ll}{2,4})(\p{Lu}\p{Ll}{2,})")
FUNCTION_ZIPF = 5.5
# a short function word that ends a run proves nothing where this share of
# the language's words end so ("multipart" + "on")
ENDING_SHARE = 0.005
COMMON_ZIPF = 4.5
# web text puts glued forms into the lexicon ("thefirst", "forexample"):
# in a document that shows the symptom, a short run this rare is split where
# its words are likelier (by this much, in log10) than the run as one word
GLUED_FORM_ZIPF = 2.0
GLUED_FORM_MARGIN = 1.5
CAMEL_INSIDE = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}")
MIN_TOKEN = 10
STRICT_TOKEN = 12  # outside squashed lines only longer tokens are tried
MAX_WORD = 18
MAX_TOKEN = 200
MIN_SYMPTOMS = 1
MEAN_TOKEN = SPACELESS_TOKEN
LONG_RUN = re.compile(r"\S{%d,}" % min(MEAN_TOKEN, MIN_TOKEN))
# in a suffixing language, words of this many letters are rare: a longer
# run that no lexicon knows is words run together
SUFFIXING_TOKEN = 22
SQUASHED_SUFFIXING_TOKEN = 10  # in a line that lost most of its spaces
# (a line of such a run, spaces lost, holds a stretch this long, also where
# punctuation stands in it)
SUFFIXING_SCAN = 16
LONG_RUN_SUFFIXING = re.compile(r"\S{%d,}" % SUFFIXING_SCAN)
SUFFIXING_WORD = 24
# in a line that lost its spaces, the places punctuation shows they were:
# after a comma, semicolon or colon before a letter ("transition,consistent";
# after a number too, before a word: "at 1, 2,and 3"),
# after a full stop ending a word before a capital ("detail.The", not
# "e.g.The"), after a closing bracket before a letter, and before an opening
# one after a word of three letters or more that holds more than a symbol
# ("transition(FOT)", not "f(S)"), and where letters meet digits
SQUASHED_PUNCTUATION = regex.compile(
    r"(?<=[\p{L})\]”’\"])[,;:](?=\p{L})|(?<=\d)[,;](?=\p{Ll}{3})|(?<=\p{L}{2})[.!?](?=\p{Lu}\p{Ll})|\)(?=\p{L})"
    r"|(?<=\p{L}{3})(?=\((?:\p{L}{2}|\p{L}+\s|\d))"
    # and around a dash between two sentences ("oluyoruz.-Alelumum": a
    # speaker's turn)
    r"|(?<=\p{L}{2}[.!?…])(?=[-–—]\p{Lu})|(?<=\p{L}{2}[.!?…][-–—])(?=\p{Lu})"
    # and between a word and a number ("of0.001for", "established14clusters",
    # "such3-layer", "1000Biology"; not "CeRu2", "10th", "1960s")
    r"|(?<=\p{Ll}{2})(?=\d)|(?<=[\d%])(?=\p{Ll}{3}|\p{Lu}\p{Ll}{2})|(?<=%)(?=\p{L})"
    # and after a decade ("the1960’sand")
    r"|(?<=\d[’']s)(?=\p{Ll}{2})")
# the endings an apostrophe sets off after a name ("Ankara'ya",
# "İstanbul'daki"), where a word may be glued to them (see `_after_name_ending`)
APOSTROPHE_ENDINGS = {"tr": frozenset("""
    a e ya ye ı i u ü yı yi yu yü da de ta te dan den tan ten ın in un ün nın nin nun nün
    la le yla yle ki daki deki taki teki dır dir dur dür tır tir tur tür dı di du dü ydı ydi
    ca ce ça çe lı li lu lü lar ler ları leri ndan nden nda nde na ne
    """.split())}
# (in a title set in capitals, the ending is in capitals too: "DERNEĞİ’NDEYAPTIĞI")
NAME_ENDING = regex.compile(r"(?|(?<=\p{Lu}\p{Ll}*['’])(\p{Ll}+)|(?<=\p{Lu}{2}['’])(\p{Lu}+))(?![\p{L}\p{M}])")
# a number glued to a capitalised word ("Facultyof 1000Biology")
NUMBER_THEN_WORD = regex.compile(r"(?<=\d{2})(?=\p{Lu}\p{Ll}{3,})")
NAME_START = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}(?=\p{Ll}{2})")
# how the word lists spell "ß" and the ligatures (see `segment`)
SPELLED_OUT = str.maketrans({"ß": "ss", **LETTERS})
# quotation marks (see `_quote_cuts`)
QUOTE = re.compile('["“”]')
# a full stop between a lower-case word and a capitalised one, no space
GLUED_SENTENCE = regex.compile(r"(?<![\p{L}\p{M}.])(\p{Ll}{3,})\.(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}.])")
# an izafet vowel after a hyphen with a word glued to it
GLUED_IZAFET = regex.compile(r"(?<=\p{L}{3}-)(y?[ıiuü])(\p{L}{3,})(?![\p{L}\p{M}])")
GLUED_REACH = 40  # how far around a place its pattern may reach
ADDRESS_REACH = 200  # how far around a place an address it falls in may reach
NEAR_GLUED_SENTENCE = re.compile(r"\.(?=[^\W\d_])")
NEAR_GLUED_IZAFET = re.compile(r"-(?=y?[ıiuü][^\W\d_])")
IZAFET_VOWEL = regex.compile(r"y?[ıiuü](?=\p{L}{3})")
# a stretch this long in a line that lost its spaces is words run together
# where this share of its letters falls in known words; a shorter one
# (from SQUASHED_SUFFIXING_TOKEN) where a larger share does ("Bunun" +
# "üzerine" + "makam", not "kuvvet" + "lenm" + "işler")
KNOWN_SHARE_RUN = 24
KNOWN_SHARE = 0.6
KNOWN_SHARE_SHORT = 0.8
CAPITAL_INSIDE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# a split into this many words may take one rare word (see `_split_ok`)
LONG_SPLIT = 5
UNKNOWN_LETTER = 1.0  # the price of each letter of a word no list knows
# a known word with endings after it (see `_inflected`)
STEM_ZIPF = 3.0
PAIR_ZIPF = 4.0  # each of two words a run splits into, outside squashed lines
# endings that are also words of their own ("ya": or): they end an inflected
# word ("istila" + "ya"), and stand alone as well
WORD_ENDINGS = {"tr": frozenset(("ya", "ye"))}
INFLECTION_COST = 2.0
MIN_STEM = 4
MAX_ENDING = 6  # letters of the longest ending
MAX_ENDINGS = 12  # letters of the longest chain of endings
# longer unknown stretches are rather a known stem's inflected rest
# ("muvaffak" + "iyetsizliklerinden"): a run holding one is left whole
UNKNOWN_WORD = 14
RUN_EVIDENCE_ZIPF = 6.0
# languages whose "’s" after a word is a possessive ending, not the start of the next word
POSSESSIVE_S = frozenset({"en"})
# a run this long is no word, whatever words it holds: its split needs no
# common word as evidence where known words (this share of its letters)
# make up most of it ("tamamiyetimahfuzkalmakşartıylaaltıncımaddede…")
NO_WORD_RUN = 30
NO_WORD_KNOWN_SHARE = 0.7
# a stem's last consonant as it stands before an ending that opens with a
# vowel, and as the lexicon lists the stem (see `_inflected`)
SOFTENED = {"ğ": "k", "c": "ç", "b": "p", "d": "t"}
TURKISH_VOWELS = "aeıioöuüâîû"
# letters no word of the language begins with (Turkish ğ)
NEVER_FIRST = {"tr": "ğ", "az": "ğ"}
VOWELS = {"tr": "aeıioöuüâîû", "az": "aeıioöuüə"}


def _best_split(word: str, longest: int, cost) -> list[str] | None:
    """The split of `word` whose pieces' costs sum highest (a log10
    probability); `cost(j, i)` prices `word[j:i]` as a word, None where it
    cannot be one. None when no split covers the word."""
    n = len(word)
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for i in range(1, n + 1):
        top = None
        for j in range(max(0, i - longest), i):
            prev = best[j]
            if prev is None:
                continue
            c = cost(j, i)
            if c is not None and (top is None or prev[0] + c > top[0]):
                top = (prev[0] + c, j)
        best[i] = top
    if best[n] is None:
        return None
    parts = []
    i = n
    while i > 0:
        j = best[i][1]
        parts.append(word[j:i])
        i = j
    parts.reverse()
    return parts


def _capitals_end(word: str, i: int) -> bool:
    """Does the run of capitals at word[i] end the word, or a word's part
    before a digit or a sign ("OpenCV", "OpenCV2")?"""
    k = i
    while k < len(word) and word[k].isupper():
        k += 1
    return k == len(word) or not word[k].isalpha()


def segment(word: str, langs: tuple[str, ...], own: Counter | None = None,
            min_zipf: float = 1.0, acronyms: bool = False) -> list[str] | None:
    """The best split of `word` into known words, or None. `own` counts the
    document's own words: a name it prints elsewhere ("Chacaltaya") is a
    word here too. Words rarer than `min_zipf` are not tried; with
    `acronyms`, a run of capitals between lower-case words is a word."""
    low = lower_tr(word)
    n = len(low)
    tables = [(frequencies(lg), lg not in DOTLESS_I) for lg in langs]
    # the lists spell "ß" and ligatures ("ﬁ") out; a piece is looked up so
    # and keeps its length in the word
    spelled = "ß" in low or LIGATURE.search(low) is not None

    def cost(j: int, i: int) -> float | None:
        if i + 1 < n and word[j].isupper() and word[i - 1].islower() and word[i].isupper() \
                and not word[i + 1].islower() and _capitals_end(word, i):
            # a name ending in capitals stays whole: "OpenCV"; not a word
            # before an acronym that the next word follows ("BecauseCFLordering")
            return None
        piece = low[j:i]
        key = piece.translate(SPELLED_OUT) if spelled else piece
        z = 0.0
        for table, undot in tables:
            v = table.get(key.replace("ı", "i") if undot and "ı" in key else key, 0.0)
            if v > z:
                z = v
        if own and 4 <= i - j <= 15 and piece != low and own.get(piece, 0) >= 1:
            z = max(z, 4.0)
        letter = False  # a capital standing alone between words: "observerBtreated"
        if acronyms and word[j:i].isupper() and (j == 0 or word[j - 1].islower()):
            if i - j >= 2 and (i == n or not word[i].isupper() or word[i + 1:i + 2].islower()):
                z = max(z, 3.0)  # an acronym between words: "fromtheWMT", "initialRFsurvey"
            elif i - j == 1 and 0 < j and (i == n or word[i].islower()):
                z, letter = max(z, 3.0), True
        # one-letter words only where the language has them
        if z < min_zipf or (i - j == 1 and piece not in ("a", "i", "ı", "o", "e") and not letter):
            return None
        if i - j <= 3 and CAPITAL_INSIDE.search(word, j + 1, i):
            return None  # no short word has a capital inside: "observe" + "rB"
        # log10 of the word's probability: zipf is log10 per billion
        # words; rare entries (often compounds like "blackholes") pay
        # extra, so that common words win where they fit
        return z - 9.0 - (3.0 if z < 2.0 else 0.0)

    parts = _best_split(word, MAX_WORD, cost)
    return parts if parts and len(parts) >= 2 else None


def segment_squashed_suffixing(word: str, lang: str, own: Mapping[str, int],
                               shortest: int = SQUASHED_SUFFIXING_TOKEN) -> list[str] | None:
    """A run in a line that lost its spaces, in a suffixing language: cut
    first where a capital follows a small letter (a name's first letter:
    "GaziPaşamızınİstanbul"), then each long stretch into words, also where
    none of them is among the commonest (`segment_suffixing` wants one) as
    long as most of its letters fall in known words."""
    out: list[str] = []
    for piece in CAPITAL_INSIDE.split(word):
        low = lower_tr(piece)
        parts = None
        if len(piece) >= shortest and not zipf(low, lang) and own.get(low, 0) <= 1:
            parts = segment_suffixing(piece, lang, own)
            if parts is None:
                parts = segment_suffixing(piece, lang, own, evidence=False, squashed=True)
                # (two words: `segment_suffixing` has vouched for each)
                if parts and len(parts) > 2:
                    table = frequencies(lang)
                    known = sum(len(p) for p in parts if table.get(lower_tr(p), 0.0) >= STEM_ZIPF
                                or own.get(lower_tr(p), 0) >= 1)
                    share = KNOWN_SHARE if len(piece) >= KNOWN_SHARE_RUN else KNOWN_SHARE_SHORT
                    if known < share * len(piece):
                        parts = None
        out += parts or [piece]
    return out if len(out) > 1 else None


def segment_suffixing(word: str, lang: str, own: Mapping[str, int], evidence: bool = True,
                      squashed: bool = False) -> list[str] | None:
    """The best split of a long run in a language that builds words with
    suffixes (Turkish), or None. Its lexicon lacks many inflected forms, so
    an unknown stretch may be a word, at a price that grows with its length;
    suffixes (`SUFFIXES`) and rare short words are never words of their
    own, so that "mektepler" does not come out as "mektep ler"."""
    low = lower_tr(word)
    table = frequencies(lang)
    suffixes = SUFFIXES.get(lang, frozenset())
    never_first = NEVER_FIRST.get(lang, "")
    vowels = VOWELS.get(lang, "aeiou")

    inflected = _inflected(low, table, _chain_endings(lang), own)

    def cost(j: int, i: int) -> float | None:
        piece = low[j:i]
        size = i - j
        if piece in suffixes or piece[0] in never_first or not any(ch in vowels for ch in piece):
            # (every syllable holds a vowel: "tv" is no word in running text)
            return None
        z = table.get(piece, 0.0)
        if size >= 3 and piece != low and own.get(piece, 0) >= 1:
            z = max(z, 4.0)  # written as a word elsewhere in the document
        if (size <= 3 and z < FUNCTION_ZIPF - 0.5) or (size == 1 and piece != "o"):
            z = 0.0
        if z > 0:
            return z - 9.0
        if (j, i) in inflected:
            return inflected[(j, i)]
        if not 4 <= size <= UNKNOWN_WORD or (piece[0] not in vowels and piece[1] not in vowels):
            # (a word no list knows does not open with two consonants:
            # Turkish words seldom do, the rest of a cut word often does)
            return None
        return -9.0 - UNKNOWN_LETTER * size

    parts = _best_split(word, SUFFIXING_WORD, cost)
    if not parts or len(parts) < 2:
        return None
    lows = [lower_tr(p) for p in parts]
    if len(parts) == 2:
        # two words each common or printed alone elsewhere in the document
        # ("Türkler" + "kapitülasyonların"); in a line that lost its spaces
        # (`squashed`) also each known, or a known word's inflected form
        # ("misaller" + "bulabiliriz")
        cut = len(lows[0])
        least = STEM_ZIPF if squashed else PAIR_ZIPF
        if not all(len(p) >= 5 and (table.get(p, 0.0) >= least or own.get(p, 0) >= 1
                                    or (squashed and span in inflected))
                   for p, span in zip(lows, ((0, cut), (cut, len(low))))):
            return None
        if squashed and any(table.get(low[:m], 0.0) >= STEM_ZIPF or (0, m) in inflected
                            for m in range(cut + 1, len(low) + 1)):
            # a known word, or one with its endings, runs across the cut
            return None
        if squashed and lows[0][-1] in "ae" and lows[1].startswith("bil"):
            # the ending of ability, "-(y)abil": "hatırlayabilirsiniz" is
            # one word, not "hatırlaya" + "bilirsiniz"
            return None
        return parts
    # words run together hold some of the commonest ("ve", "bir", "için");
    # a long word cut into rarer pieces is one word
    if evidence and not any(table.get(p, 0.0) >= RUN_EVIDENCE_ZIPF for p in lows) \
            and not (len(low) >= NO_WORD_RUN and _known_share(lows, table, inflected, own) >= NO_WORD_KNOWN_SHARE):
        return None
    return parts


def _known_share(lows: list[str], table: Mapping[str, float], inflected: Mapping[tuple[int, int], float],
                 own: Mapping[str, int]) -> float:
    """The share of the letters of a split that fall in words the lexicon or
    the document knows, as they stand or with endings after them."""
    known = at = 0
    for p in lows:
        if table.get(p, 0.0) >= STEM_ZIPF or own.get(p, 0) >= 1 or (at, at + len(p)) in inflected:
            known += len(p)
        at += len(p)
    return known / max(at, 1)


@lru_cache(maxsize=None)
def _chain_endings(lang: str) -> frozenset[str]:
    """The endings an inflected word may end in: the suffixes and the
    endings that are words too."""
    return SUFFIXES.get(lang, frozenset()) | WORD_ENDINGS.get(lang, frozenset())


def _inflected(low: str, table: dict[str, float], suffixes: frozenset[str],
               own: Mapping[str, int]) -> dict[tuple[int, int], float]:
    """Prices of the stretches of `low` that are a known word followed by
    endings ("düşman" + "lar" + "ımız" + "dır"), keyed by (start, end): the
    word's own price, less INFLECTION_COST an ending. The lexicon lacks
    most inflected forms; without this, a known stem with an unknown rest
    splits off ("düşmanlarım" + "ızdır")."""
    n = len(low)
    chains: dict[int, list[tuple[int, int]]] = {}
    out: dict[tuple[int, int], float] = {}
    for j in range(n):
        for m in range(j + MIN_STEM, min(n, j + SUFFIXING_WORD)):
            stem = low[j:m]
            z = table.get(stem, 0.0)
            if own.get(stem, 0) >= 1:
                z = max(z, 4.0)
            if z < STEM_ZIPF and stem[-1] in SOFTENED and m < n and low[m] in TURKISH_VOWELS:
                # a stem's last consonant softens before a vowel's ending:
                # "boyunduruk" + "una" is "boyunduruğuna"
                z = table.get(stem[:-1] + SOFTENED[stem[-1]], 0.0)
            if z < STEM_ZIPF:
                continue
            if m not in chains:
                chains[m] = _endings_after(low, m, suffixes)
            for i, count in chains[m]:
                price = z - 9.0 - INFLECTION_COST * count
                if i - j <= SUFFIXING_WORD and price > out.get((j, i), -1e9):
                    out[(j, i)] = price
    return out


def _endings_after(low: str, m: int, suffixes: frozenset[str]) -> list[tuple[int, int]]:
    """(end, count) for each end where low[m:end] is `count` endings."""
    reach = {m: 0}
    found = []
    for i in range(m + 1, min(len(low), m + MAX_ENDINGS) + 1):
        counts = [reach[k] for k in range(max(m, i - MAX_ENDING), i) if k in reach and low[k:i] in suffixes]
        if counts:
            reach[i] = min(counts) + 1
            found.append((i, reach[i]))
    return found


class _Discounted(Mapping[str, int]):
    """The document's word counts with each of `words` counted once less:
    a stretch seen only here is no word printed elsewhere."""

    def __init__(self, counts: Mapping[str, int], words: set[str]):
        self.counts, self.words = counts, words

    def __getitem__(self, word: str) -> int:
        n = self.get(word, 0)
        if n <= 0:
            raise KeyError(word)
        return n

    def get(self, word: str, default: int = 0) -> int:  # type: ignore[override]
        # (the passes call get often: no KeyError on the way)
        n = self.counts.get(word, 0) - (word in self.words)
        return n if n > 0 else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


def _by_language(doc: Document, items, suffixing: bool = False):
    """(languages to look words up in, pieces) for each item a unigram
    lexicon can split: not in an agglutinative language, where
    "bilâkayduşart" would come out as "bi lâ kay duş art" (unless
    `suffixing`, for the languages `segment_suffixing` knows)."""
    for lang, pieces in items:
        lang = lang or doc.lang or "en"
        if lang not in AGGLUTINATIVE:
            yield lookup_langs(lang), pieces
        elif suffixing and lang in SUFFIXES:
            yield (lang,), pieces


def _short_runs(doc: Document, items, own: Counter) -> list[tuple[list[Piece], list[int]]]:
    """Plans for words of five to eleven letters that no lexicon knows and
    that split into common words, one of them a function word ("and", "of",
    "the") or both of them very common ("bringhuge"); and for a function
    word glued to a capitalised word."""
    text = doc.text
    plans = []
    for langs, pieces in _by_language(doc, items):
        for k, p in enumerate(pieces):
            glued_after = k + 1 < len(pieces) and pieces[k + 1].join == ""
            for m in SHORT_TOKEN.finditer(text, p.start, p.end):
                if (m.start() == p.start and p.join == "" and k) or (m.end() == p.end and glued_after):
                    continue
                w = m.group(0)
                camel = CAMEL.fullmatch(w)
                if camel:
                    head = camel.group(1)
                    if _is_function_word(lower_tr(head), langs):
                        s = m.start() + len(head)
                        plans.append((pieces, [s]))
                    continue
                if not w[1:].islower():
                    continue  # a capital inside: a name or an acronym
                low = lower_tr(w)
                whole = max(zipf(low, lg) for lg in langs)
                if own.get(low, 0) > 1 or whole >= GLUED_FORM_ZIPF:
                    continue
                parts = segment(w, langs, None, 3.0)
                if not parts:
                    continue
                lows = [lower_tr(x) for x in parts]
                if whole > 0 and not _likelier_apart(parts, langs, whole):
                    continue  # a rare word ("codebook"), likelier whole than as its parts
                # a short function word that ends the run is evidence only
                # where few words end so ("faculty" + "of", not "multipart" + "on")
                func = [_is_function_word(x, langs) for x in lows]
                if len(lows[-1]) <= 2 and any(_ending_share(lg, lows[-1]) >= ENDING_SHARE for lg in langs):
                    func[-1] = False
                if any(len(x) < 4 for x, f in zip(lows, func) if not f):
                    continue
                if not any(func) and (len(parts) != 2 or min(
                        max(zipf(x, lg) for lg in langs) for x in lows) < COMMON_ZIPF):
                    continue  # without a function word, only two common words
                plans.append((pieces, _cuts([(m.start(), len(w))], parts)))
    return plans


def _likelier_apart(parts: list[str], langs: tuple[str, ...], whole: float) -> bool:
    """Are the words of a split (log10 probabilities) likelier by
    GLUED_FORM_MARGIN than the run as one word of zipf `whole`?"""
    apart = sum(max(zipf(lower_tr(x), lg) for lg in langs) - 9.0 for x in parts)
    return apart >= whole - 9.0 + GLUED_FORM_MARGIN


def _glued_sentences(doc: Document, items, own: Counter | None) -> list[tuple[list[Piece], list[int]]]:
    """Plans for a sentence's full stop glued to the next sentence's first
    word ("aldanıyorlar.Zira"): a word in lower case (not "U.S.", "Node.js")
    before it, and after it a word that the lexicon or the document knows
    (an inflected Turkish form before it may be in no list)."""
    def cut(m, langs, own):
        return m.end(1) + 1 if _known(lower_tr(m.group(2)), langs, own) else None
    return _glued(doc, items, own, NEAR_GLUED_SENTENCE, GLUED_SENTENCE, cut)


def _glued_izafet(doc: Document, items, own: Counter | None) -> list[tuple[list[Piece], list[int]]]:
    """Plans for a word glued to an Ottoman izafet ("mazhar-ıistiklal",
    "Harb-iUmumi"): the vowel after the hyphen ends the compound where the
    rest is a word and the vowel with the rest is none ("sosyo-iktisadi"
    stays)."""
    def cut(m, langs, own):
        rest = lower_tr(m.group(2))
        if _known(rest, langs, own) and not _known(lower_tr(m.group(1)) + rest, langs, own):
            return m.start(2)
        return None
    return _glued(doc, [(lang, pieces) for lang, pieces in items if (lang or doc.lang) in IZAFET_LANGS],
                  own, NEAR_GLUED_IZAFET, GLUED_IZAFET, cut)


# a section's number (or Roman number) and what follows it: glued to the
# title's first word ("1.Hilafet", "II.Supercooling") or set apart ("1.1. 4 Mayıs")
# (a Roman number only before a full stop: "I-V Curves" is no number)
NUMBER_BEFORE_TITLE = regex.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}(?=\.))(?P<sep>[.\-–)])(?P<space>\s*)(?=\p{L}|\d)")


def _glued_section_numbers(doc: Document, titles: list[tuple[list[Piece], list[int]]] = ()
                           ) -> list[tuple[list[Piece], list[int]]]:
    """Plans for a heading whose number lost the space after it, where the
    document's other headings numbered the same way have one: some print
    "1-Giriş" on purpose, but not beside "2- Yöntem". Where the headings'
    words ran together too (the plans `titles`), the extractor dropped these
    spaces with theirs: "1.Kırşehir" beside "1.1. 24 Aralık 1919", and a
    heading whose own title words ran together (or whose line lost its
    spaces, a title in capitals) lost the space after its number with them
    ("1.İzmir’deToplananTürkiye…", "1.KIRŞEHİRGENÇLERDERNEĞİ…")."""
    titles_glued = bool(titles)
    own_title_glued = {id(pieces) for pieces, cuts in titles if cuts}
    found = []
    for b in doc.blocks:
        if b.type == "heading" and b.pieces:
            m = NUMBER_BEFORE_TITLE.match(doc.text, b.pieces[0].start, b.pieces[0].end)
            if m:
                found.append((b, m))
    spaced = Counter(m.group("sep") for _b, m in found if m.group("space"))
    glued = Counter(m.group("sep") for _b, m in found if not m.group("space"))
    return [(b.pieces, [m.end()]) for b, m in found
            if not m.group("space") and doc.text[m.end()].isalpha()
            and (spaced[m.group("sep")] > glued[m.group("sep")] or (titles_glued and spaced[m.group("sep")] > 0)
                 or id(b.pieces) in own_title_glued
                 or spaces_lost(doc.text, b.pieces[0].start, b.pieces[0].end))]


NON_SPACE = regex.compile(r"\S+")
LETTERS_RUN = regex.compile(r"\p{L}+")
# a capitalised word glued to the small letter before it ("Hakkında" +
# "Tasvir", "Gazetesi’ne" + "Verdiği")
TITLE_WORD_START = regex.compile(r"(?<=\p{Ll})\p{Lu}(?=\p{Ll})")
# a capitalised title word glued to the next: the document shows the
# symptom where a heading's run holds this many such starts
GLUED_TITLE_STARTS = 2


def _glued_title_words(doc: Document, own: Counter | None) -> list[tuple[list[Piece], list[int]]]:
    """Plans for a heading's title words run together ("Teşkilat-ı Milliye
    Hakkında" / "YenigünGazetesi’neVerdiğiMü-"): pypdf drops the spaces of a
    title in large type squeezed into a narrow column. Where some heading
    holds a run with two such starts or more, every heading's runs are cut
    before their capitals; a glued part in small letters is split where it
    is two known words ("Unificationto"). A name with one capital inside
    ("JavaScript") is cut only in such a document."""
    text = doc.text
    heads = [b for b in doc.blocks if b.type == "heading"]
    runs = []  # (heading, token start, token end, the capitals' offsets)
    for b in heads:
        for p in b.pieces:
            for m in NON_SPACE.finditer(text, p.start, p.end):
                starts = [x.start() for x in TITLE_WORD_START.finditer(text, m.start(), m.end())]
                if starts:
                    runs.append((b, m.start(), m.end(), starts))
    if not any(len(st) >= GLUED_TITLE_STARTS for _b, _s, _e, st in runs):
        return []
    if own is None:
        own = _own_words(doc)
    plans = []
    for b, s, e, starts in runs:
        langs = lookup_langs(b.lang or doc.lang)
        cuts = list(starts)
        for a, z in zip([s] + starts, starts + [e]):
            for part in LETTERS_RUN.finditer(text, a, z):
                if len(part.group()) < 8 or zipf(lower_tr(part.group()), langs[0]) > 0:
                    continue
                words = segment(part.group(), langs, own, 3.0)
                if words and len(words) > 1 and _split_ok(words, langs, True, own):
                    cuts += [part.start() + n for n in accumulate(len(w) for w in words[:-1])]
        plans.append((b.pieces, sorted(cuts)))
    return plans


def _glued(doc: Document, items, own: Counter | None, near, pattern, cut) -> list[tuple[list[Piece], list[int]]]:
    """Plans for the matches of `pattern` inside the items' pieces where
    `cut(match, langs, own)` gives an offset. `near` (a plain pattern
    that starts with a literal, so a fast scan) finds the places."""
    text = doc.text
    hits = []
    for hit in near.finditer(text):
        at = hit.start()
        for m in pattern.finditer(text, max(0, at - GLUED_REACH), at + GLUED_REACH):
            if m.start() <= hit.end() and at < m.end():  # the match takes in the place
                hits.append(m)
                break
    if not hits:
        return []
    spans = sorted((p.start, p.end, id(pieces), lang, pieces) for lang, pieces in items for p in pieces)
    starts = [sp[0] for sp in spans]
    plans = []
    for m in hits:
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or spans[k][1] < m.end():
            continue  # not inside one piece of an item
        if own is None:
            own = _own_words(doc)
        offset = cut(m, lookup_langs(spans[k][3] or doc.lang), own)
        if offset is not None:
            plans.append((spans[k][4], [offset]))
    return plans


def _after_izafet(text: str, start: int, w: str, lang: str, own: Mapping[str, int]) -> list[str] | None:
    """A run that opens with an Ottoman izafet's vowel after a hyphen
    ("mazhar-" + "ıistiklalvesaltanat"): the vowel, then the run's words."""
    m = IZAFET_VOWEL.match(w)
    if not m or start < 4 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return None
    parts = segment_suffixing(w[m.end():], lang, own)
    if not parts or zipf(lower_tr(m.group() + parts[0]), lang) >= 1.0:
        return None  # "sosyo-" + "iktisadi…": the vowel opens a word
    return [m.group()] + parts


def _known(low: str, langs: tuple[str, ...], own: Counter) -> bool:
    """A word the lexicon knows, or that the document prints twice or more."""
    return own.get(low, 0) >= 2 or any(zipf(low, lg) >= 1.0 for lg in langs)


@lru_cache(maxsize=None)
def _endings(lang: str) -> tuple[Counter, int]:
    """How many of a language's common words (five letters or more) end in
    each one- and two-letter string, and how many there are."""
    words = [w for w, z in frequencies(lang).items() if z >= 3.0 and len(w) >= 5]
    return Counter(w[-1] for w in words) + Counter(w[-2:] for w in words), len(words)


def _ending_share(lang: str, ending: str) -> float:
    counts, total = _endings(lang)
    return counts[ending] / total if total else 0.0


def _is_function_word(low: str, langs: tuple[str, ...]) -> bool:
    """Short and among the commonest words: "a", "of", "and", "the"."""
    return len(low) <= 4 and max(zipf(low, lg) for lg in langs) >= FUNCTION_ZIPF


def _split_ok(parts: list[str], langs: tuple[str, ...], strict: bool, own: Counter | None = None) -> bool:
    # a name with capitals inside ("OpenCV") counts as known
    zs = [max([zipf(lower_tr(p), lg) for lg in langs]
              + [4.0 if own and 4 <= len(p) <= 15 and own.get(lower_tr(p), 0) else 0.0]
              + [4.0 if p[:1].isupper() and not p[1:].islower() and not p.isupper() else 0.0]
              # an acronym in a line that lost its spaces (see `segment`)
              + [3.0 if not strict and len(p) >= 2 and p.isupper() else 0.0]) for p in parts]
    if strict:
        # in an ordinary line only plain compounds of common words split:
        # "deeplearning", not a term like "spinimbalanced"
        return min(zs) >= 3.0 and sum(zs) / len(zs) >= 4.5 and min(len(p) for p in parts) >= 2
    # a long run of words may hold one rare long word among common ones
    # ("…and" + "tokenization" + "was…")
    rare = [(z, p) for z, p in zip(zs, parts) if z < 2.0]
    allowed = len(parts) >= LONG_SPLIT and len(rare) == 1 and rare[0][0] >= 1.0 and len(rare[0][1]) >= 6
    return (not rare or allowed) and sum(zs) / len(zs) >= 4.0


LETTERS_END = regex.compile(r"\p{L}+$")
LETTERS_START = regex.compile(r"^\p{L}+")


def _tokens(text: str, pieces: list[Piece], k: int, possessive: bool = False):
    """The long letter runs of piece k as (word, [(offset, length), ...]):
    a run joined across a resolved line-end hyphen ("includethisprotec-" +
    "tionwouldendup") is one word made of two stretches of source, found
    from the piece where it starts. With `possessive`, the "s" after an
    apostrophe is the possessive's, not a word's first letter
    ("person’sabilityto")."""
    p = pieces[k]
    glued_after = k + 1 < len(pieces) and pieces[k + 1].join == ""
    for m in TOKEN.finditer(text, p.start, p.end):
        if m.start() == p.start and p.join == "" and k and text[pieces[k - 1].end - 1] != "-":
            continue  # the rest of a word from the piece before
        if m.end() == p.end and glued_after:
            continue  # taken below, whole
        start = m.start()
        if start > 1 and text[start - 1] in "’'" and text[start] == "s" \
                and (text[start - 2].isdigit() or possessive and text[start - 2].isalpha()):
            start += 1  # not from the "s" of a decade ("1970’swasobtained") or a possessive
            if m.end() - start < MIN_TOKEN:
                continue
        yield text[start:m.end()], [(start, m.end() - start)]
    if glued_after:
        tail = LETTERS_END.search(text, p.start, p.end)
        q = pieces[k + 1]
        head = LETTERS_START.match(text[q.start:q.end])
        if tail and head and tail.start() == p.start and p.join == "" and k:
            return  # part of a longer chain: left whole
        if tail and head and len(tail.group(0)) + head.end() >= MIN_TOKEN:
            yield tail.group(0) + head.group(0), [(tail.start(), len(tail.group(0))), (q.start, head.end())]


def _cuts(stretches: list[tuple[int, int]], parts: list[str]) -> list[int]:
    """Source offsets of the places between `parts` (a split of the word
    the stretches spell); a place at the seam of two stretches is left
    alone (the hyphen there was taken for a word break)."""
    bounds, pos = [], 0
    for part in parts[:-1]:
        pos += len(part)
        bounds.append(pos)
    cuts, base = [], 0
    for start, length in stretches:
        cuts += [start + b - base for b in bounds if base < b < base + length]
        base += length
    return cuts


def run(doc: Document) -> None:
    items = [(b.lang, b.pieces) for b in doc.blocks] + [(a.lang, a.pieces) for a in doc.abstracts] \
        + [(f.lang, f.pieces) for f in doc.footnotes]
    text = doc.text
    plans: list[tuple[list[Piece], list[int]]] = []
    hyphens: list[tuple[list[Piece], int]] = []  # see `_seam_hyphen`
    punctuation: list[tuple[list[Piece], list[int]]] = []
    symptoms = 0
    own: Counter | None = None
    marks_before: dict[int, list[int]] = {}  # see `_quote_cuts`
    for langs, pieces in _by_language(doc, items, suffixing=True):
        suffixing = langs[0] in AGGLUTINATIVE
        long_run = LONG_RUN_SUFFIXING if suffixing else LONG_RUN
        shortest = SUFFIXING_SCAN if suffixing else min(MEAN_TOKEN, MIN_TOKEN)
        for k, p in enumerate(pieces):
            # most pieces hold no long run and end in no word broken at a
            # resolved hyphen that would make one: scans in C say so first
            if long_run.search(text, p.start, p.end) is None:
                nxt = pieces[k + 1] if k + 1 < len(pieces) else None
                if nxt is None or nxt.join != "":
                    continue
                tail = p.end - max(text.rfind(" ", p.start, p.end) + 1, p.start)
                head = text.find(" ", nxt.start, nxt.end)
                if tail + (head if head >= 0 else nxt.end) - nxt.start < shortest:
                    continue
            squashed = _squashed(text, p)
            if squashed:
                cuts = [m.end() for m in SQUASHED_PUNCTUATION.finditer(text, p.start, p.end)]
                if QUOTE.search(text, p.start, p.end):
                    # (straight marks before each piece, counted once a list)
                    before = marks_before.get(id(pieces))
                    if before is None:
                        before = marks_before[id(pieces)] = list(accumulate(
                            (text.count('"', q.start, q.end) for q in pieces), initial=0))
                    cuts += _quote_cuts(text, p, before[k])
                if langs[0] in APOSTROPHE_ENDINGS:
                    if own is None:
                        own = _own_words(doc)
                    cuts += _after_name_ending(text, p, langs[0], own)
                if suffixing:
                    # a capital after small letters opens a name ("heyetİstanbul")
                    cuts += [m.start() for m in NAME_START.finditer(text, p.start, p.end)]
                if cuts:
                    punctuation.append((pieces, cuts))
            # a run across a resolved hyphen is judged by both its lines: an
            # ordinary line's last word broken into a line that lost its
            # spaces ("Exe-" + "cutionTimeEvictionScheduler(CETES).")
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            seam_squashed = squashed or (nxt is not None and nxt.join == "" and _squashed(text, nxt))
            # nothing long enough here, alone or with the next piece's
            # first word across a resolved hyphen: a cheap test before the regex
            need = _need(suffixing, squashed)
            words = text[p.start:p.end].split()
            if max(map(len, words), default=0) < need:
                if nxt is None or nxt.join != "" or not words or len(words[-1]) + len(
                        (text[nxt.start:nxt.end].split(None, 1) or [""])[0]) < _need(suffixing, seam_squashed):
                    continue
            for w, stretches in _tokens(text, pieces, k, possessive=langs[0] in POSSESSIVE_S):
                if len(w) > MAX_TOKEN:
                    continue  # no run of words is this long: a sequence, a code
                # (a run of two stretches is the one across the seam)
                run_squashed = seam_squashed if len(stretches) > 1 else squashed
                if suffixing:
                    if len(w) >= _need(True, run_squashed) and not zipf(lower_tr(w), langs[0]):
                        if own is None:
                            own = _own_words(doc)
                        parts = None
                        if own.get(lower_tr(w), 0) <= 1:
                            # the halves of a run across a break are in the
                            # document's words from this very place
                            known = own if len(stretches) == 1 else _Discounted(
                                own, {lower_tr(text[a:a + n]) for a, n in stretches})
                            parts = (_after_izafet(text, stretches[0][0], w, langs[0], known)
                                     if langs[0] in IZAFET_LANGS else None) or segment_suffixing(w, langs[0], known)
                            if parts is None and run_squashed:
                                parts = segment_squashed_suffixing(w, langs[0], known)
                        if parts:
                            symptoms += len(parts) >= 4
                            plans.append((pieces, _cuts(stretches, parts)))
                            hyphens += _seam_hyphen(doc, pieces, stretches, parts)
                    continue
                strict = not run_squashed
                # in an ordinary line a capital inside means a name
                # ("McDonald"), unless it is an acronym run ("initialRFsurvey")
                if strict and (len(w) < STRICT_TOKEN or CAMEL_INSIDE.search(w, 1)):
                    continue
                a = stretches[0][0]
                after_possessive = a > 2 and text[a - 2:a] in ("’s", "'s") and text[a - 3].isalpha()
                if max(zipf(lower_tr(w), lg) for lg in langs) > 0:
                    if after_possessive:
                        plans.append((pieces, [a]))  # one word after it: "CPC’s" + "lightweight"
                    continue
                if own is None:
                    own = _own_words(doc)
                # in an ordinary line only common words may split off (see
                # _split_ok): rarer ones need not be tried
                parts = segment(w, langs, own, 3.0 if strict else 1.0, acronyms=not strict)
                if not parts or not _split_ok(parts, langs, strict, own):
                    continue
                if len(parts) >= 4:
                    symptoms += 1
                cuts = _cuts(stretches, parts)
                hyphens += _seam_hyphen(doc, pieces, stretches, parts)
                if after_possessive:
                    cuts.insert(0, a)  # past a possessive that `_tokens` left out: "person’s" + "ability…"
                plans.append((pieces, cuts))
    doc.layout["run_together_words"] = symptoms
    # glued places that prove themselves, in any document
    titles = _glued_title_words(doc, own)
    glued = _glued_sentences(doc, items, own) + _glued_izafet(doc, items, own) \
        + _glued_section_numbers(doc, titles) + titles
    if symptoms < MIN_SYMPTOMS:
        _apply(doc, glued)
        return
    plans += glued
    # the document shows the symptom: shorter runs glued to a function word
    # ("reviewand", "anumber", "theLabeled") are split too
    plans += _short_runs(doc, items, own if own is not None else _own_words(doc))
    plans += punctuation
    plans += [(pieces, [m.start() for m in NUMBER_THEN_WORD.finditer(text, p.start, p.end)])
              for _lang, pieces in items for p in pieces if NUMBER_THEN_WORD.search(text, p.start, p.end)]
    _apply(doc, plans)
    _keep_hyphens(doc, hyphens)


def _seam_hyphen(doc: Document, pieces: list[Piece], stretches: list[tuple[int, int]],
                 parts: list[str]) -> list[tuple[list[Piece], int]]:
    """[(pieces, offset)] of the line-end hyphen a run across a break was
    joined at, where its split falls right at the break and the words on
    either side make a compound: the paragraphs pass judged the hyphen by
    the next line's first run ("survey-" + "modefacilitiesalso…"), this
    split shows its word ("survey" + "mode"), and asked again the pass
    keeps the hyphen. Empty otherwise."""
    if len(stretches) < 2:
        return []
    seam = stretches[0][1]
    pos = 0
    for i, part in enumerate(parts[:-1]):
        pos += len(part)
        if pos == seam:
            joiner = doc.layout.get("_joiner")
            if joiner is None:
                joiner = doc.layout["_joiner"] = Joiner(doc)
            if joiner.join_hyphen(part, parts[i + 1]):
                return []
            return [(pieces, stretches[0][0] + seam)]
        if pos > seam:
            break
    return []


def _keep_hyphens(doc: Document, hyphens: list[tuple[list[Piece], int]]) -> None:
    """Give the hyphens `_seam_hyphen` found back to the text: the piece
    before each takes it in again, its removal record is taken back."""
    for pieces, at in hyphens:
        before = next((p for p in pieces if p.end == at), None)
        # (a printed hyphen only: a soft hyphen or an extractor's mark is
        # no character to give back)
        if before is not None and doc.text[at:at + 1] in PRINTED_HYPHENS and doc.take_back(at, at + 1, "hyphen"):
            before.end = at + 1
            doc.notes.append(f"respace: kept the hyphen of {doc.text[before.start:at + 1][-30:]!r}")


def _quote_cuts(text: str, p: Piece, straight: int) -> list[int]:
    """Where spaces stood around quotation marks in piece p, a line that
    lost its spaces: before an opening mark glued to what precedes it,
    after a closing one glued to a word or a bracket
    ('the"peakeffect"(PE)', 'karşı,“ölmeyeceğiz”diye'). A straight mark
    opens where the block so far (`straight` marks before p) holds an even
    number of them."""
    cuts = []
    for m in QUOTE.finditer(text, p.start, p.end):
        mark = m.group()
        if mark == '"':
            opening = straight % 2 == 0
            straight += 1
        else:
            opening = mark == "“"
        at = m.start()
        if opening and at > p.start and (text[at - 1].isalnum() or text[at - 1] in ",;:"):
            cuts.append(at)
        elif not opening and m.end() < p.end and (text[m.end()].isalpha() or text[m.end()] == "("):
            cuts.append(m.end())
    return cuts


@lru_cache(maxsize=None)
def _name_endings(lang: str) -> frozenset[str]:
    """What may follow a name's apostrophe: its endings and the suffixes."""
    return APOSTROPHE_ENDINGS[lang] | SUFFIXES.get(lang, frozenset())


def _after_name_ending(text: str, p: Piece, lang: str, own: Mapping[str, int]) -> list[int]:
    """Where spaces stood after a name's ending in piece p, a line that lost
    its spaces: the ending an apostrophe sets off ("İstanbul'a") with a
    word glued to it ("İstanbul'agelmemiş", "Adana'nınhersınıfından"), the
    word known or a run that splits into words."""
    endings = _name_endings(lang)
    cuts = []
    for m in NAME_ENDING.finditer(text, p.start, p.end):
        run = lower_tr(m.group(1))
        if _chain_of(run, endings):
            continue  # "Türkiye'nindir", "Ankara'dakiler": the name's endings
        sizes = [size for size in range(1, min(MAX_ENDINGS, len(run) - 3) + 1) if _chain_of(run[:size], endings)]
        # a known word after the ending first, at any of its lengths
        # ("Ankara'dakiler" + "bekliyor", not "Ankara'da" + "kiler bekliyor")
        size = next((size for size in sizes if zipf(run[size:], lang) >= (
            FUNCTION_ZIPF if len(run) - size <= 3 else STEM_ZIPF) or own.get(run[size:], 0) >= 2), None)
        if size is not None:
            cuts.append(m.start(1) + size)
            continue
        for size in sizes:
            parts = segment_squashed_suffixing(m.group(1)[size:], lang, own, shortest=MIN_STEM + 2)
            if parts:
                cuts += _cuts([(m.start(1) + size, len(run) - size)], parts) + [m.start(1) + size]
                break
    return cuts


def _chain_of(word: str, parts: frozenset[str]) -> bool:
    """Is `word` a sequence of `parts`?"""
    reach = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        reach[i] = any(reach[j] and word[j:i] in parts for j in range(max(0, i - MAX_ENDING), i))
    return reach[-1]


def _own_words(doc: Document) -> Counter:
    """The document's own words, less the runs glued in lines that lost
    their spaces: "facerecognition", printed so twice, is no word of the
    document's, however often it recurs. A run there counts unless no
    lexicon knows it and it splits into common words; a name or a term
    ("Chacaltaya") stays the document's word. Computed once a document."""
    own = doc.layout.get("_own_words")
    if own is None:
        text = doc.text
        langs = lookup_langs(doc.lang)
        own = doc.vocabulary()
        # (most documents have no such line, and a language that builds
        # words with endings is not asked: the vocabulary as it stands)
        squashed = [ln for ln in doc.lines if spaces_lost(text, ln.start, ln.end)] \
            if langs[0] not in AGGLUTINATIVE else []
        if squashed:
            own = Counter(own)
            for ln in squashed:
                for w, n in vocabulary(text[ln.start:ln.end]).items():
                    if len(w) >= MIN_TOKEN and w in own and _glued_run(w, langs):
                        own[w] -= n
            own = +own
        doc.layout["_own_words"] = own
    return own


def _glued_run(low: str, langs: tuple[str, ...]) -> bool:
    """Is `low`, which no lexicon knows, common words run together? Their
    pieces are words of MIN_STEM letters on average: a name cut into
    common syllables ("cha" + "cal" + "tay" + "a") is no such run. (Not
    asked in a language that builds words with endings, see `_own_words`:
    there an inflected word splits as readily, "şevket" + "pen" + "a" +
    "hım".)"""
    if any(zipf(low, lg) for lg in langs):
        return False
    parts = segment(low, langs, None, PAIR_ZIPF - 1.0)
    return parts is not None and len(low) >= MIN_STEM * len(parts)


def _squashed(text: str, p: Piece) -> bool:
    """Did this piece's line lose its spaces?"""
    return spaces_lost(text, p.start, p.end)


def _need(suffixing: bool, squashed: bool) -> int:
    """The fewest letters of a run worth trying to split."""
    if suffixing:
        return SQUASHED_SUFFIXING_TOKEN if squashed else SUFFIXING_TOKEN
    return MIN_TOKEN if squashed else STRICT_TOKEN


def _in_address(text: str, pos: int) -> bool:
    """Does `pos` fall inside a web or mail address ("www.facultyof1000.com")?
    Its letters run together by design. (Only ADDRESS_REACH characters
    either side are read: a text with no spaces must not be read whole at
    every place.)"""
    lo, hi = max(0, pos - ADDRESS_REACH), min(len(text), pos + ADDRESS_REACH)
    start = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    ends = [e for e in (text.find(" ", pos, hi), text.find("\n", pos, hi)) if e >= 0]
    token = text[start:min(ends) if ends else hi]
    return "://" in token or "www." in token or "@" in token


def _apply(doc: Document, plans: list[tuple[list[Piece], list[int]]]) -> None:
    """Cut pieces at the planned offsets; each cut opens a piece joined
    with a space, so the output still maps onto the input."""
    text = doc.text
    by_list: dict[int, tuple[list[Piece], list[int]]] = {}
    for pieces, cuts in plans:
        by_list.setdefault(id(pieces), (pieces, []))[1].extend(cuts)
    for pieces, cuts in by_list.values():
        cuts = sorted(c for c in set(cuts) if not _in_address(text, c))
        new: list[Piece] = []
        for p in pieces:
            inside = cuts[bisect.bisect_right(cuts, p.start):bisect.bisect_left(cuts, p.end)]
            if not inside:
                new.append(p)
                continue
            start, join = p.start, p.join
            for cut in inside:
                new.append(Piece(start, cut, join))
                start, join = cut, " "
            new.append(Piece(start, p.end, join))
            doc.notes.append(f"respace: split {text[p.start:p.end][:40]!r} at {len(inside)} points")
        pieces[:] = new
