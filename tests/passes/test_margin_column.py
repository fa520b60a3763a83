from temize import recover

HEADER = "Review of Coastal Studies, Vol. 7, No. 2 (2019)"
SENTENCES = [
    "The harbour at the river mouth was dredged twice in the last century, first to let the grain ships in",
    "and then to keep the channel open for the ferries that cross to the islands every morning of the year.",
    "Each dredging moved the sand bar further out and changed the way the tide runs along the eastern shore,",
    "where the fishermen still moor their boats in the lee of the old stone pier built by the town council.",
    "The records of the harbour office show how much sand was taken out and where it was dumped at sea,",
    "and they let us follow the bar from one survey to the next over more than eighty years of charts.",
    "We compare these surveys with the photographs taken from the air since the war and with our own",
    "soundings from the last three summers, which we made from a small boat with a simple echo sounder.",
    "The bar moved most in the years after each dredging and hardly at all in the quiet years between,",
    "which suggests that the channel itself, not the storms of winter, sets the pace of the change.",
    "Our results agree with the older reports of the harbour engineers, who warned the council about this",
    "long before the last dredging, and they give the town a way to plan the next one with some care.",
]
# the pages before and after, each with its own text
OTHER_PAGES = {
    1: ["Sand bars move with the tide and the river, and a harbour that cuts through one changes both.",
        "This paper follows one such bar over eighty years of surveys made by the town's harbour office."],
    3: ["We thank the harbour office for its records and the pilots for the use of their boat and time.",
        "The soundings and the charts are kept in the town archive, where anyone may ask to see them."],
}
# the margin's sideways name, read down the page from its last letters
PIECES = ["dies", "Stu", "tal", "Coas", "of", "view", "Re"]


def _page(number: int, pieces: list[str], glue: int | None = None) -> str:
    lines = [" " * 17 + HEADER, ""]
    for k, sentence in enumerate(OTHER_PAGES.get(number, SENTENCES)):
        if k < len(pieces):
            piece = pieces[k]
            if k == glue:
                lines.append(" " * 9 + piece + sentence)  # run into the line's first word
            else:
                lines.append(" " * 9 + f"{piece:<8}" + sentence)
        else:
            lines.append(" " * 17 + sentence)
    lines += ["", " " * 50 + str(number)]
    return "\n".join(lines) + "\n"


def _document(glue: int | None = None) -> str:
    return "\f".join(_page(n, PIECES if n == 2 else [], glue) for n in (1, 2, 3))


def test_pieces_of_the_sideways_name_are_cut_from_the_lines_starts():
    out = recover(_document(), lang="en").to_dict()
    words = " ".join(b["text"] for b in out["body"]).split()
    assert not set(words) & {"dies", "Stu", "tal", "Coas", "view", "Re"}
    assert " ".join(words) == " ".join([*OTHER_PAGES[1], *SENTENCES, *OTHER_PAGES[3]])
    cut = [r for r in out["removed"] if r["by"] == "margin_column"]
    assert [r["reason"] for r in cut] == ["margin-text"] * len(PIECES)
    text = _document()
    assert [text[r["start"]:r["end"]] for r in cut] == PIECES


def test_a_piece_run_into_the_first_word_is_cut_where_the_name_s_word_ends():
    # "Coastalthe harbour": the piece holds "Coas" + "tal" on one line here
    pieces = ["dies", "Stu", "Coastal", "of", "view", "Re"]
    doc = "\f".join(_page(n, pieces if n == 2 else [], glue=2) for n in (1, 2, 3))
    out = recover(doc, lang="en").to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "Coastal" not in body and "Each dredging moved the sand bar" in body
    cut = [doc[r["start"]:r["end"]] for r in out["removed"] if r["by"] == "margin_column"]
    assert cut == pieces


def test_short_tokens_left_of_the_margin_that_spell_no_header_stay():
    pieces = ["a)", "b)", "c)", "d)"]
    doc = "\f".join(_page(n, pieces if n == 2 else []) for n in (1, 2, 3))
    out = recover(doc, lang="en").to_dict()
    assert not [r for r in out["removed"] if r["by"] == "margin_column"]
    assert "b) and then to keep the channel open" in " ".join(b["text"] for b in out["body"])


