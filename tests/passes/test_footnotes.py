import pytest
from conftest import fixture_text, reasons, run_until
from temize import recover


def test_footnote_is_separated_and_linked_to_its_marker():
    doc = recover(fixture_text("two_pages_tr.txt"))
    out = doc.to_dict()
    assert out["footnotes"] == [{"label": "1", "text": "Liman kayıtları için bkz. belediye arşivi, dosya 12.",
                                 "spans": out["footnotes"][0]["spans"]}]
    ref = out["footnote_refs"][0]
    assert ref["label"] == "1" and ref["context"].endswith("belirlerdi")
    assert "belirlerdi. Ayrıca" in out["body"][ref["block"]]["text"]
    assert reasons(doc)["footnote-marker"] == ["1"]


def test_numbers_that_are_not_markers_stay():
    text = ("III. Ordu Kumandanı 61. Tümen ile 7. Madde üzerinde 1917 yılında anlaştı.\n"
            "Sayfa 65-68 arasında anlatılır ve konu kapanır.\n")
    doc = recover(text, lang="tr")
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    for token in ("III.", "61.", "7.", "1917", "65-68"):
        assert token in body
    assert doc.footnotes == []


def test_a_marker_after_a_year_that_ends_a_sentence():
    # "1936.1" is no decimal where a sentence or the line starts after it;
    # "1936.5 kilometres" and "3.14" stay numbers
    page = ["Les négociations ont abouti à la convention de Montreux en 1936.1",
            "Cette politique a été la plus constante de la période, sur 1936.5 kilomètres et 3.14 pas.",
            "1 Voir à ce sujet Martin (2004), p. 210-215."]
    out = recover("\n".join(page) + "\n", lang="fr").to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "1936.5 kilomètres" in body and "3.14" in body
    assert [(r["label"], r["context"][-8:]) for r in out["footnote_refs"]] == [("1", "en 1936.")]
    assert [f["text"] for f in out["footnotes"]] == ["Voir à ce sujet Martin (2004), p. 210-215."]


def test_a_number_after_a_colon_or_comma_between_digits_is_no_marker():
    # a ratio, a time, a cited page or a decimal comma; the marker glued
    # after the citation's bracket is one
    # (the note at the end of the text, nearer the ratio than its marker)
    page = ["The figures were taken from his memoirs (Cebesoy,1955:134)1. The trigger fired about 15 times a day.",
            "", "The antennas use commercial 4:1 baluns, set at 7:2 and 3,5 metres apart on the mast.", "",
            "1 Cebesoy gives the figures in his memoirs."]
    out = recover("\n".join(page) + "\n", lang="en").to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "4:1 baluns" in body and "7:2" in body and "3,5 metres" in body and "1955:134)." in body
    assert [r["label"] for r in out["footnote_refs"]] == ["1"]
    assert out["footnote_refs"][0]["context"].endswith("1955:134)")


def test_a_number_with_a_suffix_after_an_apostrophe_is_no_marker():
    # Turkish sets a number's endings off with an apostrophe ("2’ncisi",
    # "3'üncü"); where the extractor lost the space before it, the number
    # still reads as glued to the stop: it is the ordinal, not note 2's
    # marker (which the extractor glued to the next word, out of reach)
    page = ["Meclis bu yolu seçti.1 Birincisi ruhi mânadır.2’ncisi kanunun tespit ettiği",
            "hakikattir. Bunu herkes bilir ve ayrıca 3'üncü madde de aynı şeyi söyler.", "",
            "1 Zabıt Ceridesi, cilt 3.", "2 Kanunun metni için bkz. Düstur."]
    out = recover("\n".join(page) + "\n", lang="tr").to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "mânadır.2’ncisi" in body and "3'üncü" in body
    assert [(r["label"], r["context"][-6:]) for r in out["footnote_refs"]] == [("1", "seçti.")]


def test_a_marker_glued_between_two_sentences_of_a_line_that_lost_its_spaces():
    page = ["Meclisbuyoluseçtivekanunutespitettiğigayr-ıkabil-itebdilhakayıktır.2Biliyorsunuzki",
            "milletinistiklal-itammınıteminedenvebunuteminedebilmekiçinvazedilmişbirdüsturdur.", "",
            "2Butakibataltındazatenfakirdüşmüşolananayurtta."]
    out = recover("\n".join(page) + "\n", lang="tr").to_dict()
    assert [(r["label"], r["context"][-11:]) for r in out["footnote_refs"]] == [("2", "hakayıktır.")]
    assert [f["label"] for f in out["footnotes"]] == ["2"]
    assert "hakayıktır.Biliyorsunuz" in out["body"][0]["text"].replace(" ", "")


def test_a_marker_set_apart_at_a_line_end_links_its_note():
    # pdftotext left a space before the raised "1" that ends the line, and
    # set the note's raised label on a line of its own above its text
    body = "This line of the page's running text is as wide as the others around it.\n"
    page = (body * 3 + "There are some initiatives that can improve the situation. 1\n"
            "The model of random citing has been quite successful in modelling research.\n" + body * 2
            + "1\n\nUsually, any scientific work cites some classical papers in its field.\n\n255\n")
    out = recover(page, lang="en").to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "Usually, any scientific work cites some classical papers in its field.")]
    assert [(r["label"], r["context"][-10:]) for r in out["footnote_refs"]] == [("1", "situation.")]
    assert "Usually" not in " ".join(b["text"] for b in out["body"])


def test_glued_label_and_quote_marker():
    text = ("Paşa şöyle demişti: “Gidiyoruz.”1 Bu söz önemliydi ve tekrar edildi.\n"
            "\n"
            "1“Hatıralar” adlı eserde geçer.\n")
    doc = run_until(text, "footnotes", lang="tr")
    assert [f.label for f in doc.footnotes] == ["1"]
    assert reasons(doc)["footnote-marker"] == ["1"]
    assert reasons(doc)["footnote-label"] == ["1"]


def test_notes_are_numbered_in_sequence():
    # one missed note is tolerated (2 may follow nothing), but a line opening
    # with "3" is no note while note 1 has not been seen
    text = ("Paşa şöyle demişti: “Gidiyoruz.”3 Bu söz önemliydi ve tekrar edildi.\n"
            "\n"
            "3“Hatıralar” adlı eserde geçer.\n")
    doc = run_until(text, "footnotes", lang="tr")
    assert doc.footnotes == []


@pytest.mark.parametrize("note, rest", [
    ("A short note about the citation.", "words that continue the body paragraph on the next page."),
    # a note ending on a semicolon, the body going on with a name
    ("Smith, The Book, p. 12; Jones, a.g.e., s. 276-277;", "Anatolia and the straits, as the next page says."),
])
def test_note_ends_where_the_body_resumes(note, rest):
    # the body's rest set one character in, the note's label and text apart
    # by one space only
    text = ("Body text ends the page with a citation (Smith, 1990:12)1 and more\n"
            "                                                            \n"
            f"1 {note}\n"
            f" {rest}\n")
    doc = recover(text)
    out = doc.to_dict()
    assert out["footnotes"][0]["text"] == note
    assert " ".join(b["text"] for b in out["body"]).endswith(rest)


def test_a_note_runs_on_in_lower_case_after_a_parenthesis_or_a_quotation():
    # only a full stop ends the note's sentence: "(CFL)" + "phase, which" and
    # "“… yapacağız!”" + "demiştim" go on
    for first, rest in (("If the core of a neutron star is in the color-flavor locked (CFL)",
                         "phase, it will be a transparent insulator."),
                        ("Onlara “Hayır, bu işi mutlaka yapacağız!”", "demiştim; sonra da yaptık.")):
        text = ("Body text ends the page with a citation (Smith, 1990:12)1 and more\n"
                "                                                            \n"
                f"1 {first}\n{rest}\n")
        note = recover(text).to_dict()["footnotes"][0]["text"]
        assert note == f"{first} {rest}"


def test_note_ends_where_a_numbered_section_title_opens_the_next_page():
    # no page break, no header: the next page opens with its section's title
    text = ("1. Einleitung\n"
            "Nach dem Ende des Krieges stand die Außenpolitik vor großen Aufgaben, und\n"
            "die Verhandlungen dauerten viele Monate über den ganzen Winter hinweg.1\n"
            "1 Vgl. dazu ausführlich Schmidt (1998), S. 45-67.\n"
            "2. Die Verträge von Locarno\n"
            "Die Verträge von Locarno markierten eine Phase der Entspannung im Westen.\n")
    out = recover(text, lang="de").to_dict()
    assert [f["text"] for f in out["footnotes"]] == ["Vgl. dazu ausführlich Schmidt (1998), S. 45-67."]
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings == ["1. Einleitung", "2. Die Verträge von Locarno"]


def _note_before_a_title(title: str) -> dict:
    """A note at a column's foot, then the next column's top: an unnumbered
    title and its text, with no white space between (PyMuPDF's text)."""
    return recover("The method keeps the key frames of a video whose poses differ\n"
                   "the most from each other, as the first figure shows.1 Then it\n"
                   "compares the frames of two videos with each other.\n"
                   "1The features come from the second last layer of a network\n"
                   "trained on faces, which every library for deep learning loads.\n"
                   f"{title}\n"
                   "One use of pooling is to reduce the dimensions of the data,\n"
                   "and in time it also samples the video down to one image.\n", lang="en").to_dict()


@pytest.mark.parametrize("title", ["Correlation Pooling", "Correlation\nguided\npooling",
                                   "Correlation guided", "Correlation guided temporal max\npooling"])
def test_a_note_ends_where_an_unnumbered_title_opens_the_next_column(title):
    # (a title may come with a word to a line, or in sentence case over a
    # paragraph's full first line, wrapped onto a word or two)
    out = _note_before_a_title(title)
    assert [f["text"] for f in out["footnotes"]] == [
        "The features come from the second last layer of a network trained on faces, which every library for "
        "deep learning loads."]
    assert "Correlation" in " ".join(b["text"] for b in out["body"])


def test_a_justified_lines_first_word_set_apart_is_no_title_after_a_note():
    # PyMuPDF cut a line at a wide space: "This is" / "probably due …"
    out = _note_before_a_title("This is\nprobably due to the low level of the variability in all the bands.")
    assert out["footnotes"][0]["text"].endswith("loads. This is probably due to the low level of the variability "
                                                "in all the bands. One use of pooling is to reduce the dimensions "
                                                "of the data, and in time it also samples the video down to one "
                                                "image.")


def _note_across_pages(note: str, at_next_foot: str) -> dict:
    """A note at the first page's foot, and a line at the second's."""
    return recover("A paragraph ends here with its marker.1 The page goes on a little.\n"
                   "\n"
                   f"1{note}\n"
                   "\n"
                   "12\n"
                   "\n"
                   "Journal of Samples, Vol. 1, No. 2 (2020)\n"
                   "\n"
                   "Body text of the second page starts here and it runs on for a while.\n"
                   "It ends with a full stop.\n"
                   "\n"
                   f"{at_next_foot}\n"
                   "\n"
                   "13\n"
                   "\n"
                   "Journal of Samples, Vol. 1, No. 2 (2020)\n").to_dict()


