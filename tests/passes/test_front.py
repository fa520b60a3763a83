import pytest
from conftest import fixture_text, run_until
from temize import recover
from temize.export import markdown


def test_abstracts_and_keywords_per_language():
    doc = recover(fixture_text("two_pages_tr.txt"))
    out = doc.to_dict()
    assert [a["lang"] for a in out["abstracts"]] == ["tr", "en"]
    assert out["abstracts"][1]["text"] == "This sample text tells how fishing changed in coastal towns."
    assert out["keywords"][0] == {"lang": "tr", "label": "Anahtar Kelimeler", "terms": ["Balıkçılık", "Kıyı", "Kasaba"],
                                  "spans": out["keywords"][0]["spans"]}
    assert out["keywords"][1]["terms"] == ["Fishing", "Coast", "Town"]
    labels = [doc.text[r.start:r.end].strip() for r in doc.removed if r.reason == "label"]
    assert labels == ["Öz", "Anahtar Kelimeler:", "Abstract", "Keywords:"]
    assert [a["label"] for a in out["abstracts"]] == ["Öz", "Abstract"]


def test_labels_are_kept_as_printed_for_the_outputs():
    text = ("ZUSAMMENFASSUNG\nDer Beitrag untersucht die Außenpolitik der Republik.\n"
            "Schlüsselwörter: Außenpolitik, Republik\n\n"
            "1. Einleitung\nNach dem Ende des Krieges stand die Politik vor großen Aufgaben.\n")
    doc = recover(text)
    assert [(a.lang, a.label) for a in doc.abstracts] == [("de", "Zusammenfassung")]
    assert [(k.lang, k.label) for k in doc.keywords] == [("de", "Schlüsselwörter")]
    md = markdown.dumps(doc)
    assert "## Zusammenfassung\n" in md and "**Schlüsselwörter:** Außenpolitik, Republik" in md


def test_title_and_authors_above_the_abstract():
    text = ("A Study of Harbour Towns\nAyşe Yılmaz, John Smith\n\nAbstract\n"
            "The abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
            "1. Introduction\nBody text starts here and runs on.\n")
    doc = recover(text)
    assert doc.metadata["title"] == "A Study of Harbour Towns"
    assert doc.metadata["authors"] == ["Ayşe Yılmaz", "John Smith"]


def test_title_and_authors_above_the_first_section_where_no_abstract_is_printed():
    text = ("A Study of Harbour Towns\nAyşe Yılmaz, John Smith\n\n"
            "1. Introduction\nBody text starts here and runs on to the end of the line.\n")
    doc = recover(text)
    assert doc.metadata["title"] == "A Study of Harbour Towns"
    assert doc.metadata["authors"] == ["Ayşe Yılmaz", "John Smith"]
    assert [b["text"] for b in doc.to_dict()["body"]][0] == "1. Introduction"


def test_an_abstract_with_nothing_to_stop_it_ends_at_a_short_line_where_no_blank_line_is_printed():
    # the keywords above the abstract, no heading below it, and an extractor
    # that prints no blank lines (pypdf): the abstract's last line, short
    # and finished, ends it; the text below stays body
    full = "this line of the abstract runs on from the left margin of the page right to its right"
    body = "a line of the running text that goes on from one margin of the page to the other one"
    lines = [body.replace("running", f"running {k}") for k in range(11)]
    text = "\n".join(["Keywords: harbour, town", "Abstract", full, full.replace("abstract", "summary"),
                      "and it ends here.", *lines[:3], "and this paragraph ends here.", *lines[3:], "The end."]) + "\n"
    out = recover(text, lang="en").to_dict()
    assert out["abstracts"][0]["text"].endswith("and it ends here.")
    assert " ".join(b["text"] for b in out["body"]).count("a line of the running") == 11


def test_running_text_above_an_abstract_at_the_articles_end_is_no_title():
    # an article without an abstract at its head, its English abstract at
    # the end: the lines above that label are the text's, not a title
    def prose(k):
        return [f"Bu bölümün {k}. metni sayfanın bir ucundan öbür ucuna kadar uzanan uzun bir satırdır ve devam eder,",
                f"ikinci satır da {k}. cümleyi sürdürerek sayfanın sağ kenarına kadar gider ve orada biter."]
    text = "\n".join(["1. Giriş"] + prose(1) + prose(2) + prose(3) + ["", "2. Sonuç"] + prose(4) + prose(5)
                     + ["", "Abstract", "The English abstract of the article stands at its end.",
                        "Keywords: harbour, town"]) + "\n"
    out = recover(text).to_dict()
    assert out["metadata"]["title"] is None and out["metadata"]["authors"] == []
    body = " ".join(b["text"] for b in out["body"])
    assert all(f"ikinci satır da {k}. cümleyi" in body for k in range(1, 6))
    assert out["abstracts"][0]["text"].startswith("The English abstract")


