import random

import pytest
from conftest import body_text, fixture_text
from temize import recover
from temize.document import Document
from temize.passes.paragraphs import Joiner


def test_line_end_hyphens_join_split_words_and_keep_real_hyphens():
    j = Joiner(Document("", lang="tr"))
    assert j.join_hyphen("görüşme", "ler") is True
    assert j.join_hyphen("Brest", "Litovsk") is False       # capital after the break
    assert j.join_hyphen("Türk", "Sovyet") is False
    assert j.join_hyphen("FIFO", "queues") is False         # acronym compound
    assert j.join_hyphen("source", "of", compound=True) is False
    en = Joiner(Document("", lang="en"))
    assert en.join_hyphen("estima", "tion") is True
    # a common word, then a word, and a joined form hardly anyone writes:
    # a compound broken at its own hyphen
    assert en.join_hyphen("Web", "based") is False
    assert en.join_hyphen("re", "emerge") is False
    assert en.join_hyphen("multi", "perceptron") is False
    assert en.join_hyphen("Im", "agers") is True
    assert en.join_hyphen("inter", "national") is True


def test_page_ranges_broken_at_the_line_stay_whole():
    doc = recover("Bu konuda uzun müzakereler yapılmıştı (Kodaman, 2012:65-\n68; Taş, 1995:15).\n", lang="tr")
    assert "2012:65-68;" in doc.to_dict()["body"][0]["text"]


def test_paragraph_continues_across_blank_line_when_sentence_runs_on():
    text = ("Tarihi gelişim süreci içerisinde Türkiye’nin jeostratejik\n\n"
            "konumuna bağlı olarak ilişkilerin eskiye dayalı olduğu bilinmektedir.\n\n"
            "Yeni paragraf burada başlar.\n")
    body = recover(text, lang="tr").to_dict()["body"]
    assert [b["text"] for b in body] == [
        "Tarihi gelişim süreci içerisinde Türkiye’nin jeostratejik konumuna bağlı olarak "
        "ilişkilerin eskiye dayalı olduğu bilinmektedir.",
        "Yeni paragraf burada başlar."]


def _body(lines: list[str]) -> list[dict]:
    return recover("\n".join(lines) + "\n", lang="en").to_dict()["body"]


def _one_paragraph(lines: list[str]) -> str:
    """The text of the one paragraph these lines must make."""
    body = _body(lines)
    assert len(body) == 1
    return body[0]["text"]


def test_short_last_line_ends_a_paragraph():
    lines = ["This line of prose is long enough to reach the right margin of the page.",
             "It goes on for another full line of text that reaches the margin too.",
             "Then it ends.",
             "A new paragraph starts here and runs to the right margin as well, full.",
             "And it ends after this second line which is also rather long to fill."]
    body = _body(lines)
    assert len(body) == 2
    assert body[1]["text"].startswith("A new paragraph")


def _reference_openings(*entries: str) -> list[str]:
    """The first six characters of each paragraph under a References heading."""
    body = recover("References\n" + "".join(e + "\n" for e in entries), lang="en").to_dict()["body"]
    return [b["text"][:6] for b in body if b["type"] == "paragraph"]


def test_each_reference_list_entry_is_its_own_paragraph():
    openings = _reference_openings("Corbel, S., Fender, R.P., Tzioumis, A.K. et al. 2000, A&A, 359, 251",
                                   "Glass, I.S. 1994, MNRAS, 268, 742",
                                   "Hynes, R.I., O'Brien, K., Horne, K. 1998, MNRAS 299, L37")
    assert openings == ["Corbel", "Glass,", "Hynes,"]


def test_a_printed_line_broken_in_two_by_the_extractor_is_not_a_paragraph_end():
    lines = ["This produces an outgoing wavefront of increasing area, with diverging light",
             "rays, and an ingoing wavefront of decreasing area, with converging rays. Now",
             "imagine that the surface encloses a massive source such as a star.",
             "Since gravity is",
             "attractive, it pulls back the outgoing light rays so that they diverge less."]
    assert "such as a star. Since gravity is attractive" in _one_paragraph(lines)


