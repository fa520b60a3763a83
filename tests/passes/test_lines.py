from temize.document import Document
from temize.passes import lines


def test_lines_trim_white_space_and_note_blank_lines():
    doc = Document("  first line  \n\nsecond\n")
    lines.run(doc)
    assert [doc.line_text(ln) for ln in doc.lines] == ["first line", "second"]
    assert doc.lines[0].indent == 2
    assert doc.lines[1].blank_before is True


def test_form_feeds_are_page_breaks():
    doc = Document("page one\n\fpage two\fpage three\n")
    lines.run(doc)
    assert [(doc.line_text(ln), ln.page) for ln in doc.lines] == [
        ("page one", 0), ("page two", 1), ("page three", 2)]
    assert all(ln.blank_before for ln in doc.lines)


def test_pdfium_join_marks_restore_the_printed_lines():
    # pdfium joined "mod-" + "eling techniques." and marked the spot
    text = "barrier to entry for new mod\ufffeeling techniques. By choosing one\nnext line\n"
    doc = Document(text)
    lines.run(doc)
    assert [doc.line_text(ln) for ln in doc.lines] == [
        "barrier to entry for new mod\ufffe", "eling techniques. By choosing one", "next line"]


def _paragraph(n: int, k: int) -> list[str]:
    return [f"line {i} of paragraph {k} runs on and on to the margin" for i in range(n - 1)] + ["and ends."]


def test_a_blank_line_after_every_line_is_no_paragraph_break_but_two_are():
    printed = _paragraph(12, 1) + _paragraph(12, 2)
    text = "\n\n".join(printed[:12]) + "\n\n\n\n" + "\n\n".join(printed[12:]) + "\n"
    doc = Document(text)
    lines.run(doc)
    assert doc.layout.get("double_spaced") is True
    assert [k for k, ln in enumerate(doc.lines) if ln.blank_before] == [0, 12]


def test_paragraphs_a_line_apart_are_not_taken_for_double_spacing():
    # one paragraph a line (Markdown): every line is a paragraph of its own
    paras = [("A whole paragraph on one line, long as paragraphs are. " * 6).strip() for _ in range(24)]
    doc = Document("\n\n".join(paras) + "\n")
    lines.run(doc)
    assert "double_spaced" not in doc.layout
    assert all(ln.blank_before for ln in doc.lines)


def test_double_spacing_is_seen_past_a_margin_name_shredded_letter_by_letter():
    # pdfminer on a page set at 1.6 line spacing: every text line is a box
    # of its own, a blank line after each; the journal's name printed
    # sideways in the margin comes as a run of single letters, no blank
    # between them, as long as the page's text
    margin = list("lanruoJ fo seidutS") * 2
    pages = []
    for k in range(2):
        printed = _paragraph(12, 2 * k) + _paragraph(10, 2 * k + 1)
        pages.append("\n\n".join(printed) + "\n\n" + "\n".join(ch for ch in margin if ch != " ") + "\n")
    doc = Document("\f".join(pages))
    lines.run(doc)
    assert doc.layout.get("double_spaced") is True
    texts = [ln for ln in doc.lines if len(doc.line_text(ln)) > 3]
    # a blank line before each text line, and no paragraph break
    assert sum(ln.blank_before for ln in texts) == 2  # each page's first line

def test_in_double_spaced_text_one_blank_line_is_the_usual_step():
    printed = _paragraph(12, 1) + _paragraph(12, 2)
    doc = Document("\n\n".join(printed) + "\n")
    lines.run(doc)
    a, b = doc.lines[0], doc.lines[1]
    assert not doc.apart(a.end, b.start)
    plain = Document("one line\n\nanother line\n")
    lines.run(plain)
    assert plain.apart(plain.lines[0].end, plain.lines[1].start)


WORDS = ("the harbour master kept a record of every ship that entered the port and wrote the names of "
         "their captains into a book bound in red leather, which the council kept after his death ").split()


def _block(k: int, n: int = 100) -> str:
    return " ".join(WORDS[(k + i) % len(WORDS)] for i in range(n)).capitalize() + "."


def _pages_a_line() -> str:
    # pdf.js items joined with a space: each page one line, its blocks
    # ended by two spaces (the empty item that ends a block makes the second)
    return "\n\n".join(f"Journal of Samples, Vol. 3 (2020)  {_block(p)}  {_block(p + 1)}  {_block(p + 2)}  {57 + p}"
                       for p in range(4)) + "\n"


def test_a_page_a_line_is_cut_into_its_blocks_at_runs_of_two_spaces():
    doc = Document(_pages_a_line())
    lines.run(doc)
    assert doc.layout["pages_a_line"] is True
    assert len(doc.lines) == 4 * 5 and [ln.page for ln in doc.lines[::5]] == [0, 1, 2, 3]
    assert [doc.line_text(ln) for ln in doc.lines[:2]] == ["Journal of Samples, Vol. 3 (2020)", _block(0)]
    assert all(ln.blank_before for ln in doc.lines)


def test_a_short_document_of_two_full_pages_and_a_short_last_one():
    # three pages, the last too short to count: the two full ones open alike
    pages = [f"Journal of Samples, Vol. 3 (2020)  {_block(p, 250)}  {_block(p + 1, 250)}  {57 + p}" for p in range(2)]
    pages.append("Journal of Samples, Vol. 3 (2020)  The end.  59")
    doc = Document("\n\n".join(pages) + "\n")
    lines.run(doc)
    assert doc.layout.get("pages_a_line") is True
    assert [ln.page for ln in doc.lines[::4]] == [0, 1, 2]


def test_paragraphs_a_line_typed_with_two_spaces_after_each_sentence_stay_whole():
    # long lines with runs of two spaces, but no two of them open alike
    text = "\n\n".join("  ".join(_block(p + k) for k in range(4)) for p in range(4)) + "\n"
    doc = Document(text)
    lines.run(doc)
    assert "pages_a_line" not in doc.layout and len(doc.lines) == 4


def test_a_word_broken_at_a_hyphen_inside_a_page_line_ends_a_printed_line_there():
    # the block's printed lines were joined with a space: "fac- tor" broke
    # at a line's end; "pre- and post-war" did not
    text = _pages_a_line().replace(_block(1), _block(1) + " The fac- tor of pre- and post-war trade rose.")
    doc = Document(text)
    lines.run(doc)
    texts = [doc.line_text(ln) for ln in doc.lines]
    assert any(t.endswith("The fac-") for t in texts)
    assert "tor of pre- and post-war trade rose." in texts
