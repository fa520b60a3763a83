import pytest
from conftest import fixture_text
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


def test_a_numbered_title_under_the_article_title_is_a_heading():
    # no abstract, so no front matter is found; the title line above stops
    # without a full stop, yet no sentence runs on into "1. Introduction"
    text = ("Foreign Policy of the Weimar Republic\n1. Introduction\n"
            "After the end of the war, German foreign policy faced great challenges that\n"
            "would shape the relations with the western neighbours for a decade or more.\n"
            "2. The Treaties of Locarno\nThe treaties of 1925 marked a phase of calm in the west.\n")
    assert _headings(text, lang="en")[-2:] == [("1. Introduction", 1), ("2. The Treaties of Locarno", 1)]


def test_a_date_under_a_lone_title_line_is_no_section_number():
    # "24 Aralık 1919" under a speech's title: a dateline, not section 24
    text = ("Kırşehir Gençler Derneği’nde Yaptığı Konuşma\n24 Aralık 1919\n"
            "Burada yaşayan insanları hissiz mahlûkattan ibaret zannediyorlardı ve bunu\n"
            "her fırsatta söylüyorlardı; milletimizin hadisat neticesi olarak yer yer taazzuv etmesine\n"
            "ehemmiyet vermemişlerdi.\n")
    assert ("24 Aralık 1919", 1) not in _headings(text)


def test_heading_wrapped_over_two_lines():
    text = ("Önceki paragraf burada biter.\n\n"
            "2-Milli Mücadele Yıllarında Türk-Rus İlişkileri (1919-\n1922)\n"
            "Bölümün ilk paragrafı burada başlar ve uzun bir satır olarak devam eder, sonra biter.\n")
    assert _headings(text) == [("2-Milli Mücadele Yıllarında Türk-Rus İlişkileri (1919-1922)", 1)]


@pytest.mark.parametrize("title, paragraph", [
    # a page's measure: the title's rest on one long line
    (["1- Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında",
      "Hâkimiyet-i Milliye, Yenigün ve Öğüt Gazeteleri Muhabirlerine Verdiği Demeç"],
     ["Memleketimiz hakkında istila emelleri besleyecek olanların her türlü ümitlerini kıracak",
      "veçhile siyaseten, idareten ve iktisaden kuvvetli olmak lazımdır; bu hususta şüphe yoktur.",
      "Bu sebeple şimdiden böyle bir programın esaslarını tespit etmek lazım gelmiştir, efendiler."]),
    # a narrow column: the title wraps over four lines
    (["1- Halk Fırkası’nı Kurmakla İlgili Kararı", "Hakkında Hâkimiyet-i Milliye, Yenigün ve",
      "Öğüt Gazeteleri Muhabirlerine Verdiği", "Demeç"],
     ["Memleketimiz hakkında istila emelleri besleyecek", "olanların her türlü ümitlerini kıracak veçhile",
      "siyaseten, idareten ve iktisaden kuvvetli olmak", "lazımdır; bu hususta hiçbir şüphe yoktur ve olamaz.",
      "Bu sebeple şimdiden böyle bir programın esasları", "tespit olunmak lazım gelmiştir, efendiler, ve bu",
      "programın esasları da çok geçmeden ilan olunur."]),
])
def test_a_long_title_right_above_the_next_heading_is_the_heading_s_rest(title, paragraph):
    # no paragraph stands unfinished between two titles
    text = "\n".join(["Anahtar Kelimeler: Halk, Fırka", *title, "1.1. 6 Aralık 1922", *paragraph]) + "\n"
    assert _headings(text) == [
        ("1- Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında Hâkimiyet-i Milliye, Yenigün ve Öğüt Gazeteleri "
         "Muhabirlerine Verdiği Demeç", 1), ("1.1. 6 Aralık 1922", 2)]


def test_the_section_the_numbering_expects_next_may_have_a_long_title_under_its_number():
    # a narrow column: "7." alone, its title nearly a full line below it
    text = ("6. Monitoring\n"
            "A spectrum analyzer will be used to make a\n"
            "broader survey of the noise in various ranges.\n"
            "7.\n"
            "Recent information on related activities\n"
            "Discussions with John at the University have\n"
            "been very productive, and they will go on.\n")
    assert _headings(text, lang="en") == [("6. Monitoring", 1), ("7. Recent information on related activities", 1)]


def test_a_paragraph_set_a_word_a_line_under_a_heading_is_no_part_of_it():
    # PyMuPDF gives each word of a justified first line its own line; the
    # third ends on a comma, as no title's word does
    text = ("The section before ends here with a stop.\n\n"
            "5.3. Detached threads\nWhile\ncooperative,\ndeterministically\n"
            "scheduled threads are easy to reason about, they cannot use more than one processor.\n")
    assert _headings(text, lang="en") == [("5.3. Detached threads", 2)]


def test_the_next_section_s_title_may_be_longer_than_a_column_s_line():
    # a two-column page: the title set across both columns; a joined line
    # holding two sections' numbers is no such title
    text = ("2. Scientific goals\n"
            "Most of the present generation of large\nclass telescopes do not offer a wide\n"
            "field imaging capability at all.\n\n"
            "3. Comparison with existing Wide Field Imagers on Large Telescopes\n"
            "Subaru is an exception to this rule, with\na camera that covers a square degree of\n"
            "sky in one exposure of the night.\n\n"
            "4. Related Work on the Replay of Systems 6. Implementation of the Scheduler\n"
            "Stewart and Gentleman report that many\nreplay solutions have made use of queues\n"
            "for logging the data they monitor.\n")
    assert _headings(text, lang="en") == [
        ("2. Scientific goals", 1), ("3. Comparison with existing Wide Field Imagers on Large Telescopes", 1)]


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
    # numbered with a dash ("1-") as well as with a stop
    assert _headings(text.replace("2.\n", "2-\n"), lang="en") == [("2- Cooperative CPC threads", 1)]