def test_a_year_and_a_dash_after_the_name_go_with_the_run():
    # the margin prints "Review of Coastal Studies - 2019"; the header has
    # the year only in its brackets, after the volume and number
    pieces = ["2019", "-", "dies", "Stu", "tal", "Coas", "of", "view", "Re"]
    doc = "\f".join(_page(n, pieces if n == 2 else []) for n in (1, 2, 3))
    out = recover(doc, lang="en").to_dict()
    cut = [doc[r["start"]:r["end"]] for r in out["removed"] if r["by"] == "margin_column"]
    assert cut == pieces
    assert " ".join(b["text"] for b in out["body"]).split()[:len(OTHER_PAGES[1][0].split())] == \
        OTHER_PAGES[1][0].split()
    assert "2019" not in " ".join(b["text"] for b in out["body"])


def test_a_piece_cut_from_a_left_columns_line_leaves_its_paragraph_whole():
    # two columns: the pieces stand before the left column's lines, one run
    # into the first word; the lines keep the column's indent, so no
    # paragraph starts where a piece was cut
    left = [s[:48] for s in SENTENCES[:10]]
    right = [s[:40] for s in SENTENCES[2:12]]
    pieces = {1: "dies", 2: "Stu", 4: "Coastal", 5: "of", 6: "view", 8: "Re"}

    def page(number: int, with_pieces: bool) -> str:
        rows = [" " * 17 + HEADER, ""]
        for k, (a, b) in enumerate(zip(left, right)):
            a = a if number == 2 else f"{a[:40]} page {number}"
            lead = " " * 17
            if with_pieces and k in pieces:
                piece = pieces[k]
                lead = " " * 9 + (piece if piece == "Coastal" else f"{piece:<8}")
            # paragraphs open indented: the left column's first line, one
            # in the right column
            a = "   " + a[:49] if k == 0 else a
            b = "   " + b if k == 5 else b
            rows.append(lead + a.ljust(52) + b)
        return "\n".join(rows + ["", " " * 50 + str(number)]) + "\n"
    doc = "\f".join(page(n, n == 2) for n in (1, 2, 3))
    assert "CoastalThe records" in doc
    out = recover(doc, lang="en").to_dict()
    cut = [doc[r["start"]:r["end"]] for r in out["removed"] if r["by"] == "margin_column"]
    assert cut == [pieces[k] for k in sorted(pieces)]
    texts = [b["text"] for b in out["body"]]
    opening = next(t for t in texts if t.startswith(left[0][:30].strip()))
    assert left[9][:30] in opening  # the left column's ten lines in one paragraph


def test_a_line_a_piece_was_cut_from_takes_the_indent_of_the_lines_at_the_margin():
    # a column's lines count their indent from the column's edge, which the
    # pieces do not move: a cut line must not look indented (a paragraph's
    # first line) for having started left of the margin
    from conftest import run_until

    from temize.document import BODY
    from temize.passes import margin_column
    doc = run_until(_document(glue=None), "margin_words")
    for ln in doc.lines:
        ln.indent = 0  # as a column's lines counted from its edge
    margin_column.run(doc)
    cut_lines = [ln for ln in doc.lines if ln.role == BODY and doc.text[ln.start - 1] == " "
                 and doc.text[doc.text.rfind("\n", 0, ln.start) + 1:ln.start].strip()]
    assert len(cut_lines) == len(PIECES)
    assert {ln.indent for ln in cut_lines} == {0}


def test_a_run_through_pieces_taken_out_before_counts_their_letters():
    # the passes before took the whole words out; the pieces left ("V",
    # "ol.", "(2019)") hold three letters, but the run spells the header
    from temize.passes.margin_column import _Header, _match
    tokens = ["journal", "of", "coastal", "studies,", "v", "ol.", "7,", "no.", "2", "(2019)"]
    kinds = [-1, -1, -1, -1, 1, 1, -1, -1, -1, 1]  # -1: taken out before; 1: left of the margin
    cuts: dict[int, int] = {}
    _match(list(range(len(tokens))), tokens, [True] * len(tokens), kinds, list(range(len(tokens))),
           _Header(HEADER), cuts)
    assert {k: n for k, n in cuts.items() if kinds[k] >= 0} == {4: 1, 5: 3, 9: 6}


def test_no_more_than_a_few_years_and_dashes_go_with_a_run_past_the_name():
    # a column of years in front of the text above the name's pieces is no
    # margin's: three such pieces at the most follow the name
    pieces = ["1997", "1998", "1999", "2000", "-", "dies", "Stu", "tal", "Coas", "of", "view", "Re"]
    doc = "\f".join(_page(n, pieces if n == 2 else []) for n in (1, 2, 3))
    out = recover(doc, lang="en").to_dict()
    cut = [doc[r["start"]:r["end"]] for r in out["removed"] if r["by"] == "margin_column"]
    assert cut == ["1999", "2000", "-", "dies", "Stu", "tal", "Coas", "of", "view", "Re"]
