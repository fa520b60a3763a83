from temize import recover
from temize.diacritics import compose, pairs
from temize.export import dumps
from temize.lexicon import zipf

# a font without "ğ", "ş", "İ" prints each as its letter and a separate
# accent; pdfminer, pypdf and PyMuPDF write the accent's spacing sign first
TEXT = ("Bu çalı¸smada ˙Istanbul’daki eski kütüphanelerin kayıtları ilk kez bir ara-\n"
        "ya getirildi. Kayıtların ço˘gu yeni bulunan defterlerde duruyordu ve di˘ger\n"
        "kaynaklarla kar¸sıla¸stırıldı.\n")


def test_an_accent_beside_its_letter_is_set_on_it():
    out = recover(TEXT, lang="tr").to_dict()
    assert out["body"][0]["text"] == (
        "Bu çalışmada İstanbul’daki eski kütüphanelerin kayıtları ilk kez bir araya getirildi. "
        "Kayıtların çoğu yeni bulunan defterlerde duruyordu ve diğer kaynaklarla karşılaştırıldı.")


def test_each_pair_is_recorded_and_nothing_is_lost():
    out = recover(TEXT, lang="tr").to_dict()
    cut = [r for r in out["removed"] if r["reason"] == "accent"]
    added = [x for x in out["inserted"] if x["reason"] == "accent"]
    assert [r["letters"] for r in cut] == ["ş", "İ", "ğ", "ğ", "ş", "ş"]
    assert [TEXT[r["start"]:r["end"]] for r in cut] == ["¸s", "˙I", "˘g", "˘g", "¸s", "¸s"]
    assert [x["at"] for x in added] == [r["end"] for r in cut]
    # every other character is in the paragraph: none was left for the audit
    assert {r["reason"] for r in out["removed"]} == {"accent", "hyphen"}


def test_the_journal_name_and_the_keywords_get_their_letters_in_every_format():
    page = ("Tarih ˙Incelemeleri Dergisi, 12(2), 2019\n\n"
            "Kayıtların ço˘gu yeni bulunan defterlerde duruyordu ve bunlar da tek tek okundu.\n")
    text = "Öz\nEski defterlerin kayıtları ilk kez bir araya getirildi.\n" \
           "Anahtar Kelimeler: Defter, Kayıt, Ni¸san\n\n" + "\f".join([page] * 3)
    doc = recover(text, lang="tr")
    out = doc.to_dict()
    assert out["metadata"]["journal"] == "Tarih İncelemeleri Dergisi"
    assert (out["metadata"]["volume"], out["metadata"]["issue"]) == ("12", "2")
    assert out["keywords"][0]["terms"] == ["Defter", "Kayıt", "Nişan"]
    for fmt in ("md", "txt", "tei"):
        assert "Nişan" in dumps(doc, fmt) and "¸" not in dumps(doc, fmt)


def test_a_word_with_a_loose_accent_is_found_in_the_lexicon():
    assert zipf("di˘ger", "tr") == zipf("diğer", "tr") > 4


def test_an_accent_after_its_letter_and_signs_that_are_no_accents():
    # the letter before, where the one after takes no such accent
    assert compose("s¸ 1") == "ş 1"
    # acute, grave and tilde also stand for apostrophes, quotes and "~"
    assert compose("John´s `home' /˜user") == "John´s `home' /˜user"
    # a breve over a digit prints no letter
    assert pairs("x ˘1") == []
