from temize.document import Document, Piece


def _render(text, pieces):
    return Document(text).render(pieces)


def test_substitute_puts_text_where_spans_were_cut():
    text = "one two. . . three\nfour five"
    pieces = [Piece(0, 18), Piece(19, 28)]
    out = Document.substitute(pieces, [(7, 12, "…")])
    assert _render(text, out) == "one two… three four five"


def test_substitute_carries_text_that_ended_a_piece_into_the_next():
    text = "sta\ufb00\nmember and sta\ufb00"
    pieces = [Piece(0, 4), Piece(5, 20)]
    out = Document.substitute(pieces, [(3, 4, "ff"), (19, 20, "ff")])
    assert _render(text, out) == "staff member and staff"
    # the last span ended the item: an empty piece at its end carries it
    assert (out[-1].start, out[-1].end, out[-1].join) == (20, 20, "ff")
    assert Document.spans(out) == [[0, 3], [5, 19]]


def test_substitute_follows_pieces_read_out_of_source_order():
    # a line put back where it belongs comes after a later one in the list
    text = "a \ufb01ne day\nthe \ufb01rst line"
    pieces = [Piece(10, 23), Piece(0, 9)]
    found = [(14, 15, "fi"), (2, 3, "fi")]
    assert _render(text, Document.substitute(pieces, found)) == "the first line a fine day"


def test_the_first_guess_of_the_language_reads_the_body():
    from temize.pipeline import guess_language
    turkish = ("Bu çalışmada iki ülke arasındaki ilişkilerin nasıl başladığı ve hangi şartlar altında "
               "geliştiği ele alınmıştır. ") * 20
    # a layout mode pads the first page's lines with spaces far past the
    # start, and an English title stands above the Turkish text
    assert guess_language(" " * 9000 + "\n" + turkish) == "tr"
    assert guess_language("Turkish-Russian Relations between 1917 and 1945\n\n" + turkish) == "tr"


def test_a_removal_taken_back_leaves_its_characters_uncut():
    doc = Document("survey-\nmode\n")
    doc.remove_span(6, 7, "hyphen", "paragraphs")
    assert [(p.start, p.end) for p in doc.pieces_for(0, 7)] == [(0, 6)]
    assert doc.take_back(6, 7, "hyphen")
    assert doc.removed == [] and [(p.start, p.end) for p in doc.pieces_for(0, 7)] == [(0, 7)]
    assert not doc.take_back(6, 7, "hyphen")  # nothing left to take back
