import pytest
from conftest import fixture_text, run_until


def test_two_columns_are_read_left_then_right():
    doc = run_until(fixture_text("layout_two_columns.txt"), "columns")
    assert doc.layout["columns"] == 2
    order = [doc.line_text(ln) for ln in doc.lines]
    left_last = order.index("of the right column in this layout.")
    right_first = order.index("the column on the right goes on with")
    assert left_last < right_first
    # the indented right-column line keeps its indent relative to the column
    indented = next(ln for ln in doc.lines if doc.line_text(ln).startswith("A new paragraph"))
    assert indented.column == 1 and indented.indent >= 2


def test_one_column_text_is_left_alone():
    text = "\n".join(f"This is an ordinary line of prose number {i} in one column." for i in range(30))
    doc = run_until(text, "columns")
    assert doc.layout["columns"] == 1
    assert len(doc.lines) == 30


def test_a_stray_repeated_full_width_line_does_not_end_the_columns():
    # the extractor emitted an earlier line again in the middle of the page
    lines = fixture_text("layout_two_columns.txt").split("\n")
    stray = "Bulletin of Sample Studies, Vol. 3, No. 1 (2015) and some words that run across the gutter"
    lines.insert(0, stray)
    at = next(k for k, t in enumerate(lines) if "runs down the page" in t)
    lines.insert(at + 1, stray)
    doc = run_until("\n".join(lines), "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    # the left column is still read whole before the right one
    assert order.index("of the right column in this layout.") < order.index("the column on the right goes on with")


def test_a_right_column_whose_start_wanders_is_still_cut_off():
    # PyMuPDF (sorting blocks) places each line on its own: the gap between
    # the columns is not at the same character on every line
    left = ["The left column starts here and it", "runs down the page for several lines",
            "before the reader moves over to the", "right column, which continues the",
            "same paragraph. Each line of the left", "column is read before the first line",
            "of the right column in this layout."]
    right = ["the column on the right goes on with", "more words that belong after the left",
             "column in reading order. It keeps", "going for a few lines more until the",
             "page ends and the paragraph is done.", "A new paragraph starts in the right",
             "column, and it ends here as well."]
    rows = []
    for k, (a, b) in enumerate(zip(left, right)):
        start = (44, 50, 47)[k % 3]  # where the right column starts on this line
        rows.append(" " * (start - 3 - len(a)) + a + "   " + b)
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right


def test_a_wandering_gutter_below_a_long_full_width_stretch_with_no_page_marks():
    # PyMuPDF sorting blocks, pages joined without a form feed or a page
    # number between them: a long one-column front page, then columns whose
    # gap wanders; most lines that show a gap show it near one place
    front = [f"This long line of the front page runs all the way across the page, number {i}." for i in range(80)]
    starts = [(44, 51, 47, 54)[k % 4] for k in range(40)]  # where the right column starts
    left = [("left column line %02d of the text " % k + "x" * 20)[:start - 4].rstrip() for k, start in enumerate(starts)]
    right = [f"right column line {k:02d} goes on" for k in range(40)]
    rows = front + [a + " " * (start - len(a)) + b for a, b, start in zip(left, right, starts)]
    doc = run_until("\n".join(rows) + "\n", "columns")
    assert doc.layout["columns"] == 2
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == front + left + right


def test_a_full_width_line_with_double_spaces_near_the_gutter_stays_whole():
    # pypdf's layout mode widens some word spaces to two; a header running
    # across the gutter is not cut at one of them
    lines = fixture_text("layout_two_columns.txt").split("\n")
    header = " " * 20 + "Bulletin of Sample Studies, Vol.  3, No.  1 (2015)"
    lines[0] = header
    doc = run_until("\n".join(lines), "columns")
    assert doc.layout["columns"] == 2
    assert header.strip() in [doc.line_text(ln) for ln in doc.lines]


@pytest.mark.parametrize("offset", [1, 4])
def test_a_footnote_label_on_its_own_line_is_no_page_number(offset):
    # layout mode sets a note's raised label a line above the note's text
    # (which starts a character or a few right of it); a page number stands
    # apart from the text below it
    from temize.document import Document
    from temize.passes import columns, lines
    pad = " " * 30
    rows = [pad + "Body text of the page runs here in one column", pad + "and goes on.",
            pad + "1", pad + " " * offset + "The text of the first note, under its label.",
            "", pad + "                 7", "", pad + "Running Header of the Journal",
            pad + "The next page opens here."]
    doc = Document("\n".join(rows) + "\n")
    lines.run(doc)
    pages = columns._pages(doc)
    assert [len(p) for p in pages] == [5, 2]


def test_columns_half_a_line_apart_are_found_by_the_lines_that_keep_clear_of_the_gutter():
    # a footnote shifted the right column by half a line: layout mode prints
    # the columns' lines in turn, the right one's after a long indent
    left = [f"left column line {k:02d} of the page runs on" for k in range(14)]
    right = [f"right column line {k:02d} goes on here" for k in range(14)]
    rows = ["    " + a + "    " + b for a, b in zip(left[:6], right[:6])]  # level at first
    for a, b in zip(left[6:], right[6:]):
        rows += ["    " + a, " " * 52 + b]
    doc = run_until("\n".join(rows) + "\n", "columns")
    assert doc.layout["columns"] == 2
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order.index("left column line 13 of the page runs on") < order.index("right column line 06 goes on here")
    assert order.index("right column line 05 goes on here") < order.index("right column line 06 goes on here")


def test_two_pages_whose_right_columns_start_apart_and_a_note_line_past_the_gutter():
    # no form feeds: one gutter for the whole text, while the right column
    # starts two characters further in on the second page; a note in small
    # type runs a little past the gutter without being a full-width line
    def page(n: int, shift: int) -> list[str]:
        rows = []
        for k in range(8):
            left = f"left line {k} of page {n} goes on and on"
            if n == 2 and k == 6:
                left = "1 A note in small type runs a bit wider, past it"
            rows.append("    " + left.ljust(56 + shift) + f"right line {k} of page {n} is here")
        return rows
    header = "    Journal of Samples and of Their Many Studies, Vol. 3, No. 1 (2010)                 {}"
    text = "\n".join([header.format(1)] + page(1, 0) + [header.format(2)] + page(2, 2)) + "\n"
    doc = run_until(text, "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    note = order.index("1 A note in small type runs a bit wider, past it")
    assert note < order.index("right line 0 of page 2 is here")
    assert order.index("left line 7 of page 2 goes on and on") < order.index("right line 0 of page 2 is here")
    rights = [ln for ln in doc.lines if ln.column == 1]
    assert len(rights) == 16 and all(ln.indent == 0 for ln in rights)


def test_a_label_whose_note_starts_below_the_other_columns_line():
    from temize.document import Document
    from temize.passes import columns, lines
    pad = " " * 30
    rows = [pad + "Body text of the left column runs on here" + " " * 8 + "and the right column too",
            pad + "1",
            pad + " " * 50 + "a right column line between",
            pad + " The text of the first note, under its label.",
            pad + "More of the page." + " " * 32 + "and more on the right."]
    doc = Document("\n".join(rows) + "\n")
    lines.run(doc)
    assert len(columns._pages(doc)) == 1


def test_a_gap_a_few_characters_off_the_gutter_is_found_up_to_its_end():
    from temize.passes.columns import _near_gap
    raw = " " * 38 + "performs a blocking read, it needs to allocate the" + " " * 5 + "stack of regular C"
    assert raw[88:93] == "     "
    assert 88 < _near_gap(raw, 83, 38) < 93


def test_a_first_page_whose_columns_sit_under_a_long_front_takes_another_pages_gutter():
    # pdftotext -layout with its form feeds: page one is mostly title and
    # abstract across the page, too few of its lines show the gap to vote
    # for a gutter; page two's gutter fits the lines that do show one
    front = [" " * 4 + f"The abstract runs across the whole width of the page, this is its line number {i:02d}."
             for i in range(30)]
    left = [f"left column line {k:02d} of page one" for k in range(6)]
    right = [f"right column line {k:02d} of page one" for k in range(6)]
    page_one = front + [" " * 4 + a + " " * (48 - len(a)) + b for a, b in zip(left, right)]
    left2 = [f"left column line {k:02d} of page two" for k in range(20)]
    right2 = [f"right column line {k:02d} of page two" for k in range(20)]
    page_two = [" " * 4 + a + " " * (48 - len(a)) + b for a, b in zip(left2, right2)]
    doc = run_until("\n".join(page_one) + "\n\f" + "\n".join(page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == [t.strip() for t in front] + left + right + left2 + right2


def test_a_page_whose_few_right_column_lines_sit_half_a_line_off_takes_another_pages_gutter():
    # the last page: the right column holds only a few lines, each printed
    # on a line of its own (half a line off the left column's), too few to
    # show the gutter by themselves
    left = [f"left column line {k:02d} of page one" for k in range(20)]
    right = [f"right column line {k:02d} of page one" for k in range(20)]
    page_one = [" " * 4 + a + " " * (48 - len(a)) + b for a, b in zip(left, right)]
    left2 = [f"left column line {k:02d} of page two" for k in range(16)]
    right2 = [f"right column line {k:02d} of page two" for k in range(5)]
    page_two = [" " * 4 + left2[0] + " " * (48 - len(left2[0])) + right2[0]]
    for k in range(1, 16):
        if k < 5:
            page_two.append(" " * 52 + right2[k])
        page_two.append(" " * 4 + left2[k])
    doc = run_until("\n".join(page_one) + "\n\f" + "\n".join(page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right + left2 + right2


def test_a_page_number_over_a_running_header_printed_at_the_foot_ends_the_page():
    # the running header printed below the page number: a word of it stands
    # under the number, but in the middle of its line, as no note's text does
    from temize.document import Document
    from temize.passes import columns, lines
    pad = " " * 30
    header = pad + "Bulletin of Sample Studies, Vol. 1, No. 4 (2010)"
    number = " " * header.index("(2010)") + "118"
    rows = [pad + "Body text of the page runs here in one column", pad + "and goes on.",
            number, header, pad + "The next page opens here."]
    doc = Document("\n".join(rows) + "\n")
    lines.run(doc)
    assert [len(p) for p in columns._pages(doc)] == [3, 2]


def test_a_page_number_over_the_next_pages_header_ends_the_page_though_a_right_column_word_stands_under_it():
    # Ghostscript's txtwrite: no form feeds, and each page set at its own
    # columns (no one gutter fits both); the page number at the foot, the
    # next page's running header under it, and under that the right
    # column's first word near the number's column, as a note's text would
    from temize.document import Document
    from temize.passes import columns, lines
    header = " " * 12 + "Bulletin of Sample Studies, Vol. 1, No. 4 (2010)"
    rows = []
    for n, pad in ((1, 15), (2, 0), (3, 15)):
        rows.append(header)
        for k in range(6):
            rows.append(" " * pad + f"left line {k} of page {n} goes on and on and on".ljust(48)
                        + f"right line {k} of page {n} ends here")
        rows.append(" " * 50 + str(117 + n))
    text = "\n".join(rows) + "\n"
    assert rows[9].index("right line") - 6 <= rows[7].index("118") <= rows[9].index("right line") + 4
    doc = Document(text)
    lines.run(doc)
    assert [len(p) for p in columns._pages(doc, columns._running_headers(doc))] == [8, 8, 8]
    order = [doc.line_text(ln) for ln in run_until(text, "columns").lines]
    for n in (1, 2, 3):
        assert order.index(f"left line 5 of page {n} goes on and on and on") \
            < order.index(f"right line 0 of page {n} ends here")
    for n in (1, 2):
        assert order.index(f"right line 5 of page {n} ends here") \
            < order.index(f"left line 0 of page {n + 1} goes on and on and on")


def test_pages_with_no_numbers_are_cut_at_their_running_header():
    # no form feeds and no page numbers: the header (a little past the
    # gutter, as a long one reaches) opens each page; the journal's name
    # from the margin, at the far left mid-page, recurs too but cuts nothing
    pad = " " * 20
    header = pad + "Bulletin of Sample Studies and Their Many Uses, Vol. 1, No. 4 (2010)"
    rows = []
    for n in (1, 2, 3):
        rows += [header, ""]
        for k in range(8):
            rows.append(pad + f"left line {k} of page {n} goes on and on".ljust(46) + f"right line {k} of page {n} is here")
            if k == 3:
                rows.append("Bulletin of Sample Studies")
        rows.append("")
    assert rows[0].index("(2010)") > len(pad) + 46  # the header crosses the gutter
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    for n in (1, 2):
        assert order.index(f"right line 7 of page {n} is here") < order.index(f"left line 0 of page {n + 1} goes on and on")
    assert order.index("left line 7 of page 1 goes on and on") < order.index("right line 0 of page 1 is here")


@pytest.mark.parametrize("number_first", [False, True])
def test_a_running_header_with_its_page_number_set_apart_cuts_the_pages(number_first):
    # pypdf's layout mode: no form feeds, and the page number stands on the
    # header's line far from its text (at the end, or first on even pages)
    rows = []
    for n in (7, 8, 9):
        head = "Annals of Invented Matters 3(2), 2001"
        rows += [f"{n}" + " " * 40 + head if number_first else head + " " * 40 + f"{n}", ""]
        for k in range(8):
            rows.append(f"left line {k} of page {n} goes on and on".ljust(46) + f"right line {k} of page {n} is here")
        rows.append("")
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    for n in (7, 8):
        assert order.index(f"right line 7 of page {n} is here") < order.index(f"left line 0 of page {n + 1} goes on and on")
        assert order.index(f"left line 7 of page {n} goes on and on") < order.index(f"right line 0 of page {n} is here")


def _spaced(words: list[str], width: int, seed: int) -> str:
    """Words spread over `width` characters with uneven gaps of 2 to 7
    spaces, as a layout reading at a fixed pitch sets justified type."""
    gaps = [2 + (seed * 7 + k * 5) % 6 for k in range(len(words) - 1)]
    line = words[0] + "".join(" " * g + w for g, w in zip(gaps, words[1:]))
    return line.ljust(width)


PROSE = ("the reader follows each line of this page from the left margin to the right one and then "
         "goes down to the next line where the text continues in the same way until the page ends").split()


def test_words_set_far_apart_in_one_column_are_no_columns():
    rows = [_spaced(PROSE[k % 20:k % 20 + 9], 90, k).rstrip() for k in range(30)]
    doc = run_until("\n".join(rows) + "\n", "columns")
    assert doc.layout["columns"] == 1
    assert len(doc.lines) == 30


def test_two_columns_of_words_set_far_apart_are_cut_at_the_channel_between_them():
    left = [f"left{k}" for k in range(30)]
    right = [f"right{k}" for k in range(30)]
    rows = []
    for k in range(30):
        words = PROSE[k % 20:k % 20 + 5]
        rows.append(_spaced([left[k]] + words, 60, k) + "        " + _spaced([right[k]] + words, 60, k + 3).rstrip())
    doc = run_until("\n".join(rows) + "\n", "columns")
    assert doc.layout["columns"] == 2
    firsts = [doc.line_text(ln).split()[0] for ln in doc.lines]
    assert firsts == left + right


def test_columns_of_words_set_far_apart_half_a_line_apart_are_cut_too():
    # on most lines only one column's words stand: the channel is clear all
    # the same, with text on its left on half the lines and on its right on
    # as many
    rows = []
    for k in range(30):
        words = PROSE[k % 20:k % 20 + 5]
        left = _spaced([f"left{k}"] + words, 60, k)
        right = _spaced([f"right{k}"] + words, 60, k + 3).rstrip()
        rows += [left + "        " + right] if k % 3 == 0 else [left.rstrip(), " " * 68 + right]
    doc = run_until("\n".join(rows) + "\n", "columns")
    assert doc.layout["columns"] == 2
    firsts = [doc.line_text(ln).split()[0] for ln in doc.lines]
    assert firsts == [f"left{k}" for k in range(30)] + [f"right{k}" for k in range(30)]


def test_a_running_header_set_far_apart_stays_whole_and_cuts_the_pages():
    # a fixed-pitch layout reading with no form feeds: the header's words
    # stand far apart too, its page number further out
    rows = []
    for n in (7, 8, 9):
        rows += ["Annals     of    Invented     Matters     3(2),     2001" + " " * 60 + str(n), ""]
        for k in range(14):
            words = PROSE[k % 20:k % 20 + 5]
            rows.append(_spaced([f"left{n}x{k}"] + words, 60, k) + "        "
                        + _spaced([f"right{n}x{k}"] + words, 60, k + 3).rstrip())
        rows.append("")
    doc = run_until("\n".join(rows) + "\n", "columns")
    texts = [doc.line_text(ln) for ln in doc.lines]
    assert sum(t.startswith("Annals") and t.endswith(("7", "8", "9")) for t in texts) == 3  # whole
    firsts = [t.split()[0] for t in texts if not t.startswith("Annals")]
    for n in (7, 8):
        assert firsts.index(f"right{n}x13") < firsts.index(f"left{n + 1}x0")
        assert firsts.index(f"left{n}x13") < firsts.index(f"right{n}x0")


def test_a_notes_number_on_a_line_of_its_own_goes_with_its_full_width_text():
    # layout mode prints a note's raised number on a line of its own, in the
    # left column's place; the note's text below runs across the page
    rows = [f"left line {k} of the page goes on and on".ljust(46) + f"right line {k} of the page is here"
            for k in range(10)]
    rows += ["", "1", "    The note's text runs across the whole page, past the gutter and far into the right column."]
    doc = run_until("\n".join(rows) + "\n", "columns")
    texts = [doc.line_text(ln) for ln in doc.lines]
    assert texts.index("1") == texts.index("right line 9 of the page is here") + 1
    assert texts.index("1") + 1 == next(k for k, t in enumerate(texts) if t.startswith("The note's text"))


def test_double_spaced_columns_break_only_where_two_blank_lines_stand():
    # a layout reading of double-spaced type: a blank line after every
    # printed line, so within a column one blank line is the usual step,
    # no paragraph break (one would show as two)
    rows = fixture_text("layout_two_columns.txt").rstrip("\n").split("\n")
    spaced: list[str] = []
    for row in rows:
        spaced.append(row)
        if row.strip():
            spaced.append("")
        if "right column, which continues the" in row:
            spaced.append("")  # a break in both columns below this row
    doc = run_until("\n".join(spaced * 3), "columns")
    assert doc.layout.get("double_spaced") is True and doc.layout["columns"] == 2
    breaks = {doc.line_text(ln) for ln in doc.lines if ln.blank_before}
    assert "runs down the page for several lines" not in breaks
    assert "more words that belong after the left" not in breaks
    assert {"same paragraph. Each line of the left", "A new paragraph starts in the right"} <= breaks


@pytest.mark.parametrize("shift", [0, -1])
def test_another_pages_gutter_is_moved_into_this_pages_gap(shift):
    # layout mode scales each page on its own: on page one the right column
    # starts where page two's gutter falls, or a character left of it, so
    # that a heading's short line beside a right-column line shows no white
    # space at that gutter. (The columns sit half a line apart there, each
    # line on a row of its own.)
    from temize.passes import columns
    left2 = [f"left column line {k:02d} of page two" for k in range(20)]
    right2 = [f"right column line {k:02d} of page two" for k in range(20)]
    page_two = [" " * 4 + a + " " * (48 - len(a)) + b for a, b in zip(left2, right2)]
    gutter = columns.find_gutter(page_two) + shift
    front = [" " * 4 + f"The abstract runs across the whole width of the page, this is its line number {i:02d}."
             for i in range(30)]
    left = ["1. Heading"] + [f"left column line {k:02d} of page one" for k in range(6)]
    right = [f"right column line {k:02d} of page one" for k in range(7)]
    page_one = front + [(" " * 4 + left[0]).ljust(gutter) + right[0]]
    for a, b in zip(left[1:], right[1:]):
        page_one += [" " * 4 + a, " " * gutter + b]
    doc = run_until("\n".join(page_one) + "\n\f" + "\n".join(page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == [t.strip() for t in front] + left + right + left2 + right2



def test_a_long_left_line_two_blanks_from_the_right_column_is_cut_there():
    # Ghostscript's txtwrite sets each line's words at their places: a left
    # line that reaches nearly to the right column keeps a word space's two
    # blanks before it, where the other lines show a wide gap
    rows = []
    for k in range(10):
        left = f"left line {k} goes on".ljust(44) if k != 4 else "left line 4 runs on and on to its very end  "
        rows.append(" " * 4 + left + f"right line {k} stands here")
    assert rows[4].index("right") == rows[3].index("right") and "end  right line 4" in rows[4]
    order = _texts(run_until("\n".join(rows) + "\n", "columns"))
    assert "left line 4 runs on and on to its very end" in order
    assert order.index("left line 9 goes on") < order.index("right line 0 stands here")
    assert order.index("right line 4 stands here") == order.index("right line 3 stands here") + 1


def _texts(doc):
    return [doc.line_text(ln) for ln in doc.lines]


def test_each_page_a_running_header_opens_has_its_own_right_column_edge():
    # no form feeds or page numbers: each page is set a column further
    # right than the one before, and on each a long left line leaves two
    # blanks before that page's right column
    header = "Annals of Invented Matters, Vol. 3, No. 2 (2001)"
    rows = []
    for n in (1, 2, 3):
        rows += [" " * 4 + header, ""]
        for k in range(8):
            left = f"page {n} left line {k} goes on".ljust(44)
            if k == 4:
                left = f"page {n} left line 4 runs on to its very end  "
            rows.append(" " * (3 + n) + left + f"right line {k} of page {n}")
    assert all(f"end  right line 4 of page {n}" in "\n".join(rows) for n in (1, 2, 3))
    order = _texts(run_until("\n".join(rows) + "\n", "columns"))
    for n in (1, 2, 3):
        assert f"page {n} left line 4 runs on to its very end" in order
        assert order.index(f"page {n} left line 7 goes on") < order.index(f"right line 0 of page {n}")


def test_pages_only_their_running_headers_mark_each_find_their_own_gutter():
    # no form feeds or page numbers, and the middle page set at another
    # scale (Ghostscript's txtwrite): its text three columns further right,
    # its right column fourteen, too far from the others' gutter to wander
    header = "Annals of Invented Matters, Vol. 3, No. 2 (2001)"
    rows = []
    for n, shift, width in ((1, 0, 40), (2, 3, 51), (3, 0, 40)):
        rows += [" " * (4 + shift) + header, ""]
        for k in range(8):
            # (a long left line on the middle page reaches past the others' gutter)
            left = f"page {n} left line {k} runs on" + (" and on and on and on" if n == 2 and k == 3 else "")
            rows.append(" " * (4 + shift) + left.ljust(width) + f"right line {k} of page {n}")
    order = _texts(run_until("\n".join(rows) + "\n", "columns"))
    assert "page 2 left line 3 runs on and on and on and on" in order
    for n in (1, 2, 3):
        assert order.index(f"page {n} left line 7 runs on") < order.index(f"right line 0 of page {n}")
        assert all(f"right line {k} of page {n}" in order for k in range(8))


def _under_front(left_cells: list[str]) -> str:
    """A page: a long full-width abstract, then ten lines of two columns
    whose left parts are `left_cells`."""
    rows = [f"    abstract line {k} runs on across the whole width of the page, from the left margin to the right"
            for k in range(26)]
    for k, cell in enumerate(left_cells):
        rows.append(" " * 4 + cell.ljust(46) + f"right column line {k} carries it on too")
    return "\n".join(rows) + "\n"


def test_columns_under_a_long_front_are_found_when_no_other_page_lends_its_gutter():
    # few of the page's lines show the gap, but all that do show it in one
    # place, with prose on both sides
    text = _under_front([f"left column line {k} carries the prose on" for k in range(10)])
    order = _texts(run_until(text, "columns"))
    assert order.index("left column line 9 carries the prose on") < order.index("right column line 0 carries it on too")


def test_a_table_under_a_long_front_is_no_columns():
    # the same page with a table's short cells on the left: no columns
    doc = run_until(_under_front([f"cell {k}" for k in range(10)]), "columns")
    assert doc.layout["columns"] == 1


def test_a_notes_marker_raised_onto_a_line_of_its_own_past_a_lines_end_is_no_page_number():
    # Ghostscript's txtwrite sets a raised "2" on a row of its own, just
    # past the end of the right column's line it belongs to
    rows = []
    for k in range(12):
        rows.append(" " * 4 + f"left column line {k} carries the prose".ljust(46) + f"right column line {k} goes on here")
        if k == 5:
            rows.append(" " * (len(rows[-1]) + 3) + "2")
    order = _texts(run_until("\n".join(rows) + "\n", "columns"))
    assert order.index("left column line 11 carries the prose") < order.index("right column line 0 goes on here")


def _column_line(side: str, k: int, page: str) -> str:
    # lines of one measure, as a justified column sets them (42 characters
    # or one fewer)
    return f"{side} column's line {k:02d} of page {page} goes on in prose."[:42].rstrip()


def test_lines_whose_columns_ran_together_are_cut_at_the_word_space_between_them():
    # a gutter narrower than a wide word space: layout mode prints some of
    # the two columns' lines as one line with a single space between them
    front = [f"The abstract runs across the whole width of the page, this is its line number {i:02d}."
             for i in range(6)]
    left = [_column_line("The left", k, "one") for k in range(16)]
    right = [_column_line("The right", k, "one") for k in range(16)]
    together = {3, 4, 7, 10, 11}
    rows = [a + " " + b if k in together else a + " " * 6 + b for k, (a, b) in enumerate(zip(left, right))]
    doc = run_until("\n".join(front + rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == front + left + right


def test_a_left_lines_broken_word_ends_it_where_the_columns_ran_together():
    left = [_column_line("The left", k, "one") for k in range(12)]
    right = [_column_line("The right", k, "one") for k in range(12)]
    # the left line ends in a broken word; the widths alone would cut one
    # word further on
    left[5] = "The left column's line 05 breaks a wo-"
    rows = [a + " " + b if k == 5 else a + " " * 6 + b for k, (a, b) in enumerate(zip(left, right))]
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right


def test_a_note_under_both_columns_wider_than_them_stays_whole():
    # a note set across the page between two stretches of columns holds
    # words where the gutter is: more text than the two columns' lines
    left = [_column_line("The left", k, "one") for k in range(12)]
    right = [_column_line("The right", k, "one") for k in range(12)]
    # (a justified line or two holds a few more characters than the others)
    left[2] += " wide"
    right[8] += " wide"
    note = "1 A note set under both columns, its words filling the gutter's width, ends well past them."
    # (no wider than the widest lines of the two columns side by side)
    assert len(note) <= 2 * len(left[2]) + 1
    rows = [a + " " * 6 + b for a, b in zip(left, right)]
    rows.insert(6, note)
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert note in order
    assert order.index(left[5]) < order.index(right[0]) < order.index(note) < order.index(left[6])


def test_a_page_whose_columns_mostly_ran_together_takes_its_gutter_from_its_right_columns_lines():
    # page one: few lines show the gap; the right column's lines that stand
    # alone (beside blank left lines) start at one column far in
    left2 = [_column_line("The left", k, "two") for k in range(20)]
    right2 = [_column_line("The right", k, "two") for k in range(20)]
    page_two = [a + " " * 6 + b for a, b in zip(left2, right2)]
    left = [_column_line("The left", k, "one") for k in range(24)]
    right = [_column_line("The right", k, "one") for k in range(24)]
    page_one = []
    for k in range(24):
        if k % 3 == 0 or k == 23:
            # the two columns' lines half a line apart: each on its own
            page_one += [left[k], " " * 48 + right[k]]
        else:
            page_one.append(left[k] + " " + right[k])
    doc = run_until("\n".join(page_one) + "\n\f" + "\n".join(page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right + left2 + right2


def test_a_later_pages_top_lines_whose_columns_ran_together_are_cut_too():
    # the columns run on from the top of page two (no title stands above
    # them there), its first lines run together before any shows the gap
    left = [_column_line("The left", k, "one") for k in range(12)]
    right = [_column_line("The right", k, "one") for k in range(12)]
    left2 = [_column_line("The left", k, "two") for k in range(12)]
    right2 = [_column_line("The right", k, "two") for k in range(12)]
    page_one = [a + " " * 6 + b for a, b in zip(left, right)]
    page_two = [a + " " + b if k < 3 else a + " " * 6 + b for k, (a, b) in enumerate(zip(left2, right2))]
    doc = run_until("\n".join(page_one) + "\n\f" + "\n".join(page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right + left2 + right2


def test_a_centred_header_across_the_gutter_is_no_two_columns_run_together():
    # page two's running header stands centred over the columns, a word
    # space near the gutter; a line of the two columns run together starts
    # at the left column's edge
    def line(side, k, page):
        return f"{side} column's line {k:02d} of page {page} goes on in prose and more."[:50].rstrip()
    left, right = [line("The left", k, "one") for k in range(12)], [line("The right", k, "one") for k in range(12)]
    left2, right2 = [line("The left", k, "two") for k in range(12)], [line("The right", k, "two") for k in range(12)]
    header = "Annals of Comparative Studies, Vol. 29, No. 4 (2009)"
    page_one = [a.ljust(69) + b for a, b in zip(left, right)] + ["", " " * 62 + "315", ""]
    page_two = [" " * 30 + header, ""] + [a.ljust(69) + b for a, b in zip(left2, right2)]
    # (no form feed between the pages)
    doc = run_until("\n".join(page_one + page_two) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert header in order
    assert order.index(right[-1]) < order.index(header) < order.index(left2[0])


def test_a_line_whose_columns_ran_together_is_cut_where_the_right_column_starts():
    # a narrow gutter: layout mode sets the right column's lines at one
    # position, and a long left line leaves one space before it; by the
    # widths alone the cut would fall one word early ("… determined" /
    # "mostly man, who …")
    left = [f"The left column's line {k:02d} runs on and on here, and on."[:48] for k in range(14)]
    right = [f"The right column's line {k:02d} runs on and on too, and on."[:48] for k in range(14)]
    left[6], right[6] = "The pace of all of our models is determined mostly", "man, who explored it."
    rows = [a.ljust(51) + b for a, b in zip(left, right)]
    rows[6] = left[6] + " " + right[6]
    assert rows[6].index("man,") == 51
    doc = run_until("\n".join(rows) + "\n", "columns")
    order = [doc.line_text(ln) for ln in doc.lines]
    assert order == left + right
