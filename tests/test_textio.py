import codecs
import unicodedata

import pytest

from temize import recover, recover_file
from temize.textio import InputError, decode_bytes

TR = "Türk-Rus ilişkileri uzun bir tarihi sürece dayanmaktadır. Iğdır, Şişli, İstanbul."


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "cp1254", "iso8859_9"])
def test_encodings_decode_to_the_same_text(enc):
    text, used = decode_bytes((TR * 3).encode(enc))
    assert text == TR * 3


def test_a_few_turkish_words_no_lexicon_knows_read_in_the_turkish_code_page():
    # "Iğdır Şişli'de" alone: no word tells cp1254 from cp1250 (ğ ş ı are
    # đ ţ ý there), and a Turkish text is the likelier
    text, enc = decode_bytes("Iğdırlı Şişlioğlu Ağaoğulları\n".encode("cp1254"))
    assert text == "Iğdırlı Şişlioğlu Ağaoğulları\n" and enc in ("cp1254", "iso8859_9")


def test_crlf_and_cr_become_lf_and_form_feeds_stay():
    text, _ = decode_bytes(b"one\r\ntwo\rthree\x0cfour")
    assert text == "one\ntwo\nthree\x0cfour"


def test_english_in_a_windows_code_page_keeps_its_apostrophes():
    # the only bytes over 127 are punctuation (’ is 0x92): KOI8-R reads
    # them as box drawing ("frame▓s"), and no word tells the two apart
    en = ("The frame’s feature induces a bias, according to Haspelmath’s scale; those of dividere "
          "‘to split’ are shown, and the ASIC’s were pioneered by a company in the field.\n") * 4
    text, enc = decode_bytes(en.replace("\n", "\r\n").encode("cp1254"))
    assert text == en and enc.startswith("cp125")


def test_decomposed_characters_are_composed():
    # some extractors (and text copied on macOS) write "ü" as "u" + U+0308
    decomposed = unicodedata.normalize("NFD", TR)
    assert decomposed != TR
    text, _ = decode_bytes(decomposed.encode("utf-8"))
    assert text == TR


def test_a_decomposed_text_is_recovered_like_a_composed_one():
    article = ("Öz\nBu çalışmada Türk-Rus ilişkilerinin nasıl başladığı ve hangi şartlar altında "
               "geliştiği ele alınmaktadır.\n\nAnahtar Kelimeler: Türkiye, Rusya\n\nGİRİŞ\n\nİlişkiler uzun bir "
               "tarihi sürece dayanmaktadır ve bu süreç üç yüz yıllık bir geçmişe sahiptir.\n")
    composed = recover(article).to_dict()
    decomposed = recover(unicodedata.normalize("NFD", article)).to_dict()
    assert decomposed["abstracts"] and decomposed["abstracts"][0]["text"].startswith("Bu çalışmada")
    assert decomposed == composed


@pytest.mark.parametrize("data,msg", [
    (b"", "empty"),
    (b"   \n\n  ", "no text"),
    (b"\x00\x01\x02\x03binary\x00\x00" * 50, "binary"),
])
def test_bad_input_gets_a_clear_error(data, msg):
    with pytest.raises(InputError, match=msg):
        decode_bytes(data, "f.txt")


def test_utf16_bom_with_broken_body():
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "f.txt")


def test_recover_file_reports_encoding(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(("Öz\n" + TR + "\n").encode("cp1254"))
    doc = recover_file(p)
    assert doc.layout["encoding"] == "cp1254"
    assert doc.abstracts and "ilişkileri" in doc.render(doc.abstracts[0].pieces)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        recover_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        recover_file(tmp_path)


def test_a_corpus_in_one_file_gets_a_clear_error_not_an_exhausted_memory():
    # a document's limits in bytes and in lines (short lines cost the most)
    from temize import textio
    with pytest.raises(InputError, match="line limit for one document"):
        decode_bytes(b"ab\n" * (textio.MAX_LINES + 1), "corpus.txt")
    text, _ = decode_bytes(b"ab\n" * 1000, "ok.txt")  # well within both
    assert text.count("\n") == 1000


def test_an_input_over_the_byte_limit_is_refused_before_decoding(monkeypatch):
    from temize import textio
    monkeypatch.setattr(textio, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="byte limit for one document"):
        decode_bytes(b"x" * 1001, "big.txt")