def test_note_cut_at_the_page_foot_goes_on_at_the_next_foot():
    out = _note_across_pages("This note begins at the foot of the first page and is cut off in the",
                             "middle of a sentence, which the second page finishes.")
    assert out["footnotes"][0]["text"] == ("This note begins at the foot of the first page and is cut off in the "
                                           "middle of a sentence, which the second page finishes.")
    assert all("middle of a sentence" not in b["text"] for b in out["body"])


def test_note_ending_in_a_sentence_and_a_page_reference_does_not_go_on():
    # "… the book says so. 127": a finished sentence and a page (of the
    # source, or of the journal read into the note's line)
    out = _note_across_pages("This note gives the source, and the book says so. 127",
                             "and here the body of the second page goes on, not the note.")
    assert out["footnotes"][0]["text"] == "This note gives the source, and the book says so. 127"


def test_note_goes_on_at_the_next_foot_past_a_running_header_printed_mid_page():
    # pdftotext's default mode may print a page's running header below the
    # page's first paragraphs: the page goes on, and so does the search
    header = "Journal of Samples, Vol. 1, No. 2 (2020)\n\n"
    text = (header + "A paragraph ends here with its marker.1 The page goes on a little.\n\n"
            "1This note begins at the foot of the first page and is cut off in the\n\n"
            "12\n\n"
            "Body text of the second page starts here and it runs on for a while.\n"
            "It ends with a full stop.\n\n" + header +
            "6. Conclusion\nThe last section has a paragraph that ends with a stop.\n\n"
            "middle of a sentence, which the second page finishes.\n")
    out = recover(text).to_dict()
    assert out["footnotes"][0]["text"].endswith("cut off in the middle of a sentence, which the second page finishes.")
    assert all("middle of a sentence" not in b["text"] for b in out["body"])


def test_note_goes_on_at_the_end_of_a_text_with_no_white_space():
    # pypdf prints no blank lines: the rest of the note is the short run in
    # lower case after the last finished sentence
    text = ("A paragraph ends here with its marker.1 The page goes on a little.\n"
            "1This note begins at the foot of the first page and is cut off in the\n"
            "12\n"
            "Journal of Samples, Vol. 1, No. 2 (2020)\n"
            "Body text of the second page starts here and it runs on for a while.\n"
            "It ends with a full stop.\n"
            "middle of a sentence, which the second page finishes.\n")
    out = recover(text).to_dict()
    assert out["footnotes"][0]["text"].endswith("cut off in the middle of a sentence, which the second page finishes.")
    assert out["body"][-1]["text"].endswith("It ends with a full stop.")


def test_superscript_markers_and_labels():
    text = ("The treaty was signed in the spring¹ and ratified later.\n"
            "\n"
            "¹ See the archive records for the signing ceremony.\n")
    out = recover(text, lang="en").to_dict()
    assert [f["label"] for f in out["footnotes"]] == ["1"]
    assert out["footnotes"][0]["text"] == "See the archive records for the signing ceremony."
    assert out["body"][0]["text"] == "The treaty was signed in the spring and ratified later."
    assert out["footnote_refs"][0]["label"] == "1"


def test_note_continued_where_only_the_type_size_tells():
    body = "Body text of the page runs here and keeps going to the margin, line after line"
    note = "set in a smaller type the note holds more characters on each of its lines than the body"
    text = "\n".join(
        [body + " with a marker.1 More text"] + [body] * 6 +
        ["1 A note at the foot that is set in smaller type, so its lines hold many more characters; it"] +
        ["", "12", "", "Journal of Samples, Vol. 1, No. 2 (2020)", ""] +
        [body] * 6 +
        [note + " and ends", "here at last.",
         "2 The second note, also in small type, runs long enough to tell its size apart."] +
        ["", "13", "", "Journal of Samples, Vol. 1, No. 2 (2020)", "", body + " and the marker.2"]) + "\n"
    out = recover(text, lang="en").to_dict()
    first = out["footnotes"][0]["text"]
    assert first.endswith("so its lines hold many more characters; it " + note + " and ends here at last.")
    assert all("smaller type the note" not in b["text"] for b in out["body"])


def test_note_rest_at_a_foot_with_no_note_below_and_a_running_line_mid_page():
    # pdftotext's default mode: the page holds only the rest of the note
    # (no next note to go by), its foot is the page number, the journal's
    # running line comes out in the middle of the page, and the body's
    # sentence above the note's rest goes on on the next page
    body = "Body text of the page runs here and keeps going to the margin, line after line"
    note = "set in a smaller type the note holds more characters on each of its lines than the body"
    text = "\n".join(
        [body + " with a marker.1 More text"] + [body] * 6 +
        ["1", "A note at the foot that is set in smaller type, so its lines hold many more characters; it"] +
        ["", "12", "", "\fJournal of Samples, Vol. 1, No. 2 (2020)"] + [body] * 3 +
        ["Journal of Samples - 2020"] + [body] * 3 + [body + ","] +
        [note + " and ends", "here at last.", "13", "\fJournal of Samples, Vol. 1, No. 2 (2020)",
         "and the sentence goes on here.", body + ".", "Journal of Samples - 2020", body + ".", "14"]) + "\n"
    out = recover(text, lang="en").to_dict()
    first = out["footnotes"][0]["text"]
    assert first.endswith("so its lines hold many more characters; it " + note + " and ends here at last.")
    assert all("smaller type the note" not in b["text"] for b in out["body"])
    assert any("line after line, and the sentence goes on here." in b["text"] for b in out["body"])


def test_wide_lines_glued_by_the_extractor_are_no_notes_rest():
    # a page whose foot has two over-long lines (two printed lines each,
    # glued) going on in lower case: the body's, not the open note's rest
    body = "Body text of the page runs here and keeps going to the margin, line after line"
    text = "\n".join(
        [body + " with a marker.1 More text"] + [body] * 6 +
        ["1", "A note at the foot that is set in smaller type, so its lines hold many more characters; it"] +
        ["", "12", "", "\fJournal of Samples, Vol. 1, No. 2 (2020)"] + [body] * 5 +
        ["and so the sentence goes on " + body + " " + body, body + " " + body + ".", "13"]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"].endswith("many more characters; it")
    assert "line and so the sentence goes on" in out["body"][-1]["text"]


def test_note_broken_in_a_word_goes_on_where_the_word_does():
    text = ("A paragraph with a marker.1 It goes on for a while on this page here.\n"
            "\n"
            "1 This note is a significant concern for a BitTorrent seeder because the pro-\n"
            "\n"
            "Journal of Samples 12(4), 2016\n"
            "\n"
            "Text of the next page runs on and on across the whole width of it\n"
            "and then more of it. In\n"
            "tocol allows requesting chunks in random order,\n"
            "making kernel readahead heuristics useless.\n"
            "2\n"
            "The second note of the article, also at the foot.\n"
            "\n"
            "Journal of Samples 12(4), 2016\n"
            "\n"
            "More text with the second marker.2\n")
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"].endswith(
        "because the protocol allows requesting chunks in random order, making kernel readahead heuristics useless.")


def _label_hung_over(opening: str, last: str, note: str) -> str:
    # pdftotext set the note's raised "1" at the end of the last text line
    # and dropped the hyphen of the word broken there ("sonuç-" -> "sonuç1")
    page = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer.\n"
    return (opening + page * 3 + last + " ve aldığımız sonuç1\n" + note +
            "\n"
            "Dergi Adı, Cilt 4, Sayı 7\n"
            "\f"
            "lara göre bu gibi olaylara her vakit intizar olunabilir.\n"
            + page * 3 +
            "\n"
            "Dergi Adı, Cilt 4, Sayı 7\n")


@pytest.mark.parametrize("opening, last", [
    # the marker in an earlier paragraph
    ("Olaylar böyle gelişti ve kararlar verildi.1 Sonra herkes yerine döndü.\n", "Yaptığımız işler"),
    # the marker on the very line that the label hangs on
    ("", "Kararlar verildi.1 Yaptığımız işler"),
])
def test_label_hung_on_the_line_above_its_note(opening, last):
    text = _label_hung_over(opening, last, "\n“Yapacağız” dediğim zaman buna inanmıştım; o gün de böyle söyledim.\n")
    doc = recover(text, lang="tr")
    out = doc.to_dict()
    assert [f["text"] for f in out["footnotes"]] == ["“Yapacağız” dediğim zaman buna inanmıştım; o gün de böyle söyledim."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1"]
    body = " ".join(b["text"] for b in out["body"])
    assert "kararlar verildi. Sonra" in body if opening else "Kararlar verildi. Yaptığımız" in body
    assert "aldığımız sonuçlara göre" in body
    assert "sonuç1" not in body


def test_label_hung_above_a_note_whose_first_line_stands_apart():
    # wide line spacing: pdftotext set the note's first line (moved in past
    # the label it lost) in a block of its own, white space above and below
    # it, while the note's sentence runs on into the lines under it
    text = _label_hung_over("Olaylar böyle gelişti ve kararlar verildi.1 Sonra herkes yerine döndü.\n",
                            "Yaptığımız işler", "\n"
                            "Amasya’da da birkaç gün kalmak lüzumu hâsıl oldu ve oradan yola çıkmak için\n"
                            "\n"
                            "hazırlıklara başladık, kumandanlara talimat verdikten sonra\n"
                            "Ankara’ya hareket ettik.\n")
    out = recover(text, lang="tr").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "Amasya’da da birkaç gün kalmak lüzumu hâsıl oldu ve oradan yola çıkmak için hazırlıklara başladık, "
        "kumandanlara talimat verdikten sonra Ankara’ya hareket ettik."]
    body = " ".join(b["text"] for b in out["body"])
    assert "aldığımız sonuçlara göre" in body and "Amasya" not in body


def test_note_broken_in_a_word_goes_on_where_an_inflected_rest_finishes_it():
    # the rest of the note's broken word ("ima-" / "nını", an inflected
    # form no lexicon lists) opens a line on the next page, set between a
    # text line broken in another word and the line that finishes that
    # one; an izafet's "ı" after a hyphen further on is no word's rest
    page = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider bu satır.\n"
    text = ("Kararlar verildi ve herkes yerine döndü.1 Sonra yeni bir dönem başladı.\n" + page * 4 +
            "\n1 Milletin kabiliyetini, azmini, ima-\n\nDergi Adı, Cilt 4, Sayı 7\n\f" + page * 3 +
            "Bu uğurda dökülen kan-\n"
            "nını görerek sözümüzü tuttuk ve yolumuza devam ettik.\n"
            "lar artık yeter ve bundan sonra barış gelsin diye çalıştık.\n" + page * 3 +
            "Bu işin erbab-\n"
            "ı vukuf tarafından hazırlanan raporlar okundu.\n" + page * 2)
    out = recover(text, lang="tr").to_dict()
    (note,) = out["footnotes"]
    assert note["text"].startswith("Milletin kabiliyetini, azmini, ima")
    assert note["text"].endswith("nını görerek sözümüzü tuttuk ve yolumuza devam ettik.")
    body = " ".join(b["text"] for b in out["body"])
    assert "vukuf tarafından" in body and "görerek" not in body
    assert "lar artık yeter" in body


