from conftest import body_text, run_until
from temize import recover

HEADER = "Journal of Samples, Vol. 3, No. 1 (2010)\n\n"


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n\n"


def test_a_page_whose_right_column_came_first_is_put_back_in_order():
    # page two: the right column (the rest of the left one's last sentence)
    # was emitted before the left column
    text = (HEADER + _page("The first page ends in the middle of a sentence that as has been")
            + HEADER + "12\n\n"
            + _page("wide and fast, and the rest of the sentence goes on in the right column.",
                    "stressed above, the left column continues the first page and then",
                    "It has a paragraph of its own that ends properly.",
                    "The last paragraph of the left column breaks off at deep and"))
    body = body_text(text)
    assert ("as has been stressed above, the left column continues the first page and then "
            "It has a paragraph") in body
    assert "breaks off at deep and wide and fast, and the rest" in body


def test_pages_in_order_are_left_alone():
    text = (HEADER + _page("The first page ends in the middle of a sentence that as has been")
            + HEADER + "12\n\n"
            + _page("stressed above, the page continues the sentence of the first page.",
                    "It has a paragraph of its own that ends properly.",
                    "The last paragraph breaks off at the end of the page and"))
    doc = run_until(text, "reading_order")
    assert "reordered_pages" not in doc.layout


def test_a_paragraphs_last_line_emitted_one_line_late_goes_back():
    full = "this line of the column is as long as the column is wide, it is"
    text = "\n".join([full, full, "the survey, the latter using only the",
                      "It is instructive to calculate here, for the record, the", "r-filter.",
                      "efficiency of the survey with the figures for the site,", full, "done.", ""])
    body = [b["text"] for b in recover(text).to_dict()["body"]]
    assert body[0].endswith("using only the r-filter.")
    assert body[1].startswith("It is instructive to calculate here, for the record, the efficiency")


def test_a_proper_name_opening_a_line_mid_sentence_stays():
    full = "this line of the column is as long as the column is wide, it is"
    text = "\n".join([full, "the survey was planned by", "Smith and his colleagues, who wrote",
                      "the final report.", "And then the paragraph went on for a while,", full, "done.", ""])
    doc = run_until(text, "reading_order")
    assert "swapped_lines" not in doc.layout


def test_text_with_a_line_a_paragraph_is_left_in_its_order():
    # Markdown writers give a paragraph a line: blocks are paragraphs, and
    # their seams say nothing about columns
    long = " and the sentence goes on at length about the records of the harbour" * 5
    text = (HEADER + _page("The first page ends in the middle of a sentence that as has been")
            + HEADER + "12\n\n"
            + _page("wide and fast, and the rest of the sentence goes on" + long + ".",
                    "stressed above, the left column continues the first page" + long + ".",
                    "It has a paragraph of its own that ends properly" + long + ".",
                    "The last paragraph of the left column breaks off" + long + " at deep and"))
    doc = run_until(text, "reading_order")
    assert "reordered_pages" not in doc.layout


def test_the_top_of_the_right_column_emitted_between_left_blocks_goes_where_its_sentence_starts():
    # pdfminer put the right column's first block after the left column's
    # first one; the left column breaks off mid-sentence further down
    wide = " and the sentence runs on across the width of the column here"
    text = (HEADER + _page("The page opens with a paragraph of the left column" + wide + ".",
                           "decisions on how to organise the log were taken on-line" + wide + ".",
                           "Another paragraph of the left column describes the method" + wide
                           + " and breaks off where CETES took",
                           "A new paragraph of the right column begins after that one" + wide + ".",
                           "The page's last paragraph ends in the middle of a sentence" + wide + " and")
            + HEADER + "12\n\n" + _page("so it goes on at the top of the next page."))
    doc = run_until(text, "reading_order")
    assert doc.layout["reordered_pages"] == 1
    body = body_text(text)
    assert "breaks off where CETES took decisions on how to organise the log" in body
    assert "column here. Another paragraph" in body


def test_the_two_halves_of_a_printed_line_emitted_the_wrong_way_round_are_swapped():
    # pdfminer: "In princi-" / "observers working intersubjectively)." /
    # "ple, A can ..." was one printed line and its start
    text = "\n".join(["this line of the column is as long as the column is wide, so it",
                      "goes on to say that every prediction made by an observer here",
                      "is always with respect to a particular partial observer (or",
                      "In princi-", "several of them at work intersubjectively).",
                      "ple, A can use either statistics to check the interaction of B",
                      "with the system, and so the argument of this section ends.", ""])
    doc = run_until(text, "reading_order")
    assert doc.layout["swapped_halves"] == 1
    body = body_text(text)
    assert "(or several of them at work intersubjectively). In principle, A can" in body


def test_short_lines_whose_seams_read_right_stay_in_order():
    text = "\n".join(["this line of the column is as long as the column is wide, so it",
                      "goes on to name the large projects of the last decade, such as",
                      "the SuperMACHO and the W projects being scheduled", "the CTIO Blanco",
                      "over five years at", "4-m telescope are examples of the former kind of project,",
                      "and the paragraph ends with this line of prose at the end.", ""])
    doc = run_until(text, "reading_order")
    assert "swapped_halves" not in doc.layout