def test_a_paragraphs_short_last_line_before_a_nearly_full_first_line_ends_it():
    # together the two would fill one line, but the second reaches nearly to
    # the margin: a paragraph's first line whose indent the extractor lost,
    # not the rest of a printed line broken in two at a font change
    towns = ["Bursa", "Konya", "Sivas", "Tokat", "Niğde", "Kars", "Muş", "Rize", "Ordu", "Bolu", "Kilis", "Uşak",
             "Çorum", "Yozgat", "Kırşehir", "Aksaray", "Bartın", "Düzce", "Sinop", "Amasya", "Giresun", "Artvin"]
    goods = ["buğday", "arpa", "tuz", "kereste", "deri", "yün", "pamuk", "zeytin", "incir", "fındık", "tütün",
             "kömür", "demir", "bakır", "ipek", "halı", "kilim", "bal", "peynir", "üzüm", "elma", "ceviz"]
    running = [f"sonra {town} kervanı limana {good} getirdi, tüccarlar malı tartıp ambara koydu, kâtip yazdı"
               for town, good in zip(towns, goods)]
    lines = running + ["razıydı.",
                       "Ancak bu mesai yıllarca sürecek bir plana dayanmazsa emekler boşa gidecekti ve",
                       "meclis bunun için yeni bir heyet kurdu, heyet de her yıl bir rapor yazmayı üstlendi,",
                       "raporlar kütüphanede saklandı ve bugün hâlâ okunabilir durumda bulunmaktadır."]
    body = recover("\n".join(lines) + "\n", lang="tr").to_dict()["body"]
    assert [b["text"].split()[0] for b in body] == ["sonra", "Ancak"]


def test_a_printed_line_broken_in_two_goes_on_below_also_past_an_opening_quotation_mark():
    lines = ["It is difficult to resist the conjecture that these two states are related,",
             "with no phase transition, as the density varies.",
             "During this variation, degrees",
             "\"obviously\" three-quark baryons evolve into degrees of freedom that are single."]
    assert "as the density varies. During this variation" in _one_paragraph(lines)


@pytest.mark.parametrize("before, after", [("informed truth as-", "signments about every"),
                                           ("informed truth", "assignments about every")])
def test_a_keyword_line_set_down_mid_sentence_does_not_end_the_paragraph(before, after):
    # a word broken at the line's end, or no stop there and lower case below
    full = "The observers are party to less information than they would need to make"
    text = ("Abstract\nWe study partial observers and what they can know of the world around them.\n"
            "Keywords: observers, quantum theory\n\n1. Introduction\n"
            f"{full}\n{full}\n{before}\n\n"
            "Anahtar Kelimeler: gözlemci, kuantum kuramı\n\n"
            f"{after} relevant proposition, so they make probability assignments.\n")
    body = recover(text, lang="en").to_dict()["body"]
    assert [b["type"] for b in body] == ["heading", "paragraph"]
    assert "informed truth assignments about every" in body[1]["text"]


def test_two_printed_lines_glued_into_one_end_a_paragraph_when_the_second_is_short():
    # pdftotext joined "Clausius-" and the short last line "Clapeyron relation."
    full = "This line of prose is long enough to reach the right margin of the page."
    lines = [full, full, full,
             full[:-1] + " Clausius" + "Clapeyron relation.",
             "Meanwhile a new paragraph starts on this line and runs to the margin too.",
             full, "It ends here."]
    body = _body(lines)
    assert [b["text"][:9] for b in body] == ["This line", "Meanwhile"]


def test_where_indentation_marks_paragraphs_a_short_line_alone_does_not():
    # pdftotext -layout kept the indent of each paragraph's first line, so a
    # line that merely falls short of the margin goes on
    words = ["harbour", "customs", "railway", "treaty", "border", "archive"]
    lines = []
    for w in words:
        lines += [f"    The {w} paragraph opens with an indent and then runs to the margin.",
                  f"this line about the {w} is long enough to reach the right margin of the.",
                  f"A sentence on the {w} starts here, a shorter line.",
                  f"Then one more line about the {w} that is long enough to reach the margin",
                  f"and the {w} ends."]
    body = _body(lines)
    assert [b["text"].split()[1] for b in body] == words


def test_a_printed_line_broken_before_a_fairly_long_rest_is_not_a_paragraph_end():
    # "tion." and "This interrupted coverage of the" were one printed line
    col = ["sequences of the log may be discarded be-",
           "fore completion of the reference execu-",
           "tion.",
           "This interrupted coverage of the",
           "reference execution is a corollary of that",
           "the space for storing records is finite;",
           "thus some records are discarded early on.",
           "A new paragraph begins on this line and",
           "runs on to the end of the narrow column.",
           "It stops at a short line."]
    body = _body(col)
    assert "execution. This interrupted coverage" in body[0]["text"]