def test_note_broken_in_a_word_goes_on_at_the_next_pages_foot():
    # no later note to look above: the rest of the broken word opens a line
    # at the next page's foot, a word the document prints whole elsewhere
    # though no lexicon knows it
    page = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider.\n"
    text = ("Milletin ihtirasat-ı sefileden uzak olduğu görüldü ve kararlar verildi.1 Sonra herkes döndü.\n"
            + page * 4 +
            "\n"
            "1 Devletin vahdet ve istiklalini tehdit eden nâmeşru birtakım ih-\n"
            "\n"
            "Dergi Adı, Cilt 4, Sayı 7\n"
            "\f"
            + page * 4 +
            "Ben sırf vatan ve milletime böyle bir dakikada tamamıyla\n"
            "tirasat, topraklarımıza hiçbir hakka müstenit olmaksızın vuku bulan taarruzat ile\n"
            "birleşmek lüzumunu duyurmuştur.\n"
            "\n"
            "Dergi Adı, Cilt 4, Sayı 7\n"
            "\f"
            "hasr-ı vücut etmek gayesiyle ayrıldım.\n" + page * 4)
    out = recover(text, lang="tr").to_dict()
    (note,) = out["footnotes"]
    assert note["text"].endswith("nâmeşru birtakım ihtirasat, topraklarımıza hiçbir hakka "
                                 "müstenit olmaksızın vuku bulan taarruzat ile birleşmek lüzumunu duyurmuştur.")
    assert "tamamıyla hasr-ı vücut" in out["body"][-1]["text"]
    assert all("topraklarımıza" not in b["text"] for b in out["body"])


def _label_hung_with_no_white_space(note_lines: list[str]) -> str:
    # pdftotext's default mode, a pdflatex page: the note's raised "1" hung
    # on the text's last line, whose word broke at a hyphen it dropped
    # ("sonuç-" -> "sonuç1"); the note's lines follow with no white space
    page = "Bu satır sayfanın gövde metninden bir parçadır ve tam genişlikte sürer gider.\n"
    return ("Olaylar böyle gelişti ve kararlar verildi.1 Sonra herkes yerine döndü ve beklediler.\n"
            + page * 6 + "Yaptığımız işler ve aldığımız sonuç1\n" + "".join(line + "\n" for line in note_lines)
            + "\nDergi Adı, Cilt 4, Sayı 7\n"
            "\f"
            "lara göre bu gibi olaylara her vakit intizar olunabilir ve bunu hepimiz biliyoruz.\n"
            + page * 6 + "\nDergi Adı, Cilt 4, Sayı 7\n")


def test_label_hung_on_the_line_above_a_note_set_in_smaller_type_right_under_it():
    # no white space sets the note apart, but its smaller type does: its
    # lines hold more letters than the text's
    text = _label_hung_with_no_white_space([
        "“Yapacağız” dediğim zaman buna inanmıştım; o gün de böyle söyledim ve arkadaşlarım da buna inandılar,",
        "çünkü hepimiz aynı yoldan geçmiştik ve aynı şeyleri görmüştük, o yüzden kimse itiraz etmedi o gün.",
        "Sonra herkes işine döndü."])
    out = recover(text, lang="tr").to_dict()
    assert [f["text"][:20] for f in out["footnotes"]] == ["“Yapacağız” dediğim "]
    assert out["footnotes"][0]["text"].endswith("Sonra herkes işine döndü.")
    assert [r["label"] for r in out["footnote_refs"]] == ["1"]
    body = " ".join(b["text"] for b in out["body"])
    assert "aldığımız sonuçlara göre" in body and "Yapacağız" not in body


def test_text_of_the_bodys_type_under_a_line_ending_in_a_number_is_no_note():
    # the same lines in the text's own type: the body's last lines, and
    # the number at the line's end no label
    text = _label_hung_with_no_white_space([
        "Bu satırlar da gövde metnindendir ve sayfanın sonuna kadar aynı genişlikte sürer.",
        "Hepsi aynı harflerle dizilmiştir ve dipnota hiç benzemez, sayfanın sonuna iner."])
    out = recover(text, lang="tr").to_dict()
    assert out["footnotes"] == []
    assert "Bu satırlar da gövde" in " ".join(b["text"] for b in out["body"])


def test_number_ending_a_line_inside_the_text_is_no_label():
    text = ("Olaylar böyle gelişti ve kararlar verildi.1 Sonra herkes yerine döndü.\n"
            "Toplantıya bütün katılanlar1\n"
            "\n"
            "Bir sonraki paragraf burada başlar ve sayfanın ortasında sürer gider.\n"
            "Bu satır da aynı paragrafa aittir ve devam eder.\n"
            "\n"
            "Başka bir paragraf daha var ve o da burada biter.\n")
    doc = run_until(text, "footnotes", lang="tr")
    assert doc.footnotes == []


def _notes_and_body(text: str) -> tuple[list[str], str, dict]:
    out = recover(text).to_dict()
    return [f["text"] for f in out["footnotes"]], " ".join(b["text"] for b in out["body"]), out


def test_pdfium_marker_at_the_next_line_start_and_note_run_into_the_last_line():
    # pdfium set the raised "1" at the start of the following line and ran
    # the page's last line into the note's first
    notes, body, out = _notes_and_body(
        "The lattice was studied with density as a second control variable.\n"
        "1 While the density of water has been varied in many experiments, the\n"
        "field in vortex matter is easier to vary, as we show on this page.\n"
        "In vortex matter the energy is related to the 1Fig. 2: We show a schematic of the\n"
        "phase diagram with supercooled states.\f"
        "area under the curve, which we measured as well.\n")
    assert notes == ["Fig. 2: We show a schematic of the phase diagram with supercooled states."]
    assert out["footnote_refs"][0]["context"].endswith("second control variable.")
    assert "variable. While the density" in body and "related to the area under the curve" in body


def test_pdfium_label_set_apart_at_the_end_of_the_line_above_its_note():
    notes, body, _ = _notes_and_body(
        "Telescopes will offer two cameras, one for the blue wavelength range.\n"
        "1\n"
        "In all cases the imagers cover approximately one square degree of the sky.\n"
        "Facilities designed for survey science, 1\n"
        "In a parallel development, infrared arrays have grown to a large size.\f"
        "of which the next one will be the largest of all.\n")
    assert notes == ["In a parallel development, infrared arrays have grown to a large size."]
    assert "range. In all cases" in body and "survey science, of which" in body


