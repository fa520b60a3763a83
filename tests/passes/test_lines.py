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