def test_a_right_column_top_emitted_first_after_a_heading_goes_after_the_left_column():
    # pdftotext's default mode: a heading, then the right column's top (a
    # sentence's rest, breaking off itself), then the left column, which
    # breaks off where the right column goes on
    text = (HEADER + _page("The first page ends with a finished sentence and nothing more.")
            + HEADER + "12\n\n"
            + _page("1. Introduction",
                    "which does not assume that the log holds the whole of the run, and so on\n"
                    "through the column until the last line of the page, which breaks off at pa-",
                    "Replay can be described as making a copy of a run from its recording and\n"
                    "goes on over the left column of this page, until at its end it stops at a")
            + HEADER + "13\n\n" + _page("per, which is where the next page goes on with the text."))
    body = body_text(text)
    assert "it stops at a which does not assume" in body
    assert "breaks off at paper, which is where" in body


def test_a_right_column_emitted_first_after_a_page_that_broke_off_is_put_after_the_left():
    # the page before broke off mid-sentence; this page opens with the
    # right column (a new paragraph, then section 6), and the left column's
    # rest of that sentence starts in lower case further down. Moving that
    # block alone to the top would leave section 5 after section 6: the
    # blocks turn instead
    text = (HEADER + _page("The first page ends in the middle of a sentence about the type of the")
            + HEADER + "12\n\n"
            + _page("In order to start a replay from a starting point, the run must be deterministic.",
                    "6. When is the method better",
                    "The only known method that fulfills all requirements is the older one.",
                    "record, and the current time, which the log keeps for every entry.",
                    "We have decided upon the following solution for the queues of the log.",
                    "5. Using the method",
                    "As noted in our previous work, starting points can be found in the code."))
    body = body_text(text)
    assert "the type of the record, and the current time" in body
    assert body.index("5. Using the method") < body.index("6. When is the method better")
    assert body.index("found in the code.") < body.index("In order to start a replay")


def _stranded_pages(hole_text: str) -> str:
    """Two pages in the order pdftotext's default mode gives them when the
    journal's name stands in the right margin: the name and the heading
    beside it come out after the page number at the page's foot."""
    return (HEADER
            + "1. Introduction\n"
            + "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            + "the centuries, as the first quays of wood and stone were built by the merchants.\n"
            + hole_text
            + "Our study follows three towns of the coast through their archives and their maps,\n"
            + "which were chosen because their records survive from the earliest years on.\n\n"
            + "3. Sources\n"
            + "The archives hold the minutes of the councils.\n"
            + "214\n\n"
            + HEADER  # the margin's text, here the header's words
            + "2. Method\n\n"
            + HEADER
            + "The maps show the quays as they grew from one decade to the next, and the\n"
            + "letters tell who paid for them and why the councils agreed to build them.\n"
            + "215\n")