def test_numbering_that_starts_again_on_every_page():
    def page(claim: str, file: str, volume: str) -> str:
        return (f"The {claim} claim of the page rests on the archive.1 Another one rests on the\n"
                f"memoirs of the {claim} minister.2 The page goes on without notes to its foot.\n"
                "\n"
                f"1 The archive of the port, file {file}.\n"
                f"2 The memoirs, {volume} volume.\n"
                "\n"
                "Journal of Samples, Vol. 1, No. 2 (2020)\n"
                "\n")
    notes, _, out = _notes_and_body(page("first", "12", "second") + page("next", "14", "third"))
    assert notes == ["The archive of the port, file 12.", "The memoirs, second volume.",
                     "The archive of the port, file 14.", "The memoirs, third volume."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2", "1", "2"]
    assert len({r["offset"] for r in out["footnote_refs"]}) == 4


def test_the_next_note_glued_to_the_end_of_the_one_before():
    # pypdf lost the spaces and the line break between notes 1 and 2
    notes, body, out = _notes_and_body(
        "Broadcast signals could be monitored at the site.1 The cost per station\n"
        "is modest.2 The rest of the paragraph goes on to the end of the page.\n"
        "\n"
        "1 It may be possible to monitor commercial broadcast signals in the 55 - 88 MHz\n"
        "range, as meteor showers produce such enhancements, offer one possibility.2Per station, we estimate\n"
        "the following additional costs in US dollars.\n")
    assert notes == ["It may be possible to monitor commercial broadcast signals in the 55 - 88 MHz range, "
                     "as meteor showers produce such enhancements, offer one possibility.",
                     "Per station, we estimate the following additional costs in US dollars."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2"]


def test_pdfium_note_run_into_a_line_with_the_body_going_on_after_it():
    # the column's note sits where the column ends; the body goes on, in
    # lower case, right after the note's last sentence
    notes, body, out = _notes_and_body(
        "Surveys of this kind have a broad scope and wide aims.\n"
        "1 OGLE, designed originally as a lensing experiment, is the benchmark.\n"
        "Variable stars have been traditionally divided between eruptive and\n"
        "periodic variables, and eclipsing 1With this brief summary of facilities we ask\n"
        "the question: how will the survey change variable star research?\n"
        "variables, which are useful for the masses and radii of the stars.\n"
        + "".join(f"The column goes on with prose about the stars of class {k} and their curves.\n"
                  for k in range(14)))
    assert notes == ["With this brief summary of facilities we ask the question: how will the survey "
                     "change variable star research?"]
    assert "and eclipsing variables, which are useful" in body


@pytest.mark.parametrize("opening", ["Another response", "“Another” response", "A response"])
def test_note_glued_to_a_column_line_broken_at_a_dropped_hyphen(opening):
    # pdftotext's default mode glued the column's last line, broken in
    # "ra-" with the hyphen dropped, to the note below it (which may open
    # with a quotation, or a word of one letter)
    column = "".join(f"column line {k} of the text runs on\n" for k in range(6))
    notes, body, out = _notes_and_body(
        column + "as we said of quantum systems.1 The next\n" + column
        + f"that fix such criteria of ra1 {opening} might be that we have not solved it\n"
        + "the problem of clear rules at all, and we leave it there.\f"
        + "tionality, which observers share, and more.\n" + column)
    assert notes == [f"{opening} might be that we have not solved it the problem of clear rules at all, "
                     "and we leave it there."]
    assert "such criteria of rationality, which observers share" in body


def test_next_page_opening_with_the_bodys_rest_is_not_the_notes():
    # the body broke off mid-sentence above the note: the next page opens
    # with the body's rest (in lower case, up to furniture the extractor set
    # mid-page), which is no continuation of the note
    header = "Journal of Samples, Vol. 1, No. 2 (2020)"
    text = "\n\n".join([
        "A paragraph has its marker here.1 Inclusive in the project is the development",
        "1This note begins at the foot of the first page and is cut off in the", "12", header,
        "of statistical tools, which the body of the second page goes on with.", header,
        "Body text of the second page starts here and it runs on for a while.\nIt ends with a full stop.",
        "middle of a sentence, which the second page finishes.", "13", header]) + "\n"
    out = recover(text).to_dict()
    assert out["footnotes"][0]["text"].startswith("This note begins at the foot of the first page")
    assert "statistical tools" not in out["footnotes"][0]["text"]
    assert "the development of statistical tools, which" in " ".join(b["text"] for b in out["body"])


def test_sections_numbered_without_a_stop_are_no_notes():
    # LaTeX's default numbering: "1 Introduction" looks like a note's label
    # and text; the paragraph running on below it (not the page's foot) and
    # a first subsection ("2.1 …") say it is a heading
    para = ("This is a line of the paragraph that runs on to the right margin of the page",
            "and the next line goes on with the same sentence for a while longer still, so",
            "that the paragraph holds several lines before it ends with a full stop here.",
            "Then another sentence follows on the last line of the paragraph for good.")
    text = "\n".join(
        ["1 Introduction", *para, "",
         "2 Methods Used in the Study", "2.1 Data", *para[:2], "the note marker sits here.1", *para[3:], "",
         "3 Results", "4 Discussion", *para, "",
         "1 The only note of the page, at its foot.", "", "7", "",
         "Journal of Samples, Vol. 1, No. 2 (2020)", "", *para]) + "\n"
    out = recover(text, lang="en").to_dict()
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings[:2] == ["1 Introduction", "2 Methods Used in the Study"]
    assert "3 Results" in headings and "4 Discussion" in headings
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [("1", "The only note of the page, at its foot.")]


def test_sections_numbered_without_a_stop_over_margin_text_are_no_notes():
    # two such titles one under the other, then the journal's name printed
    # sideways, one letter a line, before the section's text
    para = ("This is a line of the paragraph that runs on to the right margin of the page",
            "and the next line goes on with the same sentence for a while longer still, so",
            "that the paragraph holds several lines before it ends with a full stop here.")
    shreds = list("lanruoJ elpmaS")
    text = "\n".join(
        ["1 Introduction", "2 Word Embedding", *[c for c in shreds if c.strip()], *para,
         "the note marker sits here.1 And the sentence ends.", "",
         "1These operations resulted in a database of verbs.", "", "7", "",
         "Journal of Samples, Vol. 1, No. 2 (2020)", "", *para]) + "\n"
    out = recover(text, lang="en").to_dict()
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings[:2] == ["1 Introduction", "2 Word Embedding"]
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [("1", "These operations resulted in a database of verbs.")]


PARA = ("This is a line of the paragraph that runs on to the right margin of the page",
        "and the next line goes on with the same sentence for a while longer still, so",
        "that the paragraph holds several lines before it ends with a full stop here.",
        "Then another sentence follows on the last line of the paragraph for good.")
FOOT = ["", "7", "", "Journal of Samples, Vol. 1, No. 2 (2020)"]


def _two_pages(first_page: list[str], second_page: list[str] | None = None) -> dict:
    """`first_page` and a second one, form feeds between them."""
    second = second_page if second_page is not None else [*PARA, *PARA]
    return recover("\n".join(first_page + FOOT) + "\n\f" + "\n".join(second + FOOT) + "\n", lang="en").to_dict()


# a page with a note's marker, 2, whose note is elsewhere: a title numbered
# 2 might be taken for it (no line twice: the duplicates pass would take it)
MARKED_PAGE = ["1 Introduction", *PARA, "the note marker sits here.2",
               "The harbour towns of the coast rebuilt their quays twice in the century, and",
               "the archives of each of them say who paid for the work and why the councils",
               "agreed to it, as the letters of the merchants and their clerks tell us too."]
TITLES_TEXT = ("Threads that cooperate hand the processor to each other at the points where",
               "they wait, and the library switches between them at a cost of a few calls.")


def test_a_section_numbered_without_a_stop_keeps_two_lines_of_text_at_the_pages_foot():
    # LaTeX sets a title at a page's foot with two lines of its text under
    # it, no fewer: in the text's type, the first of them full
    out = _two_pages([*MARKED_PAGE, "", "2 Cooperative Threads of the Library", *TITLES_TEXT])
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings == ["1 Introduction", "2 Cooperative Threads of the Library"]
    assert out["footnotes"] == []


def test_a_section_numbered_without_a_stop_over_the_margins_text_read_mid_page():
    # pdftotext's default mode reads the journal's name, printed sideways,
    # where it stands beside the text: between a title's first lines
    margin = ["", "Journal of Samples - 2020", ""]
    out = _two_pages([*margin, *MARKED_PAGE, "", "2 Description of the Data", TITLES_TEXT[0], *margin,
                      TITLES_TEXT[1], "The data come from the archives of three towns, which kept their books in",
                      "the same hand for a hundred years, and from the letters of their merchants."],
                     [*margin, *PARA])
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings == ["1 Introduction", "2 Description of the Data"]
    assert out["footnotes"] == []


def test_a_long_title_wrapped_onto_a_short_line_over_two_lines_of_text_and_the_notes_is_no_note():
    # "3 …" is long and breaks off in a word, its rest in title case on a
    # short line; two lines of its text, then the page's notes
    out = _two_pages(["1 Introduction", *PARA, "the first note's marker sits here.1", *MARKED_PAGE[6:], "",
                      "1The first note of the text, on its first page."],
                     [*PARA, "the second note's marker sits here.2 And the third one here.3 So it ends.",
                      "3 From the Harbour Towns of the Coast to the Councils of Their Sea-",
                      "Faring Merchants", *TITLES_TEXT,
                      "2The note of this page, which tells where the archives are kept today, and by whom",
                      "they are looked after, in smaller type than the text above it, and so longer."])
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings == ["1 Introduction",
                        "3 From the Harbour Towns of the Coast to the Councils of Their Sea-Faring Merchants"]
    assert [f["label"] for f in out["footnotes"]] == ["1", "2"]


def test_a_short_note_over_a_note_in_smaller_type_at_the_foot_is_a_note():
    out = _two_pages(["1 Introduction", *PARA[:3], "the note marker sits here.1 And another one here.2", "",
                      "1 The First Note of the Page",
                      "2 The second note of the page is set in smaller type than the text, and so its lines",
                      "hold more letters than the text's own lines do: they run well past the text's measure."])
    assert [f["label"] for f in out["footnotes"]] == ["1", "2"]


def test_a_numbered_line_that_breaks_off_in_a_word_is_a_note_whatever_its_type():
    # pdftotext -layout at a fixed pitch gives the note's lines as many
    # letters as the text's; a title never breaks off in a word
    out = _two_pages(["1 Introduction", *PARA, "the note marker sits here.1", "",
                      "1 The set of actions that observers can make which di-",
                      "rectly affect the world at large does not include the act of rationalising, as",
                      "the observers can and do affect the world while they go about their checks."])
    assert [f["text"][:40] for f in out["footnotes"]] == ["The set of actions that observers can ma"]


FIRST_NOTE_LINE = "The note opens at the foot of the page and its first sentence ends right here at the end."


@pytest.mark.parametrize("lines, first", [(1, FIRST_NOTE_LINE), (6, FIRST_NOTE_LINE), (3, "A short note.")])
def test_a_note_goes_on_after_a_blank_line_in_its_own_wider_type_down_to_the_foot(lines, first):
    # pdftotext leaves a blank line inside a note; its next lines, set as
    # wide as the note's (smaller type than the body's), run straight to
    # the page's foot, although the note's first line ended a sentence
    # (where that line is short, the lines below show the notes' type)
    body = [f"Body text of page one runs here, line {k}, and keeps going to the margin of it" for k in range(20)]
    wide = [f"set in the smaller type of the notes, its line {k} holds more characters than a body line does"
            for k in range(lines)]
    text = "\n".join(
        [body[0] + " with a marker.1", *body[1:], "",
         "1 " + first, "",
         "Then it goes on " + wide[0], *wide[1:], "and ends here.",
         "Journal of Samples, Vol. 1, No. 2 (2020)                                 12", "",
         *[line.replace("one", "two") for line in body],
         "Journal of Samples, Vol. 1, No. 2 (2020)                                 13"]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"] == first + " Then it goes on " + " ".join(wide) + " and ends here."
    assert all("Then it goes on" not in b["text"] for b in out["body"])


def test_a_note_goes_on_where_its_rest_opens_with_words_the_extractor_set_apart():
    # pdftotext set the rest's first words on a line of their own ("This is
    # probably due to"); the sentence goes on below in the notes' wide type
    body = [f"Body text of page one runs here, line {k}, and keeps going to the margin of it" for k in range(20)]
    rest = "the relatively low level of the variability, combined with the faintness of the source in the optical"
    text = "\n".join(
        [body[0] + " with a marker.1", *body[1:], "",
         "1 No significant cross correlations were detected at the one per cent level.", "",
         "This is probably due to", rest, "sky background.", "",
         "12", "", *[line.replace("one", "two") for line in body], "", "13"]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"] == ("No significant cross correlations were detected at the one per cent level. "
                                           "This is probably due to " + rest + " sky background.")


def test_markdown_note_rest_is_the_lower_case_paragraph_right_above_the_next_note():
    # a paragraph a line (pymupdf4llm): note 1 breaks off at the page's foot;
    # on the next page the body's own sentence is open too, and the note's
    # rest is the lower-case paragraph right above note 2
    para = ("This paragraph of the body runs on for a long while, as paragraphs set on one line by a "
            "Markdown writer do, and it says a good deal about the subject of the article, more than a "
            "printed line could ever hold, so that its length alone shows how it was written, and it "
            "goes on further still with a clause or two that lengthen it well past any page's measure{}")
    text = "\n\n".join([
        para.format(" and its marker.1"), para.format("."),
        "1 The first note is set at the foot of the page, and it breaks off in the middle of a sentence that",
        "Journal of Samples, Vol. 1, No. 2 (2020)", "12",
        para.format(", and then the sentence of this page goes on in (the colour and flavour,"),
        "goes on here on the next page, at its foot, and ends with a full stop this time.",
        "2 The second note stands at the foot of the second page and ends here.",
        "Journal of Samples, Vol. 1, No. 2 (2020)", "13",
        "spin singlet channel), the body goes on. " + para.format(" with its marker.2")]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"].endswith("in the middle of a sentence that goes on here on the next page, "
                                                "at its foot, and ends with a full stop this time.")
    assert all("goes on here on the next page" not in b["text"] for b in out["body"])


SYMBOL_NOTES = fixture_text("symbol_notes_tr.txt")


def test_notes_marked_with_symbols_on_the_title_the_authors_and_the_body():
    doc = recover(SYMBOL_NOTES)
    out = doc.to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("*", "Bu makale yazarın doktora tezinden üretilmiştir."),
        ("**", "Dr. Öğr. Üyesi, Kıyı Üniversitesi, Tarih Bölümü."),
        ("†", "Depoların yerleri kent planında gösterilmiştir."),
        ("1", "Kent arşivi, defter 12."),
    ]
    markers = [(r.extra["label"], doc.text[r.start:r.end]) for r in doc.removed if r.reason == "footnote-marker"]
    assert markers == [("*", "*"), ("**", "**"), ("†", "†"), ("1", "1")]
    # the marks on the title and the authors' line point at no body block
    assert [(r["label"], r["block"]) for r in out["footnote_refs"]] == [("†", 1), ("1", 1)]
    assert out["metadata"]["title"] == "Liman Kentlerinde Değişim"
    assert out["metadata"]["authors"] == ["Ayşe Yılmaz"]


def test_a_list_set_with_asterisks_is_no_note_once_the_marks_above_are_taken():
    out = recover(SYMBOL_NOTES).to_dict()
    assert out["body"][-1]["text"].endswith("* ikinci madde")
    assert "* birinci madde" in out["body"][-1]["text"]


# pdf.js (pdf-parse, LangChain's PDF loader) starts a new line wherever the
# baseline moves: a raised marker stands on a line of its own, and so does
# the rest of its printed line; a note's label stands on the line above its
# text. Marker 1 ends a paragraph; marker 2 stands inside a printed line.
RAISED_MARKERS = """\
The harbour of the town was rebuilt twice in the last century, first after the
great storm and then after the war, when the old piers had fallen into the sea.
The council paid for the work in the first case alone.
1
The second rebuilding was paid for by the ministry, which also chose the
engineers and the stone, and kept the accounts for twenty years after
the work had ended. Those accounts are our source.
2
Their pages list the names of
1
The council's minutes for these years are lost.
2
The ministry's archive keeps them in twelve boxes.
57
Letters in Harbour History 12 (2020)
the workers, the days they worked and what they were paid for each day.
"""


def test_a_marker_on_a_line_of_its_own_links_its_note_further_down_the_page():
    doc = recover(RAISED_MARKERS, lang="en")
    out = doc.to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "The council's minutes for these years are lost."),
        ("2", "The ministry's archive keeps them in twelve boxes.")]
    assert [(r["label"], r["block"]) for r in out["footnote_refs"]] == [("1", 0), ("2", 1)]
    assert out["footnote_refs"][1]["context"].endswith("Those accounts are our source.")
    assert reasons(doc)["footnote-marker"] == ["1", "2"]
    # the text before marker 2 and after it fit one printed line: they were
    # one, and the paragraph goes on across the page; the full line after
    # marker 1 opens a paragraph of its own
    assert [b["text"][:22] for b in out["body"]] == ["The harbour of the tow", "The second rebuilding "]
    assert out["body"][1]["text"].endswith(
        "Those accounts are our source. Their pages list the names of the workers, the days they worked"
        " and what they were paid for each day.")


