from conftest import body_text, reasons, run_until

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