NARROW = "the column of running text is narrow and"


def _narrow_column(*sections: tuple[str, str], col: str = NARROW) -> str:
    """A narrow column: a paragraph, then each (heading lines, first words
    of the paragraph under it)."""
    text = f"{col}\nthe paragraph before ends right here.\n"
    for heading, opening in sections:
        text += f"{heading}\n{opening}\n{col}\n{col}\nends.\n"
    return text


def test_a_heading_given_one_word_a_line():
    # PyMuPDF on a narrow column: every word of the heading on its own line
    text = _narrow_column(("3.\nComparison with ex-\nisting\nWide\nField\nIm-\nagers on large telescopes",
                           "Most of the present generation of wide"))
    assert _headings(text, lang="en") == [("3. Comparison with existing Wide Field Imagers on large telescopes", 1)]


def test_a_bare_number_takes_its_title_even_in_capitals_and_with_commas():
    text = _narrow_column(("7.1.\nFORTE,\nBLACKBEARD,\nSNO, and other\nprojects", "Discussions with colleagues at the"),
                          ("3.\nCASA/MIA\nPrototype\nsetup", "The prototype was set up on the site"))
    assert _headings(text, lang="en") == [("7.1. FORTE, BLACKBEARD, SNO, and other projects", 2),
                                          ("3. CASA/MIA Prototype setup", 1)]


def test_a_numbered_heading_line_ending_in_a_comma_goes_on_below():
    text = _narrow_column(("7.1. FORTE, BLACKBEARD,\nSNO, and other projects requiring\ndigitizers",
                           "Discussions with colleagues at the"), col=NARROW + " it goes")
    assert _headings(text, lang="en") == [("7.1. FORTE, BLACKBEARD, SNO, and other projects requiring digitizers", 2)]


def test_an_enumeration_in_running_text_is_no_heading():
    text = ("Bu bölgeler şunlardı:\n"
            "1. Kars, Ardahan,\nve Batum sancakları ile çevresindeki köyler, kasabalar ve yaylalar uzun süre.\n")
    assert _headings(text) == []


def test_a_heading_wrapped_onto_lowercase_lines():
    text = _narrow_column(("3. The extended constant\nexecution time eviction\nscheduler ECETES",
                           "We have, in a previous publication, pre-"), col=NARROW + " it goes")
    assert _headings(text, lang="en") == [("3. The extended constant execution time eviction scheduler ECETES", 1)]


def test_a_long_numbered_title_alone_between_white_space():
    full = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider, böyle devam eder."
    title = "2. İkinci Dönem Türkiye Büyük Millet Meclisi’nin Üçüncü Yasama Yılının Açılışında Yaptığı Konuşma"
    text = f"{full}\nbitti.\n\n{title}\n\n{full}\n{full}\nbitti.\n"
    assert _headings(text) == [(title, 1)]
    # the same line inside a paragraph is prose
    assert _headings(f"{full}\n{title}\n{full}\nbitti.\n") == []


def test_a_number_set_after_the_first_line_of_its_title_goes_before_it():
    # pdfminer: "LSST and variable" / "4." / "stars"
    text = ("The section before ends with one more sentence of prose, as sections do.\n\n"
            "LSST and variable\n\n4.\nstars\n\n"
            "Variable stars have been traditionally divided between eruptive and periodic ones.\n")
    assert _headings(text, lang="en") == [("4. LSST and variable stars", 1)]
    # the number's span comes first: the pieces keep their reading order
    [first, *_] = next(b for b in recover(text, lang="en").to_dict()["body"] if b["type"] == "heading")["spans"]
    assert text[first[0]:first[1]] == "4."


def test_a_long_numbered_title_over_its_first_subsection():
    full = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider, böyle devam eder."
    title = "3- Lozan Barış Konferansı Hakkında Le Journal Muhabiri Paul Herriot’a Çankaya’da Verdiği Demeç"
    text = f"{full}\nbitti.\n\n{title}\n3.1. Çankaya, 25 Aralık 1922\n{full}\nbitti.\n"
    assert _headings(text) == [(title, 1), ("3.1. Çankaya, 25 Aralık 1922", 2)]


def test_a_heading_wrapped_around_a_running_header():
    # the page set its running header between a heading's two lines
    full = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider, böyle devam eder."
    header = "Tarih ve Toplum Dergisi, 18(3)"
    text = (f"{header}\n{full}\nbitti.\n\n1. Hilafet Hakkında New York Herald\n\n{header}\n\n"
            f"Muhabirine Verdiği Demeç\n1.1. 4 Mayıs 1924\n{full}\nbitti.\n")
    assert _headings(text) == [("1. Hilafet Hakkında New York Herald Muhabirine Verdiği Demeç", 1),
                               ("1.1. 4 Mayıs 1924", 2)]


