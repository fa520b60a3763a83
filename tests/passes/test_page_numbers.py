import pytest
from conftest import reasons, run_until
from temize import recover


def test_page_numbers_standing_apart_are_removed():
    text = "Text of page one ends here.\n\n12\n\nText of page two starts here.\n"
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["page-number"] == ["12"]
    assert doc.metadata["pages"] == ["12"]


def test_climbing_numbers_without_white_space_are_page_numbers():
    body = "A line of running prose that fills the page.\n" * 5
    text = body + "17\n" + body + "18\n" + body
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["page-number"] == ["17", "18"]


def test_a_number_inside_running_text_is_kept():
    text = "The total was\n42\nand that was all there was to it in the end.\n"
    doc = run_until(text, "page_numbers")
    assert "page-number" not in reasons(doc)


def test_page_x_of_y():
    text = "Text of page one ends here.\n\nPage 3 of 12\n\nText of page two starts here.\n"
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["page-number"] == ["Page 3 of 12"]
    assert doc.metadata["pages"] == ["3"]


@pytest.mark.parametrize("body, numbers, pages", [
    ("Bir sayfa boyunca süren düzyazı satırı burada yer alır ve devam eder.\n",
     ["[250]", "– 251 –", "Sayfa 252"], ["250", "251", "252"]),
    # the word "page" in other languages, or abbreviated
    ("Die Berichte der Marktmeister nennen die Preise jeder Woche und die Mengen.\n",
     ["Seite 12 von 30", "Página 13", "sf. 14"], ["12", "13", "14"]),
])
def test_page_numbers_in_brackets_dashes_and_words(body, numbers, pages):
    text = "".join(body * 4 + f"\n{n}\n\n" for n in numbers) + body
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["page-number"] == numbers
    assert doc.metadata["pages"] == pages


def test_a_page_number_glued_to_a_broken_word_is_cut_and_the_word_joined():
    body = "Bir sayfa boyunca süren düzyazı satırı burada yer alır ve devam eder.\n"
    header = "\nTarih Dergisi - 2021\n\n"
    text = (body * 4 + "\n250\n" + header + body * 4
            + "günü şehirden ayrıldım ve Sam251\n" + header
            + "sun’a vardım; orada uzun süre kaldım ve çalıştım.\n" + body * 3 + "\n252\n" + header + body)
    doc = recover(text, lang="tr")
    assert "251" in reasons(doc)["page-number"]
    assert doc.metadata["pages"] == ["250", "251", "252"]
    out = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "ayrıldım ve Samsun’a vardım" in out


def test_the_first_pages_number_glued_to_a_broken_word_is_cut_too():
    # no page number before it: the first page's is the one before the first found
    body = "Bir sayfa boyunca süren düzyazı satırı burada yer alır ve devam eder.\n"
    header = "\nTarih Dergisi - 2021\n\n"
    text = (body * 4 + "günü şehirden ayrıldım ve Sam250\n" + header
            + "sun’a vardım; orada uzun süre kaldım ve çalıştım.\n" + body * 3 + "\n251\n" + header + body
            + "\n252\n" + header + body)
    doc = recover(text, lang="tr")
    assert doc.metadata["pages"] == ["250", "251", "252"]
    assert "ayrıldım ve Samsun’a vardım" in " ".join(b["text"] for b in doc.to_dict()["body"])


def test_a_punctuation_scrap_at_the_page_edge_goes():
    text = "Text of page one ends here.\n\n344\n\n)\n\nText of page two starts here (and runs on).\n"
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["scrap"] == [")"]
    assert reasons(doc)["page-number"] == ["344"]


def test_a_number_standing_apart_far_from_the_climbing_pages_is_text():
    # blank lines between all blocks (pdfminer): a reference's issue number
    # stands alone like a page number, but far from the pages 17 and 18
    body = "A line of running prose that fills the page.\n\n" * 3
    text = (body + "17\n\n" + body + "18\n\n" + body + "Motch, C. & Chevalier, C. 1981, IAU Circ.\n\n3609\n\n"
            + "Motch, C. 1985, SSRv, 40, 249.\n\n" + body + "19\n\n" + body)
    doc = run_until(text, "page_numbers")
    assert reasons(doc)["page-number"] == ["17", "18", "19"]
    assert doc.metadata["pages"] == ["17", "18", "19"]


def test_a_section_number_with_its_dash_is_no_page_number():
    # "1-" alone: a section's number whose title the extractor set apart
    text = "Text of page one ends here.\n\n1-\nIntroduction\nThe text of the section starts here.\n"
    doc = run_until(text, "page_numbers")
    assert "page-number" not in reasons(doc)
