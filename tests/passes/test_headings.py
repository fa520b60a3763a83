from temize import recover


def _headings(text, lang="tr"):
    return [(b["text"], b["level"]) for b in recover(text, lang=lang).to_dict()["body"] if b["type"] == "heading"]


def test_numbered_and_named_headings_with_levels():
    text = ("GİRİŞ\nGiriş paragrafı burada yazılıdır ve nokta ile biter.\n\n"
            "1-Milli Mücadele Öncesi İlişkiler\nBirinci bölümün metni burada başlar ve biter.\n\n"
            "2.1. Resmi Olmayan İlk Temaslar\nAlt bölümün metni burada yer alır.\n\n"
            "SONUÇ\nSonuç paragrafı da burada yazılıdır.\n")
    assert _headings(text) == [("GİRİŞ", 1), ("1-Milli Mücadele Öncesi İlişkiler", 1),
                               ("2.1. Resmi Olmayan İlk Temaslar", 2), ("SONUÇ", 1)]


def test_heading_wrapped_over_two_lines():
    text = ("Önceki paragraf burada biter.\n\n"
            "2-Milli Mücadele Yıllarında Türk-Rus İlişkileri (1919-\n1922)\n"
            "Bölümün ilk paragrafı burada başlar ve uzun bir satır olarak devam eder, sonra biter.\n")
    assert _headings(text) == [("2-Milli Mücadele Yıllarında Türk-Rus İlişkileri (1919-1922)", 1)]


def test_a_date_opening_a_line_is_not_a_heading():
    text = ("Önceki cümle burada biter ve nokta konur.\n"
            "30 Ekim 1918’de Mondros Ateşkesi\n"
            "imzalanmasından sonra topraklar işgale uğramıştı ve bu böyle sürdü.\n")
    assert _headings(text) == []


def test_a_number_alone_with_its_title_on_the_next_short_lines():
    text = ("The previous section ends here with a full stop.\n\n"
            "2.\nCooperative CPC\nthreads\n"
            "The extremely lightweight, cooperative threads of CPC lead to a programming style\n"
            "that differs from the usual one in many ways that we describe.\n")
    assert _headings(text, lang="en") == [("2. Cooperative CPC threads", 1)]


def test_a_heading_given_one_word_a_line():
    # PyMuPDF on a narrow column: every word of the heading on its own line
    col = "the column of running text is narrow and"
    text = (f"{col}\nthe paragraph before ends right here.\n"
            "3.\nComparison with ex-\nisting\nWide\nField\nIm-\nagers on large telescopes\n"
            f"Most of the present generation of wide\n{col}\n{col}\nends.\n")
    assert _headings(text, lang="en") == [("3. Comparison with existing Wide Field Imagers on large telescopes", 1)]


def test_a_bare_number_takes_its_title_even_in_capitals_and_with_commas():
    col = "the column of running text is narrow and"
    text = (f"{col}\nthe paragraph before ends right here.\n"
            "7.1.\nFORTE,\nBLACKBEARD,\nSNO, and other\nprojects\n"
            f"Discussions with colleagues at the\n{col}\n{col}\nends.\n"
            "3.\nCASA/MIA\nPrototype\nsetup\n"
            f"The prototype was set up on the site\n{col}\nends.\n")
    assert _headings(text, lang="en") == [("7.1. FORTE, BLACKBEARD, SNO, and other projects", 2),
                                          ("3. CASA/MIA Prototype setup", 1)]


def test_a_numbered_heading_line_ending_in_a_comma_goes_on_below():
    col = "the column of running text is narrow and it goes"
    text = (f"{col}\nthe paragraph before ends right here.\n"
            "7.1. FORTE, BLACKBEARD,\nSNO, and other projects requiring\ndigitizers\n"
            f"Discussions with colleagues at the\n{col}\n{col}\nends.\n")
    assert _headings(text, lang="en") == [("7.1. FORTE, BLACKBEARD, SNO, and other projects requiring digitizers", 2)]


def test_an_enumeration_in_running_text_is_no_heading():
    text = ("Bu bölgeler şunlardı:\n"
            "1. Kars, Ardahan,\nve Batum sancakları ile çevresindeki köyler, kasabalar ve yaylalar uzun süre.\n")
    assert _headings(text) == []