# a note set in smaller type (more characters a line) runs on to the next
# page's foot, where it stands above the next note; the marker of that
# note, on a line of its own, is no page number ending the page's text
NOTE_OVER_PAGES = """\
The harbour was rebuilt twice in the last century, first after the storm
and then after the war, when the old piers had fallen into the sea and the
town had no money left to raise them again.
1
The first rebuilding was paid for by the council, the second by the state.
1
The state's accounts of the second rebuilding run to twelve boxes, and they list the
names of the workers, the days they worked and what they were paid for each day of
56
Journal of Harbour History 12 (2020)
The engineers chose the stone from the quarries up the river, where the
best of it lay close to the water and could be shipped down on barges.
2
The barges were built in the town itself, on the beach below the church.
the year, which makes them the richest source we have for the town's working life.
2
The shipyard's own books were lost in the flood of the following spring.
57
"""


def test_a_note_runs_on_above_the_next_note_past_a_marker_on_its_own_line():
    out = recover(NOTE_OVER_PAGES, lang="en").to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "The state's accounts of the second rebuilding run to twelve boxes, and they list the names"
              " of the workers, the days they worked and what they were paid for each day of the year, which"
              " makes them the richest source we have for the town's working life."),
        ("2", "The shipyard's own books were lost in the flood of the following spring.")]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2"]
    assert "working life" not in " ".join(b["text"] for b in out["body"])


def test_a_label_alone_after_white_space_opens_its_note_though_a_line_below_opens_with_its_number():
    # notes numbered afresh on each page, only a page number between the
    # pages: the first "1" follows white space, as a note's label does, and
    # is no raised marker
    text = ("The harbour was rebuilt twice in the last century, once after the storm.1 The\n"
            "council paid for the first rebuilding, and the state paid for the second one.\n"
            "\n"
            "1\n"
            "The council's minutes for these years are lost.\n"
            "57\n"
            "The piers that the state built still stand at the river's mouth today.1 Their\n"
            "stone came from the quarries up the river, and was shipped down on barges.\n"
            "\n"
            "1\n"
            "The quarries closed in the following century.\n")
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"] == "The council's minutes for these years are lost."
    assert out["footnote_refs"][0]["context"].endswith("once after the storm.")


LOST = ["burned", "drowned", "stolen"]


def test_a_marker_set_apart_by_spaces_links_its_note_where_each_page_came_as_one_line():
    # pdf.js items joined with a space: a page a line, its blocks ended by
    # two spaces; the raised marker stands apart ("rebuilt. 1 Its")
    para = ("The harbour of the town was rebuilt twice in the last century, first after the great storm and "
            "then after the war, when the old piers had fallen into the sea and the town had no money left. ")
    pages = []
    for p in range(3):
        marker = f"rebuilt by the state. {p + 1} Its"
        pages.append(f"Journal of Samples, Vol. 3 (2020)  {para * 5}The quay was {marker} stone came from the "
                     f"quarries up the river.  {para * 3}  {p + 1} The council's minutes of year {p + 1} are lost.  "
                     f"The state's were {LOST[p]}.  {57 + p}")
    out = recover("\n\n".join(pages) + "\n", lang="en").to_dict()
    # (a note runs on across its blocks to the page's foot)
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        (str(p + 1), f"The council's minutes of year {p + 1} are lost. The state's were {LOST[p]}.") for p in range(3)]
    assert all(r["context"].endswith("rebuilt by the state.") for r in out["footnote_refs"])
    assert out["metadata"]["pages"] == ["57", "58", "59"]


def test_note_at_the_foot_of_the_right_column_far_below_its_marker_at_the_top_of_the_left():
    # PyMuPDF reads a two-column page column by column: the marker stands
    # near the top of the left column, its note at the foot of the right
    # one, a hundred lines further on, under a line whose sentence goes on
    # over the page
    col = [f"line {k} of the running text in a narrow column of the page goes on" for k in range(100)]
    text = "\n".join(["The text opens with a claim that needs a source.1 We go on", *col,
                      "and the sentence breaks off at the foot of the right column with",
                      "1 The source of the claim, as the authors give it in their book.",
                      "189", "Journal of Sample Studies, Vol. 3, No. 1 (2020)",
                      "the rest of the sentence on the next page.", *col[:30],
                      "Journal of Sample Studies, Vol. 3, No. 1 (2020)"]) + "\n"
    notes, body, out = _notes_and_body(text)
    assert notes == ["The source of the claim, as the authors give it in their book."]
    assert out["footnote_refs"][0]["context"].endswith("needs a source.")
    assert "right column with the rest of the sentence" in body


