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