def test_a_first_line_short_by_an_indent_only_does_not_end_its_paragraph():
    # the extractor dropped the indent, so the first line looks a little
    # short; with a full stop at its end it still runs on
    full = [f"line {k} of running prose that is long enough to reach the right margin of the page."
            for k in range(12)]
    first = "In this way, a correlation between form and meaning was shown."
    width = len(full[0])
    assert 0.75 * width < len(first) < 0.8 * width  # under the short limit, by less than an indent
    body = _body(full[:4] + ["", first,
                             "Moreover, the authors argue that frequent verbs of this kind mark the",
                             "forms in a way that the correlation predicts, and it holds up there, so"] + full[4:8]
                 + ["It ends."])
    assert any(b["text"].startswith("In this way") and "was shown. Moreover" in b["text"] for b in body)


def test_pdfium_hyphen_marks_join_words_and_keep_real_hyphens():
    text = ("This sentence is long enough to fill a line and breaks the word mod\ufffeeling "
            "techniques across the lines, and it goes on with a context\ufffedependent "
            "weight and a note on one-queue-per-source\ufffeof-entries as well.\n")
    doc = recover(text, lang="en")
    out = doc.to_dict()
    body = out["body"][0]["text"]
    assert "modeling techniques" in body
    assert "context-dependent weight" in body
    assert "one-queue-per-source-of-entries" in body
    assert "\ufffe" not in body
    assert [x["reason"] for x in out["inserted"]] == ["hyphen-mark", "hyphen-mark"]


def test_soft_hyphens_always_vanish():
    text = "A typesetter's choice: infor\u00admation and a line that ends with a soft break in con\u00ad\ntext.\n"
    body = recover(text, lang="en").to_dict()["body"][0]["text"]
    assert "information" in body and "context." in body and "\u00ad" not in body


def test_hyphens_printed_as_u2010_break_words_like_ascii_ones():
    # some fonts map the hyphen to U+2010; the document then prints all its
    # hyphens so, in compounds inside lines as well as at line ends
    h = "\u2010"
    text = (f"The model uses context{h}dependent weights and the estima{h}\n"
            f"tion of each weight is done once; context{h}\n"
            f"dependent weights are then smoothed, as on pages 65{h}\n"
            "68 of the report.\n")
    body = recover(text, lang="en").to_dict()["body"][0]["text"]
    assert "estimation of" in body
    assert f"context{h}dependent weights are" in body
    assert f"65{h}68 of" in body


def test_a_short_line_without_a_stop_before_a_capital_ends_a_list_item():
    full = "this line of prose is long enough to reach the right margin of the page, on"
    body = _body(["The signals distinguish well between", full, "relaxation and stress periods",
                  "There exists a positive correlation between the complexity of the tests and",
                  full, "the end."])
    assert [b["text"][:9] for b in body] == ["The signa", "There exi"]


def test_a_reference_entry_may_open_with_a_particle():
    assert _reference_openings("Glass, I.S. 1994, MNRAS, 268, 742",
                               "van Paradijs, J., van der Klis, M. 1990, A&A, 235, 156",
                               "de la Cruz, M. 2001, ApJ, 550, 12") == ["Glass,", "van Pa", "de la "]


def test_a_reference_entry_may_give_its_authors_whole_names():
    # Turkish lists print "Surname, Given Names (Year)"; an entry that ends
    # on a full line is no part of the next
    assert _reference_openings("Kurat, Akdes Nimet (1990). Türkiye ve Rusya. Ankara: Türk Tarih Kurumu Yayınları.",
                               "Yavuz, Bige (1995). Kurtuluş Savaşı Döneminde Türk-Sovyet İlişkileri. Atatürk",
                               "Araştırma Merkezi Dergisi, 11(32), 207-232.",
                               "Gürün, Kâmuran (2010). Türk-Sovyet İlişkileri. Ankara: TTK.") == [
        "Kurat,", "Yavuz,", "Gürün,"]


