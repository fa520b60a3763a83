from conftest import fixture_text, run_until
from temize import recover


def test_the_words_of_a_widely_spaced_line_join_their_line():
    doc = run_until(fixture_text("spread_words_en.txt"), "spread_words")
    joined = [doc.line_text(ln) for ln in doc.lines if ln.joins_previous]
    # each word after a run's first joins the line before it
    assert joined[:3] == ["Spaced", "Lines", "Revisited"]
    first = {}
    for ln in doc.lines:
        first.setdefault(doc.line_text(ln), ln)
    assert first["each"].joins_previous and not first["reads"].joins_previous


def test_a_few_lone_words_are_left_alone():
    text = ("A list of the fruits the shop sells every day of the week:\n"
            "apples\npears\nplums\n"
            "and nothing else is sold there at any time of the year at all.\n")
    doc = run_until(text, "spread_words")
    assert not any(ln.joins_previous for ln in doc.lines)


def test_spread_words_come_back_as_the_paragraphs_and_heading_they_were():
    d = recover(fixture_text("spread_words_en.txt"), lang="en").to_dict()
    heads = [b["text"] for b in d["body"] if b["type"] == "heading"]
    paras = [b["text"] for b in d["body"] if b["type"] == "paragraph"]
    assert heads == ["1- Widely Spaced Lines Revisited"]
    assert paras[0].startswith("Short narrow columns stretch")
    assert "then reads each of these common words as a line of its own. Readers" in paras[0]
    assert "put them back so that nothing of the text may be lost in the process" in paras[0]
    assert paras[0].endswith("as a reader would want.")
    assert paras[1].startswith("Another paragraph starts here")
    assert "so that the shape of the page is clear to anyone who reads it:" in paras[2]
    assert paras[3].startswith("Many words common to the kind recur on every page in the text, and none of them")
    headers = {r["start"] for r in d["removed"] if r["reason"] == "running-header"}
    assert len(headers) == 3  # the journal's line on each page, no word of the text


def test_a_title_does_not_take_the_first_words_of_its_paragraph():
    # the paragraph's first line came out a word a line: the words up to
    # its question mark are the paragraph's, not the title's
    text = fixture_text("spread_words_en.txt").replace(
        "The second page holds more of the same kind of\n",
        "2. Questions\nWhy\ndo\nlines\nfall\napart?\nThe second page holds more of the same kind of\n")
    d = recover(text, lang="en").to_dict()
    assert [b["text"] for b in d["body"] if b["type"] == "heading"] == [
        "1- Widely Spaced Lines Revisited", "2. Questions"]
    assert "Why do lines fall apart? The second page holds" in " ".join(b["text"] for b in d["body"])


def test_a_title_after_its_number_goes_on_in_title_case_past_a_spread_line():
    # "1-", the title's first words a word a line, then its last words
    # together: one title
    text = fixture_text("spread_words_en.txt").replace(
        "Revisited\n", "Revisited\nOver Narrow Columns of Printed Text\n")
    d = recover(text, lang="en").to_dict()
    assert [b["text"] for b in d["body"] if b["type"] == "heading"][0] == \
        "1- Widely Spaced Lines Revisited Over Narrow Columns of Printed Text"


def test_a_numbered_title_leaves_the_paragraphs_words_in_sentence_case_to_it():
    text = fixture_text("spread_words_en.txt").replace(
        "The second page holds more of the same kind of\n",
        "2. Second Findings\nThe\nsecond\npage\nholds\nmore\nof the same kind of\n")
    d = recover(text, lang="en").to_dict()
    assert [b["text"] for b in d["body"] if b["type"] == "heading"][1] == "2. Second Findings"
    assert "The second page holds more of the same kind of text" in " ".join(b["text"] for b in d["body"])


def test_words_opening_a_spread_line_are_no_title():
    # "Meanwhile" / "London" stand apart after a stop, capitalised and
    # short, over a capital, but they are words of a printed line whose gaps
    # the extractor took for line ends
    text = fixture_text("spread_words_en.txt").replace(
        "enough falls apart into its words.\n",
        "enough falls apart into its\nwords.\nMeanwhile\nLondon\nPrinters of the city saw the same thing in their\nown work.\n")
    d = recover(text, lang="en").to_dict()
    assert [b["text"] for b in d["body"] if b["type"] == "heading"] == ["1- Widely Spaced Lines Revisited"]
    assert any(b["text"].endswith("its words. Meanwhile London") for b in d["body"] if b["type"] == "paragraph")


def test_a_paragraphs_last_line_among_spread_words_ends_it():
    # two widely spaced printed lines and the paragraph's short last line
    # ("want it."), all set a word a line: filled as the typesetter filled
    # them, the last line leaves room, so the paragraph ends there
    text = fixture_text("spread_words_en.txt").replace(
        "process, as a reader would want.\n",
        "process,\nas\nany\nreader\nof\nthe\nprinted\npage\nwould\nsurely\nwant\nit.\n")
    # (a page of lines that run on sets the measure the lines are filled to)
    text += ("A last page of ordinary lines follows here, with\n"
             "each line running on to the next one so that the\n"
             "full width of the column can be measured from it\n"
             "and nothing about it needs to be guessed at all,\n") * 4 + "as it ends.\n"
    d = recover(text, lang="en").to_dict()
    paras = [b["text"] for b in d["body"] if b["type"] == "paragraph"]
    assert paras[0].endswith("as any reader of the printed page would surely want it.")
    assert paras[1].startswith("Another paragraph starts here")
