from conftest import body_text, fixture_text
from temize import recover


def _lines(*middle: str) -> str:
    return "\n".join([
        "The Clausius-Clapeyron relation links the latent heat to the jump in the slope",
        "of the coexistence curve, and the measured values agree with it within errors",
        *middle,
        "and the paragraph ends here after one more line of prose about the subject at",
        "hand.",
    ]) + "\n"


def test_a_hyphen_dropped_where_lines_were_glued_comes_back_with_a_record():
    # pdftotext joined "Clausius-" and "Clapeyron relation holds." into one
    # over-long line and dropped the hyphen
    text = _lines("so that the data we collected on the sample are consistent with the Clausius"
                  "Clapeyron relation holds.")
    doc = recover(text, lang="en")
    out = doc.to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "with the Clausius-Clapeyron relation holds." in body
    [ins] = out["inserted"]
    assert ins["text"] == "-" and ins["reason"] == "lost-hyphen"
    assert text[ins["at"] - 8:ins["at"]] == "Clausius"


def test_two_common_words_run_together_at_the_join_get_their_hyphen():
    text = _lines("and the cost of creating threads and of the scheduler itself at each context"
                  "switching between them.")
    body = body_text(text, "en")
    assert "context-switching between them." in body


def test_a_join_well_short_of_a_narrow_column_measure_gets_its_hyphen():
    # a narrow column (about 40 characters): the printed line "sends a
    # chunk of data from a memory-" ends six characters short of the measure
    column = ["The actual code is shown in the figure: it",
              "by the library, where switching from one",
              "style to the other is a simple matter of",
              "sends a chunk of data from a memorymapped disk file over a network socket. In",
              "using the primitive that the library has,",
              "which makes kernel readahead useless for",
              "the whole of the run, as we show below."]
    body = body_text("\n".join(column) + "\n", "en")
    assert "from a memory-mapped disk file" in body


def test_a_known_word_at_the_join_stays_whole():
    text = _lines("and the cost of creating threads and of the scheduler that grows with under"
                  "standing of the problem.")
    out = recover(text, lang="en").to_dict()
    assert out["inserted"] == []
    assert "understanding of the problem." in " ".join(b["text"] for b in out["body"])


def test_lines_of_ordinary_length_are_left_alone():
    text = _lines("so that what we measured agrees with contextswitching costs and nothing")
    assert recover(text, lang="en").to_dict()["inserted"] == []


def test_a_line_a_paragraph_takes_its_hyphens_from_the_document_spelling():
    # a Markdown writer joined every line and dropped every line-end hyphen
    para = ("The control-flow of the system is logged in full, and the logging of each event is done "
            "with care so that the replay can follow it. ") * 3
    text = (para + "\n\n" + "Events describing the execution: controlflow events and data-flow events "
            + "are stored in their own queues, one for each task, " * 5 + "as we said.\n\n"
            + "A multiscale network and a multi-scale one are both named in this text, " * 5 + "twice.\n\n"
            + "The large-event trigger fired. " * 3 + "Then largeevent triggers were counted twice, "
            + "and largeevent counts rose.\n")
    out = recover(text, lang="en").to_dict()
    body = " ".join(b["text"] for b in out["body"])
    assert "execution: control-flow events" in body
    # written whole as often as with a hyphen: the author's own spelling
    assert "A multiscale network" in body
    # written whole less often: where line breaks took the hyphen
    assert "Then large-event triggers" in body and "and large-event counts" in body
    assert [x["reason"] for x in out["inserted"]] == ["lost-hyphen"] * 3


def test_a_glued_line_takes_the_hyphen_where_the_document_prints_one_whatever_the_margin():
    # the printed line "written in mostly non-" was much shorter than a full
    # one, so the margin says nothing; the document's "non-blocking" does
    text = _lines("we wrote the server in mostly nonblocking style so that no thread of it waits on the disk or",
                  "for long, as the non-blocking calls of the library return at once and the",
                  "non-blocking writes of the sockets do the same for the network at the end of")
    out = recover(text, lang="en").to_dict()
    assert "in mostly non-blocking style" in " ".join(b["text"] for b in out["body"])
    assert [(x["reason"], x["evidence"]) for x in out["inserted"]] == [
        ("lost-hyphen", "printed with a hyphen elsewhere")]