def test_a_full_stop_before_a_word_that_would_have_fitted_on_the_line_ends_the_paragraph():
    from temize.layoutstats import is_short, printed_measure, printed_width, text_width
    places = ["harbour", "customs", "railway", "village", "factory", "library", "station", "gallery", "archive"]
    lines = [line for place in places for line in (
        f"the {place} master kept a record of every ship that entered the port and",
        f"then wrote the names of their captains into a {place} book in red leather")]
    # two lines that run on although they stop a little short of the margin
    lines[3] = "the harbour master kept a record of each ship that came to port"
    lines[7] = "the customs master kept a record of each ship that came to port"
    ending = "A clerk copied the ledger in winter and sent a copy to the city."
    text = "\n".join(lines + [ending, "In the spring the fleet left the harbour for the fishing grounds",
                              "again."]) + "\n"
    doc = recover(text, lang="en")
    a = next(ln for ln in doc.lines if doc.line_text(ln) == ending)
    measure, _ = printed_measure(doc, 0)
    assert not is_short(doc, a)                                    # not short by itself
    assert printed_width(doc, a) + text_width(" In") < 0.97 * measure   # but "In" had room
    assert [b["text"][:10] for b in doc.to_dict()["body"]] == ["the harbou", "In the spr"]


def test_a_word_the_document_writes_whole_is_joined_even_after_a_capital():
    text = ("The BLACKBEARD project produced plots of the kind we hope for in this survey.\n\n"
            "Wilkerson was engaged in projects with the acronyms FORTE and BLACK-\n"
            "BEARD at Los Alamos, while the Brest-\nLitovsk talks are another matter.\n")
    body = body_text(text, "en")
    assert "FORTE and BLACKBEARD at Los Alamos" in body
    assert "the Brest-Litovsk talks" in body


def test_short_line_with_a_full_stop_ends_its_paragraph_before_lower_case():
    # a lower-case line usually goes on the sentence before it, but not
    # after a line that stopped far short of the margin at a full stop
    lines = ["This line of prose is long enough to reach the right margin of the page.",
             "It goes on for another full line of text that reaches the margin too.",
             "And then it ends.",
             "a run-in title in lower case",
             "After it the next paragraph starts and runs to the right margin again.",
             "And it ends after this second line which is also rather long to fill."]
    assert [b["text"][:12] for b in _body(lines)] == ["This line of", "a run-in tit", "After it the"]


def test_short_line_after_an_abbreviation_runs_on_in_lower_case():
    lines = ["This line of prose is long enough to reach the right margin of the page.",
             "It cites a paper by Kaplan et al.",
             "and goes on for another full line of text that reaches the margin too.",
             "And it ends after this third line which is also rather long to fill it."]
    assert len(_body(lines)) == 1


def test_izafet_after_a_vowel_keeps_its_hyphen_where_the_document_writes_it_so():
    text = ("Müdafaa-i Hukuk-ı Milliye cemiyetleri ve heyet-i umumiye toplandı, millet istida-\n"
            "yı hak ederken teşkilat-ı milliye de kuruldu ve memleketin her tarafına yayıldı.\n")
    assert "istida-yı hak" in body_text(text, lang="tr")
    # without izafet elsewhere, "-yı" is the accusative of a word broken in two
    plain = ("Bu mesele uzun zamandır konuşuluyordu ve sonunda hükümet bu konudaki istida-\n"
             "yı kabul ederek meclise gönderdi ve meclis de onu kısa sürede onayladı.\n")
    assert "istidayı kabul" in body_text(plain, lang="tr")


def test_indents_that_jitter_mark_no_paragraph_starts():
    # some extractors render x positions as a wandering number of spaces:
    # most lines stand off their column's edge, and an indent means nothing
    words = "the quick survey of variable stars goes on across the sky".split()
    rows = [" " * (8 + (k * 7) % 5) + " ".join(words[k % 3:] + words[:k % 3]) for k in range(24)]
    body = recover("\n".join(rows) + "\n", lang="en").to_dict()["body"]
    assert len(body) == 1


def test_a_line_without_a_stop_before_a_common_capitalised_word_that_had_room_ends_an_item():
    places = ["harbour", "customs", "railway", "village", "factory", "library", "station", "gallery", "archive"]
    lines = [line for place in places for line in (
        f"the {place} master kept a record of every ship that entered the port and",
        f"then wrote the names of their captains into a {place} book in red leather")]
    # an item of a list without its full stop, a little short of the margin
    item = "One such ledger of the ships was chosen as the copy for the city"
    # a line that runs on into an acronym or a name, which had room as well
    runs_on = "the archive master kept a record of each ship and used the old"
    text = "\n".join(lines + [item, "The other ledgers stayed in the harbour office for the winter, and",
                              runs_on, "FIFO rule of the office, which the clerk explained to the visitors."]) + "\n"
    body = recover(text, lang="en").to_dict()["body"]
    assert [b["text"][:10] for b in body] == ["the harbou", "The other "]
    assert "the old FIFO rule" in body[1]["text"]