def test_a_heading_emitted_after_the_page_foot_goes_back_into_the_hole_it_left():
    out = recover(_stranded_pages("\n"), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == [
        "1. Introduct", "Harbour town", "2. Method", "Our study fo", "3. Sources", "The archives", "The maps sho"]
    assert out["layout"]["restored_blocks"] == 1


def test_a_block_after_the_page_foot_stays_where_the_page_shows_no_hole():
    # no white space between the two paragraphs: nothing tells where the
    # heading stood, so it is left where the extractor put it
    out = recover(_stranded_pages(""), lang="en").to_dict()
    assert "restored_blocks" not in out["layout"]
    assert [b["text"][:12] for b in out["body"]] == [
        "1. Introduct", "Harbour town", "3. Sources", "The archives", "2. Method", "The maps sho"]


def test_a_paragraph_emitted_after_the_page_foot_goes_back_into_the_section_it_left_empty():
    text = (HEADER
            + "1. Introduction\n"
            + "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            + "the centuries, as the first quays of wood and stone were built by the merchants.\n"
            + "2. Method\n\n"
            + "3. Sources\n"
            + "The archives hold the minutes of the councils.\n"
            + "214\n\n"
            + HEADER
            + "Our study follows three towns of the coast through their archives and their maps,\n"
            + "which were chosen because their records survive from the earliest years on.\n\n"
            + HEADER
            + "The maps show the quays as they grew from one decade to the next.\n"
            + "215\n")
    out = recover(text, lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == [
        "1. Introduct", "Harbour town", "2. Method", "Our study fo", "3. Sources", "The archives", "The maps sho"]


def _numbered_pages(*pages: list[str]) -> str:
    """Pages of blocks, each after the running header, the second and later
    ones with their numbers (12, 13, …)."""
    out = HEADER + _page(*pages[0])
    for k, blocks in enumerate(pages[1:]):
        out += HEADER + f"{12 + k}\n\n" + _page(*blocks)
    return out


def test_a_right_column_emitted_first_is_found_by_the_broken_words_at_its_seams():
    # both seams as emitted join a broken word to a lower-case start, so
    # case alone does not tell; only the other order makes words of them
    # ("as-" + "signments", "hu-" + "man"; not "as-" + "man", "ra-" + "signments")
    text = _numbered_pages(["The first page ends with observers that make informed truth as-"],
                           ["man partial observer, one may start with something small, an ant, and",
                            "teach observers to follow rules which ensure that such criteria of ra-",
                            "signments. Partial observers can study one quantum system with another,\n"
                            "and instead of investigating a hu-"],
                           ["tionality are obeyed by them all."])
    body = body_text(text, lang="en")
    assert "truth assignments. Partial observers" in body
    assert "investigating a human partial observer" in body
    assert "criteria of rationality are obeyed" in body


def test_a_column_top_set_down_below_a_block_that_runs_on_goes_up_to_finish_its_broken_word():
    # pdftotext's default mode, with text in the right margin: the right
    # column's top ("tify …") came out after a block of that column; every
    # seam runs on into lower case, only the word "iden-" shows the order
    text = _numbered_pages(["The first page lists the kinds of stars, the eruptive and the eclipsing"],
                           ["variables, which are useful for many studies; the survey will also iden-",
                            "may be replaced by a scheme that mixes sky brightness with seeing, as has been",
                            "tify faint transients in the first year of the survey, and so although"],
                           ["stressed above, follow-up facilities will be needed for all of them."])
    body = body_text(text, lang="en")
    assert "will also identify faint transients" in body
    assert "so although may be replaced by a scheme" in body
    assert "as has been stressed above" in body


def test_a_column_top_set_down_below_a_new_section_goes_up_to_finish_its_broken_word():
    # the column broke off in "accessi-", the next block opens a section,
    # and the word's rest waits at the foot of the page after a block that
    # runs on into the next page
    text = _numbered_pages(["2. The concept",
                            "The telescope is wide and fast, and it will image a large fraction of the accessi-",
                            "3. Comparison with other imagers",
                            "Most telescopes of this class offer no wide field, and the few that do",
                            "offer it for a small share of the nights, so that surveys of this kind",
                            "ble sky in one night with short exposures of twenty seconds each."],
                           ["remain out of their reach for the coming years."])
    body = body_text(text, lang="en")
    assert "a large fraction of the accessible sky in one night" in body
    assert "surveys of this kind remain out of their reach" in body


def test_a_compounds_hyphen_at_a_blocks_end_draws_no_block_up():
    # "north-" + "west" are two words of a compound (a list of "north-,
    # south- and east-facing" sides, say), not one word cut in two: the
    # block opening with "west" stays where it is
    text = _numbered_pages(["The quays of the old harbour face the winds that blow from the north-",
                            "Their stones were brought by ship from quarries along the coast, and",
                            "west winds in winter drove the ships onto the rocks off the point."],
                           ["The town moved its harbour in the end."])
    doc = run_until(text, "reading_order")
    assert "reordered_pages" not in doc.layout


def test_the_last_page_does_not_end_mid_sentence_when_a_block_above_finishes_it():
    text = _numbered_pages(["The first page tells of the servers that we measured, and it ends here."],
                           ["5. Workload",
                            "To benchmark the server we need popular files with many requesting peers.",
                            "servers, even when used by people who do not know its internals well.",
                            "6. Conclusions",
                            "The server has shown that the tool is able to produce efficient network"]) \
        + HEADER + "13\n"
    body = body_text(text, lang="en")
    assert body.endswith("produce efficient network servers, even when used by people who do not know its "
                         "internals well.")


def test_the_journals_name_set_down_mid_page_is_no_page_edge_where_pages_carry_numbers():
    # pdfminer and pdftotext set the margin's journal name (the header's own
    # words, so removed as a running header) in the middle of a page; the
    # page's blocks are still read as one page
    from temize.passes.reading_order import _pages
    text = (HEADER + "12\n\n" + _page("The page opens here and runs on.", "A second block of the page.",
                                     "A third block of the page.", "A fourth block of the page.")
            + HEADER + _page("A block after the journal's name.", "One more block.", "Yet another block.",
                             "The page's last block.")
            + "13\n\n" + HEADER + _page("The next page."))
    doc = run_until(text, "page_numbers")  # the furniture found, the pages not yet read
    sizes = [sum(ln.role == "body" for ln in page) for page in _pages(doc.lines)]
    assert [s for s in sizes if s] == [8, 1]


def test_a_heading_emitted_after_the_page_foot_goes_back_above_a_section_that_opens_in_lower_case():
    text = _stranded_pages("\n").replace("Our study follows three towns", "our study follows three towns")
    out = recover(text, lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]][:4] == ["1. Introduct", "Harbour town", "2. Method", "our study fo"]


def test_a_block_finishing_the_last_sentence_moves_on_a_page_that_opens_with_the_page_befores_rest():
    text = _numbered_pages(["The first page tells of the servers that we measured, and as has been"],
                           ["stressed above, the servers we measured all behaved well under load.",
                            "servers, even when used by people who do not know its internals well.",
                            "6. Conclusions",
                            "The server has shown that the tool is able to produce efficient network"]) \
        + HEADER + "13\n"
    body = body_text(text, lang="en")
    assert "as has been stressed above" in body
    assert body.endswith("produce efficient network servers, even when used by people who do not know its "
                         "internals well.")


def test_the_next_pages_top_after_a_page_tail_emitted_twice_is_not_taken_for_a_stranded_block():
    # after the page number, the page's tail again (removed as a duplicate),
    # then the next page: its first block is where it belongs
    tail = ("Our study follows three towns of the coast through their archives and their maps,\n"
            "which were chosen because their records survive from the earliest years on.\n")
    text = (HEADER + "1. Introduction\n"
            "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            "the centuries, as the first quays of wood and stone were built by the merchants.\n"
            + tail + "\nData of the towns are kept in the archives of each town.\n214\n\n" + tail + "\n"
            + HEADER + "Another source is the maps, which show the quays as they grew from one decade\n"
            "to the next, and the letters that tell who paid for them and why.\n\n"
            + HEADER + "The councils agreed to build them in the end.\n215\n")
    out = recover(text, lang="en").to_dict()
    assert "restored_blocks" not in out["layout"]
    assert out["body"][-1]["text"].startswith("Another source is the maps")


def test_a_stranded_heading_goes_back_also_where_headers_are_printed_at_the_page_foot():
    # no running header follows the block (the next page's header is at its
    # foot); the title's number, smaller than one on the page, says it is
    # out of place
    text = (_stranded_pages("\n").replace(HEADER + "The maps show", "\nThe maps show")
            + HEADER)
    out = recover(text, lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]][:5] == [
        "1. Introduct", "Harbour town", "2. Method", "Our study fo", "3. Sources"]