def test_a_compound_opening_with_one_letter_takes_its_hyphen_from_the_document():
    # "n-" + "gram" at a printed line's end, the hyphen dropped where the
    # lines were glued; the document prints "n-gram" twice elsewhere
    text = _lines("we trained two models with a sampling rate of one in a thousand, one uses ngram features only",
                  "and the other uses n-gram and skip n-gram features, which we separated in turn for")
    out = recover(text, lang="en").to_dict()
    assert "one uses n-gram features only" in " ".join(b["text"] for b in out["body"])


def _two_columns_read_in_turn(glued: str) -> str:
    # pdftotext's default mode reads a two-column page one column after the
    # other: the page's measure is no column's, the lines around show it
    column = ["The trigger was set to select large", "showers with a rate of several per",
              "hour, and the signal was put into a", "discriminator that produced a pulse"]
    wide = ["A line of the abstract runs across the whole page and is twice as long as one of",
            "the column lines below it, which shows the page's measure and no column's at all."]
    after = ["that went to the trigger counters", "and then on to a radio transmitter",
             "whose message was picked up afar", "by a receiver near the old station."]
    return "\n".join(wide + column + [glued] + after) + "\n"


def test_an_acronym_glued_to_a_word_gets_its_hyphen_back():
    text = _two_columns_read_in_turn("many solutions use FIFOqueues for logging the data they monitor.")
    assert "use FIFO-queues for logging" in body_text(text, "en")


def test_a_glued_piece_of_a_compound_and_a_capitalised_word_after_the_break():
    # (each join where the first printed line reached the column's margin)
    text = _two_columns_read_in_turn("as queues went one-queue-per-sourceof-entries into the pool.")
    assert "one-queue-per-source-of-entries" in body_text(text, "en")
    text = _two_columns_read_in_turn("and was sent on through the MIA PatchSum trigger to a fan-out.")
    assert "the MIA Patch-Sum trigger" in body_text(text, "en")


def test_a_name_with_capitals_inside_is_no_glued_acronym():
    text = _two_columns_read_in_turn("the results of the parallel JMoments code are shown in the table.")
    assert recover(text, lang="en").to_dict()["inserted"] == []


def test_markdown_paragraph_lines_get_hyphens_where_no_word_has_that_shape():
    # a Markdown writer joined each paragraph's lines and dropped their
    # hyphens: an acronym glued to a word and two very common words that no
    # lexicon knows together show the joins; names keep their shape
    paras = ["Many solutions use FIFOqueues for logging the data of the monitored tasks, and they do "
             "so for every task that the system runs while it is being observed by the tool.",
             "A contextdependent weight is set for each of the classes, which lets the model adapt "
             "to the data it sees, much as the earlier work on this problem had suggested.",
             "Surveys such as PanStars will compete for the time of the large telescopes, and the "
             "smaller ones will turn to the programs that need many nights on the sky."]
    tail = " It is a long paragraph, as paragraphs are, and it runs on over many printed lines of its page."
    text = "# **A Title**\n\n## **1. Introduction**\n\n" + "\n\n".join(p + tail * 2 for p in paras) + "\n"
    body = body_text(text, "en")
    assert "use FIFO-queues for logging" in body and "A context-dependent weight" in body
    assert "such as PanStars will" in body


def test_a_german_compound_of_two_common_words_keeps_no_hyphen():
    out = recover(fixture_text("article_de.txt")).to_dict()
    assert out["body"][-1]["text"] == "Wir stützen uns auf die Hafenbücher, die Zeitungen und die Volkszählungen."
    assert not any(x["reason"] == "lost-hyphen" for x in out["inserted"])