def test_in_turkish_lines_that_lost_their_spaces_a_hyphen_elsewhere_makes_no_compound():
    # "taraf-" + a glued line holding "makam-ı": one run of many words, the
    # break a split word's; in an ordinary line the other hyphen still counts
    squashed = ("Konuşulanlar kısa sürede duyuldu ve binaenaleyh herkesin istiklal-i millî taraf-\n"
                "tarıolduğuanlaşıldı.Bununüzerinebirmektupyazdıkvemakam-ısadareteilettik.\n")
    at = squashed.index("taraf-") + len("taraf")
    removed = recover(squashed, lang="tr").to_dict()["removed"]
    assert [r["reason"] for r in removed if r["start"] == at and not r.get("kept")] == ["hyphen"]
    spaced = ("Konuşulanlar kısa sürede duyuldu ve binaenaleyh bütün iktisadi-siyasi-\n"
              "kültürel meseleler uzun uzun konuşuldu, sonra heyet dağıldı ve herkes evine döndü.\n")
    assert "iktisadi-siyasi-kültürel meseleler" in body_text(spaced, lang="tr")


def test_in_english_lines_that_lost_their_spaces_a_hyphen_elsewhere_makes_no_compound():
    # "anti-" belongs to another word of the glued run: "asymp-" + "totic"
    # is a word broken at the margin
    squashed = ("The theory explains the peculiar anti-screeningbehaviorwecallasymp-\n"
                "toticfreedom,whichwasfirstdiscoveredinthetheoryofstronginteractions.\n")
    at = squashed.index("asymp-") + len("asymp")
    out = recover(squashed, lang="en").to_dict()
    assert [r["reason"] for r in out["removed"] if r["start"] == at] == ["hyphen"]
    assert "anti-screening behavior we call asymptotic freedom" in out["body"][0]["text"]


def test_a_short_line_ending_in_a_comma_before_a_capital_runs_on():
    # the extractor cut a printed line after "hence,"; a name follows
    lines = ["The scheduler keeps a queue of ready threads",
             "and a second queue of threads that sleep",
             "until a timer fires or a file descriptor",
             "becomes ready for reading or for writing.",
             "The server is written in a mostly non-blocking style;",
             "hence,",
             "Marlow's workers stay attached to the loop",
             "for most of their time, and only a few of",
             "them ever need a native thread of their own."]
    assert "style; hence, Marlow's workers" in _one_paragraph(lines)


# a word processor's page: ragged lines, no word split at a line's end; the
# hyphens there are the compounds' own
UNHYPHENATED = """Introduction

The detector records every event and sends the raw signal to the sub-
systems that filter it. We apply a simple post-
processing step to the data before the analysis begins, and the results
are stored in a quasi-
linear table that grows with the number of events in the run.
"""


def test_a_document_that_splits_no_word_at_line_ends_keeps_every_hyphen_there():
    text = body_text(UNHYPHENATED, lang="en")
    assert "sub-systems" in text and "post-processing" in text and "quasi-linear" in text


def test_a_document_that_splits_words_at_line_ends_still_joins_them():
    # the same page, hyphenated by its typesetter: two words split between
    # syllables settle it, and "sub-" + "systems" is then a split word too
    text = body_text(UNHYPHENATED.replace("raw signal", "raw sig-\nnal").replace(
        "analysis begins", "analy-\nsis begins"), lang="en")
    assert "signal" in text and "analysis" in text and "subsystems" in text


def test_a_break_after_one_letter_is_no_evidence_that_a_document_splits_no_word():
    # two words split between syllables, two compounds broken at their
    # hyphen, and "X-" + "ray" twice: no hyphenation leaves one letter, so
    # the X-rays do not outvote the split words
    text = body_text("""Introduction

The detector records the optical light together with the hard X-
ray signal and sends the raw sig-
nal to a cross-
correlation step; the data show no seeing-
related losses. We measured the X-
ray flux during the analy-
sis of the whole run and found it steady over the night.
""", lang="en")
    assert "raw signal" in text and "the analysis of" in text
    assert "hard X-ray signal" in text and "cross-correlation" in text


def test_a_dash_set_close_to_its_words_joins_them_across_the_line():
    for dash in ("—", "--", "–"):
        text = body_text(f"Introduction\n\nThere is a long line of text that names a problem{dash}\n"
                         "there would be no such thing as a line that runs on.\n", lang="en")
        assert f"problem{dash}there" in text
    text = body_text("Introduction\n\nThere is a long line of text that names a problem —\n"
                     "there would be no such thing as a line that runs on.\n", lang="en")
    assert "problem — there" in text


