from conftest import run_until

# two columns of word salad set to one printed width (as justified type
# is); the left one breaks a word at its margin every other line
LEFT = ["kept read of them the run events hol-", "ds log tell them kept they world read",
        "went same events events so later rec-", "ords later holds can tell go around in",
        "the a tell of that a run its of holds re-", "cords so tasks so run can made made",
        "run same they same tell log so be ev-", "ents a tell of its kept world read kept",
        "later to way pool run can records tas-", "ks later around them world went that",
        "to way be events records how so hol-", "ds be run the tell holds what so same"]
RIGHT = ["way went tasks read its what what be", "in go records they made kept records",
         "that events pool that made kept so to", "around how way in tell them in tasks",
         "what made read they later they holds", "them can holds events go to can read",
         "a that so pool run go later around log", "world made in and again made its be",
         "them be that the went events go of to", "and run from way that from pool run",
         "again read that to tasks they in world", "tell again go log made that read pool"]


def test_columns_set_side_by_side_with_one_space_are_read_one_after_the_other():
    # pdfplumber: each printed line of the left column, one space, the right
    # column's line; the left column's broken words show the seam
    text = "\n".join(a + " " + b for a, b in zip(LEFT, RIGHT)) + "\n"
    doc = run_until(text, "joined_columns")
    assert doc.layout["columns"] == 2
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT + RIGHT


def test_one_column_with_hanging_hyphens_is_left_alone():
    rows = ["Both pre- and post-war records are kept in the archive of the city, and",
            "the long- and short-term loans are listed with the names of the lenders"] * 4
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert doc.layout.get("columns", 1) == 1 and len(doc.lines) == 8


def test_each_page_reads_its_own_columns_where_no_mark_divides_the_pages():
    # pdfplumber and PDFBox's sorted text: no form feed between the pages,
    # only their furniture; a page's columns end at its page number and
    # the running header over the next page
    page = [a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])]
    next_page = [a + " " + b for a, b in zip(LEFT[6:], RIGHT[6:])]
    text = "\n".join(page + ["17", "Journal of Samples, Vol. 3 (2020)"] + next_page + ["18"]) + "\n"
    doc = run_until(text, "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == (
        LEFT[:6] + RIGHT[:6] + ["17", "Journal of Samples, Vol. 3 (2020)"] + LEFT[6:] + RIGHT[6:] + ["18"])


def test_a_short_left_line_beside_a_full_right_one_is_cut_before_the_right():
    # the left column's paragraph ends on a short line: its part fills no
    # measure, but the right column's full line after it does
    left = LEFT[:5] + ["cords so."] + LEFT[6:]
    text = "\n".join(a + " " + b for a, b in zip(left, RIGHT)) + "\n"
    doc = run_until(text, "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == left + RIGHT


def test_a_full_left_line_beside_the_right_columns_short_last_line_is_cut_after_the_left():
    # the right column's paragraph ends on a short line: a short part could
    # open the line too ("ds" + "log tell ... so."), but a paragraph's
    # last line ends at its stop, and here only the right part does
    right = RIGHT[:1] + ["cords so."] + RIGHT[2:]
    text = "\n".join(a + " " + b for a, b in zip(LEFT, right)) + "\n"
    doc = run_until(text, "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT + right


def test_a_line_of_the_right_column_alone_goes_on_its_open_sentence():
    # the left column leaves a line blank (a heading's space below it); the
    # right column's line there stands alone, in lower case, going on with
    # the right column's open sentence, not the left's finished one
    # (a new sentence opens the left column's next line)
    left = LEFT[:7] + ["ents a tell of its kept world read."]
    left_on = ["Later" + LEFT[8][5:]] + LEFT[9:]
    rows = [a + " " + b for a, b in zip(left, RIGHT[:8])] + ["and goes on here"] \
        + [a + " " + b for a, b in zip(left_on, RIGHT[8:])]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == left + left_on + RIGHT[:8] + ["and goes on here"] + RIGHT[8:]


def test_right_column_lines_alone_above_the_first_cut_go_on_into_the_right_column():
    # the left column opens with a title and the space around it; beside
    # them the right column's first lines stand alone. Each runs on into
    # the right column's next line (a broken word, a full line without a
    # stop before a lower-case start), so they are read after the left
    # column, not before it (the left column's text opens a sentence); the
    # short title runs on into nothing
    left = ["Kept" + LEFT[0][4:]] + LEFT[1:]
    right_top = ["went same events events so later rec-", "ords later holds can tell go around in"]
    rows = ["2. The Method"] + right_top + [a + " " + b for a, b in zip(left, RIGHT)]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == ["2. The Method"] + left + right_top + RIGHT


def test_lines_of_the_two_columns_in_turn_are_dealt_to_their_columns():
    # pdfplumber: where the columns' baselines fall out of step, their lines
    # come one of each in turn; a word broken at a line's end ("jour-")
    # goes on in its own column ("ney"), an open sentence in lower case
    alone_left = ["the ship reached the harbour on a jour-", "ney across the sea, and the crew went",
                  "ashore to the inn by the old market."]
    alone_right = ["many sailors had waited for news of", "the fleet, and the town was glad of it.",
                   "When the bells rang, people came out"]
    turns = [line for pair in zip(alone_left, alone_right) for line in pair]
    rows = [a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])] + turns \
        + [a + " " + b for a, b in zip(LEFT[6:], RIGHT[6:])]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == \
        LEFT[:6] + alone_left + LEFT[6:] + RIGHT[:6] + alone_right + RIGHT[6:]


