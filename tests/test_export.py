import json
from importlib import resources

from lxml import etree

from conftest import fixture_text
from temize import recover
from temize.export import dumps

TEI = "{http://www.tei-c.org/ns/1.0}"


def _doc():
    return recover(fixture_text("two_pages_tr.txt"), doc_id="two_pages")


def test_json_has_schema_keys_spans_and_removed():
    out = json.loads(dumps(_doc(), "json"))
    for key in ("doc_id", "lang", "metadata", "abstracts", "keywords", "body", "footnotes",
                "footnote_refs", "citations", "dates", "removed"):
        assert key in out
    text = fixture_text("two_pages_tr.txt")
    for block in out["body"]:
        # every span slices back to text that appears in the block
        for s, e in block["spans"]:
            piece = " ".join(text[s:e].split())
            assert piece.rstrip("-")[:10] in block["text"]
    assert {r["reason"] for r in out["removed"]} >= {"running-header", "page-number", "footnote-marker"}


def test_markdown_headings_footnotes_and_abstracts():
    md = dumps(_doc(), "md")
    assert "## 1. Giriş" in md
    assert "belirlerdi[^1]." in md
    assert "[^1]: Liman kayıtları için bkz. belediye arşivi, dosya 12." in md
    assert "## Öz" in md and "## Abstract" in md


def test_tei_is_well_formed_namespaced_and_valid():
    xml = dumps(_doc(), "tei")
    root = etree.fromstring(xml.encode("utf-8"))
    assert root.tag == TEI + "TEI"
    schema = etree.RelaxNG(etree.parse(str(resources.files("temize").joinpath("export/tei.rng"))))
    assert schema.validate(root), schema.error_log
    note = root.find(f".//{TEI}p/{TEI}note")
    assert note.get("place") == "foot" and note.get("n") == "1"
    assert note.text.startswith("Liman kayıtları")
    assert root.find(f".//{TEI}biblScope[@unit='volume']").text == "7"
    heads = [h.text for h in root.iter(TEI + "head")]
    assert heads == ["1. Giriş"]


def test_tei_survives_control_characters():
    doc = recover("A line with a \x01 control \x07 character in it.\n")
    root = etree.fromstring(dumps(doc, "tei").encode("utf-8"))
    assert root.find(f".//{TEI}body/{TEI}p").text.startswith("A line with a")


def test_plain_text():
    txt = dumps(_doc(), "txt")
    assert "Kasabanın limanı 1890 yılında" in txt
    assert "Deniz Tarihi Dergisi, 7(2)" in txt  # the journal line from metadata, once
    assert txt.count("Deniz Tarihi Dergisi") == 1


def test_spans_keep_a_piece_read_out_of_source_order():
    from temize.document import Document, Piece
    doc = Document("abc def ghi")
    assert doc.spans([Piece(4, 7), Piece(0, 3), Piece(8, 11)]) == [[4, 7], [0, 3], [8, 11]]
    assert doc.spans([Piece(0, 3), Piece(3, 7), Piece(4, 11)]) == [[0, 11]]


def test_markdown_sets_a_note_with_no_mark_in_the_text_as_a_line_of_its_own():
    # the note on the title has no mark in any paragraph: a [^*] definition
    # with no reference would be dropped by Markdown renderers
    text = ("Harbour Towns of the Coast*\n\nAbstract\nA short abstract of the study of harbour towns.\n"
            "Keywords: harbour, town\n\n1. Introduction\nHarbour towns grew along the trade routes.1\n\n"
            "* This paper comes from a thesis.\n1 The town archive, file 12.\n")
    md = dumps(recover(text, lang="en"), "md")
    body, notes = md.split("\n---\n")
    assert "\\* This paper comes from a thesis." in notes and "thesis" not in body
    assert "[^*]" not in md
    assert "[^1]: The town archive, file 12." in md and "trade routes.[^1]" in md


def test_markdown_escapes_every_star_of_a_notes_symbol():
    md = dumps(recover(fixture_text("symbol_notes_tr.txt")), "md")
    assert "\\*\\* Dr. Öğr. Üyesi, Kıyı Üniversitesi, Tarih Bölümü." in md


def test_markdown_lists_cited_works_in_the_documents_alphabet():
    text = ("Giriş\n\nBu konu önce ele alındı (Şahin, 1990: 12; Sarı, 1985). Sonra Özdemir (2001) "
            "ve Oral (1999) yazdı; İnan (1970) ile Işık (1975) de değindi.\n")
    md = dumps(recover(text, lang="tr"), "md")
    works = [line.split(" (")[0][2:] for line in md.split("## Cited works\n", 1)[1].splitlines() if line]
    # Turkish order: I before İ, O before Ö, S before Ş (code points put the
    # dotted and accented capitals after Z)
    assert works == ["Işık", "İnan", "Oral", "Özdemir", "Sarı", "Şahin"]


def test_sort_key_keeps_accented_letters_beside_their_base_letter():
    from temize.casing import sort_key
    assert sorted(["Zola", "Émile", "Eco"], key=lambda s: sort_key(s, "fr")) == ["Eco", "Émile", "Zola"]
