"""Reading input: bytes to text, with clear errors for input that is not text.

Offsets everywhere in temize refer to the text this module returns: decoded,
with CRLF and lone CR turned into LF and characters composed (Unicode NFC:
"O" + U+0308 becomes "Ö", as word lists and labels spell them). Form feeds
are kept; they mark pages.
"""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes


class InputError(ValueError):
    """Input temize cannot read as text; the message is one line for a user."""


# Control characters that do not occur in extracted text (NUL and friends).
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}
# One document's limits. Recovery holds a few hundred bytes of working
# state per input byte, and about 2 KB per line where lines are short: past
# these a machine of 24 GB runs out of memory, and the input is a corpus
# to split into its documents, not one document.
MAX_BYTES = 100 * 1024 * 1024
MAX_LINES = 2_000_000


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_text(text: str) -> str:
    """The text offsets refer to: newlines normalised, characters composed."""
    text = normalize_newlines(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). Raises InputError for empty or binary input."""
    if not data:
        raise InputError(f"{name}: empty file")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data)} bytes is over the {MAX_BYTES} byte limit for one document "
                         "(split it into its documents)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            # UTF-32-LE's BOM starts with UTF-16-LE's: check the longer first
            if enc == "utf-16" and data.startswith(codecs.BOM_UTF32_LE):
                continue
            try:
                return _finish(data.decode(enc), name), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: has a {enc} byte-order mark but is not valid {enc} ({exc.reason})") from None
    try:
        return _finish(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if sum(b in _BINARY_BYTES for b in sample) > max(2, len(sample) // 200):
        raise InputError(f"{name}: binary data, not text")
    enc = _guess_single_byte(data)
    if enc is None:
        raise InputError(f"{name}: not text in any encoding temize knows")
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: undecodable bytes (best guess {enc})") from None
    return _finish(text, name), enc


# Single-byte code pages extracted text comes in, Turkish first: cp1254 and
# ISO-8859-9 put ğ ş ı İ at bytes where cp1250/cp1252 put đ ţ ý Ý.
CANDIDATES = ["cp1254", "iso8859_9", "cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_15"]


def _guess_single_byte(data: bytes) -> str | None:
    """The code page under which the text reads as the most real words.

    charset-normalizer proposes; a lexicon check decides between code pages
    that differ only in a few letters (its guess for Turkish is often
    cp1250, which turns ş into ţ)."""
    sample = data[:200_000]
    best = from_bytes(sample, cp_isolation=CANDIDATES).best()
    options = ([best.encoding] if best is not None else []) + CANDIDATES
    scored = []
    for enc in dict.fromkeys(options):
        try:
            text = sample.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        # where the lexicon cannot tell (a few words, names), the Turkish
        # code pages first: the detector's guess for them is often cp1250
        rank = CANDIDATES.index(enc) if enc in CANDIDATES else len(CANDIDATES)
        scored.append((_wordiness(text), -rank, enc))
    if not scored:
        return None
    return max(scored)[2]


def _wordiness(text: str) -> float:
    """Share of the words that a lexicon knows; C1 control characters
    (ISO-8859 decoding of cp125x punctuation) and box-drawing characters
    (KOI8-R decoding of it: "frame▓s" for "frame’s") count against."""
    from .lexicon import WORD_RE, best_zipf
    words = WORD_RE.findall(text[:20000])[:3000]
    if not words:
        return 0.0
    known = sum(best_zipf(w.lower(), ("tr", "en", "de", "fr", "ru", "pl", "cs")) > 1.0 for w in words)
    odd = sum(0x80 <= ord(c) <= 0x9F or 0x2500 <= ord(c) <= 0x259F for c in text[:20000])
    return known / len(words) - odd / 100


def _finish(text: str, name: str) -> str:
    text = normalize_text(text)
    if "\x00" in text:
        raise InputError(f"{name}: binary data, not text")
    if not text.strip():
        raise InputError(f"{name}: no text (only white space)")
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise InputError(f"{name}: {lines} lines is over the {MAX_LINES} line limit for one document "
                         "(split it into its documents)")
    return text


def read_text(path: str | Path) -> tuple[str, str]:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(p))
