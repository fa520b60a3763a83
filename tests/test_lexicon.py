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


def test_vocabulary_leaves_web_and_mail_addresses_out():
    v = vocabulary("Faculty of 1000 (http://www.facultyof1000.com/), www.openmodel.org, ask editor@journal.org")
    assert v["faculty"] == 1
    assert "facultyof" not in v and "openmodel" not in v and "editor" not in v


def test_words_are_looked_up_the_way_the_word_lists_spell_them():
    # the lists are keyed by case-folded words with straight apostrophes
    assert zipf("straße", "de") == zipf("strasse", "de") > 4
    assert zipf("außenpolitik", "de") > 3
    assert zipf("aujourd’hui", "fr") == zipf("aujourd'hui", "fr") > 4


def test_a_known_word_with_endings_that_keep_its_harmony_is_known_inflected():
    from temize.lexicon import known_inflected
    assert known_inflected("imanını", "tr") and known_inflected("kitaplarını", "tr")
    # no stem takes these: a doubled consonant ("kan" + "nı"), a broken
    # harmony, or no stem at all
    assert not known_inflected("kannını", "tr") and not known_inflected("kitaplerını", "tr")
    assert not known_inflected("xyzlar", "tr")
    assert not known_inflected("bookları", "en")  # a language without endings listed