def _towns_page(*rest: str) -> str:
    """A page of a two-column paper as pdftotext's default mode emitted it:
    the page before's rest, a block of section 3's, titles 2 and 4 set
    together, section 2's first text, then `rest`; the next page opens
    with the rest of a word broken at the page's end ("rec-" + "ord")."""
    return _numbered_pages(
        ["The first page ends with a sentence on the towns, which, as with this pa-"],
        ["per, we study for the case of small towns, and the paper is organized as follows.",
         "sions on how to organize the archive of each town. We call it the new method.",
         "2. Related Work",
         "4. Implementation",
         "Stewart and Gentleman report that many towns kept archives at great cost.",
         *rest],
        ["ord, and the current time of each entry are kept in the log of the town."])


def _in_order(body: str, *parts: str) -> bool:
    """Do the parts stand in the body in this order?"""
    places = [body.index(p) for p in parts]
    return places == sorted(places)


def test_a_page_whose_titles_and_blocks_came_out_in_no_order_one_move_mends_is_solved():
    # pdftotext's default mode emitted this two-column page's blocks out of
    # order: the section numbers (2, 4, 3) and the broken words at the seams
    # ("deci-" + "sions", "rec-" + "ord") tell the one order that reads right
    text = _towns_page("The method allows a user to specify a set of archives and, for each one, the type of the rec-",
                       "3. The method",
                       "We have, in a previous paper, presented a method that took on-line deci-")
    body = body_text(text, lang="en")
    assert body.index("2. Related Work") < body.index("Stewart") < body.index("3. The method") \
        < body.index("We have") < body.index("4. Implementation") < body.index("The method allows")
    assert "took on-line decisions on how" in body and "the type of the record, and" in body


MARGIN = "\nJournal of Samples Vol 3 No 1\n\n"


def _beside_margin(page: str, title: str, next_page: str, last_page: str) -> str:
    """Three pages numbered in their headers at the top, as pdftotext's
    default mode gives them with the journal's name in the right margin:
    each page's text, then the margin's text, and on the first page the
    title that stood beside it."""
    return (HEADER + "211\n\n" + page + MARGIN + title
            + HEADER + "212\n\n" + next_page + MARGIN
            + HEADER + "213\n\n" + last_page)


def test_a_title_set_out_beside_the_margin_text_goes_back_under_the_abstract():
    # the page's number stands in its header at the top: the margin's text
    # and the section's title beside it come out after the page's text,
    # before the next page's header. The title (wrapped onto a second line)
    # goes back above the first text under the abstract and keywords, which
    # opens its subsection; its second line, beside the next page's number,
    # is no running header
    text = _beside_margin(
        "Harbours of the Coast\n\n"
        "Abstract\n"
        "The towns of the coast rebuilt their harbours twice, and their archives say who paid.\n"
        "Keywords: harbour, town, archive\n\n"
        "1.1. The First Quays\n"
        "Harbour towns grew along the trade routes of the coast and changed with them over\n"
        "the centuries, as the first quays of wood and stone were built by the merchants who\n",
        "1. Harbour Towns and Their Councils over the\nCenturies\n\n",
        "sailed from them, and the councils paid for the piers that followed in later years.\n"
        "The maps show the quays as they grew from one decade to the next, and the\n"
        "letters tell who paid for them and why the councils agreed to build them all.\n",
        "2. Sources\n"
        "The archives hold the minutes of the councils and the letters of the merchants.\n")
    out = recover(text, lang="en").to_dict()
    assert [b["text"][:14] for b in out["body"]] == [
        "1. Harbour Tow", "1.1. The First", "Harbour towns ", "2. Sources", "The archives h"]
    assert out["body"][0]["text"].endswith("over the Centuries")
    assert out["layout"]["restored_blocks"] == 1