def test_a_notes_lines_hung_under_its_text_past_the_label_go_on_the_note():
    # layout mode: "1   No significant …" and the next lines set under the
    # text, four characters in; the first line ends a sentence
    body = "Body text of the page runs here and keeps going to the margin, line after line"
    text = "\n".join(
        [body + " with a marker.1 More text"] + [body] * 6 + [
            "found so far, the sources were in such hard states. Correlated X-ray/optical obser-", "",
            "1   No significant cross correlations between X-rays and optical were detected.",
            "    This is probably due to the relatively low level of the X-ray variability,",
            "    combined with the faintness of the source in the optical.", "",
            "                                  5", "\fvations thus provide a new diagnostic of the flow."]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["footnotes"][0]["text"] == (
        "No significant cross correlations between X-rays and optical were detected. This is probably due to "
        "the relatively low level of the X-ray variability, combined with the faintness of the source in the "
        "optical.")
    assert "X-ray/optical observations thus provide" in out["body"][-1]["text"]


# OCR of a printed page: the raised markers come out as stray marks after a
# stop ("families.!"), the raised labels as a digit glued to the note or as a
# mark ("?The …"); each page ends in its running line
OCR_PAGES = (
    "The station was built on the hill above the harbour in the first year.\n"
    "It was built in stone, and its keepers lived there with their families.!\n"
    "Most of the records from those years were kept in the town hall.\n"
    "\n"
    "1Selecting the site took the council three years of debate.\n"
    "Harbour Studies, Vol. 3, No. 2 (2001)\n"
    "\f"
    "Harbour Studies, Vol. 3, No. 2 (2001) 12\n"
    "The lamp was replaced in the spring, when the old lens had cracked.?\n"
    "The keepers wrote of storms and of ships that passed in the night.\n"
    "\n"
    "?The new lens came from a workshop in the capital.\n"
    "Harbour Studies, Vol. 3, No. 2 (2001)\n"
)


@pytest.mark.parametrize("spaced", [False, True])
def test_ocr_labels_and_markers_read_as_marks(spaced):
    # (OCR may read the raised label and a space after it: "? The …")
    notes, body, out = _notes_and_body(OCR_PAGES.replace("?The", "? The") if spaced else OCR_PAGES)
    assert notes == ["Selecting the site took the council three years of debate.",
                     "The new lens came from a workshop in the capital."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2"]
    assert out["footnote_refs"][0]["context"].endswith("with their families.")
    assert "families. Most of" in body and "had cracked. The keepers" in body
    marks = [(r["label"], r.get("read_as")) for r in out["removed"] if r["reason"] == "footnote-marker"]
    labels = [(r["label"], r.get("read_as")) for r in out["removed"] if r["reason"] == "footnote-label"]
    assert marks == [("1", "!"), ("2", "?")] and labels == [("1", None), ("2", "?")]


@pytest.mark.parametrize("foot", [
    # a numbered title printed at the page's foot: no sentence ends it
    "1 The Keepers of the Northern Light and Their\nFamilies\n",
    # a quotation opening the page's last block, no marker read as a mark
    "“Nothing was lost,” the keeper wrote in his last report.\n",
])
def test_a_block_at_the_page_foot_without_marker_is_no_note(foot):
    text = ("The station was built on the hill above the harbour in the first year.\n"
            "It was built in stone, and its keepers lived there with their families.\n\n"
            + foot + "Harbour Studies, Vol. 3, No. 2 (2001)\n\f"
            "Harbour Studies, Vol. 3, No. 2 (2001) 12\n"
            "The lamp was replaced in the spring, when the old lens had cracked.\n"
            "The keepers wrote of storms and of ships that passed in the night.\n\n"
            "The new lens came from a workshop in the capital and cost a year's pay.\n"
            "Harbour Studies, Vol. 3, No. 2 (2001)\n")
    notes, body, _ = _notes_and_body(text)
    assert notes == [] and foot.split()[1] in body


def test_ocr_reading_of_a_word_start_as_a_number_is_no_label():
    # "1e" is OCR's "the", in a sentence that runs on from the line above
    notes, body, _ = _notes_and_body(
        "Our first report showed that the jets were bright.1 The radio lines and\n"
        "1e large optical luminosity point to an origin close to the hole.\n"
        "The outflows were seen in several systems of this kind.\n\n"
        "1The first report was written in the spring.\n")
    assert notes == ["The first report was written in the spring."]
    assert "radio lines and 1e large optical" in body


def test_ocr_notes_one_below_the_other_at_a_page_foot():
    notes, _, out = _notes_and_body(
        "The station was built on the hill above the harbour in the first year.!\n"
        "Its lamp was replaced in the spring, when the old lens had cracked.?\n"
        "\n"
        "1Selecting the site took the council three years of debate and\n"
        "two votes in the town hall.\n"
        "\n"
        "?The new lens came from a workshop in the capital.\n"
        "Harbour Studies, Vol. 3, No. 2 (2001)\n"
        "\f"
        "Harbour Studies, Vol. 3, No. 2 (2001) 12\n"
        "The keepers wrote of storms and of ships that passed in the night.\n")
    assert notes == ["Selecting the site took the council three years of debate and two votes in the town hall.",
                     "The new lens came from a workshop in the capital."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2"]


def test_ocr_glued_label_before_a_one_letter_word():
    notes, _, _ = _notes_and_body(
        "The station was built on the hill above the harbour in the first year.\n"
        "Its lamp was replaced in the spring, when the old lens had cracked.\n"
        "\n"
        "1A lens of this kind took a workshop a year to grind.\n"
        "173\n"
        "\f"
        "The keepers wrote of storms and of ships that passed in the night.\n")
    assert notes == ["A lens of this kind took a workshop a year to grind."]


def test_ocr_note_above_margin_text_read_at_the_page_end():
    # no form feed between the pages; OCR read the journal's name, printed
    # sideways in the margin, after the page's last block, in shreds
    shreds = "".join(f"{s}\n" for s in ["he", "iz", "<", "ar", "me", "ra", "ol", "an", "is", "ty"])
    notes, body, _ = _notes_and_body(
        "The station was built on the hill above the harbour in the first year.!\n"
        "Its keepers lived there with their families until the lamp was made electric,\n"
        "and most of the records from those years were kept in the town hall.\n"
        "\n"
        "1A lens of this kind took a workshop in the capital a year to grind, and the\n"
        "board paid for it over three winters.\n"
        + shreds + "\n"
        "The keepers wrote of storms and of ships that passed in the night, and of the\n"
        "lamp that had to be lit at dusk whatever the weather on the hill.\n")
    assert notes == ["A lens of this kind took a workshop in the capital a year to grind, and the "
                     "board paid for it over three winters."]
    assert "grind" not in body


def test_notes_listed_at_the_end_of_a_text_without_markers():
    # a text copied out of a reader: the raised markers gone, the notes one
    # a line at the end
    notes, body, _ = _notes_and_body(
        "The station was built on the hill above the harbour in the first year, and its\n"
        "keepers lived there with their families until the lamp was made electric.\n\n"
        "1 The site was chosen by the council after three years of debate.\n"
        "2 the records of the board, most of which burned in the winter after the war.\n"
        "3 A BBC programme of 1962 told their story.\n")
    assert notes == ["The site was chosen by the council after three years of debate.",
                     "the records of the board, most of which burned in the winter after the war.",
                     "A BBC programme of 1962 told their story."]
    assert "debate" not in body


def test_a_number_under_a_marked_note_may_open_the_next_page():
    # an extractor that marks no page break: the next page's text opens
    # with a date right under the page's note
    notes, body, _ = _notes_and_body(
        "Heyet Ankara'ya döndükten sonra görüşmeler yeniden başladı.1 Bu süreçte\n"
        "taraflar birbirlerine mektuplar gönderdiler ve yeni bir taslak hazırlandı.\n\n"
        "1 Heyetin dönüşü için bkz. Cebesoy, 1955, s. 61.\n"
        "2 Ağustos 1920'de Ankara'da toplanan meclis bu taslağı görüştü ve kabul etti.\n"
        "Taslak daha sonra Moskova'ya gönderildi.\n")
    assert notes == ["Heyetin dönüşü için bkz. Cebesoy, 1955, s. 61."]
    assert "2 Ağustos 1920'de" in body


def test_labels_stacked_above_their_notes_texts_each_get_their_own():
    # pdftotext set the page's two labels on lines of their own, then both
    # notes' texts below them
    text = ("The harbour ledgers list every ship that called at the port in the year.1 They also give\n"
            "the dues each ship paid, in the currency of the day, and the name of its master.2\n"
            "1\n2\n\n"
            "The ledgers are kept in the city archive under the mark of the harbour office.\n"
            "The currency changed twice in the period, and the clerks noted the rate of\n"
            "exchange in the margin.\n")
    out = recover(text, lang="en").to_dict()
    assert [(n["label"], n["text"]) for n in out["footnotes"]] == [
        ("1", "The ledgers are kept in the city archive under the mark of the harbour office."),
        ("2", "The currency changed twice in the period, and the clerks noted the rate of exchange in the margin.")]
    assert [r["label"] for r in out["footnote_refs"]] == ["1", "2"]


# pdftext: no page breaks; the page's last body line, broken at a hyphen the
# extractor dropped, glued to the note's first line with no space at all,
# and the journal's name down the margin beside the foot
PDFTEXT_GLUED_NOTE = """Doğu Kentleri Dergisi, 4(2) 12
Kasabanın çarşısı on dokuzuncu yüzyılın ortasında yeniden kurulmuş, dükkânların çoğu taştan
yapılmıştır. Çarşının planı vakıf kayıtlarında ayrıntılı biçimde anlatılır.1 Kayıtlar ayrıca
dükkânların kiralarını ve el değiştirdikleri yılları gösterir; kiraların yükselişi kasabanın
ticaretinin büyüdüğünü açıkça ortaya koyar. Bu yükselişin en büyük etken1Vakıf defterleri için
bkz. kasaba müftülüğü arşivi, defter 3, sayfa 14-16; ayrıca belediye kayıtları.
Doğu
Kentleri
Dergisi
Doğu Kentleri Dergisi, 4(2) 13
lerinden biri, kervan yolunun yeniden açılmasıdır. Hanlar bu yolun üzerinde kurulmuştur.
Kervanlar çarşıya her hafta mal getirir, tüccarlar bu malları bedestende saklardı.
Doğu Kentleri Dergisi, 4(2) 14
Bedestenin kapıları akşam ezanıyla kapanır, anahtarları kethüdaya teslim edilirdi.
"""


def test_a_note_glued_to_the_pages_last_line_with_no_space_is_cut_out():
    out = recover(PDFTEXT_GLUED_NOTE, lang="tr").to_dict()
    assert [f["label"] for f in out["footnotes"]] == ["1"]
    assert out["footnotes"][0]["text"].startswith("Vakıf defterleri için bkz.")
    assert out["footnotes"][0]["text"].endswith("belediye kayıtları.")
    body = " ".join(b["text"] for b in out["body"])
    # the word the dropped hyphen broke is whole again across the page
    assert "Bu yükselişin en büyük etkenlerinden biri" in body
    assert "defter 3" not in body


def test_a_name_with_a_digit_inside_is_no_glued_label_where_the_note_opens_a_line_below():
    # "Word2Vec" on a line of its own under note 1 (white space between, as
    # a two-column page's reading leaves it), and note 2 opening its own
    # line below
    text = """The fillers were mapped to vectors as described in the first experiment.1 The second
experiment estimated the distance between the centroids of the two sets.2 Both are reported.

1 The fillers were mapped to a vector space model trained in advance on a large corpus.

The model is the one distributed with Word2Vec.
2 The distance was measured between the centroid of the subjects and that of the objects.
"""
    out = recover(text, lang="en").to_dict()
    assert [f["label"] for f in out["footnotes"]] == ["1", "2"]
    assert out["footnotes"][1]["text"].startswith("The distance was measured")
    assert "Word2Vec" in " ".join(b["text"] for b in out["body"]) + out["footnotes"][0]["text"]


# a column of text with a note's marker, its last line to come
LEFT_COLUMN = [
    "Harbour towns grew along the trade routes of the",
    "coast and changed with them over the centuries,",
    "as the first quays of wood and stone were built",
    "by the merchants who sailed from them and paid.1",
    "The councils paid for the piers that followed in",
    "the later years, when the trade grew and the towns",
]
# a note's first lines at the column's foot, in smaller type (more letters a line)
NOTE_START = [
    "1These accounts survive in the archives of all three towns,",
    "and the letters of the merchants tell who paid for each of",
]


def _note_then_next_column(next_top: list[str], more: bool = True,
                           note_last: str = "the quays and why the councils agreed to build them all.") -> dict:
    # PyMuPDF reads a two-column page column by column: the left column's
    # note at its foot, in smaller type (more letters a line), then the
    # right column's top, back at the text's measure, no white space between
    column = LEFT_COLUMN + ["could afford them at last, and they kept accounts."]
    note = NOTE_START + [note_last]
    rest = ["The maps show the quays as they grew from one",
            "decade to the next, and the letters tell the rest.",
            "Each town kept its own books, in its own hand too.",
            "The clerks wrote down each payment for the quays."] if more else []
    text = "\n".join(column * 2 + note + next_top + rest) + "\n\nJournal of Samples 3(1), 2010\n"
    return recover(text, lang="en").to_dict()


@pytest.mark.parametrize("note_last", [
    "the quays and why the councils agreed to build them all.",
    # the note's sentence goes on at the foot of the next column; its top,
    # opening a sentence at the text's measure, is the body's
    "the quays and why the councils agreed to build them in the",
])
def test_a_note_ends_where_the_next_columns_top_goes_back_to_the_texts_measure(note_last):
    out = _note_then_next_column(["The archives hold the minutes of the councils,",
                                  "and the letters of the merchants who wrote them.",
                                  "Both were kept in the town halls for centuries."], note_last=note_last)
    assert len(out["footnotes"]) == 1 and out["footnotes"][0]["text"].endswith(note_last[-26:])
    assert "The archives hold the minutes" in " ".join(b["text"] for b in out["body"])


def test_a_notes_short_last_line_that_opens_with_a_name_stays_the_notes():
    # the note's sentence runs on into a name on its last line, short and
    # ending the sentence: still the note's, though the text follows it
    out = _note_then_next_column(["Smith wrote so in his account of the towns.",
                                  "The archives hold the minutes of the councils,",
                                  "and the letters of the merchants who wrote them."],
                                 note_last="the quays and why the councils agreed to build them, as")
    assert out["footnotes"][0]["text"].endswith("agreed to build them, as Smith wrote so in his account of the towns.")


def test_a_note_goes_on_past_a_sentence_in_its_own_smaller_type():
    # lines as long as the note's above, down to the page's foot: its own
    out = _note_then_next_column(["The archives hold the minutes of the councils, which record",
                                  "each of their decisions and all the sums that were paid out.",
                                  "Both were kept in the town halls for several centuries."], more=False)
    assert out["footnotes"][0]["text"].endswith("kept in the town halls for several centuries.")


def test_a_number_opening_a_line_is_no_note_for_a_marker_on_the_next_page():
    # "2K CCDs" opens a line mid-page; the marker 2 and its note stand on
    # the page after, past the running header
    line = "The survey telescope has a wide field and a large mirror of the usual kind and shape,"
    text = ("To cover the focal plane requires many pixels, achieved with a mosaic of 568\n"
            "2K CCDs. A quick calculation suggests that this number may not be too different than\n"
            + (line + "\n") * 6 +
            "Annals of Samples, Vol. 3, No. 1 (2010)\n"
            "\f"
            + (line + "\n") * 4 +
            "present-day precursors in terms of their scope and aims.1 More surveys follow it.\n"
            "Other surveys such as this one are present-day precursors in terms of their aims.2\n"
            "1 The first note at the foot of the page, in small type.\n"
            "2 The second note at the foot of the page, in small type.\n"
            "Annals of Samples, Vol. 3, No. 1 (2010)\n")
    out = recover(text, lang="en").to_dict()
    assert [(f["label"], f["text"][:14]) for f in out["footnotes"]] == [("1", "The first note"), ("2", "The second not")]
    assert "mosaic of 568 2K CCDs. A quick" in out["body"][0]["text"]


@pytest.mark.parametrize("opening", ["1a schematic of the curves as the control variable is varied from above",
                                     "2K CCDs. A quick calculation suggests that this number may not be too"])
def test_a_number_glued_to_one_letter_opens_no_note(opening):
    # PyMuPDF cut a printed line at a wide space: "… in fig." / "1a
    # schematic …"; a figure's panel or a unit is no note's label
    line = "The survey telescope has a wide field and a large mirror of the usual kind,"
    text = ("We show in fig. 2 and in the earlier work cited above.1 The survey goes on.2\n" + (line + "\n") * 3
            + opening + "\n" + (line + "\n") * 3
            + "1 The first note of the page, at its foot.\n2 The second note of the page.\n")
    out = recover(text, lang="en").to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "The first note of the page, at its foot."), ("2", "The second note of the page.")]
    assert opening in " ".join(b["text"] for b in out["body"])


def test_a_note_ends_at_the_page_number_read_into_its_last_line():
    # PyMuPDF read the page's number into the note's last line after its
    # sentence ("… amadedir. 127"); the next column's top goes on with the
    # body's sentence in lower case
    column = ["Birincisi, milletin hürriyeti için çalıştığı ve",
              "bunu herkesin bildiği bir devirde milletin tabiaten"] * 3
    text = "\n".join(column + [
        "bu işe girişti.2 Sonra herkes yerine döndü ve tabiaten",
        "2Büyük Millet Meclisi tarafından idare edilmekte olan yeni",
        "Türkiye, eski Osmanlı İmparatorluğu değildir ve hukukunu mu-",
        "hafaza için mevcudiyetini tehlikeye ilka etmeğe de hazır ve",
        "amadedir. 127",
        "aradığı hava-yı hürriyeti teneffüs ettiğini zan-",
        "nettiren bir harekettir ve bunu herkes bilir."]) + "\n"
    out = recover(text, lang="tr").to_dict()
    (note,) = out["footnotes"]
    assert "tehlikeye ilka etmeğe de hazır ve amadedir." in note["text"] and "aradığı" not in note["text"]
    assert "tabiaten aradığı hava-yı hürriyeti" in " ".join(b["text"] for b in out["body"])


def test_a_note_far_below_its_marker_on_a_page_set_a_word_a_line():
    # an extractor set each word of the page's widely spaced lines apart:
    # the page runs to hundreds of lines, and its note still stands on it
    import random
    vocab = ("river harbour market ledger weaver miller baker tanner mason carter sailor pilot merchant clerk "
             "judge scribe farmer shepherd potter smith cooper glazier draper grocer vintner brewer fisher "
             "hunter tailor cobbler barber porter keeper warden steward bailiff reeve sheriff mayor deacon "
             "bishop abbot prior friar monk nun canon dean vicar curate sexton beadle herald squire knight "
             "baron count duke prince queen king emperor consul senator tribune praetor censor quaestor").split()
    rng = random.Random(7)
    runs = ["\n".join(rng.sample(vocab, 8)) + "\n" + " ".join(rng.sample(vocab, 6)) for _ in range(40)]
    text = ("Review of Sample Letters, 3(2)\n\nThe first line of the page holds the marker of the\n"
            "note.1 Then\n" + "\n".join(runs) + "\nthe page ends with a line of prose whose sentence runs on\n"
            "over the page's foot to the\n"
            "1 The note at the foot of the page, far below its marker.\n\n"
            "Review of Sample Letters, 3(2)\n\nnext page, where it ends with a line of its own.\n")
    out = recover(text, lang="en").to_dict()
    assert [f["text"] for f in out["footnotes"]] == ["The note at the foot of the page, far below its marker."]
    assert [r["label"] for r in out["footnote_refs"]] == ["1"]


def test_a_note_the_text_resumes_under_goes_on_at_the_next_columns_foot():
    # the note at the first column's foot breaks off; the next column's top
    # finishes the word broken above the note ("Be-" / "cause"), and the
    # note's rest stands at that column's foot
    text = ("Journal of Sample Letters, 3(2)\n\n"
            "The text of the first column runs on here and\n"
            "it carries the marker of a note at its end.2 Be-\n"
            "2 The note begins at the foot of the first column and\n"
            "runs on over a second line of the small type until it\n"
            "breaks off in the middle of its\n"
            "cause the text resumes here, at the top of the next\n"
            "column, and runs on over several lines of its own\n"
            "until the sentence that closes the column ends.\n"
            "sentence, which ends at the foot of the second column.\n\n"
            "Journal of Sample Letters, 3(2)\n\n"
            "The next page starts here with a line of its own.\n")
    out = recover(text, lang="en").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "The note begins at the foot of the first column and runs on over a second line of the small type "
        "until it breaks off in the middle of its sentence, which ends at the foot of the second column."]
    body = " ".join(b["text"] for b in out["body"])
    assert "at its end. Because the text resumes here, at the top of the next column" in body
    assert "closes the column ends. The next page starts here" in body


