import pytest
from conftest import fixture_text, reasons, run_until
from temize import recover
from temize.passes.headers import parse_journal_line


def test_running_header_is_removed_and_parsed_into_metadata():
    doc = run_until(fixture_text("two_pages_tr.txt"), "headers")
    assert reasons(doc)["running-header"] == ["Deniz Tarihi Dergisi, 7(2)"] * 2
    md = doc.metadata
    assert (md["journal"], md["volume"], md["issue"]) == ("Deniz Tarihi Dergisi", "7", "2")


def test_a_running_header_in_another_order_fills_the_metadata():
    # the same shape as two_pages_tr.txt's header, its parts set as another
    # journal sets them: volume and issue after a slash, the season last
    text = fixture_text("two_pages_tr.txt").replace("Deniz Tarihi Dergisi, 7(2)",
                                                     "Deniz Tarihi Dergisi Cilt 7/2 Bahar 2019")
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == ["Deniz Tarihi Dergisi Cilt 7/2 Bahar 2019"] * 2
    md = doc.metadata
    assert (md["journal"], md["volume"], md["issue"], md["year"]) == ("Deniz Tarihi Dergisi", "7", "2", "2019")


def test_journal_reference_shapes():
    assert parse_journal_line("Letters in Applied Physics 36(1), 2020") == {
        "journal": "Letters in Applied Physics", "volume": "36", "issue": "1", "year": "2020"}
    assert parse_journal_line("Open Journal of Things, Vol. 27, No. 1 (2011)") == {
        "journal": "Open Journal of Things", "volume": "27", "issue": "1", "year": "2011"}
    assert parse_journal_line("Uluslararası Araştırmalar Dergisi 2018, 14(3)") == {
        "journal": "Uluslararası Araştırmalar Dergisi", "year": "2018", "volume": "14", "issue": "3"}
    d = parse_journal_line("Tarih Dergisi, 18(3) 176")
    assert d["page"] == "176" and d["volume"] == "18"
    assert parse_journal_line("Open Journal of Things - 2011") == {"journal": "Open Journal of Things", "year": "2011"}
    assert parse_journal_line("This is a sentence of prose, not a header at all.") is None


@pytest.mark.parametrize("line, parsed", [
    # labels with colons, the year labelled too
    ("Sosyal Bilimler Dergisi Cilt: 5 Sayı: 2 Yıl: 2019", ("5", "2", "2019")),
    ("Sosyal Bilimler Dergisi, Cilt/Volume: 5, Sayı/Issue: 2, Yıl/Year: 2019", ("5", "2", "2019")),
    # the year first
    ("Sosyal Bilimler Dergisi, Yıl: 2019, Cilt: 5, Sayı: 2", ("5", "2", "2019")),
    # parts set apart by a sign, not a comma
    ("Sosyal Bilimler Dergisi / Cilt 5 / Sayı 2 / 2019", ("5", "2", "2019")),
    ("Sosyal Bilimler Dergisi • Vol. 5 • No. 2 • 2019", ("5", "2", "2019")),
    ("Sosyal Bilimler Dergisi | Volume 5 | Issue 2 | 2019", ("5", "2", "2019")),
    # an issue and no volume
    ("Sosyal Bilimler Dergisi, Sayı 45, 2019", (None, "45", "2019")),
])
def test_journal_lines_labelled_ordered_and_set_apart_in_other_ways(line, parsed):
    d = parse_journal_line(line)
    assert d["journal"] == "Sosyal Bilimler Dergisi"
    assert (d.get("volume"), d.get("issue"), d.get("year")) == parsed


def test_a_year_in_brackets_after_the_volume_is_no_issue():
    assert parse_journal_line("Journal of Coastal Studies 12 (2021) 214–230") == {
        "journal": "Journal of Coastal Studies", "volume": "12", "year": "2021", "page": "214–230"}
    # a small number in the brackets is still the issue
    assert parse_journal_line("Journal of Coastal Studies 12 (3) 214–230")["issue"] == "3"