def test_where_white_space_sets_paragraphs_apart_a_ragged_line_ends_none():
    # every plain paragraph end is followed by a blank line: a sentence that
    # ends on a line a little short of the margin goes on in its paragraph
    things = ["ships", "cargoes", "flags", "fees", "crews", "storms"]
    paras = "".join(f"The ledger of {t} was kept by the harbour master for every year of the\n"
                    f"period, and each page of it lists the {t} of one month in a column of\n"
                    f"its own, the {t}.\n\n"
                    for t in things)
    text = "Introduction\n\n" + paras + (
        "The ledgers of the first decade are the fullest in the archive.\n"
        "Those of the later decades are thinner, and some months are missing from them\n"
        "altogether, which the clerks noted in the margin of the following page.\n")
    body = recover(text, lang="en").to_dict()["body"]
    assert len(body) == 1 + len(things) + 1
    assert body[-1]["text"].startswith("The ledgers of the first decade") and body[-1]["text"].endswith("page.")


@pytest.mark.parametrize("text, expected", [
    # an extractor that drops soft hyphens: "ra" + "tional", "as" + "signments"
    ("Observers check the predictions they make against what they see; in this work we use the ra\n"
     "tional observer only as the term is used in common speech, and we leave the as\n"
     "signments of truth to them, whatever they are, without more ado at all here.\n",
     ["use the rational observer", "leave the assignments of truth"]),
    # the same break on two pages: the rest opens a line both times, and a
    # rest as common in web text as "tion" is still no word
    ("The first survey was made by the staff of the Uni\n"
     "versity of the town in the spring, and it took a long time to finish the work.\n\n"
     "The second survey was made by the students of the Uni\n"
     "versity in the summer, and it was done in a week with the help of the atten\n"
     "tion of the whole town, which was a great help to all of them in the end.\n",
     ["staff of the University of", "students of the University in", "help of the attention of"]),
    # a rest that is a word of its own ("tor") after a head that is none
    ("The signals reach the detec\n"
     "tor through a long cable, and the cable runs under the floor of the hall to the room.\n",
     ["reach the detector through"]),
    # the next line's first word is a word, or carries a capital inside:
    # a space stays
    ("Observers check the predictions they make against what they see; they may\n"
     "be right, and in that case the model shown in figure two holds as\n"
     "showninFig and no more needs saying about the matter in this place.\n",
     ["they may be right", "holds as showninFig"]),
])
def test_a_word_broken_at_a_line_end_whose_hyphen_was_dropped(text, expected):
    body = body_text(text, "en")
    assert all(e in body for e in expected), body


def test_a_turkish_rest_with_a_dotless_i_is_no_english_word():
    # "mın" is no English "min": the break's hyphen was dropped
    text = ("Kasabanın esnafı yeni çarşının kuruluşunu uzun zaman bekledi ve bunun için bir progra\n"
            "mın hazırlanmasını istedi; belediye de bu isteği yerinde bularak işe hemen başladı.\n")
    assert "bir programın hazırlanmasını" in body_text(text, "tr")


def test_a_turkish_rest_that_is_a_word_joins_where_the_whole_is_likelier():
    # "sadi" is a word, but "iktisadi" a likelier one, and "ikti" none;
    # "kuvvetlendirilmesi" + "için" stay two words
    text = ("Kasabanın esnafı yeni çarşının kuruluşunu uzun zaman bekledi ve bunun için maddi, ikti\n"
            "sadi tedbirlerin alınmasını istedi; belediye de çarşının kuvvetlendirilmesi\n"
            "için bu isteği yerinde bularak işe hemen başladı ve ilk dükkânları açtı.\n")
    body = body_text(text, "tr")
    assert "maddi, iktisadi tedbirlerin" in body and "kuvvetlendirilmesi için" in body


# Justified prose in words of four letters: a full line holds sixteen of
# them, a paragraph's first line, shortened by its indent, fourteen
# (words of about one printed width, so that full lines come out alike)
_WORDS = "were open dock hand bank gone done none from most town pond hung bond good hood upon book noon body".split()


def _words(n: int, seed: int) -> str:
    """n words, other ones for every seed (the duplicates pass would take a
    line printed twice)."""
    rnd = random.Random(seed)
    return " ".join(rnd.choice(_WORDS) for _ in range(n))