def test_a_line_across_the_page_is_not_cut_into_columns():
    # an abstract set across the page above the columns: its lines are
    # wider than two columns' parts, and its short last line runs on from them
    wide = ["kept read of them the run events holds log tell them kept they world read went same events",
            "events so later records later holds can tell go around in the a tell of that a run its of"]
    last = "holds records so tasks so run can"
    rows = wide + [last] + [a + " " + b for a, b in zip(LEFT, RIGHT)]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == wide + [last] + LEFT + RIGHT


def test_a_footnote_of_the_left_column_beside_a_full_right_line_is_cut():
    # a note at the page's foot is set in smaller type: more letters fill
    # the left column's measure than in the text, yet the right column's
    # full line beside it shows where the two meet
    note = "1 See the records of the harbour office for 1911."
    rows = [a + " " + b for a, b in zip(LEFT[:11], RIGHT[:11])] + [note + " " + RIGHT[11], "17"]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT[:11] + [note] + RIGHT + ["17"]


def test_one_column_whose_words_break_at_its_line_ends_is_left_alone():
    # a few stray "re- cord" seams, but the words broken at the line ends
    # go on at the next line's start: one column across the page
    rows = ["The harbour master kept a re- cord of every ship that came into the port and wrote exam-",
            "ples of their cargo into a book that the town coun- cil kept in the old hall after his depar-",
            "ture from the town, and the clerks who followed him wro- te down the names of the cap-",
            "tains and the dates of their arrivals in the same book un- til the harbour closed for the win-",
            "ter of that year, when the last ship sailed away to the so- uth and never came back to the quay-",
            "side where the people had waited for it through the long autumn months of the year be-",
            "fore, and where the children had played on the stones of the old quay every single after-",
            "noon of the summer until the light went down behind the hills and the town was quiet again."]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert doc.layout.get("columns", 1) == 1 and [doc.line_text(ln) for ln in doc.lines] == rows


