from temize.casing import lower_tr
from temize.lexicon import vocabulary, zipf


def test_turkish_lowercasing_does_not_hide_english_words():
    # lower_tr makes "International" "ınternational"; English has no ı
    assert zipf(lower_tr("International"), "en") == zipf("international", "en") > 3
    assert zipf("ılık", "tr") > 0 and zipf("ılık", "tr") != zipf("ilik", "tr")


def test_vocabulary_counts_compounds_whole_and_lowercases_the_turkish_way():
    v = vocabulary("Türk-Sovyet ilişkileri. İLİŞKİLERİ ve Türk-Sovyet")
    assert v["türk-sovyet"] == 2
    assert v["ilişkileri"] == 2
