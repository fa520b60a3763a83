from conftest import body_text, reasons, run_until
from temize import recover

HEADER = "Letters in Applied Physics, Vol. 44, No. 1 (2010)"


def _page(lines: list[str]) -> str:
    return "\n".join([HEADER + "   76", ""] + lines + ["", HEADER + "   77", "", "The next page starts here."]) + "\n"


def test_margin_words_glued_into_lines_are_taken_out():
    # PyMuPDF's sorted text: the rotated margin text "Letters in Applied
    # Physics" comes out a word a line, bottom up, glued into the lines
    text = _page([
        "The textbook definition of a black hole is by an event horizon, the boundaryPhysics",
        "between regions where a particle can or cannot escape to infinity, an abstract",
        "notion. Its location at any given time is fixed by the entire futureApplied      history",
        "in     now due to events in the future, and you would feel nothing at all.",
        "So the paradox can be resolved much more simply than it seems.Letters",
    ])
    assert reasons(run_until(text, "margin_words"))["margin-text"] == ["Physics", "Applied", "in", "Letters"]
    body = body_text(text, "en")
    assert "the boundary between regions" in body and "the entire future history" in body
    assert "simply than it seems. The next" in body


def test_a_header_word_at_a_line_end_alone_stays():
    # one or two such words are no run: prose may end so
    text = _page([
        "We describe the quantum field theory of interest to those in Applied",
        "work, and the results are what one would expect of it at all.",
    ])
    assert "margin-text" not in reasons(run_until(text, "margin_words"))


def test_a_margin_word_glued_to_a_one_letter_word():
    text = _page([
        "This exercise had, as we said before, all the benefits of hindsight in it allPhysics",
        "and by following the procedure described above, IApplied        was able to find",
        "in",
        "most of the works, better than a search based on keywords fromLetters       the title.",
    ])
    assert reasons(run_until(text, "margin_words"))["margin-text"] == ["Physics", "Applied", "in", "Letters"]
    assert "described above, I was able to find" in body_text(text, "en")


LEDGER = """\
What we found in the archive was less than we had hoped: a box of letters, en-Physics      tirely
undated, and a ledger of the harbour with its first pages torn out of it at the spine.
Applied
The second box held the papers of the harbour master, who kept them for twenty years.
in     2.1. The Ledger
Its entries run from the spring of one year to the autumn of the next, day by day."""

DIARY = """\
2019        In the year before, the council met only twice: once in the spring,
and once in the autumn, when the harbour had closed for the winter.
Its minutes of the first meeting are dated the tenth of May 1924Physics
and say little of what was decided there; the second's say more.
The mayor, who had called both meetings, wrote of them in his diary.
It speaks of the harbour, of the ships that no longer came, and binaena-Applied
leyh of the need for a new pier at the river's mouth before the winter.
The page ends in the middle of a sentence, as the diaries often do.
Its next page was torn out, and no copy of it was ever found by anyone.
in     The council's minutes for that winter are lost as well, so we know little."""


def test_two_printed_lines_set_on_one_around_a_margin_word_come_apart():
    # the margin word's box spans two printed lines, and the sorting sets
    # both on one line with the word and a wide gap between them: after a
    # word broken at its end ("en-"), before a numbered title
    text = _page(LEDGER.splitlines())
    doc = run_until(text, "margin_words")
    assert reasons(doc)["margin-text"] == ["Physics", "Applied", "in"]
    lines = [doc.line_text(ln) for ln in doc.lines]
    assert "What we found in the archive was less than we had hoped: a box of letters, en-" in lines
    assert "tirely" in lines and "2.1. The Ledger" in lines
    out = run_until(text, "headings")
    assert [out.line_text(ln) for ln in out.lines if ln.level] == ["2.1. The Ledger"]
    assert "letters, entirely undated" in body_text(text, "en")


def test_margin_words_glued_after_a_digit_or_a_hyphen_and_a_year_the_header_lacks():
    # the margin prints the journal's name and a year the running header
    # leaves out, a word every few lines; words glue to a year ("1924Physics")
    # and to a hyphen ("Binaena-Applied")
    text = _page(DIARY.splitlines())
    assert reasons(run_until(text, "margin_words"))["margin-text"] == ["2019", "Physics", "Applied", "in"]
    body = body_text(text, "en")
    assert "May 1924 and say little" in body and "came, and binaenaleyh of the need" in body


def test_a_comma_standing_alone_in_the_header_is_no_margin_word():
    # "Physics , Vol." : the header's words include a lone comma
    header = "Letters in Applied Physics , Vol. 44 (2010)"
    text = "\n".join([header + "   76", "", "The text of the page runs on here.", "",
                      header + "   77", "", "The next page starts here."]) + "\n"
    doc = run_until(text, "margin_words")
    assert "margin-text" not in reasons(doc)


def test_a_dash_and_a_year_after_the_name_go_with_the_margin_words():
    # the margin prints "Letters in Applied Physics - 2016", the header
    # "Letters in Applied Physics 41(1), 2016": the year stands elsewhere in
    # the header, and the dash not at all; read up the page, the year and
    # the dash come first, one opening a title's line before a wide gap
    header = "Letters in Applied Physics 41(1), 2016"
    lines = ["The council met only twice that year: once in the spring and once in the",
             "2016",
             "-     3. The Minutes",
             "autumn, when the harbour had closed for the winter and the ships were gone.Physics",
             "Its minutes of the first meeting are dated the tenth of May and say little.",
             "The mayor, who had called both meetings, wrote of them in his diary.Applied",
             "It speaks of the harbour and of the ships that no longer came to it.",
             "in     The council's minutes for that winter are lost as well."]
    text = "\n".join([header + "   76", ""] + lines + ["", header + "   77", "", "The next page starts here."]) + "\n"
    assert reasons(run_until(text, "margin_words"))["margin-text"] == ["2016", "-", "Physics", "Applied", "in"]
    assert [b["text"] for b in recover(text, lang="en").to_dict()["body"] if b["type"] == "heading"] == [
        "3. The Minutes"]