@pytest.mark.parametrize("title, abstract", [
    # "Word Embedding" is capitalised like a name, but no title ends on "with"
    (["Grounding the Lexical Sets of Causative Verbs with", "Word Embedding"],
     "The abstract text goes here and ends here."),
    # "Face Recognition" looks like a name too, but the text writes "face
    # recognition" in lower case: a phrase of common words
    (["Temporal Selective Pooling Towards Practical", "Face Recognition"],
     "We study pooling for face recognition in videos."),
])
def test_a_capitalised_line_under_the_title_that_is_no_name_goes_on_with_it(title, abstract):
    text = ("\n".join(title) + "\n\nAbstract\n" + abstract + "\nKeywords: first, second\n\n"
            "1. Introduction\nBody text starts here and runs on.\n")
    doc = recover(text, lang="en")
    assert doc.metadata["title"] == " ".join(title)
    assert doc.metadata["authors"] == []


def test_title_and_names_printed_again_as_running_heads_stay_front_matter():
    # later pages carry the author's name (left) and the title (right) as
    # running heads; their first printing on page one is the front matter
    text = ["The survey counted the boats in every harbour of the coast, and the count",
            "was repeated each spring; the numbers rose until the new road was built.",
            "After that the harbours emptied, and the towns turned to other trades.",
            "Fishing went on in two of them, where the old families kept their boats.",
            "The others sold their quays to the railway, which built sheds on them.",
            "By the end of the decade only the church and the inn recalled the port."]
    pages = ["Journal of Samples, 3(2)\nHarbour Towns of the North\nAyşe Yılmaz\n\nAbstract\n"
             "The abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
             "1. Introduction\n" + "\n".join(text[:2]) + "\n",
             "Ayşe Yılmaz\n\n" + "\n".join(text[2:4]) + "\n",
             "Harbour Towns of the North\n\n" + "\n".join(text[4:5]) + "\n",
             "Ayşe Yılmaz\n\n" + "\n".join(text[5:]) + "\n"]
    doc = recover("\f".join(pages), lang="en")
    assert doc.metadata["title"] == "Harbour Towns of the North"
    assert doc.metadata["authors"] == ["Ayşe Yılmaz"]
    heads = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"]
    assert heads.count("Ayşe Yılmaz") == 2 and heads.count("Harbour Towns of the North") == 1


def test_a_running_head_over_the_title_that_the_page_prints_again_below_stays_furniture():
    # pages headed in turn with the author's name and the title, page one
    # too: its head repeats a line of the front below it
    text = ["The survey counted the boats in every harbour of the coast, and the count",
            "was repeated each spring; the numbers rose until the new road was built.",
            "After that the harbours emptied, and the towns turned to other trades.",
            "Fishing went on in two of them, where the old families kept their boats."]
    for head in ("Ayşe Yılmaz", "Harbour Towns of the North"):
        pages = [f"{head}\n\nHarbour Towns of the North\nAyşe Yılmaz\n\nAbstract\n"
                 "The abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
                 "1. Introduction\n" + text[0] + "\n",
                 "Journal of Samples, 3(2)\n\n" + text[1] + "\n",
                 f"{head}\n\n" + text[2] + "\n",
                 "Journal of Samples, 3(2)\n\n" + text[3] + "\n"]
        doc = recover("\f".join(pages), lang="en")
        assert doc.metadata["title"] == "Harbour Towns of the North"
        assert doc.metadata["authors"] == ["Ayşe Yılmaz"]
        heads = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"]
        assert heads.count(head) == 2