def _indented_paragraph(k: int, short_mid_line: bool = False) -> list[str]:
    """One paragraph as long as most: an indented first line, 22 full lines
    and a full last line ending in a full stop (with `short_mid_line`, its
    second line falls as short as an indented one, as ragged lines do)."""
    lines = ["Then " + _words(13, 100 * k)]
    lines += [_words(14 if short_mid_line and j == 0 else 16, 100 * k + 1 + j) for j in range(22)]
    return lines + [_words(16, 100 * k + 99) + "."]


def test_a_justified_first_line_short_by_its_indent_opens_a_paragraph():
    # the extractor dropped the indents; each paragraph's first line still
    # stops short of the margin while the sentence goes on below it
    paras = [_indented_paragraph(k) for k in range(5)]
    body = _body([ln for p in paras for ln in p])
    assert len(body) == 5 and all(b["text"].startswith("Then ") for b in body)
    assert all(b["text"].endswith(".") for b in body)


def test_lines_short_mid_sentence_as_often_show_no_indents():
    # ragged text: lines fall short mid-sentence as often as at a sentence's
    # start, so a short line after a full stop opens nothing
    paras = [_indented_paragraph(k, short_mid_line=True) for k in range(5)]
    body = _body([ln for p in paras for ln in p])
    assert len(body) == 1


def test_pages_set_at_their_own_left_edges_with_no_form_feed_open_no_paragraph_there():
    # Ghostscript's txtwrite: no form feeds, each page's text at a column
    # of its own (odd pages further left); running headers and page numbers
    # mark the pages. A page's lines at its own edge are no indented ones.
    rows = []
    for page, edge in enumerate((9, 11, 9)):
        rows += [" " * edge + "Annals of Invented Matters 3(2), 2001", ""]
        for k in range(12):
            # one paragraph opens (indented by three) on each page
            lead = " " * (edge + 3) + "Then " if k == 4 else " " * edge
            rows.append(lead + _words(15 if k == 4 else 16, 1000 * page + k) + ("." if k == 3 else ""))
        rows += ["", " " * 40 + str(page + 1)]
    body = _body(rows)
    assert [b["text"].split()[0] for b in body] == [_words(1, 0), "Then", "Then", "Then"]


# lines filled to eighty characters as a justified page fills them; a
# sentence ends short of the margin, and a speaker's turn opens with a dash
DIALOGUE = (
    "vaziyet harp sulh hükûmet karar harp kanun ordu harp millet harp meclis idare ki\n"
    "mesele sulh vaziyet vaziyet vatan kanun sulh idare sulh kanun madde ordu bu bu b\n"
    "idare sulh madde vatan meclis ordu memleket millet hükûmet memleket harp ve da v\n"
    "idare idare mesele kanun harp vatan madde vatan memleket madde madde vatan ki bu\n"
    "karar millet meclis hükûmet kanun vaziyet mesele ordu madde memleket ordu da ki\n"
    "harp karar sulh harp madde harp vaziyet karar ordu meclis idare mesele harp bu d\n"
    "sulh harp harp millet vatan ordu vaziyet ordu idare harp mesele mesele millet ve\n"
    "kanun idare ordu kanun millet karar memleket millet madde hükûmet meclis da ki k\n"
    "idare millet meclis harp harp memleket meclis madde vatan harp karar sulh da bu\n"
    "mesele meclis millet millet harp sulh meclis vaziyet madde mesele harp mesele bu\n"
    "vatan meclis idare karar karar karar hükûmet idare madde madde kanun idare ki ve\n"
    "harp memleket sulh mesele madde ordu vatan vatan vaziyet mesele madde mesele da\n"
    "meclis memleket madde harp karar meclis madde harp harp ordu hükûmet karar.\n"
    "- Paşa hazretleri, sulh müzakeresinde bulunuyoruz; bugünkü meclisin müddetini\n"
    "ordu ordu karar kanun karar ordu karar harp vatan mesele vatan kanun meclis ve v\n"
    "karar mesele ordu kanun mesele harp harp karar hükûmet karar hükûmet karar da da\n"
    "mesele memleket madde millet memleket idare meclis harp ordu vatan hükûmet da bu\n"
    "ordu memleket mesele vaziyet karar hükûmet ordu madde ordu vatan millet millet d\n"
    "tahdit etmiştir.\n"
)


def test_a_dash_opening_a_turn_is_measured_with_the_word_after_it():
    # the dash alone would have fitted after "karar.", "- Paşa" would not:
    # the line broke for want of room, not at a paragraph's end
    blocks = [b["text"] for b in recover(DIALOGUE, lang="tr").to_dict()["body"]]
    assert len(blocks) == 1 and "hükûmet karar. - Paşa hazretleri" in blocks[0]