def test_sections_numbered_in_roman_numerals_are_as_strong_as_digits():
    # a document that numbers I., II., III.: a heading even where its
    # paragraph opens in lower case right below, or the title is long
    full = "this line of the paragraph runs on to the right margin of the page and further on"
    text = ("The opening paragraph of the article ends here with a full stop.\n\n"
            "I. Introduction\nThe first section opens here and ends with a stop.\n\n"
            "II. ECG\ninformation about the heart rate is taken from the peaks of the signal.\n\n"
            f"{full}\n{full}\n\n"
            "III. The Second Session of the Assembly and the Speech Given at Its Opening Ceremony\n\n"
            "The third section opens here and ends with a stop.\n")
    assert _headings(text, "en") == [
        ("I. Introduction", 1), ("II. ECG", 1),
        ("III. The Second Session of the Assembly and the Speech Given at Its Opening Ceremony", 1)]
    # where nothing else is numbered so, an initial opening a line stays text
    prose = ("The theory was put forward long before the war by\n"
             "I. Kant argued against it in a short essay that most readers knew.\n")
    assert _headings(prose, "en") == []


def test_sections_numbered_without_a_stop_throughout_are_as_strong_as_digits_with_one():
    # "1 Introduction", "2.1 Data": where the document numbers its sections
    # so, a title followed by a paragraph opening in lower case is a heading
    text = ("1 Introduction\nThe first section opens here and ends with a stop.\n\n"
            "2 Signals\nThe second section opens here and ends with a stop.\n\n"
            "2.1 ECG\ninformation about the heart rate is taken from the peaks of the signal.\n\n"
            "3 Results\nThe third section opens here and ends with a stop.\n")
    assert _headings(text, "en") == [("1 Introduction", 1), ("2 Signals", 1), ("2.1 ECG", 2), ("3 Results", 1)]
    # a lone line of that shape is still no heading where its sentence runs on
    alone = ("The count went up sharply in the last year of the war, when\n"
             "3 Regiments marched\nout of the city and into the hills.\n")
    assert _headings(alone, "en") == []


def test_a_long_title_numbered_without_a_stop_where_the_document_numbers_so():
    # the next section's number, a title longer than such titles are, on a
    # line of its own; a date on a line of its own is no section
    para = ("Meclis bu konuyu uzun uzun görüşmüş ve sonunda bir karar almıştı; bu karar\n"
            "milletin bütün fertlerine duyurulmuş ve her yerde okunmuştu.\n\n")
    text = ("1 Birinci Konuşma\n" + para + "1.1 Ankara\n" + para + "1.2 İzmir\n" + para
            + "2 Ocak 1923\n\n" + para
            + "2 Batı Anadolu Seyahati Sırasında Bursa’da Şark Sineması’nda Yaptığı Konuşma\n\n" + para
            + "2.1 Bursa\n" + para)
    assert _headings(text) == [
        ("1 Birinci Konuşma", 1), ("1.1 Ankara", 2), ("1.2 İzmir", 2),
        ("2 Batı Anadolu Seyahati Sırasında Bursa’da Şark Sineması’nda Yaptığı Konuşma", 1),
        ("2.1 Bursa", 2)]


def test_subsections_in_a_row_show_a_document_numbered_without_a_stop():
    # a narrow column, the sections' own titles broken apart: 5.4, 5.5 and
    # 5.6 show the style, and a title as long as the column's line is one
    text = _narrow_column(("5.4 Blocking OS interfaces", "Hekate uses the curl library to reach"),
                          ("5.5 Blocking library inter", "BitTorrent trackers over HTTP and it"),
                          ("5.6 Parallelism", "Hekate is not parallel and it never was"))
    assert [h for h, _ in _headings(text, lang="en")] == [
        "5.4 Blocking OS interfaces", "5.5 Blocking library inter", "5.6 Parallelism"]


def test_titles_of_a_document_that_numbers_no_sections_are_told_by_shape_and_place():
    def para(k):
        return (f"The threads of server {k} are cheap enough that one of them serves each",
                f"client, and a few more wait on timers; this is design {k} we describe.")
    text = "\n".join([
        "An opening paragraph ends here with a full stop, as paragraphs do.", "",
        "Lightweight threads", *para(1), "",
        "Figure 3 Timings of the server", *para(2), "",         # a caption
        "E = mc2", *para(3), "",                                 # a formula
        para(4)[0], "Results of the run", "",                    # a paragraph's last line
        "Results", "Native and cps functions", *para(5), ""]) + "\n"
    assert _headings(text, "en") == [("Lightweight threads", 1), ("Results", 1), ("Native and cps functions", 1)]


OPENING = "An opening paragraph ends here with a full stop, as paragraphs do in the text."


def _after_an_opening(*lines: str) -> str:
    """A text of these lines under an opening paragraph's last line."""
    return "\n".join([OPENING, *lines]) + "\n"


def _server_paragraph(k):
    """A paragraph's two full lines (about 80 characters: the measure)."""
    return (f"The threads of server {k} are cheap enough that one of them serves each new",
            f"client, and a few more wait on timers; this is the design {k} we describe here.")


def test_unnumbered_titles_one_over_another_wrapped_or_dated():
    para = _server_paragraph
    text = _after_an_opening(
        "Experiments",                                           # one word, after a full stop
        "Implementation", *para(1),
        "Not so black", *para(2),                                # no caption ("Not 1:" would be)
        "Adana’da Lise Binasında Şerefine Verilen Yemek Sırasında",  # wrapped: the first line reaches far
        "Yaptığı Konuşma",
        "15 Mart 1923", *para(3),                                # a date under the title
        "Deep Face with Max Pooling",                            # short: no wrap, a title over a title
        "Pose normalization", *para(4))
    # a title right under another is its first subsection
    assert _headings(text, "en") == [
        ("Experiments", 1), ("Implementation", 2), ("Not so black", 1),
        ("Adana’da Lise Binasında Şerefine Verilen Yemek Sırasında Yaptığı Konuşma", 1), ("15 Mart 1923", 2),
        ("Deep Face with Max Pooling", 1), ("Pose normalization", 2)]