def test_a_single_journal_line_at_a_page_edge_is_furniture():
    text = ("Prose runs here and ends the page with a full stop.\n\n"
            "Van Sample Dergisi, 4(7)\n\nProse goes on on the next page.\n")
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == ["Van Sample Dergisi, 4(7)"]
    assert doc.metadata["issue"] == "7"


def test_repeated_prose_line_is_not_a_header():
    para = ["The first line of a paragraph that is long enough to be prose here,",
            "and the second line that carries the sentence on to its very end."]
    text = "\n".join(para + ["Another line of running text sits between the copies now."] + para) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_page_number_before_the_header():
    d = parse_journal_line("176 Tarih ve Toplum Dergisi, 18(3)")
    assert d == {"journal": "Tarih ve Toplum Dergisi", "volume": "18", "issue": "3", "page": "176"}
    d = parse_journal_line("12 | Letters in Applied Physics 36(1), 2020")
    assert d["journal"] == "Letters in Applied Physics" and d["page"] == "12"


def test_more_journal_shapes():
    assert parse_journal_line("Journal of Things, 2019, 12(3), 45-67") == {
        "journal": "Journal of Things", "year": "2019", "volume": "12", "issue": "3", "page": "45-67"}
    assert parse_journal_line("Van YYÜ İİBF Dergisi, Cilt: 4, Sayı: 7") == {
        "journal": "Van YYÜ İİBF Dergisi", "volume": "4", "issue": "7"}
    d = parse_journal_line("Tarih Dergisi, Cilt/Volume 4, Sayı/Issue 7 (2019)")
    assert (d["volume"], d["issue"], d["year"]) == ("4", "7", "2019")


@pytest.mark.parametrize("line, parsed", [
    # the year after the pages, and an abbreviated title keeps its last stop
    ("J. Coastal Stud. 12(3): 45–67, 2019",
     {"journal": "J. Coastal Stud.", "volume": "12", "issue": "3", "year": "2019", "page": "45–67"}),
    ("Journal of Things, 12(3), pp. 45-67, 2019",
     {"journal": "Journal of Things", "volume": "12", "issue": "3", "year": "2019", "page": "45-67"}),
    # a month before the year, with no comma after the issue
    ("Kıyı Araştırmaları Dergisi Cilt: 12 Sayı: 63 Nisan 2019",
     {"journal": "Kıyı Araştırmaları Dergisi", "volume": "12", "issue": "63", "year": "2019"}),
    # a volume and its issue after a slash, a Roman volume whose label no
    # shape took into the name, a season before the year
    ("Kıyı Studies Volume 14/3 2019", {"journal": "Kıyı Studies", "volume": "14", "issue": "3", "year": "2019"}),
    ("Belleten, C. LXXXIII, S. 296, 2019", {"journal": "Belleten", "volume": "LXXXIII", "issue": "296", "year": "2019"}),
    ("bilig, Kış/2019, sayı 88", {"journal": "bilig", "year": "2019", "issue": "88"}),
    ("Tarih İncelemeleri Dergisi XXXIV/1, 2019",
     {"journal": "Tarih İncelemeleri Dergisi", "volume": "XXXIV", "issue": "1", "year": "2019"}),
])
def test_journal_lines_in_other_orders_and_shapes(line, parsed):
    assert parse_journal_line(line) == parsed


def test_a_trailing_number_that_is_no_year_is_still_no_header():
    assert parse_journal_line("Journal of Things 12(3): 45-67, 19") is None


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u00ad"])
def test_a_repeated_line_of_prose_broken_at_the_margin_is_no_header(hyphen):
    # an extractor repeated one line out of place; both copies stand at the
    # edge of a column, but a word broken by a hyphen is running text
    text = ("Some paragraph text runs along this line of the page and on.\n\n"
            f"replay execution requires logged data that de{hyphen}\n"
            "scribes that transition, and the scheduler must keep the entries.\n\n"
            "Another paragraph on the next page goes on and on, to the end.\n\n"
            f"replay execution requires logged data that de{hyphen}\n\n"
            "The last line of the text is here and it ends the document.\n")
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_section_numbers_standing_alone_are_no_running_header():
    # pdfminer sets a heading's number apart from its title: "7.1." and
    # "7.4." recur in new surroundings, as a header would, yet are headings
    text = ("Prose runs here and ends the first section with a full stop.\n\n"
            "7.1.\nDigitizers and other projects\n\n"
            "More prose about the digitizers runs here and ends with a stop.\n\n"
            "7.4.\nConsiderations for the project\n\n"
            "The last prose of the text runs here and ends with a stop.\n")
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