def _subsection_beside_margin(marker: str = "", foot: str = "") -> dict:
    """A page whose subsection's title came out after it, beside the margin
    text (and after `foot`, the page's footnotes), recovered."""
    return recover(_beside_margin(
        "Harbour towns grew along the trade routes of the coast and changed with them.\n\n"
        "1- The Harbour Towns and Their Councils over the\n"
        "Centuries\n\n"
        f"The first quays of wood and stone were built by the merchants{marker} who sailed from\n"
        "them, and the councils paid for the piers that followed in the later years as\n" + foot,
        "1.1. The First Quays\n\n",
        "the trade grew. The maps show the quays as they grew from one decade to the\n"
        "next, and the letters tell who paid for them and why the councils built them.\n",
        "2- Sources\n"
        "The archives hold the minutes of the councils and the letters of the merchants.\n"), lang="en").to_dict()


SUBSECTION_IN_PLACE = ["Harbour towns ", "1- The Harbour", "1.1. The First", "The first quay", "2- Sources",
                       "The archives h"]


def test_a_subsections_title_set_out_beside_the_margin_text_goes_right_under_its_sections_title():
    # "1.1. …" came out after the page: its place is under "1- …" (wrapped
    # onto a second line), above the section's first paragraph
    out = _subsection_beside_margin()
    assert [b["text"][:14] for b in out["body"]] == SUBSECTION_IN_PLACE


def _ahead_of_the_rest(next_section: str) -> str:
    return ("1. Introduction\n"
            "Harbour towns grew along the trade routes of the coast and changed with them.\n\n"
            "2. Method\n\n"
            + next_section + "\n"
            "The archives hold the minutes of the councils and the letters of the merchants, who\n"
            "wrote to each other about the prices of the stone and the wages of the workers, and\n"
            "214\n"
            + HEADER
            + "Our study follows three towns of the coast through their archives and their maps,\n"
            "which were chosen because their records survive from the earliest years on.\n\n"
            "whose letters survive in the archives of all three towns to this very day.\n"
            "215\n"
            + HEADER)


def test_a_paragraph_ahead_of_the_rest_of_the_page_befores_sentence_goes_back_into_its_empty_section():
    # headers at the page foot: nothing closes the block after the page's
    # number, but the page broke off mid-sentence and its rest, in lower
    # case, follows the block, which opens a sentence: the block came out
    # ahead of it, and goes into the section left empty ("2." before "3.")
    out = recover(_ahead_of_the_rest("3. Sources"), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == [
        "1. Introduct", "Harbour town", "2. Method", "Our study fo", "3. Sources", "The archives"]
    assert out["body"][-1]["text"].endswith("the workers, and whose letters survive in the archives of all"
                                            " three towns to this very day.")


def test_a_section_left_empty_before_a_number_that_skips_one_takes_no_paragraph():
    # "2." then "4.": the page came out of order, and its empty section
    # tells nothing
    out = recover(_ahead_of_the_rest("4. Sources"), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]][:5] == [
        "1. Introduct", "Harbour town", "2. Method", "4. Sources", "The archives"]


def test_a_section_whose_first_subsection_follows_its_title_is_not_empty():
    # "2." then "2.1.": no text need stand between them
    out = recover(_ahead_of_the_rest("2.1. Sources"), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]][:5] == [
        "1. Introduct", "Harbour town", "2. Method", "2.1. Sources", "The archives"]


def test_a_sections_text_is_told_by_its_titles_words_where_titles_came_out_together():
    # pdftotext's default mode set a two-column page's titles together
    # (1, 4, 2 and a "3." over its wrapped title) and then the blocks; the
    # numbers order the titles, and which text goes under which title only
    # the titles' words in the texts tell ("trigger", "prototype archive")
    text = _numbered_pages(
        ["The first page ends with a finished sentence about the survey of the towns."],
        ["1. Abstract",
         "4. Large-event trigger",
         "2. Motivation",
         "3.\nHarbour Archive Prototype\nsetup",
         "A trigger based on the coincidence of several counters was set to select the large events, at a rate",
         "In order to test the claim, a prototype archive is being set up at the harbour site. It works well.",
         "As a result of work in the sixties, it is known that towns keep their records. We describe why."],
        ["measured over two weeks of data in the summer of that year, as the table shows."])
    body = body_text(text, lang="en")
    assert _in_order(body, "1. Abstract", "2. Motivation", "As a result", "3. Harbour Archive Prototype setup",
                     "In order to test", "4. Large-event trigger", "A trigger based"), body


