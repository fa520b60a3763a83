from conftest import reasons, run_until


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


def test_a_few_short_lines_are_not_margin_text():
    doc = run_until("Table\nA\nB\nC\nThe end of the table.\n", "margin")
    assert "margin-text" not in reasons(doc)