SPEECH_PROSE = ["Asırlarca evvel ecdadımız bu memlekette hükümran olduğu zamanlarda cemaatler buldular.",
                "Az zamanda çok merhale aldık ve bunu hepimiz gördük, şüphe yok ki daha da alacağız.",
                "Milletin bütün efradı bu yolda çalışacak ve hep beraber yürüyecektir, bundan şüphe yok."]


@pytest.mark.parametrize("speeches", [
    # each speech's date recurs in one shape ("A. # Mayıs ####") in new
    # surroundings at white space, as a header would, yet stands right
    # under its section's title every time
    [("I. Hilafet Hakkında Verdiği Demeç", "A. 4 Mayıs 1924"),
     ("II. Yunus Nadi Bey’e Verdiği Mülakat", "A. 6 Mayıs 1924")],
    # each speech's date set as its own title, unnumbered: the dates differ
    [("Hilafet Hakkında Verdiği Demeç", "4 Mayıs 1924"), ("Yunus Nadi Bey’e Verdiği Mülakat", "6 Mayıs 1924"),
     ("Türk Ocağı’nda Verdiği Söylev", "9 Mayıs 1924")],
])
def test_dated_subsection_titles_of_one_shape_are_no_running_header(speeches):
    text = "".join(f"{title}\n\n{date}\n\n{prose}\n\n" for (title, date), prose in zip(speeches, SPEECH_PROSE))
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_dated_subsection_titles_set_out_after_the_page_foot_are_no_running_header():
    # pdftotext's default mode set each title after its page's foot (the
    # journal's name in the right margin): at a page's edge every time, in
    # one shape, yet a date under its label is a title, not furniture
    foot = "Uluslararası Sosyal Araştırmalar Dergisi\n\n{page}\n\n"
    text = ("I. Hilafet Hakkında Verdiği Demeç\n" + SPEECH_PROSE[0] + "\n\n"
            + foot.format(page=18) + "A. 4 Mayıs 1924\n\n"
            "II. Yunus Nadi Bey’e Verdiği Mülakat\n" + SPEECH_PROSE[1] + "\n\n"
            + foot.format(page=19) + "A. 16 Mayıs 1924\n\n" + SPEECH_PROSE[2] + "\n")
    doc = run_until(text, "headers")
    kept = [doc.line_text(ln) for ln in doc.lines if ln.role == "body"]
    assert "A. 4 Mayıs 1924" in kept and "A. 16 Mayıs 1924" in kept


_PAGE = ["This is a line of running prose that is long enough to fill its column,",
         "and this one goes on with the same sentence right to the right margin of"]


def test_a_header_printed_once_beside_the_page_number_is_furniture():
    # facing pages alternate the journal's name with the authors' names: the
    # authors' line is printed once, and the sentence runs on across it
    text = "\n".join(_PAGE + ["", "186", "", "S. Author and T. Writer", "",
                              "the page, where it ends after the header zone.", "Then more prose follows."]) + "\n"
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == ["S. Author and T. Writer"]


