import pytest
from conftest import reasons, run_until

PAGES = ["The keepers wrote of storms and of ships that passed in the night, and of the\n"
         "lamp that had to be lit at dusk whatever the weather on the hill.\n",
         "The station was built on the hill above the harbour in the first year, and its\n"
         "keepers lived there with their families until the lamp was made electric.\n",
         "Most of the records from those years were kept in the town hall, where a fire\n"
         "took many of them in the winter after the second war.\n"]
INSIDE = ("A new lens came from a workshop in the capital, and it was set in the lamp\n"
          "by two men from the harbour board.\n")


def _pages(top: str, header: str) -> str:
    # three pages, each with the running header at its foot; `top` opens
    # the second page
    return PAGES[0] + header + "\n\f" + top + PAGES[1] + header + "\n\f" + PAGES[2] + header + "\n"


def test_pieces_of_a_header_ocr_read_from_the_margin_go():
    text = _pages("d Physics - 2016\n\ners in Applie\n\nLet\n", "Letters in Applied Physics - 2016")
    doc = run_until(text, "header_pieces")
    assert reasons(doc)["running-header"].count("d Physics - 2016") == 1
    assert {"ers in Applie", "Let"} <= set(reasons(doc)["running-header"])
    piece = next(r for r in doc.removed if doc.text[r.start:r.end] == "Let")
    assert piece.extra["piece_of"] == "Letters in Applied Physics - 2016"


def test_a_header_cut_short_at_the_page_edge_goes():
    doc = run_until(_pages("Annals of Physical Rese\n", "Annals of Physical Research, Vol. 25"), "header_pieces")
    assert "Annals of Physical Rese" in reasons(doc)["running-header"]


def test_a_title_made_of_a_header_word_stays():
    # whole words of the header: a section title at the page's top
    doc = run_until(_pages("History\n", "Journal of Social History"), "header_pieces")
    assert "History" not in reasons(doc).get("running-header", [])


def test_a_piece_inside_the_page_stays():
    text = _pages(INSIDE + "ers in Applie\n", "Letters in Applied Physics - 2016")
    doc = run_until(text, "header_pieces")
    assert "ers in Applie" not in reasons(doc).get("running-header", [])


def test_ocr_pages_come_out_clean():
    from conftest import fixture_text
    from temize import recover
    out = recover(fixture_text("ocr_pages_en.txt")).to_dict()
    assert [b["text"][:24] for b in out["body"]] == ["The station was built on", "The lamp was replaced in",
                                                     "The keepers wrote of sto"]
    assert [f["label"] for f in out["footnotes"]] == ["1", "2"] and len(out["footnote_refs"]) == 2


def _indented(text: str, pad: int) -> str:
    return "".join(" " * pad + ln + "\n" if ln.strip() else "\n" for ln in text.split("\n")[:-1])


def test_a_headers_first_words_far_left_of_the_text_on_two_pages_are_margin_text():
    # a layout reading: the text stands 25 characters in, the margin's
    # sideways header shows as its first words at 10, mid-page
    header = " " * 25 + "Letters in Applied Physics - 2016"
    text = (_indented(PAGES[0], 25) + " " * 10 + "Letters in\n" + _indented(INSIDE, 25) + header + "\n\f"
            + _indented(PAGES[1], 25) + " " * 10 + "Letters\n" + _indented(INSIDE, 25) + header + "\n\f"
            + _indented(PAGES[2], 25) + header + "\n")
    doc = run_until(text, "header_pieces")
    assert {"Letters in", "Letters"} <= set(reasons(doc)["margin-text"])


def test_a_headers_word_far_left_once_stays():
    # once is no margin: an outdented word that the header happens to hold
    header = " " * 25 + "Journal of Social History - 2016"
    text = (_indented(PAGES[0], 25) + " " * 10 + "History\n" + _indented(INSIDE, 25) + header + "\n\f"
            + _indented(PAGES[1], 25) + header + "\n\f" + _indented(PAGES[2], 25) + header + "\n")
    doc = run_until(text, "header_pieces")
    assert "History" not in reasons(doc).get("margin-text", [])
    assert "Journal of Social History - 2016" in reasons(doc)["running-header"]


@pytest.mark.parametrize("piece", ["25, No. 4 (2010)", ", No. 4 (2010)"])
def test_a_piece_with_the_headers_numbers_under_a_page_number_goes(piece):
    # OCR of the sideways header: its numbers with their commas and
    # brackets, under the page's number (which a later pass takes)
    header = "Annals of Physical Research, Vol. 25, No. 4 (2010)"
    text = PAGES[0] + header + "\n\f" + "344\n" + piece + "\n" + PAGES[1] + header + "\n\f" + PAGES[2] + header + "\n"
    doc = run_until(text, "header_pieces")
    assert piece in reasons(doc)["running-header"]


def test_a_line_is_looked_for_in_all_headers_at_once_in_their_order():
    from temize.passes.header_pieces import _Heads
    heads = _Heads(["Letters in Applied Physics 36(1)", "Annals of Physical Research", "Physics Letters"])
    assert list(heads.found("Physic")) == [("Letters in Applied Physics 36(1)", 19),
                                           ("Annals of Physical Research", 10), ("Physics Letters", 0)]
    assert list(heads.found("Research Physics")) == []  # no match across two headers