def test_unnumbered_titles_wrapped_onto_a_lower_case_line():
    para = _server_paragraph
    text = _after_an_opening(
        "", "Monitoring of the radio noise of the local en-", "vironment", *para(1), "",
        "Considerations for the Auger project and its", "detectors", *para(2))
    assert _headings(text, "en") == [("Monitoring of the radio noise of the local environment", 1),
                                     ("Considerations for the Auger project and its detectors", 1)]


def test_an_unnumbered_title_set_large_wraps_short_of_the_measure_after_a_broken_word_or_before_a_word():
    # a narrow column's titles, set larger than the text: "Native and cps
    # func-" breaks off in a word, "LSST and variable" leaves one word over;
    # neither first line reaches half the measure
    para = _server_paragraph
    text = _after_an_opening(
        "", "Native and cps func-", "tions", *para(1), "",
        "LSST and variable", "stars", *para(2))
    assert _headings(text, "en") == [("Native and cps functions", 1), ("LSST and variable stars", 1)]


def test_an_unnumbered_title_set_a_word_a_line_is_one_title():
    # PyMuPDF sets a justified title's words a line each; two one-word
    # lines stay two titles (see "Experiments" over "Implementation")
    para = _server_paragraph
    text = _after_an_opening("", "Cooperative", "CPC", "threads", *para(1))
    assert _headings(text, "en") == [("Cooperative CPC threads", 1)]


def test_a_title_whose_first_printed_line_was_set_a_word_a_line_goes_on_below():
    # the title's first printed line, justified and so full, came a word a
    # line; its next printed line goes on the title, and the one after
    # that ends it; two one-word titles stacked stay two
    para = _server_paragraph
    text = _after_an_opening("", "Comparison", "with", "existing", "Wide Field Imagers on large", "telescopes",
                             *para(1), "", "Experiments", "Implementation", *para(2))
    assert _headings(text, "en") == [("Comparison with existing Wide Field Imagers on large telescopes", 1),
                                     ("Experiments", 1), ("Implementation", 2)]


def test_an_unnumbered_title_wrapped_around_a_running_header():
    # the page set its running header inside the title, after a broken word
    para = _server_paragraph
    header = "Journal of Server Studies, 12(3)"
    text = (f"{header}\n" + "\n".join(para(1)) + "\n\nThe Second Session of the Assembly and Its Ope-\n\n"
            f"{header}\n\nning Ceremony\n" + "\n".join(para(2)) + "\n")
    assert _headings(text, "en") == [("The Second Session of the Assembly and Its Opening Ceremony", 1)]


def test_an_unnumbered_title_with_a_slash_or_one_word_under_a_title():
    para = _server_paragraph
    text = _after_an_opening(
        "OVERVIEW",
        "Motivation", *para(1),                                  # one word, right under a title
        "Input/Output Prototype", *para(2))                      # a slash in a title
    assert _headings(text, "en") == [("OVERVIEW", 1), ("Motivation", 1), ("Input/Output Prototype", 1)]


def test_a_title_in_title_case_set_large_wraps_short_of_the_measure_onto_a_capitalised_word():
    # set large, "… Nuclear Reaction" / "Theory" wraps at less than half the
    # text's measure; a sentence-case title's next line with a capital is
    # the next title ("… event-driven programming" / "Code readability")
    para = ["The threads of the server are cheap enough that one of them serves each new client, and",
            "a few more wait on timers; this is the design that we describe in this section in detail."]
    text = _after_an_opening("HPC Empowers A New Era for Nuclear Reaction", "Theory", *para,
                             "Comparison with event-driven programming", "Code readability",
                             *[line.replace("server", "client") for line in para])
    assert _headings(text, "en") == [("HPC Empowers A New Era for Nuclear Reaction Theory", 1),
                                     ("Comparison with event-driven programming", 1), ("Code readability", 2)]


def test_an_unnumbered_title_broken_at_an_izafet_hyphen_goes_on_in_a_long_lower_case_line():
    para = _server_paragraph
    text = _after_an_opening(
        "Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında Hâkimiyet-",
        "i Milliye, Yenigün ve Öğüt Gazeteleri Muhabirlerine", "Verdiği Demeç", "6 Aralık 1922", *para(1))
    assert _headings(text, "tr") == [
        ("Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında Hâkimiyet-i Milliye, Yenigün ve Öğüt Gazeteleri "
         "Muhabirlerine Verdiği Demeç", 1), ("6 Aralık 1922", 2)]


def test_an_unnumbered_title_wrapped_onto_four_narrow_lines_over_its_date():
    # a column's narrow measure wraps a long title onto four lines; its
    # date follows, then the text, with no white space anywhere (PyMuPDF)
    column = ["İrticaî temayüller denilmekle, galiba Cumhu-", "riyet idaresinden başka bir idareye rücu de-",
              "ğil, fakat o kabil idarelerde rol oynayan ve", "din perdesine bürünen tesvilatı ümide düşü-",
              "ren bir zihniyet kastolunuyor, bunu biliriz."]
    text = "\n".join([*column, "Cumhuriyet’in İlanının Birinci", "Yıldönümü Dolayısıyla Vatan",
                      "Gazetesi Muhabirine Verdiği", "Demeç", "31 Ekim 1924",
                      "Büyük Millet Meclisi’nin altıncı faaliyet se-", "nesine dâhil oluyoruz. Aza-yı kiramı hürmetle",
                      "selamlarım. Halk idaresinin mânilerden tasfi-", "yesi yolunda geçen sene çok ilerledik, bunu",
                      "hepimiz gördük ve bundan sonra da göreceğiz."]) + "\n"
    assert _headings(text, "tr") == [
        ("Cumhuriyet’in İlanının Birinci Yıldönümü Dolayısıyla Vatan Gazetesi Muhabirine Verdiği Demeç", 1),
        ("31 Ekim 1924", 2)]