def test_a_keyword_list_set_after_the_page_foot_is_no_header():
    # pdftotext set the first page's keyword list after its foot, between
    # the page number and the next page's text, where the sentence runs on
    text = "\n".join(_PAGE + ["", "186", "", "Key words: Author, Writer, Header", "",
                              "the page, where it ends after the header zone.", "Then more prose follows."]) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_a_heading_at_the_top_of_a_page_stays():
    # the text before ends its sentence, and the text after opens one
    text = "\n".join(_PAGE[:1] + ["the page, where it ends with a full stop.", "", "186", "",
                                  "Results and Discussion", "", "The new section opens here."]) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_a_journal_line_beside_a_running_header_is_furniture_too():
    page = ["A line of prose on the page that is long enough to be running text.",
            "It ends here."]
    text = "\n".join(["Review of Sample Studies", "Review of Sample Studies 39(3), 2012", "TITLE OF THE PAPER"]
                     + page + ["", "Review of Sample Studies", "The text goes on after the margin name."]
                     + page + ["", "Review of Sample Studies", "Review of Sample Studies 39(3), 2012"]
                     + ["The text ends on the last page."]) + "\n"
    doc = run_until(text, "headers")
    assert "Review of Sample Studies 39(3), 2012" in reasons(doc)["running-header"]
    assert doc.metadata["volume"] == "39"


def test_a_line_in_lower_case_beside_a_page_number_goes_on_its_sentence():
    text = "\n".join(_PAGE + ["", "186", "", "leri, içinde bulundukları hâlden çıkmış", "",
                              "the page, where it ends after the header zone.", "Then more prose follows."]) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_a_line_copied_with_a_passage_emitted_twice_counts_once():
    # three section datelines of one shape, one of them inside the text;
    # the extractor emitted the first with its neighbours twice. The copy
    # shares both neighbours with the first, so the shape is still seen
    # three times, once inside the text: no running header
    prose = "A line of running prose that fills the page from one side to the other.\n"
    first = "1. The first speech\n\n1.1. Ankara, 15 March 1923\n\nDear friends, we meet again.\n"
    text = (first + prose * 4 + "\n2. The second speech\n\n2.1. Ankara, 16 March 1923\n\n" + prose * 4
            + "And so the day ended.\n3.1. Ankara, 17 March 1923\nThe third speech began.\n" + prose * 3
            + "\n" + first + prose * 2)
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_a_journal_line_whose_page_number_changes_is_furniture_without_page_breaks():
    # two pages, no form feed: the second page's header follows a
    # footnote, not a page edge; its journal, volume and issue with a new
    # page number give it away
    text = ("Zeitschrift für Geschichte, 12(3), 45\n"
            "Nach dem Ende des Krieges stand die Außenpolitik vor großen Aufgaben,\n"
            "und die Verhandlungen dauerten viele Monate über den Winter hinweg.1\n"
            "1 Vgl. dazu ausführlich Schmidt (1998), S. 45-67.\n"
            "Zeitschrift für Geschichte, 12(3), 46\n"
            "Mit dem Vertrag von Rapallo nahm die Regierung Beziehungen auf.\n")
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == ["Zeitschrift für Geschichte, 12(3), 45",
                                              "Zeitschrift für Geschichte, 12(3), 46"]


def test_a_reference_cited_twice_with_the_same_pages_is_no_header():
    # the same journal line twice with one page range: a reference, not furniture
    line = "Journal of Coastal Studies, 12(3), 214-230."
    text = ("The first claim rests on an older survey of the shore and its dunes,\n"
            f"{line}\n"
            "and the second one on a later count of the birds along the same coast,\n"
            f"{line}\n"
            "which the authors repeated every spring for more than ten years.\n")
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def _prose(k: int) -> list[str]:
    return [f"This is line {k} of the running prose, long enough to fill the column of the page,",
            f"and line {k} goes on with the same sentence right to the right margin and it ends."]


def _article(*heads: list[str], title: list[str]) -> str:
    """Pages, each opening with its head lines; the first page under the
    title's lines."""
    lines = title + [""]
    for k, head in enumerate(heads):
        lines += head + [""] + _prose(k) * 3 + [""]
    return "\n".join(lines) + "\n"


