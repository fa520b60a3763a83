from conftest import reasons, run_until


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