def test_a_long_unnumbered_title_in_title_case_even_wrapped_onto_three_lines():
    para = _server_paragraph
    text = _after_an_opening(
        "", "İkinci Dönem Büyük Millet Meclisi’nin Üçüncü Yasama Yılının Açılışında Yaptığı Konuşma", "",
        "1 Kasım 1924", *para(1), "",
        "Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında",
        "Hâkimiyet-i Milliye, Yenigün ve Öğüt Gazeteleri Mu-",
        "habirlerine Verdiği Demeç",
        "6 Aralık 1922", *para(2), "",
        # a line of prose as long, alone too, is no title: few capitals
        "The threads of the server are cheap enough that one of them serves each new one", "",
        *para(3),
        # nor one whose sentence breaks off after "ve" (and), over a
        # paragraph written on one long line
        "Keyfiyeti Zat-ı Hazret-i Padişahî’ye arz ettim ve Makam-ı Sadaret’e ve Harbiye Nezareti’ne ve",
        "", " ".join(para(4) + para(5)))
    assert _headings(text, "tr") == [
        ("İkinci Dönem Büyük Millet Meclisi’nin Üçüncü Yasama Yılının Açılışında Yaptığı Konuşma", 1),
        ("1 Kasım 1924", 2),  # a date under a title, as below (no section "1")
        ("Halk Fırkası’nı Kurmakla İlgili Kararı Hakkında Hâkimiyet-i Milliye, Yenigün ve Öğüt Gazeteleri "
         "Muhabirlerine Verdiği Demeç", 1),
        ("6 Aralık 1922", 2)]


def test_an_unnumbered_title_over_a_line_of_dialogue():
    # an interview's answer opens with a dash before its capital
    para = _server_paragraph
    text = _after_an_opening(
        "Barış Konferansı Hakkında Vakit Gazetesi Muhabirine Verdiği Demeç",
        "- Lozan Konferansı’ndan henüz bir fikr-i sarih edinemiyorum. Fazla hararet ve münakaşa",
        *para(1))
    assert _headings(text, "tr") == [("Barış Konferansı Hakkında Vakit Gazetesi Muhabirine Verdiği Demeç", 1)]


def test_a_dateline_under_a_wrapped_title_is_a_title_of_its_own():
    para = _server_paragraph
    text = _after_an_opening(
        "Lozan Barış Konferansı Hakkında Le Journal Muhabiri Paul Herriot’a Çankaya’da",
        "Verdiği Demeç Hakkında Uzun Bir Başlığın Son Satırı Burada",
        "Çankaya, 25 Aralık 1922", *para(1))
    assert _headings(text, "tr") == [
        ("Lozan Barış Konferansı Hakkında Le Journal Muhabiri Paul Herriot’a Çankaya’da "
         "Verdiği Demeç Hakkında Uzun Bir Başlığın Son Satırı Burada", 1),
        ("Çankaya, 25 Aralık 1922", 2)]


def test_an_unnumbered_title_in_sentence_case_may_take_two_thirds_of_the_measure():
    # (a narrow column's measure leaves a title little room)
    para = _server_paragraph
    text = _after_an_opening("", "Cooperative threads and the schedulers of the server", *para(1))
    assert _headings(text, "en") == [("Cooperative threads and the schedulers of the server", 1)]


def test_subsections_lettered_under_roman_sections():
    # IEEE numbers sections I., II. and letters their subsections A., B.;
    # a line that opens with a person's initials stays text
    text = ("I. Introduction\nThe port kept ledgers of every ship that called there for decades.\n\n"
            "II. Sources and Method\nThe ledgers survive in the town archive in three boxes.\n\n"
            "A. Implementation\nWe read each ledger page by page and counted the ships.\n\n"
            "B. Evaluation\nTwo readers checked a sample of the counts against each other.\n"
            "J. Smith and colleagues read the same boxes in 1990.\n")
    assert _headings(text, "en") == [("I. Introduction", 1), ("II. Sources and Method", 1),
                                      ("A. Implementation", 2), ("B. Evaluation", 2)]


def test_a_lettered_date_under_a_roman_title_is_its_subsection():
    text = ("I. İzmit’te Yaptığı Konuşma\nA. 18 Ocak 1923\nEfendiler, bu memleketin her köşesinde çalışan "
            "halk bizimle beraberdir ve bunu hepimiz biliyoruz.\n\n"
            "II. Bursa’da Yaptığı Konuşma\nA. 22 Ocak 1923\nArkadaşlar, bugün burada toplanmış olan sizler "
            "milletin sesisiniz ve bunu herkes bilmektedir.\n")
    assert _headings(text) == [("I. İzmit’te Yaptığı Konuşma", 1), ("A. 18 Ocak 1923", 2),
                               ("II. Bursa’da Yaptığı Konuşma", 1), ("A. 22 Ocak 1923", 2)]


