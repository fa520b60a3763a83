from temize import recover
from temize.layoutstats import is_short, spaces_lost, text_width


def test_printed_width_follows_the_letters_not_their_count():
    assert text_width("nnnn") == 4.0
    assert text_width("mmmm") > text_width("nnnn") > text_width("iiii")
    # Turkish and accented letters weigh like their base letters; dotless ı like i
    assert text_width("çşğü") == text_width("csgu")
    assert text_width("ı") == text_width("i")
    assert text_width("Ş") == text_width("S")


PLACES = ["harbour", "customs", "railway", "village", "factory", "library", "station", "gallery"]
FULL = [line for place in PLACES for line in (
    f"the {place} master kept a record of every ship that entered the port and",
    f"then wrote the names of their captains into a {place} book in red leather")]


def test_a_line_as_long_as_a_full_one_in_characters_but_narrow_in_print_is_short():
    narrow = "little fillets still fill it; tall lilies till it; this is all it is it."
    assert len(narrow) >= max(len(x) for x in FULL) - 1    # full by its count
    text = "\n".join(FULL + [narrow, "Every merchant who landed goods there paid a fee to the harbour office.",
                                "a clerk wrote it down."]) + "\n"
    doc = recover(text, lang="en")
    line = next(ln for ln in doc.lines if doc.line_text(ln) == narrow)
    assert is_short(doc, line)
    assert [b["text"][:10] for b in doc.to_dict()["body"]] == ["the harbou", "Every merc"]


def test_local_measure_sees_the_column_through_glued_lines():
    from temize.layoutstats import local_measure
    # a column of 42 characters where most lines are two or three printed
    # lines glued together, and one short paragraph end
    lengths = [118, 42, 121, 85, 81, 42, 78, 120, 18]
    assert local_measure(lengths, 4) == 42
    assert local_measure([60, 61, 59, 60, 12, 60, 58], 3) == 61
    assert local_measure([10, 80, 33, 150, 7, 64, 21], 3) is None  # lines that agree on nothing


def test_full_width_is_the_columns_measure_where_glued_lines_fill_the_longer_half():
    # PyMuPDF's dehyphenation glues every line broken at a hyphen to the
    # next: here over half the lines are about twice a column's 40 letters
    from temize.document import Document
    from temize.layoutstats import full_width
    from temize.passes import lines
    column = [f"the {p} clerk wrote it in his ledger" for p in PLACES]  # 40 letters each
    glued = [f"then the {p} master kept a record of every ship that entered the port and left it {i}"
             for i, p in enumerate(PLACES * 2)]
    doc = Document("\n".join(column * 3 + glued) + "\n", lang="en")
    lines.run(doc)
    assert len(column[0]) == 40 and full_width(doc) == 40


def test_a_line_of_few_very_long_tokens_lost_its_spaces():
    glued = "foritssimplicity,suchastemporalmaxormeanpooling over"
    plain = "for its simplicity, such as temporal max or mean pooling"
    assert spaces_lost(glued, 0, len(glued)) and not spaces_lost(plain, 0, len(plain))
    assert not spaces_lost("Introduction", 0, 12)  # one long word is no line


def test_no_break_and_thin_spaces_are_spaces():
    # some extractors keep a no-break space where the PDF set one (after
    # short words, in "Fig. 3"): such a line lost no spaces
    line = "the\u00a0algorithms\u00a0is elaborated\u00a0as\u00a0followed by\u00a0a\u2009landmark"
    assert not spaces_lost(line, 0, len(line))
    assert text_width("a\u00a0b") == text_width("a b")
    assert text_width("a\u2009b") < text_width("a b") < text_width("a\u2003b")


def test_a_full_line_glued_to_a_word_or_two_ends_its_paragraph():
    # pdftotext drops a line's end hyphen and glues the next printed line
    # to it: a paragraph's last line of a word or two makes the line only
    # some 8 % longer, too little to tell by its count of characters, but
    # wider in print than any full line. (Where no line holds two whole
    # printed lines, the extractor glues none: a wide line is only wide.)
    glued = "then wrote the names of their captains into a gallery book in red lea" + "ther now."
    assert len(glued) <= 1.1 * max(len(x) for x in FULL)
    twice = [FULL[k] + " " + FULL[k + 1] for k in (0, 2, 4)]
    text = "\n".join(twice + FULL + [glued, "Every merchant who landed goods there paid a fee to the harbour office.",
                             "a clerk wrote it down."]) + "\n"
    doc = recover(text, lang="en")
    line = next(ln for ln in doc.lines if doc.line_text(ln) == glued)
    assert is_short(doc, line)
    assert [b["text"][:10] for b in doc.to_dict()["body"]] == ["the harbou", "Every merc"]
    # a full line alone is no paragraph's end
    assert not is_short(doc, next(ln for ln in doc.lines if doc.line_text(ln) == FULL[3]))


def test_a_wide_line_where_the_extractor_glued_none_is_no_paragraphs_end():
    # ragged or not, where no line holds two printed lines, a line a little
    # wider in print than the measure (capitals, wide letters) is just wide
    wide = "then wrote the names of their captains into a gallery book in red leather now."
    text = "\n".join(FULL + [wide, "Every merchant who landed goods there paid a fee to the harbour office.",
                             "a clerk wrote it down."]) + "\n"
    doc = recover(text, lang="en")
    assert not is_short(doc, next(ln for ln in doc.lines if doc.line_text(ln) == wide))


def test_three_printed_lines_glued_into_one_end_a_paragraph_when_the_last_is_short():
    # pdftotext dropped two hyphens in a row: a line some two and a half
    # times a full one holds two full lines and a short last one
    glued = FULL[0] + " " + FULL[1] + " and sealed it with wax."
    assert 2.1 * len(FULL[0]) < len(glued) <= 3.1 * len(FULL[0])
    text = "\n".join(FULL + [glued, "Every merchant who landed goods there paid a fee to the harbour office.",
                             "a clerk wrote it down."]) + "\n"
    doc = recover(text, lang="en")
    assert is_short(doc, next(ln for ln in doc.lines if doc.line_text(ln) == glued))
    assert [b["text"][:10] for b in doc.to_dict()["body"]] == ["the harbou", "Every merc"]