def test_lines_a_dozen_below_the_last_seam_are_cut_too():
    # the left column's words need not break at its margin for a dozen
    # lines; its lines still fill the measure beside the right column's
    whole = [x for x in LEFT if not x.endswith("-")]
    left = LEFT + [whole[k % len(whole)] for k in range(12)]
    right = RIGHT + [RIGHT[k % len(RIGHT)] for k in range(12)]
    doc = run_until("\n".join(a + " " + b for a, b in zip(left, right)) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == left + right


def test_a_word_broken_at_the_right_columns_line_end_shows_where_its_rest_opens():
    # the left part fills the measure as well with the right column's
    # first word ("a") as without it; the right column's line above broke
    # "ide-", and only a cut before "a" lets the two make a word
    left = LEFT[:3] + ["ords later holds can tell so round in"] + LEFT[4:]
    right = RIGHT[:2] + ["that events pool that made kept so ide-", "a how way in tell them in tasks"] + RIGHT[4:]
    doc = run_until("\n".join(a + " " + b for a, b in zip(left, right)) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == left + right


def test_a_word_broken_inside_a_part_marks_a_wrong_cut():
    # "hol- ds" inside one column's line: no line breaks a word and goes on
    # in it, so the cut that leaves the seam whole loses to the one at it
    from temize.passes.joined_columns import _reads_on
    around = ("", "")
    assert _reads_on("kept read of them the run events hol-", "ds log tell", around, ("en",)) \
        > _reads_on("kept read of them the run events hol- ds", "log tell", around, ("en",))


def test_an_abstract_across_the_page_under_its_label_is_not_cut():
    # an abstract above the columns, its words unbroken: its lines are as
    # wide as two columns' parts, but the label above it tells; the keyword
    # line under it stands above the columns too
    abstract = ["The harbour records of the town were kept by the port master for years and",
                "they show how the trade of the coast grew after the railway came to town",
                "in the last years of the century, when the ships grew larger every year."]
    rows = ["Abstract"] + abstract + ["Keywords: harbour, trade, records"] \
        + [a + " " + b for a, b in zip(LEFT, RIGHT)]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert doc.layout["columns"] == 2
    assert [doc.line_text(ln) for ln in doc.lines] == \
        ["Abstract"] + abstract + ["Keywords: harbour, trade, records"] + LEFT + RIGHT


def test_a_numbered_title_beside_a_full_right_line_is_cut_after_the_title():
    # the left column's section title ("3- Harbour Re-" broken over two
    # lines) stands beside full lines of the right column
    title = ["3- Harbour Records of the Re-", "gion"]
    rows = [a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])] \
        + [t + " " + r for t, r in zip(title, RIGHT[6:8])] \
        + [a + " " + b for a, b in zip(LEFT[6:], RIGHT[8:])]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines[6:8]] == title


def test_a_numbered_title_ending_a_line_is_the_right_columns():
    # the right column's subsection title beside the left column's short
    # last line of a paragraph; "Section 2. The" is no title
    rows = [a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])] + ["as the rest of the set 6.1- Cache"] \
        + [a + " " + b for a, b in zip(LEFT[6:], RIGHT[6:])]
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    texts = [doc.line_text(ln) for ln in doc.lines]
    assert "as the rest of the set" in texts and "6.1- Cache" in texts
    assert texts.index("6.1- Cache") > texts.index(RIGHT[5])
    from temize.document import Line
    from temize.passes.joined_columns import _cut_before_title
    line = "as described in Section 2. The Method"
    assert _cut_before_title(line, Line(0, len(line)), 30.0) is None


# two columns of plain prose, each line at one printed width, words broken
# at the margin
PROSE_LEFT = ["The ship reached the harbour after a jour-", "ney of nine days across the grey winter",
              "sea, and the crew went ashore to the mar-", "ket by the church to buy bread and salt",
              "for the long way home again. The cap-", "tain kept the log and wrote down the wea-",
              "ther of each day, the wind and the rain,", "and the names of the towns they had pas-",
              "sed on the coast before the storm came."]
PROSE_RIGHT = ["Many sailors had waited for news of the", "fleet, and the town was glad when the",
               "bells of the church rang in the morn-", "ing. People came out of their houses and",
               "walked down to the quay, where the trav-", "ellers told them of the storm and the",
               "lost boat. In the evening the whole vil-", "lage sat in the inn, and the old men sang",
               "songs about the sea until it was late."]


def test_a_page_whose_column_lines_all_come_in_turn_is_read_column_by_column():
    # pdfplumber, where the columns' baselines are out of step on the whole
    # page: no line holds both columns, so no seam shows the measure; the
    # words broken at a line's end go on two lines below, in their column
    turns = [line for pair in zip(PROSE_LEFT, PROSE_RIGHT) for line in pair]
    doc = run_until("\n".join(turns) + "\n", "joined_columns")
    assert doc.layout["columns"] == 2
    assert [doc.line_text(ln) for ln in doc.lines] == PROSE_LEFT + PROSE_RIGHT