def test_a_lettered_subsection_whose_title_is_a_rare_word_stands_in_its_sequence():
    # "B. Expressivity" reads like an initial and a surname, but it stands
    # between the subsections lettered A. and C. of its section
    para = "We read each ledger page by page and counted the ships that called.\n\n"
    text = ("I. Introduction\n" + para + "II. Comparison\n" + para + "A. Code readability\n" + para +
            "B. Expressivity\n" + para + "C. Detached threads\n" + para + "D. Parallelism\n" + para)
    assert _headings(text, "en") == [("I. Introduction", 1), ("II. Comparison", 1), ("A. Code readability", 2),
                                      ("B. Expressivity", 2), ("C. Detached threads", 2), ("D. Parallelism", 2)]


def test_the_heading_over_endnotes():
    out = recover("1. Introduction\n\n"
                  "The station was built on the hill above the harbour in the first year.1 Its\n"
                  "keepers lived there with their families until the lamp was made electric.\n\n"
                  "Notes\n\n"
                  "1 The site was chosen by the council after three years of debate.\n", lang="en").to_dict()
    assert [(b["type"], b["text"]) for b in out["body"]][-1] == ("heading", "Notes")
    assert [f["text"] for f in out["footnotes"]] == ["The site was chosen by the council after three years of debate."]


def test_a_numbered_heading_whose_words_stand_far_apart_is_found():
    # a layout reading at a fixed pitch spreads a title set large over the
    # line: many spaces, few words
    text = ("1.   Introduction\nThe first section opens the article and says what it is about in a few lines.\n\n"
            "2." + " " * 8 + "Related" + " " * 17 + "Works" + " " * 9 + "of" + " " * 12 + "Others\n"
            "Earlier studies looked at the same question from another side, with other data.\n")
    assert ("2. Related Works of Others", 1) in [(" ".join(t.split()), lvl) for t, lvl in _headings(text, lang="en")]


def test_a_long_title_spread_at_a_fixed_pitch_wraps_onto_its_next_line():
    # pdftotext -layout -fixed: the title's words stand far apart, so its
    # two lines hold far more characters than the words they print
    spread = (" " * 12).join
    rows = ["Bu ilk paragraf burada biter ve sonra başlık gelir.", "",
            spread("2- Batı Anadolu Seyahati Sırasında Bursa’da Şark Si-".split()),
            spread("neması’nda Yaptığı Konuşma".split()),
            "Bir gün buralardan gelen haber Meclis’te okundu ve herkes dinledi.",
            "Bu haber üzerine yola çıkıldı ve Bursa’ya varıldı."]
    assert len(rows[2]) + len(rows[3]) > 160
    body = recover("\n".join(rows) + "\n", lang="tr").to_dict()["body"]
    headings = [b["text"] for b in body if b["type"] == "heading"]
    assert headings == ["2- Batı Anadolu Seyahati Sırasında Bursa’da Şark Sineması’nda Yaptığı Konuşma"]


PDFTEXT_TITLES = """The first survey of the site was made in the spring, and its results are given in the
section below, with the plan for the next year.

4. Variable stars and the

survey

Variable stars have been divided between eruptive and pulsating ones, and the survey will
find many of each kind in the first year of its work.

5. Kentin Çarşısında Yapılan Dükkânların

Planları

Çarşının dükkânları taştan yapılmış ve vakıf kayıtlarına geçirilmiştir. Kayıtlar dükkânların
kiralarını da gösterir.

6. Yeni Çarşının Kuruluşu Hakkında Yazılan

raporlar ve dilekçeler

Bu bölümde yeni çarşının kuruluşu ele alınmaktadır.

7. The plan of the town

The

survey of the plan goes on here, and the paragraph runs over several lines of the
page before it ends.
"""


def test_a_numbered_titles_last_words_set_apart_by_white_space_are_its_rest():
    # pdftext sets a wrapped title's lines apart with blank lines
    found = [t for t, _ in _headings(PDFTEXT_TITLES, lang="en")]
    assert "4. Variable stars and the survey" in found
    assert "5. Kentin Çarşısında Yapılan Dükkânların Planları" in found


def test_lines_set_apart_under_a_title_that_do_not_fit_it_stay_apart():
    found = [t for t, _ in _headings(PDFTEXT_TITLES, lang="en")]
    # lower case under a title in title case: a paragraph's scrap, not its rest
    assert "6. Yeni Çarşının Kuruluşu Hakkında Yazılan" in found
    # the block below goes on in lower case: a paragraph's first words
    assert "7. The plan of the town" in found
    body = " ".join(b["text"] for b in recover(PDFTEXT_TITLES, lang="en").to_dict()["body"] if b["type"] != "heading")
    assert "raporlar ve dilekçeler" in body


def _question_cut_from_its_line(question: str, before: str) -> str:
    # PyMuPDF cut a printed line at the wide space after a sentence's stop:
    # its two halves come out as two short lines, no white space between
    return ("Reviewing is the task of the referees, who read each paper that reaches the journal and\n"
            "judge whether it says something new. In such a situation the task of the referees becomes\n"
            "even harder, since the papers grow longer every year and the rejection level of these\n"
            + before + "\n" + question + "\n"
            "Most often: re-work and re-submit to a journal with lesser impact. Sometimes this process\n"
            "is repeated quite a few times, until the right journal for the work in question is found.\n")


def test_a_question_that_fills_one_printed_line_with_the_short_line_above_is_no_title():
    out = recover(_question_cut_from_its_line("What is the advice given to authors of rejected papers?",
                                              "high impact journals is very high."), lang="en").to_dict()
    assert [b["type"] for b in out["body"]] == ["paragraph"]
    assert "is very high. What is the advice given to authors of rejected papers? Most often:" \
        in out["body"][0]["text"]