def test_a_piece_of_the_journal_name_above_the_title_stays_furniture():
    # a word of the journal's name that every page prints apart (margin
    # text) is no title line, though it stands above the abstract too
    text = ["The survey counted the boats in every harbour of the coast, and the count",
            "was repeated each spring; the numbers rose until the new road was built.",
            "After that the harbours emptied, and the towns turned to other trades."]
    pages = ["Samples\nHarbour Towns of the North\nAyşe Yılmaz\n\nAbstract\n"
             "The abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
             "1. Introduction\n" + text[0] + "\n",
             "Samples\n\n" + text[1] + "\n",
             "Samples\n\n" + text[2] + "\n"]
    doc = recover("\f".join(pages), lang="en")
    assert doc.metadata["title"] == "Harbour Towns of the North"
    assert [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"] == ["Samples"] * 3


def test_the_journal_line_and_scraps_above_the_title_are_no_part_of_it():
    # pdftotext -raw: the journal's line on the first page is printed once
    # (no running header to match), a dash is left of the margin text, and
    # the title's second line is a year in brackets
    text = ("-\nBulletin of Sample Studies, Vol. 1, No. 4 (2010)\nHarbour Towns of the North\n(1923)\n\n"
            "Abstract\nThe abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
            "1. Introduction\nBody text starts here and runs on.\n\f"
            "Bulletin of Sample Studies, Vol. 1, No. 4 (2010) 12\nThe second page goes on here.\n")
    doc = recover(text, lang="en")
    assert doc.metadata["title"] == "Harbour Towns of the North (1923)"
    heads = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "running-header"]
    assert "Bulletin of Sample Studies, Vol. 1, No. 4 (2010)" in heads


def test_a_title_that_opens_with_the_journal_s_name_stays_the_title():
    # only the journal's line with its volume or year is furniture
    pages = ["Harbour Studies, Vol. 2, No. 1 (2015)\nHarbour Studies in the North Sea Towns\n\nAbstract\n"
             "The abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
             "1. Introduction\nBody text starts here and runs on.\n",
             "Harbour Studies, Vol. 2, No. 1 (2015) 12\nThe second page goes on here.\n"]
    doc = recover("\f".join(pages), lang="en")
    assert doc.metadata["journal"] == "Harbour Studies"
    assert doc.metadata["title"] == "Harbour Studies in the North Sea Towns"


def test_keyword_list_wraps_onto_a_second_line():
    text = ("Abstract\nShort abstract.\nKeywords: first term, second term,\nthird term\n\n"
            "1. Introduction\nBody.\n")
    doc = run_until(text, "front")
    assert [" ".join(doc.text[s:e].split()) for s, e in doc.keywords[0].terms] == [
        "first term", "second term", "third term"]


def test_a_sentence_starting_with_summary_is_not_an_abstract():
    text = ("1. Results\nSummary statistics were computed for every run and are shown below.\n"
            "They agree with the earlier study.\n")
    doc = recover(text, lang="en")
    assert doc.abstracts == []
    assert doc.to_dict()["body"][1]["text"].startswith("Summary statistics")


def test_labels_in_capitals_with_a_latin_i_keep_their_language():
    from temize.passes.front import KEYWORD_LABELS, ABSTRACT_LABELS, _label_lang
    assert _label_lang(KEYWORD_LABELS, "INDEX TERMS") == "en"
    assert _label_lang(ABSTRACT_LABELS, "RIASSUNTO") == "it"
    assert _label_lang(KEYWORD_LABELS, "ANAHTAR KELİMELER") == "tr"


def test_an_abstract_heading_below_the_front_matter_is_a_section_of_the_body():
    # the language has had its abstract and keywords: a plain "ABSTRACT"
    # further down heads a section (an "Extended Abstract" would still count)
    body = [f"The section text runs on here for a while, line {k}, and then it ends with a stop." for k in range(30)]
    text = ("Abstract\nThe abstract text goes here and ends here.\nKeywords: harbour, town\n\n"
            "ABSTRACT\nMotivation\n" + "\n".join(body) + "\n\nAcknowledgments\nWe thank the archive.\n")
    out = recover(text, lang="en").to_dict()
    assert [a["text"] for a in out["abstracts"]] == ["The abstract text goes here and ends here."]
    assert sum(b["text"].count("section text runs on") for b in out["body"]) == 30