def test_one_column_with_a_broken_word_going_on_two_lines_below_is_left_alone():
    # one column whose broken words go on at the next line; a footnote line
    # between a word's halves once does not make two columns
    lines = PROSE_LEFT[:6] + ["1 A note at the page's foot."] + PROSE_LEFT[6:]
    doc = run_until("\n".join(lines) + "\n", "joined_columns")
    assert doc.layout.get("columns", 1) == 1
    assert [doc.line_text(ln) for ln in doc.lines] == lines


def test_a_seam_a_little_past_the_measure_is_still_the_cut():
    # widths estimated from the letters stray a few per cent either way: a
    # left part whose broken word ends past the measure ("recor-"), beside
    # the right column's short last line of a paragraph, is cut at the
    # seam, not inside the left column's line before the broken word
    left = LEFT[:4] + ["the a tell of that a run its of holds recor-", "ds so tasks so run can made the made"] + LEFT[6:]
    right = RIGHT[:4] + ["what made read they."] + RIGHT[5:]
    text = "\n".join(a + " " + b for a, b in zip(left, right)) + "\n"
    doc = run_until(text, "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == left + right


def test_both_columns_notes_side_by_side_are_cut_at_the_notes_own_measure():
    # a page's foot: each column's notes in smaller type, more letters to
    # a line than the text's, side by side wider than two text lines; the
    # left notes' broken words give their measure, and the right note's
    # number opens its part
    notes_left = ["1 The records of the old port were kept in a", "box of the city hall until the fire of that ye-",
                  "ar took the roof and most of the ledgers, whi-", "ch leaves only the later books of the harbour."]
    notes_right = ["2 A way to read the log is to set its pages by", "the dates of the ships that came in, as the cl-",
                   "erks wrote them at the quay on the same days", "they were paid for the goods they unloaded."]
    rows = ([a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])]
            + [a + " " + b for a, b in zip(notes_left, notes_right)] + ["17"])
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT[:6] + notes_left + RIGHT[:6] + notes_right + ["17"]