def test_a_page_that_one_move_leaves_out_of_number_order_is_solved():
    # moving one block would join the antenna's sentence to its rest but
    # leave the titles 5, 7, 6; the order that reads right keeps both
    sections = {  # as emitted: 5, 7, 6 (whose text breaks off at the page's foot)
        5: ("Monitoring of the noise", "It was a concern that the noise of the local boards would be high. It was."),
        7: ("Recent information", "Discussions with the engineers at the other site have been very productive."),
        6: ("Near-term plans", "It is proposed to monitor the noise and to detect pulses by mounting the antenna")}
    page = ["a pulse of the counters to see by how much the threshold was passed. The rate was low.",
            "near the central hut of the harbour, just above the grid. A scope records the pulses there."]
    page += [f"{num}. {title}\n{first}" for num, (title, first) in sections.items()]
    body = body_text(_numbered_pages(["The first page ends with a sentence on the trigger, whose rate was set by"], page,
                                     ["The next page opens with a finished sentence of its own, as pages often do."]),
                     lang="en")
    assert _in_order(body, "by a pulse", "5. Monitoring", "6. Near-term", "the antenna near the central hut",
                     "7. Recent"), body


def test_of_orders_that_read_as_well_the_one_that_leaves_texts_as_emitted_wins():
    # the titles came out together (2, 4) and "3." further down; the two
    # texts of section 2 could as well stand under 2 and 4, but they came
    # out one after the other and stay so: only the titles move
    text = _towns_page(
        "Zambonelli and Netzer proposed a method that decides what to keep of each archive.",
        "3. The extended eviction scheduler",
        "We have, in a previous paper, presented an eviction scheduler that took on-line deci-",
        "The method allows a user to specify a set of archives and the type of each one.",
        "As noted above, the time each entry takes must not vary, and for each entry the type of the rec-")
    body = body_text(text, lang="en")
    assert _in_order(body, "2. Related Work", "Stewart", "Zambonelli", "3. The extended", "We have",
                     "4. Implementation", "The method allows"), body


def test_a_title_set_out_beside_the_margin_text_goes_back_also_past_the_pages_footnotes():
    # as above, with a footnote at the page's foot before the margin's text
    out = _subsection_beside_margin(
        "1", "\n1 The piers are listed in the first register of the council, kept in the archive.\n")
    assert [b["text"][:14] for b in out["body"]] == SUBSECTION_IN_PLACE
    assert [f["label"] for f in out["footnotes"]] == ["1"]


FOOTER = "\nJournal of Samples, Vol. 3, No. 1 (2010)\n\nJournal of Samples - 2010\n\n"


def _pages_numbered_on_top(*pages: tuple[int, str, str]) -> str:
    """Pages as pdftotext's default mode gives them with the page's number
    at its top, the running header at its foot and the journal's name in the
    right margin: (number, text, block) each, the block set out after the
    foot and the margin's text, a form feed before each next page."""
    return "\f".join(f"{number}\n\n{text}{FOOTER}{block}" for number, text, block in pages)


def _title_set_out(page: str, title: str, last_title: str) -> list[str]:
    """The body texts of three such pages: `page` with `title` set out
    after its foot, a page of text, and a last section `last_title`."""
    text = _pages_numbered_on_top(
        (211, page, title + "\n"),
        (212, "The towns kept their accounts in the same books for a hundred years, and their\n"
              "clerks wrote down each payment for the quays in the order in which it was made.\n", ""),
        (213, last_title + "\nThe councils paid for the quays, and the merchants paid the councils.\n", ""))
    return [b["text"] for b in recover(text, lang="en").to_dict()["body"]]


def test_a_numbered_title_set_out_after_the_margin_text_goes_between_the_titles_its_number_falls_between():
    # two places on the page take a title by their seams; the numbers put
    # "3." after "2." and before "4.", and a section does not open empty
    body = _title_set_out("2. Sources\n"
                          "The archives hold the minutes of the councils and the letters of the merchants, as\n"
                          "follows:\n\n"
                          "The first quays of wood and stone were built by the merchants who sailed from the\n"
                          "towns, and the councils paid for the piers that followed in the later years.\n\n"
                          "4. Results\n"
                          "The maps show the quays as they grew from one decade to the next one, and the\n"
                          "letters tell who paid for them and why the councils agreed to build them all.\n",
                          "3. The Harbours", "5. Conclusions")
    assert body[:6] == ["2. Sources", body[1], "3. The Harbours", body[3], "4. Results", body[5]]
    assert body[1].endswith("as follows:") and body[3].startswith("The first quays")


def _block_after_the_margin_text(block: str, page_before_ends: str) -> dict:
    return recover(_pages_numbered_on_top(
        (211, "1. Harbours\n"
              "Harbour towns grew along the trade routes of the coast and changed with them over\n"
              + page_before_ends, ""),
        (212, "2. Sources\n"
              "The archives hold the minutes of the councils and the letters of the merchants, who\n"
              "wrote to each other about the prices of\n", block),
        (213, "the stone and the wages of the workers, and their letters survive to this very day.\n"
              "The maps show the quays as they grew from one decade to the next one, and the\n"
              "letters tell who paid for them and why the councils agreed to build them all.\n", "")),
        lang="en").to_dict()