def test_the_title_printed_once_as_the_head_with_the_page_number_the_headers_leave_out():
    # facing pages: the journal's line on pages 188 and 190, the title on 189
    text = _article(["Letters in Sample Studies 36(1), 2020 188"], ["Peer-review in the Internet age 189"],
                    ["Letters in Sample Studies 36(1), 2020 190"], title=["Peer-review in the Internet age"])
    doc = run_until(text, "headers")
    assert "Peer-review in the Internet age 189" in reasons(doc)["running-header"]
    assert "Peer-review in the Internet age" not in reasons(doc)["running-header"]


def test_the_title_printed_once_as_the_head_beside_the_page_number():
    # the title wraps on the first page; the head prints it on one line
    title = ["Grounding the Lexical Sets of Causative-Inchoative Verbs with", "Word Embedding"]
    text = _article(["Journal of Sample Studies, Vol. 4 (2016)"], ["186", "",
                    "Grounding the Lexical Sets of Causative-Inchoative Verbs with Word Embedding"],
                    ["Journal of Sample Studies, Vol. 4 (2016)"], title=title)
    doc = run_until(text, "headers")
    assert "Grounding the Lexical Sets of Causative-Inchoative Verbs with Word Embedding" \
        in reasons(doc)["running-header"]


def test_a_titles_last_line_that_recurs_is_no_head():
    # two titles end in the same words; the second's last line stands over
    # a page number, but the title's first line runs into it
    text = _article(["1- İzmir’de Toplanan İktisat Kongresi’nin Açılışında", "Yaptığı Konuşma"],
                    ["2- Ankara’da Toplanan Meclis’in Açılışında", "Yaptığı Konuşma", "", "351"],
                    title=["Söylev ve Demeçler"])
    doc = run_until(text, "headers")
    assert "Yaptığı Konuşma" not in reasons(doc).get("running-header", [])


def test_a_long_title_as_the_head_beside_the_journals_line_is_no_line_of_prose():
    # the title, in title case and as wide as the text, under the journal's
    # name on every page after the first. (Printed twice only, it must
    # carry a number to be told from a heading the extractor emitted twice
    # beside the same line.)
    title = "Benchmark for Measuring Progress in Statistical Language Modeling, Speeches of 1922"
    journal = "Open Journal of Sample Studies"
    text = _article([journal, "240"], [journal, title], [journal, title],
                    title=[title, "", "Abstract", "We propose a benchmark corpus for language modeling."])
    doc = run_until(text, "front")
    heads = [ln for ln in doc.lines if ln.reason == "running-header" and doc.line_text(ln) == title]
    assert len(heads) == 2 and all(ln.role == "removed" for ln in heads)
    assert doc.metadata["title"] == title  # (its first printing taken back)


def test_a_head_set_far_from_its_page_number_is_measured_without_the_gap():
    # layout mode: "Title                    5"; the line looks as wide as
    # prose only for its spaces
    head = " " * 30 + "Search for fast correlated X-ray and optical variability" + " " * 40 + "{}"
    text = _article([head.format(5)], [head.format(7)], title=["Search for fast correlated X-ray and optical"])
    doc = run_until(text, "headers")
    assert len(reasons(doc)["running-header"]) == 2


def test_a_head_wider_than_the_column_is_no_line_of_prose():
    # two columns: the title head is set across the page, wider than a column
    def col(k):
        return [f"a narrow column line {k} of prose that runs", f"on and on to the margin of the column {k}"] * 6
    head = "CPC: programming with a massive number of lightweight threads"
    text = "\n".join(["CPC: programming with a massive number of", "lightweight threads", ""] + col(1) + [""]
                     + [head, ""] + col(2) + ["", head, ""] + col(3)) + "\n"
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == [head, head]


_HEAD = "A. Writer / Grounding the Lexical Sets of Causative ..."