def test_a_question_under_a_paragraphs_last_line_that_fills_no_line_with_it_is_a_title():
    # the two lines together fall far short of a printed line: the text's
    # end, then a title of its own
    out = recover(_question_cut_from_its_line("What Is Peer Review For?", "journals is high."),
                  lang="en").to_dict()
    assert [b["text"] for b in out["body"] if b["type"] == "heading"] == ["What Is Peer Review For?"]


def _title_wrapped_in_a_column(*title: str) -> str:
    # a two-column page read column by column (PyMuPDF): lines of about 46
    # letters, a numbered title wrapped onto lines of its own, no white space
    column = ["mixing a little nostalgia with pointers to the",
              "future of the field and the people who made it."]
    text = ["Running of gauge theory couplings, and in a way",
            "particular the peculiar anti-screening behav-",
            "ior of the strong coupling, is what we discuss."]
    return "\n".join(column + list(title) + text + column) + "\n"


def test_a_numbered_title_broken_after_a_particle_goes_on_in_a_narrow_column():
    text = _title_wrapped_in_a_column("1. From Running Coupling to", "Quantitative Unification to Su-", "persymmetry")
    assert _headings(text, "en") == [("1. From Running Coupling to Quantitative Unification to Supersymmetry", 1)]


def test_a_numbered_titles_line_in_title_case_is_its_own_though_the_next_runs_on():
    text = _title_wrapped_in_a_column("3.", "Comparison with existing", "Wide Field Imagers on large", "telescopes")
    assert _headings(text, "en") == [("3. Comparison with existing Wide Field Imagers on large telescopes", 1)]


def test_a_numbered_titles_acronym_wrapped_onto_a_line_of_its_own_is_its_rest():
    # "ECETES" alone in capitals under its title's first line ends that
    # title; a section name in capitals ("CONCLUSION") is a title of its own
    text = _title_wrapped_in_a_column("3. The extended constant execution time eviction scheduler", "ECETES")
    assert _headings(text, "en") == [("3. The extended constant execution time eviction scheduler ECETES", 1)]
    text = _title_wrapped_in_a_column("3. The extended constant execution time eviction scheduler", "CONCLUSION")
    assert _headings(text, "en") == [("3. The extended constant execution time eviction scheduler", 1),
                                      ("CONCLUSION", 1)]


def test_a_numbered_titles_long_line_in_title_case_is_its_rest():
    # a narrow column: the title's second line fills two thirds of the
    # measure, yet both lines are in title case
    text = _title_wrapped_in_a_column("2. Millî Hareket Hakkında", "Tasvir-i Efkâr Gazetesi’ne Ver-", "diği Mülakat")
    assert _headings(text, "tr") == [("2. Millî Hareket Hakkında Tasvir-i Efkâr Gazetesi’ne Verdiği Mülakat", 1)]


def test_a_references_names_under_a_numbered_line_are_no_titles_rest():
    text = _title_wrapped_in_a_column("6. Grebenev, Lutovinov and Sunyaev", "Homan, J., Miller, J.M., Wijnands 2003")
    assert _headings(text, "en") == [("6. Grebenev, Lutovinov and Sunyaev", 1)]


@pytest.mark.parametrize("lines, title, lang", [
    (["3. ADVANCED ALGORITHMS AND TOOLS DEFINE NEW", "GENERATION EDF"],
     "3. ADVANCED ALGORITHMS AND TOOLS DEFINE NEW GENERATION EDF", "en"),
    # broken in a word: the hyphen goes where the joined word is one
    (["1. FROM RUNNING COUPLING TO QUANTITATIVE UNI-", "FICATION TO SUPERSYMMETRY"],
     "1. FROM RUNNING COUPLING TO QUANTITATIVE UNIFICATION TO SUPERSYMMETRY", "en"),
    (["3. FROM ASYMPTOTIC SIMPLICITY TO QUARK-", "GLUON PLASMA"],
     "3. FROM ASYMPTOTIC SIMPLICITY TO QUARK-GLUON PLASMA", "en"),
    (["2. BARIŞ KONFERANSI VE İNKILÂPLAR HAKKINDA GA-", "ZETE MUHABİRİNE VERDİĞİ DEMEÇ"],
     "2. BARIŞ KONFERANSI VE İNKILÂPLAR HAKKINDA GAZETE MUHABİRİNE VERDİĞİ DEMEÇ", "tr"),
])
def test_a_numbered_title_in_capitals_wraps_onto_lines_in_capitals(lines, title, lang):
    assert _headings(_title_wrapped_in_a_column(*lines), lang) == [(title, 1)]


def test_a_section_name_in_capitals_under_a_title_in_capitals_is_a_title_of_its_own():
    text = _title_wrapped_in_a_column("3. THE EXTENDED CONSTANT EXECUTION TIME EVICTION SCHEDULER", "CONCLUSION")
    assert _headings(text, "en") == [("3. THE EXTENDED CONSTANT EXECUTION TIME EVICTION SCHEDULER", 1),
                                      ("CONCLUSION", 1)]


def test_subsections_lettered_past_h_are_letters_not_roman_numbers():
    # "I." after "H." is the ninth subsection, not section one; "J." follows
    prose = "The text of this part runs on for a while and ends with a full stop.\n"
    titles = ["Cache", "Classes", "Entropy", "Structure", "Networks", "Discrimination", "Forests",
              "Bayes", "Normalized Backoff", "Binary Entropy"]
    text = "I. Introduction\n" + prose + "II. Models\n" + prose + "".join(
        f"{chr(ord('A') + k)}. {t}\n{prose}" for k, t in enumerate(titles)) + "III. Results\n" + prose
    heads = _headings(text, "en")
    assert heads[-3:] == [("I. Normalized Backoff", 2), ("J. Binary Entropy", 2), ("III. Results", 1)]
    assert [lv for _t, lv in heads] == [1, 1] + [2] * 10 + [1]


