from conftest import fixture_text
from temize import recover

# what an extractor writes for a Turkish font whose code table is ISO-8859-9
# read as ISO-8859-1: ı ş ğ İ Ş Ğ come out as ý þ ð Ý Þ Ð
AS_LATIN_1 = str.maketrans("ışğİŞĞ", "ýþðÝÞÐ")


def test_turkish_letters_set_as_latin_1_ones_are_read_back_everywhere():
    text = fixture_text("three_pages_heads_tr.txt")
    proper = recover(text).to_dict()
    mojibake = text.translate(AS_LATIN_1)
    doc = recover(mojibake)
    out = doc.to_dict()
    assert out["lang"] == "tr"
    assert [b["text"] for b in out["body"]] == [b["text"] for b in proper["body"]]
    assert [f["text"] for f in out["footnotes"]] == [f["text"] for f in proper["footnotes"]]
    assert out["abstracts"][0]["text"] == proper["abstracts"][0]["text"]
    assert [k["terms"] for k in out["keywords"]] == [k["terms"] for k in proper["keywords"]]
    assert out["metadata"]["journal"] == "Tarih Yazımı Dergisi"
    assert out["metadata"]["title"] == proper["metadata"]["title"]
    # each letter is cut out of the source and its Turkish letter recorded
    changed = [r for r in doc.removed if r.reason == "code-page-letter"]
    assert changed and all(mojibake[r.start:r.end] in "ýþðÝÞÐ" for r in changed)
    assert {(mojibake[r.start], r.extra["letter"]) for r in changed} <= {
        ("ý", "ı"), ("þ", "ş"), ("ð", "ğ"), ("Ý", "İ"), ("Þ", "Ş"), ("Ð", "Ğ")}
    assert doc.source == mojibake


def test_icelandic_names_keep_their_letters():
    text = ("Introduction\n\nThe sagas were written down in Iceland. Snorri Sturluson lived at\n"
            "Reykholt, and the assembly met at Þingvellir, where Guðmundur and Þórður spoke.\n")
    out = recover(text).to_dict()
    assert "Þingvellir, where Guðmundur and Þórður spoke." in out["body"][1]["text"]
    assert not any(r["reason"] == "code-page-letter" for r in out["removed"])