@pytest.mark.parametrize("between", [
    # PyMuPDF: the page's head after its text, right above its number
    [_HEAD, "188", ""],
    # pdftotext: the page number at one page's foot, the next page's head,
    # then a section heading
    ["", "188", "", _HEAD, "", "2. Results", ""],
    # a page break and no number printed
    ["\f" + _HEAD, ""],
])
def test_a_head_of_the_authors_and_the_titles_first_words_at_a_page_edge_is_furniture(between):
    # printed once (a short article's even page), it names the author and
    # the title's first words, cut short
    title = ["Grounding the Lexical Sets of Causative-Inchoative Verbs", "in Word Embedding", "A. Writer", ""]
    page = _prose(1) * 16  # (a page's worth: the head is sought past the first page's top)
    doc = run_until("\n".join(title + page + between + page) + "\n", "headers")
    assert reasons(doc)["running-header"] == [_HEAD]


def test_a_heading_that_shares_the_titles_words_out_of_order_stays():
    # a section heading above a page number, its words all in the title but
    # never three of them in a row
    title = ["Grounding the Lexical Sets of Causative-Inchoative Verbs", "in Word Embedding", ""]
    page = _prose(1) * 16
    text = "\n".join(title + page + ["Word Sets and Verbs", "188", ""] + page) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_common_words_set_alone_on_every_page_are_no_header():
    # an extractor set each word of widely spaced lines apart: "of" and
    # "the" recur alone on every page, beside each other, and are text
    doc = run_until(fixture_text("spread_words_en.txt"), "headers")
    assert sorted(set(reasons(doc)["running-header"])) == ["Sample Review of Letters, 3(2)"]


def _column_page(number: int, opening: str) -> list[str]:
    """A page of narrow prose lines, its number at the foot."""
    return [f"{opening} line {k} of page {number} runs on as a column's lines do and" for k in range(8)] \
        + ["ends here.", str(number)]


def test_the_journal_line_under_the_margin_text_at_each_page_top_is_furniture():
    # an extractor sets the rotated margin text first, so the journal line
    # stands one line in from the page's edge, on both pages of a short
    # article
    furniture = ["Review of Sample Studies - 2016", "Review of Sample Studies, Vol. 11, No. 2 (2016)"]
    text = "\n".join(furniture + ["A Short Title", "1. Introduction"] + _column_page(57, "The")
                     + furniture + _column_page(58, "More")) + "\n"
    doc = recover(text, lang="en")
    assert doc.metadata["volume"] == "11" and doc.metadata["issue"] == "2"
    assert reasons(doc)["running-header"].count(furniture[1]) == 2


def test_margin_text_level_with_a_section_title_on_each_page_is_no_subsection_title():
    # pdftotext -layout prints the rotated margin text at the margin, and
    # on both pages of a short article it came out right under a title
    pad = " " * 20

    def page(title: str, number: int) -> list[str]:
        prose = [f"{pad}Line {k} of page {number} fills the measure of the page from its left to its right."
                 for k in range(3)]
        return [pad + title, "Sample Review of Things - 2015", ""] + prose + ["", str(number)]
    doc = run_until("\n".join(page("1. Introduction", 12) + ["\f"] + page("2. Methods", 13)) + "\n", "headers")
    assert reasons(doc)["margin-text"] == ["Sample Review of Things - 2015"] * 2


def test_a_line_printed_beside_the_journal_line_on_every_page_is_furniture_too():
    # the margin text an extractor set right under the journal's line, at
    # each page's foot: neither line alone has other neighbours each time
    foot = ["Bulletin of Harbour Studies, Vol. 3, No. 2 (2019)", "", "Bulletin of Harbour Studies - 2019", ""]
    text = "\n".join(["40"] + _column_page(1, "The")[:-1] + [""] + foot + ["\f41"] + _column_page(2, "More")[:-1]
                     + [""] + foot) + "\n"
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == [foot[0], foot[2]] * 2