def test_one_label_printed_over_both_abstracts_heads_each():
    # LaTeX's abstract environment names both abstracts in the document's
    # language: the second "Abstract" stands over Turkish text, which has
    # no abstract yet
    text = ("Harbours of the Coast\n\nAbstract\n"
            "The towns of the coast rebuilt their harbours twice, and their archives say who paid for them.\n"
            "Keywords: harbour, town, archive\n\nAbstract\n"
            "Sahil kasabaları limanlarını iki kez yeniden inşa ettiler ve arşivleri bedelini kimin ödediğini "
            "söyler.\nAnahtar Kelimeler: liman, kasaba, arşiv\n\n"
            "1. Introduction\nHarbour towns grew along the trade routes of the coast and changed with them.\n")
    out = recover(text, lang="en").to_dict()
    assert [(a["lang"], a["text"][:5]) for a in out["abstracts"]] == [("en", "The t"), ("tr", "Sahil")]
    assert [b["text"][:15] for b in out["body"]] == ["1. Introduction", "Harbour towns g"]


def test_an_abstract_stops_at_its_paragraph_end_when_the_keyword_list_came_out_below_the_page():
    # pdftotext's default mode moves a keyword list beside right-margin text
    # below the page's text: the abstract must not swallow the page
    body = [f"Body line {k} of the first page goes on with the study of harbour towns and ends." for k in range(40)]
    abstract = ["The abstract of this paper studies how the harbour towns of a coast changed",
                "with their trade routes over three centuries, what the towns built on their",
                "shores, and who came to live there; it ends with this sentence."]
    text = "Abstract\n" + "\n".join(abstract) + "\n\n" + "\n".join(body) + "\nKeywords: harbour, town\n"
    out = recover(text, lang="en").to_dict()
    assert [a["text"] for a in out["abstracts"]] == [" ".join(abstract)]
    assert out["keywords"][0]["terms"] == ["harbour", "town"]
    assert sum(b["text"].count("Body line") for b in out["body"]) == 40


def test_a_long_abstract_of_several_paragraphs_is_kept_whole_up_to_its_keywords():
    paras = ["\n".join(f"Sentence {k} of part {p} says a little more about the harbour towns of the coast."
                       for k in range(12)) for p in ("one", "two")]
    text = "Abstract\n" + "\n\n".join(paras) + "\nKeywords: harbour, town\n\n1. Introduction\nBody.\n"
    out = recover(text, lang="en").to_dict()
    assert len(out["abstracts"][0]["text"].split()) == sum(len(p.split()) for p in paras) < 400


def test_a_short_keyword_list_does_not_take_the_title_below_it():
    body = [f"Body line {k} of the first section tells of black holes and how they grow in mass." for k in range(6)]
    text = ("Abstract\nThe abstract text goes here and ends here with a stop.\n"
            "Keywords: black holes, gravity\nNo escape?\n" + "\n".join(body) + "\n")
    out = recover(text, lang="en").to_dict()
    assert out["keywords"][0]["terms"] == ["black holes", "gravity"]
    assert out["body"][0] == {**out["body"][0], "type": "heading", "text": "No escape?"}


def test_a_keyword_list_across_a_page_of_columns_does_not_take_the_title_below_it():
    # the abstract and its keyword list are set across the page, the text
    # below in two columns (each column read on its own): the list is short
    # beside the abstract's lines, though long beside a column's
    abstract = ["The abstract is set across the whole page above the two columns of the text,",
                "and it tells in a few lines what the article is about and what it has found."]
    column = [f"Column line {k} tells of the sea and the ships." for k in range(30)]
    text = ("Abstract\n" + "\n".join(abstract) + "\n"
            "Keywords: harbour, ships, the old sea, towns\nHarbour\nTowns\n" + "\n".join(column) + "\n")
    out = recover(text, lang="en").to_dict()
    assert out["keywords"][0]["terms"] == ["harbour", "ships", "the old sea", "towns"]


def test_a_keyword_list_that_filled_its_line_goes_on_below():
    text = ("Abstract\nThe abstract text goes here and ends here with a stop, as abstracts do here.\n"
            "Keywords: black holes, gravity, quantum field theory, horizons, entropy, Hawking\n"
            "radiation\n\n1. Introduction\nBody text of the first section starts here and runs on.\n")
    out = recover(text, lang="en").to_dict()
    assert out["keywords"][0]["terms"][-1] == "Hawking radiation"