def test_a_number_opening_a_line_mid_sentence_is_no_note():
    # "… or the" / "2 per hour noted …": the number is a word of the
    # sentence the line above runs on with, though the marker 2 stands
    # below it; the note 2 stands at the page's foot
    text = ("Journal of Sample Letters, 3(2)\n\n"
            "The rate counted was far less than the hoped-for several per hour or the\n"
            "2 per hour noted in the table above, and it held over the whole night.\n"
            "The trigger was then set lower, and the counts rose to several an hour,\n"
            "with a delay of about five seconds.2 During the remote tests the other\n"
            "settings were kept as they were, and nothing else was changed at all.\n"
            "2 The costs of each station are listed in the table of the appendix.\n\n"
            "Journal of Sample Letters, 3(2)\n\n"
            "The next page starts here with a line of its own.\n")
    out = recover(text, lang="en").to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("2", "The costs of each station are listed in the table of the appendix.")]
    assert "several per hour or the 2 per hour noted in the table above" in " ".join(b["text"] for b in out["body"])


def test_a_note_ends_where_the_next_columns_top_carries_on_the_sentence_broken_above_the_notes():
    # PyMuPDF reads the left column, its note at the foot in smaller type
    # (more letters a line) broken off mid-sentence, then the right
    # column's top: in lower case, back at the text's measure, it carries
    # on the text's sentence broken off above the note ("had long" /
    # "since paid"); the note's rest stands at the right column's foot
    column = LEFT_COLUMN + ["could afford them at last; the merchants had long"]
    note = NOTE_START + ["the quays and why the councils agreed to build them in the"]
    next_column = [
        "since paid for the wharves along the river banks,",
        "and the letters of the merchants tell us the rest.",
        "Each town kept its own books, in its own hand too.",
        "The clerks wrote down each payment for the quays.",
        "end, as the minutes of the councils record it.",
    ]
    notes, body = _column_notes_and_body(column + note + next_column)
    assert notes == [
        "These accounts survive in the archives of all three towns, and the letters of the merchants tell who "
        "paid for each of the quays and why the councils agreed to build them in the end, as the minutes of "
        "the councils record it."]
    assert "the merchants had long since paid for the wharves" in body
    assert body.endswith("each payment for the quays.")


def test_a_number_glued_to_a_name_opening_a_line_is_no_note_for_the_marker_in_its_own_sentence():
    # "2MASS" opens a line; the marker 2 stands further on in the sentence
    # it opens ("… aims.2 OGLE"): a note's own text carries no marker of
    # its own, so the line is the text's; the note 2 stands at the foot
    text = ("Journal of Sample Letters, 3(2)\n\n"
            "Large surveys are an old idea among physicists.\n"
            "2MASS\n"
            "and SDSS are present-day precursors of the survey\n"
            "in terms of their scope and aims.2 OGLE, designed\n"
            "as a lensing experiment, is the benchmark for it.\n"
            "2With this brief summary of the facilities, we now\n"
            "turn to the question of what the survey will find.\n\n"
            "Journal of Sample Letters, 3(2)\n\n"
            "The next page starts here with a line of its own.\n")
    out = recover(text, lang="en").to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("2", "With this brief summary of the facilities, we now turn to the question of what the survey will find.")]
    assert "physicists. 2MASS and SDSS are present-day precursors" in " ".join(b["text"] for b in out["body"])


def test_a_note_ends_at_the_next_columns_top_where_notes_raise_the_measure():
    # a short page of columns whose long note fills as many lines as its
    # text: the document's measure comes out at the note's, and the lines
    # below the note, back at the column's measure, tell that the text resumes
    column = LEFT_COLUMN[:4] + ["could afford them at last, and they kept accounts."]
    note = NOTE_START + ["the quays, who built them, how long the work took in each",
                         "town, what the stone cost and where it was cut and shipped",
                         "from, and why the councils agreed to build the quays at all."]
    top = ["The archives hold the minutes of the councils,",
           "and the letters of the merchants who wrote them.",
           "Both were kept in the town halls for centuries."]
    out = recover("\n".join(column + note + top) + "\n", lang="en").to_dict()
    assert out["footnotes"][0]["text"].endswith("agreed to build the quays at all.")
    assert "The archives hold the minutes" in " ".join(b["text"] for b in out["body"])


def test_a_label_alone_above_its_note_is_no_marker_for_a_date_opening_a_line_below():
    # the note's number set alone on its line (pdftotext -layout), its text
    # on the next; further down, an unnumbered subsection's title is a date
    # opening with the same number, which no note does
    body = [f"Meclis bu sene de çalışmalarına devam etti ve çok mühim kararlar aldı, satır {k}." for k in range(6)]
    text = "\n".join([*body, "Gazi Paşa Hazretlerinin işaret buyurdukları noktaya merbut kaldı.1", "1",
                      "Gerçi Hakkâri vilâyetimiz dâhilinde ağır ceraim tedabir-i mahsusayı istilzam etmiştir.",
                      "", "1 Kasım 1924", "",
                      *[line.replace("satır", "sıra") for line in body]]) + "\n"
    out = recover(text, lang="tr").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "Gerçi Hakkâri vilâyetimiz dâhilinde ağır ceraim tedabir-i mahsusayı istilzam etmiştir."]
    assert any(b["text"] == "1 Kasım 1924" for b in out["body"])


