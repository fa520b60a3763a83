from importlib import resources

from lxml import etree

from conftest import fixture_text
from temize import recover
from temize.export import dumps


def _info(doc):
    return [(doc.text[r.start:r.end], r.extra["field"]) for r in doc.removed if r.reason == "article-info"]


def test_a_turkish_first_page_gives_its_masthead_history_and_doi_to_metadata():
    doc = recover(fixture_text("first_page_tr.txt"))
    md = doc.metadata
    assert (md["journal"], md["volume"], md["issue"], md["year"]) == (
        "Doğu Anadolu Tarih Araştırmaları Dergisi", "12", "3", "2019")
    assert md["page_range"] == "112-130"
    assert (md["received"], md["accepted"]) == ("2019-03-12", "2019-05-15")
    assert md["doi"] == "10.12345/data.2019.123"
    assert md["article_type"] == "Araştırma Makalesi / Research Article"
    assert [field for _, field in _info(doc)] == ["journal", "volume", "type", "history", "history", "doi"]
    out = doc.to_dict()
    # none of it is text, and the title is the article's own
    assert out["body"][0]["text"] == "Giriş"
    assert md["title"] == "KARS VE ARDAHAN'DA LİMAN TİCARETİ (1878-1918)"
    assert md["titles"][1] == "PORT TRADE IN KARS AND ARDAHAN (1878-1918)"


def test_an_english_first_page_and_its_suggested_citation_over_two_lines():
    doc = recover(fixture_text("first_page_en.txt"))
    md = doc.metadata
    assert (md["journal"], md["volume"], md["issue"], md["year"], md["page_range"]) == (
        "Journal of Coastal Archives", "5", "2", "2020", "41-58")
    assert (md["received"], md["accepted"], md["published"]) == ("2020-03-03", "2020-05-05", "2020-06-01")
    assert md["doi"] == "10.5555/jca.2020.0412"
    assert [t for t, field in _info(doc) if field == "citation"] == [
        "To cite this article: Demir, S. (2020). Harbour ledgers of a small port. Journal of",
        "Coastal Archives, 5(2), 41-58."]
    assert md["title"] == "Harbour Ledgers of a Small Port, 1880-1910" and "titles" not in md
    tei = dumps(doc, "tei")
    assert 'idno type="DOI">10.5555/jca.2020.0412<' in tei
    schema = etree.RelaxNG(etree.parse(str(resources.files("temize").joinpath("export/tei.rng"))))
    assert schema.validate(etree.fromstring(tei.encode("utf-8"))), schema.error_log


def test_running_text_that_speaks_of_volumes_and_dates_stays():
    doc = recover(fixture_text("first_page_en.txt"))
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "Volume 12 of the series holds the last of them, and the first was received by the archive" in body


def test_a_lone_word_that_may_be_a_heading_is_no_article_type():
    doc = recover("Review\n\nThe archive keeps the ledgers of the port in three boxes, one for each decade.\n",
                  lang="en")
    assert _info(doc) == []


def test_a_publishers_first_page_with_an_article_information_box():
    doc = recover(fixture_text("first_page_box_en.txt"))
    md = doc.metadata
    assert (md["received"], md["revised"], md["accepted"], md["published"]) == (
        "2020-03-03", "2020-04-01", "2020-05-05", "2020-06-01")
    assert md["title"] == "Harbour ledgers of a small port, 1880–1910"
    # the affiliation letters and the note's star are no part of the names
    assert md["authors"] == ["Selin Demir", "Ali Kaya"]
    assert len(md["affiliations"]) == 2
    assert [b["text"] for b in doc.to_dict()["body"]][0] == "1. Introduction"
    assert {field for _, field in _info(doc)} == {"masthead", "history"}


def test_sentences_that_open_with_a_history_word_are_text():
    from temize.passes.article_info import _read
    assert _read("Published in 1923, the book was read widely across the country.") is None
    assert _read("Accepted by the assembly on 3 May 1920, the law changed little.") is None
    assert _read("Yayın Tarihi: 2019") == ("history", {"published": "2019"})