def test_a_keyword_label_alone_on_its_line_takes_the_terms_below_the_white_space():
    text = ("Abstract\nThe abstract text goes here and ends here with a stop, as abstracts do here.\n"
            "Keywords:\n\nblack holes, gravity, horizons\n\n1. Introduction\n"
            "Body text of the first section starts here and runs on.\n")
    out = recover(text, lang="en").to_dict()
    assert out["keywords"][0]["terms"] == ["black holes", "gravity", "horizons"]
    assert out["body"][0]["text"] == "1. Introduction"


AUTHOR_BLOCK = """Harbour Ledgers of a Small Port, 1880-1910
Selin Demir1, Ali Kaya2
1 Department of History, University of Eastfield, Eastfield, Turkey
2 Faculty of Letters, Westbay University, selin.demir@eastfield.edu.tr

Abstract
The harbour master kept a ledger of every ship that called at the port. This study
reads the ledgers of three decades and counts the ships, their cargo and their flags.
Keywords: harbour, ledger, trade

1. Introduction
The ledgers received little attention before 1990, when the archive took them in.
"""


def test_affiliations_under_the_names_are_neither_title_nor_text():
    doc = recover(AUTHOR_BLOCK, lang="en")
    md = doc.metadata
    assert md["title"] == "Harbour Ledgers of a Small Port, 1880-1910"
    assert md["authors"] == ["Selin Demir", "Ali Kaya"]
    assert md["affiliations"] == ["Department of History, University of Eastfield, Eastfield, Turkey",
                                  "Faculty of Letters, Westbay University, selin.demir@eastfield.edu.tr"]
    assert [r.reason for r in doc.removed].count("affiliation") == 2


def test_a_title_that_names_an_institution_is_still_the_title():
    doc = recover(AUTHOR_BLOCK.replace("Harbour Ledgers of a Small Port, 1880-1910\nSelin Demir1, Ali Kaya2\n"
                                       "1 Department of History, University of Eastfield, Eastfield, Turkey\n"
                                       "2 Faculty of Letters, Westbay University, selin.demir@eastfield.edu.tr\n",
                                       "The University of Eastfield and Its Harbour\n"), lang="en")
    assert doc.metadata["title"] == "The University of Eastfield and Its Harbour"
    assert "affiliations" not in doc.metadata


def test_no_title_from_a_section_or_running_text_above_a_late_abstract():
    # an abstract after a short text: the section's name and its sentences
    # above the label are no title
    text = ("Einleitung\n\nDie vorliegende Untersu-\nchung befasst sich mit der Geschichte der Hafenstädte "
            "im neunzehnten Jahrhundert und mit der Frage, wie sich der Han-\ndel veränderte. Die Quellen "
            "stammen aus dem Stadtarchiv.\n\nZusammenfassung: Die Studie zeigt, dass der Handel wuchs.\n"
            "Schlüsselwörter: Hafen, Handel, Archiv\n")
    doc = recover(text)
    assert doc.metadata["title"] is None
    assert [b["text"][:15] for b in doc.to_dict()["body"]] == ["Einleitung", "Die vorliegende"]


def test_an_extended_abstract_closing_the_text_keeps_all_its_paragraphs():
    text = ("Öz\nBu çalışmada liman kayıtları incelenmiştir.\nAnahtar Kelimeler: liman, ticaret\n\n"
            "1. Giriş\nLiman kayıtları uzun yıllar boyunca tutulmuş ve arşivde saklanmıştır.\n\n"
            "Extended Abstract\nThe harbour ledgers of the port were kept for many years and stored.\n"
            "They give the number of ships and their cargo for every month of the period.\n\n"
            "The results show that trade grew in the first decade and fell in the second.\n")
    out = recover(text).to_dict()
    extended = [a for a in out["abstracts"] if a["label"] == "Extended Abstract"]
    assert extended and extended[0]["lang"] == "en" and extended[0]["text"].endswith("fell in the second.")
    assert [b["text"][:10] for b in out["body"]] == ["1. Giriş", "Liman kayı"]


def test_oz_read_by_ocr_without_its_dots_opens_a_turkish_abstract_only():
    turkish = ("Oz\nBu çalışmada liman kayıtları incelenmiştir ve kayıtların ticaretin seyrini gösterdiği "
               "anlaşılmıştır.\nAnahtar Kelimeler: liman, ticaret\n\n1. Giriş\nLiman kayıtları arşivde saklanır.\n")
    out = recover(turkish).to_dict()
    assert [(a["lang"], a["label"]) for a in out["abstracts"]] == [("tr", "Oz")]
    english = ("Abstract\nThreads are a convenient abstraction for writing concurrent programs, but they are\n\n"
               "Oz\n\nfairly expensive, which often forces the programmer to use a coarser structure.\n"
               "Keywords: threads, events\n\n1. Introduction\nThreads are everywhere.\n")
    out = recover(english).to_dict()
    assert [a["label"] for a in out["abstracts"]] == ["Abstract"]