def test_a_paragraph_set_out_after_the_margin_text_that_breaks_a_sentence_goes_to_its_pages_top():
    # the block stands between "the prices of" and its rest "the stone …";
    # a title opens its page, and the block, opening a sentence after the
    # page before ended one, goes above it
    out = _block_after_the_margin_text(
        "The towns kept their accounts in the same books for a hundred years, and their\n"
        "clerks wrote down each payment for the quays in the order in which it was made.\n",
        "the centuries, as the first quays of wood and stone were built by the merchants.\n")
    text = " ".join(b["text"] for b in out["body"])
    assert text.index("by the merchants.") < text.index("The towns kept") < text.index("2. Sources")
    assert "the prices of the stone and the wages" in text
    assert out["layout"]["restored_blocks"] == 1


def test_a_paragraphs_rest_set_out_after_the_margin_text_goes_on_from_the_page_before():
    # the block opens in lower case: the rest of the sentence the page
    # before broke off, above the title that opens its page
    out = _block_after_the_margin_text(
        "later years, when the trade grew and the towns could afford the new piers at last.\n",
        "the centuries, as the first quays of wood and stone were built in the\n")
    texts = [b["text"] for b in out["body"]]
    assert texts[:3] == ["1. Harbours", texts[1], "2. Sources"]
    assert texts[1].endswith("were built in the later years, when the trade grew and the towns could afford the "
                             "new piers at last.")
    assert "the prices of the stone and the wages" in texts[3]


def test_a_paragraph_set_out_after_the_margin_text_that_breaks_no_sentence_stays():
    # the page's last line ends its sentence: nothing shows that the block
    # is out of place
    out = recover(_pages_numbered_on_top(
        (211, "1. Harbours\nHarbour towns grew along the trade routes of the coast and changed with them.\n", ""),
        (212, "2. Sources\nThe archives hold the minutes of the councils and the letters of the merchants.\n",
         "The towns kept their accounts in the same books for a hundred years, and their\n"
         "clerks wrote down each payment for the quays in the order in which it was made.\n"),
        (213, "The maps show the quays as they grew from one decade to the next one, and the\n"
              "letters tell who paid for them and why the councils agreed to build them all.\n", "")),
        lang="en").to_dict()
    text = " ".join(b["text"] for b in out["body"])
    assert text.index("2. Sources") < text.index("of the merchants. The towns kept") < text.index("The maps show")
    assert "restored_blocks" not in out["layout"]


def test_a_first_subsections_title_set_out_after_the_margin_text_goes_right_under_its_sections_title():
    # no white space on the page tells a place; "2.1." opens section 2
    body = _title_set_out("2. Sources\n"
                          "The archives hold the minutes of the councils and the letters of the merchants, who\n"
                          "wrote to each other about the prices of the stone and the wages of the workers.\n"
                          "2.2. The Maps\n"
                          "The maps show the quays as they grew from one decade to the next one, and the\n"
                          "letters tell who paid for them and why the councils agreed to build them all.\n",
                          "2.1. The Archives", "3. Conclusions")
    assert body[:3] == ["2. Sources", "2.1. The Archives", body[2]] and body[2].startswith("The archives hold")


def test_a_heading_emitted_after_a_foot_of_running_header_and_margin_text_goes_back():
    # the page number at the head of each page, the journal's line and the
    # margin text (its name set sideways) at the foot: pdftotext's default
    # mode sets the heading beside the margin text after them
    foot = "Bulletin of Harbour Studies, Vol. 3, No. 2 (2019)\n\nBulletin of Harbour Studies - 2019\n\n"
    text = ("40\n1. Introduction\n"
            "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            "the centuries, as the first quays of wood and stone were built by the merchants.\n\n"
            "Our study follows three towns of the coast through their archives and their maps,\n"
            "which were chosen because their records survive from the earliest years on.\n\n"
            + foot + "2. Method\n\n\f"
            "41\nThe maps show the quays as they grew from one decade to the next, and the\n"
            "letters tell who paid for them and why the councils agreed to build them.\n\n" + foot)
    out = recover(text, lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]][:4] == ["1. Introduct", "Harbour town", "2. Method", "Our study fo"]
    assert "The maps show" in out["body"][-1]["text"]
    assert out["metadata"]["volume"] == "3"


# pdftotext's default mode with the journal's name set sideways in the right
# margin and the running footer at the foot: each page's top block comes out
# after the page's foot (the margin text, the page number, the footer)
RIGHT_MARGIN_FOOT = ("Bulletin of Harbour Studies, Vol. 3, No. 2 (2019)\n\n{page}\n\n"
                     "Bulletin of Harbour Studies, Vol. 3, No. 2 (2019)\n\n")


def _top_block_after_the_foot(second_title: str, third_title: str = "III. Method") -> str:
    return ("I. Introduction\n"
            "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            "the centuries, as the first quays of wood and stone were built by the merchants.\n\n"
            + second_title + "\n\n"
            + third_title + "\n"
            "The maps show the quays as they grew from one decade to the next, and the\n"
            "letters tell who paid for them and why the councils agreed to build them.\n"
            + RIGHT_MARGIN_FOOT.format(page=214)
            + "The archives hold the minutes of the councils and the letters of the merchants,\n"
            "which tell of every quay that was built and of the money it cost the town.\n"
            + RIGHT_MARGIN_FOOT.format(page=215))