def test_volume_lines_of_many_journals_and_a_labelled_type():
    from temize.passes.article_info import _read
    assert _read("Cilt:4, Sayı:7, Ocak-Haziran 2019, ss. 141-160") == (
        "volume", {"volume": "4", "issue": "7", "year": "2019", "page_range": "141-160"})
    assert _read("Year 2020, Volume 8, Issue 2, Pages 45-67")[1]["volume"] == "8"
    assert _read("Yıl: 2019 Cilt: 12 Sayı: 3")[1] == {"year": "2019", "volume": "12", "issue": "3"}
    assert _read("Makale Türü / Article Type: Araştırma Makalesi / Research Article") == (
        "type", {"article_type": "Araştırma Makalesi / Research Article"})
    assert _read("12 ships arrived in 1890") is None and _read("Volume 12 of the series holds") is None
    # labels in two languages
    assert _read("Cilt/Volume: 38 Sayı/Issue: 2 Sayfa/Pages: 211-240") == (
        "volume", {"volume": "38", "issue": "2", "page_range": "211-240"})
    assert _read("Kabul/Accepted: 05.06.2019") == ("history", {"accepted": "2019-06-05"})
    assert _read("Makale Bilgisi / Article Info") == ("history", {})
    assert _read("Kabul edilen teklif 1920 yılında meclise geldi.") is None


def test_a_masthead_volume_with_its_issue_after_a_slash_or_in_roman_figures():
    from temize.passes.article_info import _read
    assert _read("Volume 14/3 Spring 2019") == ("volume", {"volume": "14", "issue": "3", "year": "2019"})
    assert _read("C. LXXXIII, S. 296, Ağustos 2019") == ("volume", {"volume": "LXXXIII", "issue": "296", "year": "2019"})
    # a bracketed issue needs its labels here: alone on the first page it
    # may be a scrap of the margin's sideways header ("28(3),")
    assert _read("28(3),") is None


def test_a_first_page_with_labels_in_two_languages_and_the_authors_note_inside_the_abstract():
    doc = recover(fixture_text("first_page_bilingual_tr.txt"))
    md = doc.metadata
    # "Cilt/Volume: 7", "Geliş/Received: …", the journal's name in two
    # languages over an ISSN line
    assert (md["journal"], md["volume"], md["issue"], md["year"]) == (
        "Karadeniz Kıyı Tarihi Dergisi", "7", "2", "2021")
    assert (md["received"], md["accepted"]) == ("2021-02-04", "2021-05-19")
    assert sorted(field for _, field in _info(doc)) == ["history"] * 3 + ["issn", "journal", "journal", "volume"]
    assert md["title"] == "TRABZON İSKELESİNDE KAYIK ÜCRETLERİ (1870-1890)"
    assert md["authors"] == ["Zeynep KAYALI"]
    out = doc.to_dict()
    # the page turned inside the abstract: its foot (the author's note, the
    # page number) is no part of it
    assert out["abstracts"][0]["text"] == (
        "Bu çalışmada Trabzon iskelesinde yolcu ve yük taşıyan kayıkçıların aldığı ücretler belediye defterleri "
        "ışığında incelenmiştir. Ücretlerin özellikle kış aylarında arttığı ve iskele vergisine bağlı olarak "
        "değiştiği görülmektedir.")
    assert [(n["label"], n["text"]) for n in out["footnotes"]] == [
        ("1", "Dr., Örnek Üniversitesi, Tarih Bölümü, kayali@example.edu.tr")]
    assert md["pages"] == ["118"]
    assert out["body"][0]["text"] == "Giriş"


def test_a_suggested_citation_ends_at_its_pages_and_leaves_the_first_section_below():
    doc = recover(fixture_text("first_page_citation_tr.txt"))
    cited = [t for t, field in _info(doc) if field == "citation"]
    assert cited == ["Atıf: Yılmaz, A. (2021). Osmanlı Limanlarında Ticaret ve Gümrük (1850-1900).",
                     "Karadeniz Araştırmaları Dergisi, 12(3), 201-225."]
    out = doc.to_dict()
    assert (out["body"][0]["type"], out["body"][0]["text"]) == ("heading", "GİRİŞ")
    assert out["body"][1]["text"].startswith("On dokuzuncu yüzyıl, Osmanlı ticaret tarihinde")


def test_a_licence_line_after_the_journals_issn_is_article_information():
    doc = recover(fixture_text("first_page_terms_en.txt"))
    assert ("0305-7488/© 2019 Elsevier Ltd. All rights reserved.", "licence") in _info(doc)