def test_an_izafet_broken_at_a_titles_line_end_keeps_its_hyphen_before_the_glued_words():
    # "Tasvir-" / "iEfkârGazetesi’ne…": the word after the break is "i",
    # the Ottoman izafet, not the whole glued run
    prose = "Bu bölümün metni burada başlar, bir süre devam eder ve sonunda nokta ile biter.\n"
    text = ("1. Teşkilat-ı Milliye Hakkında YenigünGazetesi’neVerdiğiMülakat\n" + prose
            + "2. Millî Hareket Hakkında Tasvir-\niEfkârGazetesi’neVerdiğiMülakat\n" + prose)
    heads = [b["text"] for b in recover(text, lang="tr").to_dict()["body"] if b["type"] == "heading"]
    assert heads[1] == "2. Millî Hareket Hakkında Tasvir-i Efkâr Gazetesi’ne Verdiği Mülakat"


def test_a_caption_is_a_block_of_its_own_and_a_sentence_about_a_figure_is_not():
    text = ("The harbour grew in the eighties, and the number of ships rose each year\n"
            "until the railway came to the town.\n"
            "Table 1\n"
            "Ships entering the harbour, 1870–1900.\n"
            "The rise is plain in every column of the table, and it is shown well in\n"
            "Figure 2. The fall after 1890 is as plain there.\n"
            "Fig. 3: The harbour in 1895, seen from the lighthouse.\n")
    assert [b["text"] for b in recover(text).to_dict()["body"]] == [
        "The harbour grew in the eighties, and the number of ships rose each year until the railway came "
        "to the town.",
        "Table 1 Ships entering the harbour, 1870–1900.",
        "The rise is plain in every column of the table, and it is shown well in Figure 2. The fall after 1890 "
        "is as plain there.",
        "Fig. 3: The harbour in 1895, seen from the lighthouse."]


def test_a_quotation_set_in_from_the_margin_is_one_block_where_its_sentence_runs_on():
    out = recover(fixture_text("endnotes_en.txt")).to_dict()
    assert "The boats are narrow and light, and they ride the waves like gulls; the men row them with a song " \
           "that never stops." in [b["text"] for b in out["body"]]


def test_a_tables_rows_end_before_the_text_below_them():
    # pdftotext -layout: a table set in from the margin, then the text
    # again at the margin after white space
    text = ("The grain went to the sea through three harbours, whose records survive for the\n"
            "years from 1870 to 1900.\n\n"
            "     Town             1870        1880        1890\n"
            "     Northport         412         530         388\n"
            "     Southby            98         130         101\n\n"
            "The decline after 1890 is clear in all three towns, and it is steepest in the north.\n"
            "It began on 12 March 1890 with 45 ships less than the year before.\n")
    assert [b["text"] for b in recover(text).to_dict()["body"]] == [
        "The grain went to the sea through three harbours, whose records survive for the years from 1870 to 1900.",
        "Town 1870 1880 1890", "Northport 412 530 388", "Southby 98 130 101",
        "The decline after 1890 is clear in all three towns, and it is steepest in the north. It began on "
        "12 March 1890 with 45 ships less than the year before."]


def test_numbered_references_are_a_block_each_their_hanging_lines_joined():
    body = [b["text"] for b in recover(fixture_text("ieee_en.txt")).to_dict()["body"]]
    assert body[body.index("REFERENCES") + 1:] == [
        "[1] A. Smith, “Harbour sensors,” J. Ports, vol. 3, pp. 1–10, 2001.",
        "[2] B. Jones and C. Brown, “Filtering water levels,” in Proc. SCS, 2010, pp. 20–25.",
        "[3] D. White, Signals at Sea. London, U.K.: Sea Press, 2015.",
        "[4] E. Green, “A new filter,” IEEE Trans. Signal Process., vol. 60, no. 2, pp. 100–110, 2012."]


def test_the_paragraph_after_a_whole_caption_is_its_own():
    text = ("The harbour grew in the eighties, and the number of ships rose each year\n"
            "until the railway came to the town.\n"
            "Fig. 3: The harbour in 1895.\n"
            "After 1890 the trade fell, and by 1900 few ships called there at all.\n")
    assert [b["text"] for b in recover(text).to_dict()["body"]][1:] == [
        "Fig. 3: The harbour in 1895.",
        "After 1890 the trade fell, and by 1900 few ships called there at all."]