def test_a_block_after_a_foot_with_the_page_number_between_margin_text_and_footer_goes_back():
    out = recover(_top_block_after_the_foot("II. Sources"), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == [
        "I. Introduct", "Harbour town", "II. Sources", "The archives", "III. Method", "The maps sho"]
    assert out["layout"]["restored_blocks"] == 1


def test_a_section_left_empty_under_a_title_wrapped_onto_a_second_line_takes_the_stranded_block():
    out = recover(_top_block_after_the_foot("II. Sources of the Harbour Towns and of Their\nCouncils"),
                  lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == [
        "I. Introduct", "Harbour town", "II. Sources ", "The archives", "III. Method", "The maps sho"]


def test_a_section_lettered_out_of_sequence_is_no_empty_section():
    # "C." then "G.": the sections between are missing from the page, so
    # nothing tells that C's text is the block set out after the foot
    text = _top_block_after_the_foot("C. Sources", "G. Method").replace("I. Introduction", "A. Introduction")
    out = recover(text, lang="en").to_dict()
    assert "restored_blocks" not in out["layout"]
    assert [b["text"][:12] for b in out["body"]][-1] == "The archives"


SECOND_PAGE_ENDS = "letters tell who paid for them and why the councils agreed to build them.\n"


def _rest_after_the_foot(page_ends: str, second_page_ends: str = SECOND_PAGE_ENDS) -> str:
    """Three pages: the first ends with `page_ends`, the second opens with a
    title, and a block in lower case comes out after the second's foot."""
    return ("1. Introduction\n"
            "Harbour towns grew along the trade routes of the coast and changed with them over\n"
            + page_ends
            + RIGHT_MARGIN_FOOT.format(page=214)
            + "2. Method\n"
            "The maps show the quays as they grew from one decade to the next, and the\n"
            + second_page_ends
            + RIGHT_MARGIN_FOOT.format(page=215)
            + "merchants of the coast, who paid for them out of the tolls of the harbour.\n"
            + RIGHT_MARGIN_FOOT.format(page=216))


RUNS_ON = "the centuries, as the first quays of wood and stone were built by the\n"


def test_the_rest_of_a_sentence_set_out_after_the_next_pages_foot_goes_to_that_pages_top():
    out = recover(_rest_after_the_foot(RUNS_ON), lang="en").to_dict()
    assert [b["text"][:12] for b in out["body"]] == ["1. Introduct", "Harbour town", "2. Method", "The maps sho"]
    assert out["body"][1]["text"].endswith("built by the merchants of the coast, who paid for them out of the "
                                           "tolls of the harbour.")


def test_a_lower_case_block_after_the_foot_stays_where_the_page_before_ended_its_sentence():
    out = recover(_rest_after_the_foot(RUNS_ON.replace("by the", "by the merchants.")), lang="en").to_dict()
    assert "restored_blocks" not in out["layout"]
    assert out["body"][1]["text"].endswith("built by the merchants.")
    # (left where it stands, the block reads on from the page before it)
    assert out["body"][-1]["text"].endswith("agreed to build them. merchants of the coast, who paid for them out "
                                            "of the tolls of the harbour.")


def test_a_page_whose_last_line_came_out_before_the_line_above_takes_no_rest_of_a_sentence():
    # the second page only seems to end its sentence: the extractor set its
    # last line ("who paid the") after the paragraph's short last line
    # ("… agreed to build them."), so that the line before breaks off
    # short mid-sentence; the block goes on from it where it stands
    out = recover(_rest_after_the_foot(RUNS_ON, "letters tell who paid the\n"
                                                "quays and why the councils agreed to build them.\n"),
                  lang="en").to_dict()
    assert "restored_blocks" not in out["layout"]


def test_a_title_in_capitals_broken_in_a_word_stays_under_the_paragraph_it_follows():
    # "EVIC-" / "TION …" is a seam a title in capitals makes: no sign that
    # the short line above and the title came the wrong way round
    text = "\n".join(["this line of the column is as long as the column is wide, so it",
                      "goes on to say that a larger jitter forces a larger validation",
                      "effort, and so an increase in jitter is",
                      "counterproductive to the validation effort.",
                      "3. THE EXTENDED CONSTANT EXECUTION TIME EVIC-",
                      "TION SCHEDULER ECETES",
                      "We have, in an earlier paper, presented a method called the",
                      "constant execution time eviction scheduler, which we extend.", ""])
    doc = run_until(text, "reading_order")
    assert "swapped_halves" not in doc.layout
    out = recover(text, lang="en").to_dict()
    assert [b["text"] for b in out["body"] if b["type"] == "heading"] == [
        "3. THE EXTENDED CONSTANT EXECUTION TIME EVICTION SCHEDULER ECETES"]