def test_a_note_whose_page_tail_was_emitted_twice_still_runs_to_the_foot():
    # pdftotext glued the note's number to the page's last word, broken at
    # a hyphen it dropped ("darbele1"); the page's tail, the note with it,
    # came out twice before the page's foot, and the copy is no text that
    # stands below the note
    body = [f"Milletimiz bu sene de çalışmalarına devam etti ve çok mühim kararlar aldı, satır {k}." for k in range(8)]
    body[2] = "Meclis her sene aynı suretle toplanmak lazım gelirdi.1 Milletimiz bu yolda hep beraber yürüdü."
    tail = ["Türk milletinin en müşkil şerait içinde, en az hazırlıklı olduğumuz hâlde en büyük darbele1", "",
            "Amasya’da da birkaç gün kalmak lüzumu hâsıl oldu. Havza’dan İstanbul’a davetim sebebiyle",
            "alelacele hareket etmiştim ve Samsun havalisi kumandanına uzun zaman kalmasını emretmiştim."]
    page_two = [line.replace("satır", "sıra") for line in body]
    text = "\n".join([*body, *tail, *body[-3:], *tail, "", "Tarih ve Toplum Araştırmaları Dergisi, 18(3)", "",
                      "178", "", "rin karşısında millet yine ayağa kalktı ve kurtuluş yolunu buldu.", *page_two,
                      "", "Tarih ve Toplum Araştırmaları Dergisi, 18(3)", "", "179"]) + "\n"
    out = recover(text, lang="tr").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "Amasya’da da birkaç gün kalmak lüzumu hâsıl oldu. Havza’dan İstanbul’a davetim sebebiyle alelacele hareket "
        "etmiştim ve Samsun havalisi kumandanına uzun zaman kalmasını emretmiştim."]


def test_a_note_goes_on_past_white_space_after_an_abbreviation_before_a_number():
    # pdftotext broke the note's first line at the wide space after "Fig."
    # and set the rest apart: "Fig." ends no sentence before "2: …"
    body = [f"Body text of page one runs here, line {k}, and keeps going to the margin of it" for k in range(20)]
    text = "\n".join([body[0] + " with a marker.1", *body[1:], "1 Fig.", "",
                      "2: We show a schematic of the phase diagram with supercooled states at 1, 2, and 3.", "",
                      "12", "", *[line.replace("one", "two") for line in body], "", "13"]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "Fig. 2: We show a schematic of the phase diagram with supercooled states at 1, 2, and 3."]


def test_a_number_opening_a_line_of_the_text_is_no_note_where_the_note_opens_further_down():
    # the sentence runs on with "1 Tesla"; the note, its label glued to its
    # first word, stands at the foot
    page = ["The response of the sample was measured at every step, and the field was taken as the",
            "second control variable.1 While the density of the gas was varied by the pump, the",
            "density of the lattice was varied by the applied field, which we have tracked from",
            "1 Tesla to 4 Tesla, a fourfold change in the density of the lattice at every step. We",
            "can now speak of cooling the disordered phase below its line at differing densities",
            "and ask whether the extent of the lag can be compared between such cooled states, for",
            "it is easy to follow any path in field and temperature in a lattice of this kind, and",
            "the disordered phase has the larger current density of the two phases we compare.",
            "1Fig. 2: We show a sketch of the phase diagram with cooled states at three points.",
            "",
            "Review of Measured Things, Vol. 3, No. 2 (2012)"]
    text = "\n".join(page) + "\n"
    out = recover("\f".join([text, text.replace("variable.1", "variable.")]), lang="en").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "Fig. 2: We show a sketch of the phase diagram with cooled states at three points."]
    body = " ".join(b["text"] for b in out["body"])
    assert "tracked from 1 Tesla to 4 Tesla, a fourfold change" in body
    assert out["footnote_refs"][0]["context"].endswith("second control variable.")


def test_a_note_glued_to_the_texts_last_line_goes_on_past_the_blank_the_extractor_set_after_it():
    # pdftotext ran the page's last text line, broken at a hyphen it
    # dropped, and the note's first line into one line, and set a blank
    # line between it and the note's rest
    body = "The body of the page runs on here and keeps going to the right margin, line after line"
    text = "\n".join(
        [body + " with a marker.1 Then more text", body,
         body + " and then a word broken at the trans1 A case in point:", "",
         "buffer allocation for reading data from the network, which a native thread performs",
         "before the read system call, so that the buffers add up to a large amount of storage.",
         "", "Journal of Samples, Vol. 1, No. 2 (2020)", "\f" + "formation of the program, and the text goes on.",
         body + "."]) + "\n"
    out = recover(text, lang="en").to_dict()
    (note,), (ref,) = out["footnotes"], out["footnote_refs"]
    assert note["text"].endswith("so that the buffers add up to a large amount of storage.")
    assert note["text"].startswith("A case in point: buffer allocation for reading data")
    assert ref["context"].endswith("with a marker.") and ref["label"] == note["label"] == "1"
    assert any("broken at the transformation of the program" in b["text"] for b in out["body"])


def test_a_notes_rest_after_a_column_line_broken_in_a_word_it_does_not_finish():
    # pdfminer read the next page's left column after its right one: the
    # note's rest at that column's foot follows a line broken in a word
    # ("… an in-") that it does not finish ("becomes …")
    text = "\n".join([
        "Journal of Samples, Vol. 1, No. 2 (2020)", "",
        "The matter and energy inside the hole is said to leave it again in the end.1 The matter grad-", "",
        "1 In seeking details, one runs into ambiguities in the theory; while if it is evaporating, the horizon", "",
        "Journal of Samples, Vol. 1, No. 2 (2020)", "",
        "ually comes out again as radiation, which has just one parameter, the temperature of the hole.",
        "Suppose then that the centre of the hole never becomes singular: there must be an in-", "",
        "becomes two-way traversable. Energy and information", "will escape then.", "",
        "Journal of Samples, Vol. 1, No. 2 (2020)", "",
        "ner horizon of small area, and the text of the article goes on to its end here."]) + "\n"
    out = recover(text, lang="en").to_dict()
    (note,) = out["footnotes"]
    assert note["text"].endswith("the horizon becomes two-way traversable. Energy and information will escape then.")
    assert not any("two-way traversable" in b["text"] for b in out["body"])


# a column's last lines, the last with a note's marker, its sentence open
HARBOUR_COLUMN = ["The harbour records were kept by the master of",
                  "the port, and each ship that came in was written",
                  "down with its cargo and the name of its captain.",
                  "The books were kept in the old hall, and then",
                  "the clerks came after him.2 They would not even"]


def _column_notes_and_body(lines: list[str]) -> tuple[list[str], str]:
    """The notes' texts and the body's text recovered from a page's lines
    over its running footer."""
    out = recover("\n".join(lines) + "\n\nJournal of Samples 3(1), 2010\n", lang="en").to_dict()
    return [f["text"] for f in out["footnotes"]], " ".join(b["text"] for b in out["body"])


def test_a_notes_rest_finishes_the_word_it_broke_where_type_sizes_do_not_tell():
    # PDFBox: the left column, its note at the foot (its type fills a line
    # with as many letters as the text's), the right column's top, then the
    # note's rest at that column's foot. The line under the note does not
    # finish the word the note broke ("tack-" / "be"), but carries on the
    # text's sentence broken off above the note; the rest does ("led")
    note = ["2 Another answer might be that the clerks did not",
            "keep the books at all in the years of the war, and",
            "that the town council never asked for them. Nor",
            "have the later histories of the harbour tack-"]
    next_column = ["be well known except to the few who read them,",
                   "and they are rarely opened in the hall today.",
                   "The records of the trade tell a plainer story.",
                   "led the question of who kept them at that time."]
    notes, body = _column_notes_and_body(HARBOUR_COLUMN + note + next_column)
    assert notes == [
        "Another answer might be that the clerks did not keep the books at all in the years of the war, and "
        "that the town council never asked for them. Nor have the later histories of the harbour tackled the "
        "question of who kept them at that time."]
    assert "They would not even be well known except to the few" in body
    assert body.endswith("a plainer story.")


def test_a_notes_rest_is_no_line_finishing_a_word_its_own_line_above_broke():
    # the line under the note seems not to finish its broken word ("pre-" /
    # "trained": the lexicon lacks "pretrained"); a line further down does
    # make a word with it ("pre" + "sented"), but finishes its own line's
    # broken word: no rest of the note stands there, and the note goes on
    note = ["2 Each of the entries was then mapped to a vector",
            "relying on a space model pre-"]
    next_column = ["trained on the records of the town.",
                   "keep the names of the ships that they had seen,",
                   "and the story of the port is often pre-",
                   "sented as a tale of ships without any captains."]
    notes, _body = _column_notes_and_body(HARBOUR_COLUMN + note + next_column)
    assert notes == [
        "Each of the entries was then mapped to a vector relying on a space model pre-trained on the records "
        "of the town."]


def test_a_notes_rest_between_a_column_line_broken_in_a_word_and_the_line_that_finishes_it():
    # PyMuPDF: a note broken off at a page's foot ("… of the mer-"); on the
    # next page the left column's last line breaks a word ("… kept every-"),
    # the note's rest follows ("chants. Its …", finishing "mer-"), then the
    # right column's top finishes "every-" ("where …")
    text = ("Journal of Sample Letters, 3(2)\n\n"
            "The text of the first page runs on here and it car-\n"
            "ries the marker of a note at the end of its para-\n"
            "graph.2\n"
            "2 The note begins at the foot of the first page and runs on\n"
            "about the early records of the mer-\n\n"
            "Journal of Sample Letters, 3(2)\n\n"
            "The next page starts here, and its column ends\n"
            "with the books that the clerks kept every-\n"
            "chants. Its last sentence ends at this page's foot.\n"
            "where in the town, and they lie there to this day.\n")
    out = recover(text, lang="en").to_dict()
    assert [f["text"] for f in out["footnotes"]] == [
        "The note begins at the foot of the first page and runs on about the early records of the merchants. "
        "Its last sentence ends at this page's foot."]
    assert "the clerks kept everywhere in the town" in " ".join(b["text"] for b in out["body"])


def test_a_note_that_ends_without_a_stop_does_not_run_on_into_a_section_named_below_it():
    # the author's note under the abstracts ends on an ORCID number; the
    # text's first section follows (the first page without its suggested
    # citation between them)
    lines = fixture_text("first_page_citation_tr.txt").splitlines()
    text = "\n".join(ln for ln in lines if not ln.startswith(("Atıf:", "Karadeniz Araştırmaları Dergisi,"))) + "\n"
    out = recover(text).to_dict()
    assert out["footnotes"][0]["text"] == ("Doç. Dr., Karadeniz Teknik Üniversitesi, Edebiyat Fakültesi, Tarih "
                                           "Bölümü, ahmet.yilmaz@ktu.edu.tr, ORCID: 0000-0002-1234-5678")
    assert out["body"][0]["text"] == "GİRİŞ"
    assert out["body"][1]["text"].startswith("On dokuzuncu yüzyıl")


def test_a_note_marked_with_a_math_asterisk_is_a_note():
    out = recover(fixture_text("first_page_terms_en.txt")).to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("∗", "Corresponding author."),
        ("1", "The exception is the study of Black (2001), which covers one town only.")]


def test_a_numbered_note_right_under_the_authors_symbol_note_is_a_note():
    out = recover(fixture_text("three_pages_heads_tr.txt")).to_dict()
    assert [f["label"] for f in out["footnotes"]] == ["*", "1", "2", "3"]
    assert out["footnotes"][1]["text"] == "Bu konuda bkz. Ahmet Yılmaz, Trabzon Limanı, Ankara 2010, s. 45."
    assert [(r["label"], r["block"]) for r in out["footnote_refs"]] == [("1", 1), ("2", 2), ("3", 3)]