def test_the_left_columns_note_beside_the_right_columns_text_is_cut_before_the_text():
    # from the note's first line down, the left column's lines are a
    # note's, wider than the text's; the right column's text goes on beside
    # them, each of its lines filling the text's measure
    note = ["1 The records of the old port were kept in a", "box of the city hall until the fire of that ye-",
            "ar took the roof and most of the ledgers, whi-", "ch leaves only the later books of the harbour."]
    rows = ([a + " " + b for a, b in zip(LEFT[:6], RIGHT[:6])]
            + [a + " " + b for a, b in zip(note, RIGHT[6:10])] + ["17"])
    doc = run_until("\n".join(rows) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT[:6] + note + RIGHT[:10] + ["17"]


def test_a_title_wrapped_in_the_right_column_is_cut_from_the_left_columns_full_line():
    # the right column's title breaks a word at its line's end; its rest,
    # short and with no stop, stands beside the left column's full line
    right = RIGHT[:3] + ["2- Records of the Harbour and its Or-", "ders of Work"] + RIGHT[5:]
    doc = run_until("\n".join(a + " " + b for a, b in zip(LEFT, right)) + "\n", "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == LEFT + right


def test_a_word_broken_at_a_full_left_parts_end_vouches_for_it_a_little_past_the_measure():
    from temize.document import Line
    from temize.layoutstats import text_width
    from temize.passes.joined_columns import FIT, _cut_after_full_left
    left = "the a tell of that a run its of hold recor-"
    measure = text_width(left) / (1 + 1.2 * FIT)  # (widths wander)
    line = left + " ds so."
    assert _cut_after_full_left(line, Line(0, len(line)), measure, FIT) == len(left)
    unbroken = "the a tell of that a run its of hold record"
    line = unbroken + " ds so."
    assert _cut_after_full_left(line, Line(0, len(line)), text_width(unbroken) / (1 + 1.2 * FIT), FIT) is None


def test_a_full_right_part_whose_broken_word_the_next_line_finishes_may_reach_past_the_measure():
    # a title in the left column beside the right column's full line, a
    # little wider than the measure as estimated from its letters; the next
    # line (the right column's, alone) finishes its broken last word
    from temize.document import Line
    from temize.layoutstats import text_width
    from temize.passes.joined_columns import FIT, _cut_beside_short
    title, right = "Records of Work", "everywhere went tasks read its what be re-"
    line = title + " " + right
    measure = text_width(right) / (1 + 1.4 * FIT)
    assert _cut_beside_short(line, Line(0, len(line)), measure, ("", "cords so tasks so run"), ("en",)) == len(title)
    assert _cut_beside_short(line, Line(0, len(line)), measure, ("", "Then so tasks so run"), ("en",)) is None


def test_a_title_beside_a_full_left_line_is_cut_after_the_left_line():
    # either part may be the full one by the widths: "the harbour" beside a
    # full right line, or a full left line beside "Port Records"; a short
    # part that is neither a paragraph's last line nor a title speaks for
    # the title, and "Assuming a" is no title but a sentence's start
    from temize.document import Line
    from temize.layoutstats import text_width
    from temize.passes.joined_columns import _cut_beside_short
    left = "the harbour went tasks read its what be held in"
    for right, cut in (("Port Records", len(left)), ("Assuming a", len("the harbour"))):
        line = left + " " + right
        assert _cut_beside_short(line, Line(0, len(line)), text_width(left), ("", ""), ("en",)) == cut
    # a sentence's end with a word in lower case after it is no one column
    # line's: that left part holds the ends of two
    left = "the harbour went tasks. read its what be held in"
    line = left + " Port Records"
    assert _cut_beside_short(line, Line(0, len(line)), text_width(left), ("", ""), ("en",)) == len("the harbour")


def test_two_numbered_titles_side_by_side_are_cut_between_them():
    from temize.document import Line
    from temize.passes.joined_columns import _cut_before_title
    line = "1. RECORDS 4. Port books of the harbour"
    assert _cut_before_title(line, Line(0, len(line)), 30.0) == len("1. RECORDS")


def test_a_columns_section_numbers_go_up_and_a_capitalised_compound_may_go_on_in_a_capital():
    from temize.passes.joined_columns import _continuity
    # "2. …" under "4. …" reads as two columns' titles, under "1. …" as one's
    langs = ("en",)
    m = 30.0
    assert _continuity("4. Port books", "2. Ledgers", m, langs) < _continuity("1. Records", "2. Ledgers", m, langs)
    # a word broken at a line's end goes on in lower case; a compound of
    # capitalised words ("… the MIA Patch-" / "Sum trigger") may go on in a
    # capital, which speaks less against it
    assert _continuity("kept in the MIA Patch-", "Sum trigger was", m, langs) \
        > _continuity("kept in the records of exam-", "The way went", m, langs)


def test_a_broken_words_rest_may_make_a_known_word_with_endings():
    from temize.passes.joined_columns import _known_across
    langs = ("tr", "en")
    assert _known_across("ima", "nını", langs)  # "iman" + "ını"
    assert not _known_across("kan", "nını", langs)
    assert not _known_across("İs", "ile", langs)  # "ile" is a word of its own


def test_a_notes_first_line_opens_with_its_number_before_a_capital_even_a_one_letter_word():
    from temize.passes.joined_columns import NOTE_OPENS
    assert NOTE_OPENS.search("1A particularly interesting application")
    assert NOTE_OPENS.search("the run of it. 2Bu takibat altında")
    assert NOTE_OPENS.search("as the ledgers show (1910). 3The port books")  # after a year, a bracket
    assert not NOTE_OPENS.search("1a schematic of the curves")


def test_a_page_whose_lines_come_in_turn_is_read_by_column_beside_pages_of_joined_lines():
    # pdfplumber: on one page the columns' baselines fall out of step (a
    # title above one column), so its lines come one of each in turn; on
    # the next they share baselines and each line holds both columns
    turns = [line for pair in zip(PROSE_LEFT, PROSE_RIGHT) for line in pair]
    joined = [a + " " + b for a, b in zip(LEFT, RIGHT)]
    text = "\n".join(turns + ["17", "Journal of Samples, Vol. 3 (2020)"] + joined + ["18"]) + "\n"
    doc = run_until(text, "joined_columns")
    assert [doc.line_text(ln) for ln in doc.lines] == (
        PROSE_LEFT + PROSE_RIGHT + ["17", "Journal of Samples, Vol. 3 (2020)"] + LEFT + RIGHT + ["18"])