def test_a_one_page_articles_journal_line_under_the_margin_text_is_furniture():
    # printed once: the margin text with the journal's name, set first by
    # the extractor, then the journal's line with its volume and issue
    text = "\n".join(["Sample Coast Review - 2019", "Sample Coast Review, 8(2), 2019", "A Title of the Article",
                      "", "1. Introduction"] + _column_page(131, "The")) + "\n"
    doc = run_until(text, "headers")
    assert reasons(doc)["running-header"] == ["Sample Coast Review - 2019", "Sample Coast Review, 8(2), 2019"]
    assert (doc.metadata["volume"], doc.metadata["issue"]) == ("8", "2")


def test_a_paragraphs_last_line_printed_three_times_is_no_header():
    # a page's tail emitted twice and the line repeated once more: a
    # sentence's rest in lower case, at a paragraph's end each time
    last = "for these small towns nor can trade be part of it."
    para = [f"Line {k} of a paragraph about the harbour towns and their trade runs on and" for k in range(4)]
    text = "\n".join(para + [last, "", "2. Methods"] + para + [last, "", "3. Results"] + ["Other text.", last, "",
                                                                                        "More text."]) + "\n"
    doc = run_until(text, "headers")
    assert "running-header" not in reasons(doc)


def test_the_journal_line_printed_again_off_the_page_edge_is_furniture_too():
    # the second page's margin text and journal line with lines of the first
    # page, emitted again by the extractor, between them and the page's edge
    margin, header = "Sample Coast Review - 2015", "Sample Coast Review, Vol. 10, No. 1 (2015)"
    page = _column_page(40, "The")
    text = "\n".join([margin, header, "A Title of the Article", "1. Introduction"] + page
                     + page[1:4] + [margin, header] + _column_page(41, "More")) + "\n"
    doc = recover(text, lang="en")
    assert reasons(doc)["running-header"].count(header) == 2


def test_the_journals_name_from_the_masthead_with_a_page_number_is_a_running_header_even_once():
    doc = recover(fixture_text("first_page_citation_tr.txt"))
    headers = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"]
    assert headers == ["202 Karadeniz Araştırmaları Dergisi"]
    assert doc.metadata["pages"] == ["202"]
    assert all("Karadeniz" not in b["text"] for b in doc.to_dict()["body"])


def test_the_authors_name_and_the_titles_head_beside_a_page_number_are_running_heads_even_once():
    # three pages: the author's name heads page 46, the title's first
    # words page 47 (a journal alternates them); each printed once
    doc = recover(fixture_text("three_pages_heads_tr.txt"))
    headers = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"]
    assert headers[1:] == ["46 Zeynep ARSLAN", "Bir Liman Kentinde Gündelik Hayat 47"]
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "ARSLAN" not in body and "Hayat 47" not in body


def test_a_german_journal_line_and_a_note_citing_the_work_above():
    # "S." before the pages is German "Seite"; "Ebd." (ibid.) opens a note,
    # no journal's line
    doc = recover(fixture_text("article_de.txt"))
    md = doc.metadata
    assert (md["journal"], md["volume"], md["year"]) == ("Zeitschrift für Hafengeschichte", "12", "2019")
    assert md["title"] == "Der Getreidehandel kleiner Häfen im späten 19. Jahrhundert"
    out = doc.to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "Vgl. Schmidt, Häfen, S. 12–30."), ("2", "Ebd., S. 31–35.")]
    assert [b["text"] for b in out["body"] if b["type"] == "heading"] == ["1. Einleitung", "2. Quellen"]


@pytest.mark.parametrize("line, parts", [
    ("Revue d'histoire maritime, n° 14, 2018, p. 45-70",
     {"journal": "Revue d'histoire maritime", "issue": "14", "year": "2018", "page": "45-70"}),
    ("Zeitschrift für Hafengeschichte, Bd. 12, Nr. 3 (2019), S. 33–49",
     {"journal": "Zeitschrift für Hafengeschichte", "volume": "12", "issue": "3", "year": "2019", "page": "33–49"}),
    ("Annales, t. 12, n° 3, 1990", {"journal": "Annales", "volume": "12", "issue": "3", "year": "1990"}),
])
def test_french_and_german_volume_and_issue_labels(line, parts):
    assert parse_journal_line(line) == parts