def test_a_title_numbered_i_with_no_ii_in_the_document_wraps_like_a_numbered_one():
    # one speech, one section "I.": a weak number, but its title's lines in
    # title case are its rest all the same
    text = _title_wrapped_in_a_column("I. İzmir’de Toplanan Türkiye", "İktisat Kongresi’nin Açılışında",
                                      "Yaptığı Konuşma")
    assert _headings(text, "tr") == [("I. İzmir’de Toplanan Türkiye İktisat Kongresi’nin Açılışında Yaptığı Konuşma", 1)]


def test_a_title_opening_with_an_accent_set_beside_its_letter_is_a_heading():
    # pypdf and pdfminer pass the dot of a LaTeX "İ" on as a sign beside
    # the "I" ("˙Ikinci"): the title still opens with a capital
    text = ("Önceki bölümün son paragrafı burada biter ve nokta ile kapanır.\n\n"
            "2. \u02d9Ikinci Dönem Meclisin Açılı\u00b8sında Yaptı\u02d8gı Konu\u00b8sma\n"
            "Büyük Millet Meclisi’nin altıncı faaliyet senesine dâhil oluyoruz ve hepinizi selamlarım.\n")
    assert _headings(text) == [("2. İkinci Dönem Meclisin Açılışında Yaptığı Konuşma", 1)]


def test_a_titles_rest_that_asks_a_question_is_the_titles():
    # a narrow column wrapped the title; its rest, in lower case, ends with
    # the question mark that closes it
    prose = ["The scheduler keeps a list of the pages it may evict, and",
             "it walks that list each time a page must leave the cache,",
             "so that the replay finds the same pages where it left them."]
    text = "\n".join(prose + ["6- When is the scheduler better", "than the alternatives?"] + prose) + "\n"
    assert _headings(text, lang="en") == [("6- When is the scheduler better than the alternatives?", 1)]


def _speech(k: int) -> str:
    return (f"Bu {k}. bölümün metni burada başlar, bir süre devam eder ve sonunda nokta ile biter.\n"
            f"Onun {k}. paragrafının ikinci satırı da burada yer alır ve o da nokta ile biter.\n")


def test_a_roman_number_glued_to_its_title_still_numbers_it():
    # pypdf lost the spaces of the second title, the one after its number
    # too: the document still numbers its sections I., II.
    text = "I. Teşkilat Hakkında\n" + _speech(1) + "II.MillîHareketHakkında\n" + _speech(2)
    heads = _headings(text)
    assert [level for _t, level in heads] == [1, 1] and heads[1][0].startswith("II.")


def test_a_line_opening_with_initials_is_no_roman_numbered_title():
    text = "I. Giriş\n" + _speech(1) + "II. Devrim\n" + _speech(2) + "V.I. Lenin Kremlin’de\n" + _speech(3)
    assert [t for t, _level in _headings(text)] == ["I. Giriş", "II. Devrim"]


def test_a_lettered_subsection_under_a_title_wrapped_over_four_lines():
    # a narrow column wraps the section's long title onto four lines; the
    # subsection lettered "A." under it is a heading of the second level
    text = ("I. Cumhuriyet’in İlanının Bi-\nrinci Yıldönümü Dolayısıyla Va-\ntan Gazetesi Muhabirine Ver-\n"
            "diği Demeç\nA. 31 Ekim 1924\n" + _speech(1) + "II. İkinci Dönem Konuşması\n" + _speech(2))
    assert _headings(text) == [
        ("I. Cumhuriyet’in İlanının Birinci Yıldönümü Dolayısıyla Vatan Gazetesi Muhabirine Verdiği Demeç", 1),
        ("A. 31 Ekim 1924", 2), ("II. İkinci Dönem Konuşması", 1)]


def test_a_titles_line_that_lost_its_spaces_is_still_its_rest():
    # pypdf ran the words of the title's second line together, in a narrow
    # column: its case shows in the capitals that open the glued words
    def column(k: int) -> str:
        return (f"Aziz çiftçi kardeşlerim; diyebilirim ki {k}.\nhayatımda yaşadığım en ulvi, en sade, en\n"
                f"mesut günlerden biri bugündür ve sizlerle\nburada bulunmaktan büyük bir sevinç\n"
                f"duyuyorum, bunu da {k}. kez söylüyorum.\n")
    text = ("I. Adana’da Yaptığı Konuşma\n" + column(1) + "II. Adana Türk Ocağı’ndaki\n"
            "ToplantıdaÇiftçilereYaptığıKo-\nnuşma\n" + column(2))
    assert [t for t, _level in _headings(text)][1] == "II. Adana Türk Ocağı’ndaki Toplantıda Çiftçilere Yaptığı Konuşma"


def test_a_sentence_that_ends_in_a_colon_under_a_title_is_text():
    out = recover(fixture_text("ieee_en.txt")).to_dict()
    assert [b["text"] for b in out["body"] if b["type"] == "heading"] == [
        "I. INTRODUCTION", "II. METHOD", "A. Choice of n", "III. CONCLUSION", "REFERENCES"]
    assert any(b["text"].startswith("The filter averages the last n readings: y(t)") for b in out["body"])