def test_a_keyword_list_does_not_take_the_section_number_below_it():
    text = ("Abstract\nShort abstract of the paper in one sentence.\n"
            "Keywords: first term, second term, third term, fourth term, fifth term\n"
            "1-\nIntroduction\nBody text of the paper begins here.\n")
    doc = run_until(text, "front")
    assert [" ".join(doc.text[s:e].split()) for s, e in doc.keywords[0].terms][-1] == "fifth term"


def _columns_then_abstract(opening: list[str]) -> str:
    """A first page as pdftotext's default mode may give a page of columns
    under a full-width abstract: the columns first, the abstract after."""
    column = [f"the text of the article runs on in its column, line {k}, and goes on" for k in range(12)]
    return "\n".join(opening + ["Column text opens here and"] + column + ["ends.", "",
                                "Abstract", "The abstract of the article is printed across the page.",
                                "Keywords: harbour, town", ""]) + "\n"


def test_title_above_the_first_section_where_the_abstract_came_out_after_the_columns():
    doc = recover(_columns_then_abstract(["A Study of Harbour", "Towns", "", "1. Introduction"]), lang="en")
    out = doc.to_dict()
    assert out["metadata"]["title"] == "A Study of Harbour Towns"
    assert out["body"][0]["text"].startswith("1. Introduction")
    assert not any("Harbour" in b["text"] for b in out["body"])
    assert out["abstracts"][0]["text"].startswith("The abstract of the article")


@pytest.mark.parametrize("opening", [
    # a page printed mid-article: a sentence's rest above the section
    ["networks that learn from many scales", "1. Introduction"],
    # a subsection opens the text: the line above it is its section's title
    ["2. Harbour Towns", "2.1. The Northern Coast"],
])
def test_no_title_above_a_later_abstract_where_the_text_opens_mid_article(opening):
    out = recover(_columns_then_abstract(opening), lang="en").to_dict()
    assert out["metadata"]["title"] is None
    assert opening[0] in out["body"][0]["text"]


def test_a_first_section_numbered_without_a_space_opens_the_article_too():
    # "1-Giriş", the number's dash glued to the title, as Turkish journals print it
    doc = recover(_columns_then_abstract(["Liman Kentleri ve Ticaret", "", "1-Giriş"]), lang="en")
    assert doc.to_dict()["metadata"]["title"] == "Liman Kentleri ve Ticaret"


def test_the_title_again_over_the_next_abstracts_label_is_a_title_not_a_heading():
    doc = recover(fixture_text("first_page_citation_tr.txt"))
    assert doc.metadata["titles"] == ["OSMANLI LİMANLARINDA TİCARET VE GÜMRÜK (1850-1900)",
                                      "TRADE AND CUSTOMS IN OTTOMAN PORTS (1850-1900)"]
    titles = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "title"]
    assert titles[-1] == "TRADE AND CUSTOMS IN OTTOMAN PORTS (1850-1900)"
    assert all("TRADE" not in b["text"] for b in doc.to_dict()["body"])


def test_keywords_one_to_a_line_under_their_label_and_names_marked_with_a_math_asterisk():
    # Elsevier's box: "Keywords:" alone, then a term to a line; the names
    # tied to their affiliations by letters and to a note by TeX's "∗"
    doc = recover(fixture_text("first_page_terms_en.txt"))
    out = doc.to_dict()
    assert [k["terms"] for k in out["keywords"]] == [["Grain trade", "Harbour towns", "Railways"]]
    assert doc.metadata["authors"] == ["Mary Clarke", "John Harris"]
    assert doc.metadata["title"] == "Harbour towns and the grain trade in the late nineteenth century"
    assert out["body"][0]["text"] == "1. Introduction"


def test_a_societys_grade_after_a_name_is_no_name():
    doc = recover(fixture_text("ieee_en.txt"))
    assert doc.metadata["authors"] == ["Anna Berg", "Tom Lind"]
    assert doc.metadata["title"] == "A Simple Filter for Noisy Harbour Sensors"
