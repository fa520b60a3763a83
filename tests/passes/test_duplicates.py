from conftest import reasons, run_until

PAGE = [
    "Abstract",
    "The first sentence of the abstract is written on this line of text.",
    "The second line of the abstract continues the same thought further.",
    "A third line ends the sentence where the page ends, almost.",
]


def test_page_tail_emitted_twice_keeps_first_copy_and_genuine_text():
    text = "\n".join(PAGE + [" " + PAGE[0], " " + PAGE[1], PAGE[2] + "  ", "Genuine text after the copies."]) + "\n"
    doc = run_until(text, "duplicates")
    dups = [r for r in doc.removed if r.reason == "duplicate"]
    assert [doc.text[r.start:r.end] for r in dups] == [PAGE[0], PAGE[1], PAGE[2]]
    # each removal points at the copy that was kept
    for r in dups:
        s, e = r.extra["copy_of"]
        assert doc.text[s:e] == doc.text[r.start:r.end]
        assert s < r.start
    kept = [doc.line_text(ln) for ln in doc.lines if ln.role == "body"]
    assert kept == PAGE + ["Genuine text after the copies."]


def test_short_lines_repeat_legitimately():
    text = "Ibid.\nA line of prose that stands between two short notes.\nIbid.\n"
    doc = run_until(text, "duplicates")
    assert "duplicate" not in reasons(doc)


def test_a_single_line_repeated_out_of_place_goes_where_it_breaks_the_text():
    # the stray copy comes first: it opens with a small letter after a
    # finished sentence and ends unfinished before a capital; the copy in
    # place continues a broken word ("repre-" + "sent") and runs on
    stray = "sent the subject well, we had better keep the overall pose diversity. Then,"
    text = ("We begin with the data and the way it was gathered for this study.\n"
            + stray + "\n"
            + "The method follows in the next part of the text, step by step.\n"
            + "We explain each step. To make the features repre-\n"
            + stray + "\n"
            + "disregarding all other factors, we train the network on the faces.\n")
    doc = run_until(text, "duplicates")
    dups = [r for r in doc.removed if r.reason == "duplicate"]
    assert len(dups) == 1
    first = text.index(stray)
    assert (dups[0].start, dups[0].end) == (first, first + len(stray))
    s, e = dups[0].extra["copy_of"]
    assert s == text.index(stray, first + 1) and doc.text[s:e] == stray


def test_a_line_repeated_inside_a_repeated_run_keeps_its_first_copy():
    text = "\n".join(PAGE[1:] + ["Genuine text between the copies stands here alone."] + PAGE[1:]) + "\n"
    doc = run_until(text, "duplicates")
    dups = [r for r in doc.removed if r.reason == "duplicate"]
    later = text.index("Genuine")
    assert [doc.text[r.start:r.end] for r in dups] == PAGE[1:]
    assert all(r.start > later > r.extra["copy_of"][0] for r in dups)


def test_a_short_line_repeated_hundreds_of_times_goes_only_inside_a_repeated_run():
    # notes that each say "Ibid." stay, however many; the one inside a page
    # tail emitted twice goes with the run (looked up near the run's
    # original, not among all its copies). Only this pass runs: to the
    # headers pass so many lines alike are a running header's.
    from temize.document import Document
    from temize.passes import duplicates, lines
    notes = [f"{n} A source cited in the note." if n % 2 else "Ibid." for n in range(1, 401)]
    run = [PAGE[1], "Ibid.", PAGE[2]]
    text = "\n".join(notes + run + ["Genuine text between the copies stands here alone."] + run) + "\n"
    doc = Document(text, doc_id="t", lang="en")
    lines.run(doc)
    duplicates.run(doc)
    dups = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "duplicate"]
    assert dups == run
    kept = [doc.line_text(ln) for ln in doc.lines if ln.role == "body"]
    assert kept.count("Ibid.") == notes.count("Ibid.") + 1


def test_a_repeated_run_that_opens_with_short_lines_goes_whole():
    # the short lines before the run's first long line repeat their
    # originals' places too: the run grows back up through them (only this
    # pass runs: to the margin pass a run of one-word lines that recurs is
    # a margin's sideways text)
    from temize.document import Document
    from temize.passes import duplicates, lines
    head = ["Öz", "Birinci Bölüm", "Giriş ve Amaç", "Keywords"]
    text = "\n".join(head + PAGE[1:] + ["Genuine text between the copies stands here alone."] + head + PAGE[1:]) + "\n"
    doc = Document(text, doc_id="t", lang="tr")
    lines.run(doc)
    duplicates.run(doc)
    dups = [doc.text[r.start:r.end] for r in doc.removed if r.reason == "duplicate"]
    assert dups == head + PAGE[1:]
    assert all(r.start > text.index("Genuine") for r in doc.removed if r.reason == "duplicate")
