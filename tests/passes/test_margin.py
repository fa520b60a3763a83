from conftest import reasons, run_until
from temize import recover


def test_shredded_margin_text_is_removed_and_reassembled():
    shreds = ["Oc", "ea", "n ", "St", "ud", "ie", "s ", "Re", "vi", "ew"]
    text = "A body line that is long enough to be prose.\n" + "\n".join(shreds) + "\nMore body text follows here.\n"
    doc = run_until(text, "margin")
    assert len(reasons(doc)["margin-text"]) == len(shreds)
    assert doc.layout["margin_text"] == ["Ocean Studies Review"]


def test_margin_text_printed_backwards_is_read_forwards():
    # rotated text often comes out one character a line, last letter first
    chars = list("weiveR seidutS naecO")
    lines = []
    for c in chars:
        lines.append("" if c == " " else c)
    text = "Body line one of the page here.\n" + "\n".join(lines) + "\nBody line two.\n"
    doc = run_until(text, "margin")
    assert doc.layout["margin_text"] == ["Ocean Studies Review"]


def test_a_short_run_that_spells_part_of_the_margin_text_found_elsewhere_is_margin_text():
    # the year of "Ocean Studies - 2022", read backwards, cut off from its
    # words on another page
    words = "\n".join(list("seidutS naecO"))
    text = ("Body line one of the page here.\n" + "2\n2\n0\n2\n-\n" + words + "\nBody line two of the page.\n"
            "\fBody line three of the next page.\n2\n2\n0\n2\n\n-\nBody line four.\n")
    doc = run_until(text, "margin")
    assert reasons(doc)["margin-text"][-5:] == ["2", "2", "0", "2", "-"]
    # a run of such lines that spells no part of it stays
    doc = run_until(text.replace("\n2\n2\n0\n2\n\n-\n", "\n7\n1\n9\n\n-\n"), "margin")
    assert "7" not in reasons(doc)["margin-text"]


def test_a_few_short_lines_are_not_margin_text():
    doc = run_until("Table\nA\nB\nC\nThe end of the table.\n", "margin")
    assert "margin-text" not in reasons(doc)


def test_margin_text_set_a_word_a_line_in_reading_order():
    # pdftotext's raw mode prints the rotated journal name a word a line
    stack = "Review\nof\nSample\nSciences,\nVol.\n31,\nNo.\n4\n(2022)\n"
    page = "Review of Sample Sciences, Vol. 31, No. 4 (2022) 109\nProse of the page runs on here.\n"
    doc = run_until(stack + page + stack + page.replace("109", "110"), "margin")
    assert reasons(doc)["margin-text"] == ["Review", "of", "Sample", "Sciences,", "Vol.", "31,", "No.", "4",
                                           "(2022)"] * 2
    assert "Review of Sample Sciences, Vol. 31, No. 4 (2022)" in doc.layout["margin_text"]


def test_a_list_a_word_a_line_is_no_margin_text():
    text = "The parts are\nalpha\nbeta\ngamma\ndelta\nand they are all here in this line of prose.\n"
    doc = run_until(text, "margin")
    assert "margin-text" not in reasons(doc)


def test_a_word_stack_after_a_page_number_and_a_lone_last_word():
    # without form feeds the stack follows the page number below it, or a
    # paragraph's last word on a line of its own
    stack = "Review\nof\nSample\nSciences\n"
    header = "Review of Sample Sciences, 31(4) 10{}\n"
    text = ("Prose of the first page runs on and ends with the\nword.\n" + stack + header.format(1)
            + "More prose on the next page ends here.\n12\n\n" + stack + header.format(2) + "The end.\n")
    doc = run_until(text, "margin")
    assert reasons(doc)["margin-text"] == ["Review", "of", "Sample", "Sciences"] * 2


def test_a_word_stack_across_a_page_break_and_its_first_word_on_the_last_page():
    # pdftotext -raw: the rotated name's first word ends a page, the rest
    # opens the next; on the last page only its first word was printed
    header = "Review of Sample Sciences, 31(4) 10{}\n"
    text = ("Prose of the first page runs on and ends here.\n\nReview\n\fof\nSample\nSciences\n" + header.format(1)
            + "More prose on the next page ends here.\n\nReview\n\fof\nSample\nSciences\n" + header.format(2)
            + "The last page ends the text.\n\nReview\n\f")
    doc = run_until(text, "margin")
    assert reasons(doc)["margin-text"] == ["Review", "of", "Sample", "Sciences"] * 2 + ["Review"]


def test_an_abstracts_label_right_above_the_shredded_margin_text_stays():
    # pdfminer set the journal's name, shredded, between the label "Öz"
    # and the abstract's text
    shreds = [c or "" for c in "0202 - isigreD"]
    text = ("Makalenin Başlığı Burada Yazılıdır\n\nÖz\n\n" + "\n".join(shreds) + "\n\n"
            "Türk milletinin tabiat ve şiarına en mutabık olan idare, Cumhuriyet idaresidir. Bir senelik\n"
            "hayat, bu hakikati bütün vuzuhuyla ispat etmiştir ve bunu herkes bilir.\n"
            "Anahtar Kelimeler: Cumhuriyet, idare, millet\n\n"
            "1 Giriş\nMetin burada başlar ve bir süre daha devam eder, sonra biter.\n")
    doc = run_until(text, "margin")
    assert "Öz" not in [doc.line_text(ln) for ln in doc.lines if ln.reason == "margin-text"]
    assert len(reasons(doc)["margin-text"]) == len([s for s in shreds if s.strip()])
    out = recover(text, lang="tr").to_dict()
    assert [a["text"][:20] for a in out["abstracts"]] == ["Türk milletinin tabi"]


def test_words_set_a_line_each_in_a_passage_emitted_twice_are_no_margin_text():
    # an extractor set a widely spaced line's words a line each, and the
    # page's tail came out twice: the stack recurs among the same lines
    # each time, which margin text, printed beside other lines on each
    # page, does not
    passage = ["the merchants kept their books in the harbour office,",
               "Ancak", "Süveyş", "Kanalı'nın", "açılması", "ve",
               "Rusya'nın yeni yolu geliştirmesi Trabzon'u sarstı."]
    text = "\n".join(["Text before the passage runs on for a while here."] + passage
                     + passage
                     + ["The text goes on after the copy."]) + "\n"
    doc = run_until(text, "margin", lang="tr")
    assert "margin-text" not in reasons(doc)
