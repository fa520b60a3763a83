from temize import recover
from temize.passes.respace import segment

TEXT = ("The ﬁrst eﬀect of the reform was a signiﬁcant ﬂow of new\n"
        "staﬀ into the oﬃces, and the ﬁrms that had ﬂed came back to\n"
        "ﬁnd their old rooms taken by the new staﬀ\n")


def test_ligatures_are_spelled_out_wherever_they_stand():
    # inside a word, at a line's start and end, and as the item's last letter
    out = recover(TEXT, lang="en").to_dict()
    body = out["body"][0]["text"]
    assert body == ("The first effect of the reform was a significant flow of new staff into the offices, "
                    "and the firms that had fled came back to find their old rooms taken by the new staff")


def test_a_ligature_opening_a_paragraph_is_spelled_out_in_every_format():
    from temize.export import dumps
    doc = recover("ﬁrst of all, the staﬀ came back to the oﬃces and found their old rooms taken.\n", lang="en")
    assert doc.to_dict()["body"][0]["text"].startswith("first of all, the staff")
    for fmt in ("md", "txt", "tei"):
        assert "first of all" in dumps(doc, fmt)


def test_each_ligature_is_recorded_and_nothing_is_lost():
    out = recover(TEXT, lang="en").to_dict()
    cut = [r for r in out["removed"] if r["reason"] == "ligature"]
    added = [x for x in out["inserted"] if x["reason"] == "ligature"]
    assert len(cut) == len(added) == TEXT.count("ﬁ") + TEXT.count("ﬀ") + TEXT.count("ﬂ") + TEXT.count("ﬃ")
    assert all(TEXT[r["start"]:r["end"]] in "ﬁﬀﬂﬃ" for r in cut)
    assert [r["letters"] for r in cut][:3] == ["fi", "ff", "fi"]
    assert [x["at"] for x in added] == [r["end"] for r in cut]
    # the spans still cover every other character
    covered = set()
    for b in out["body"]:
        for s, e in b["spans"]:
            covered.update(range(s, e))
    for r in out["removed"]:
        covered.update(range(r["start"], r["end"]))
    assert all(i in covered for i, c in enumerate(TEXT) if not c.isspace())


def test_words_run_together_split_where_a_word_holds_a_ligature():
    assert segment("theﬁrstresultisthat", ("en",)) == ["the", "ﬁrst", "result", "is", "that"]


def test_a_text_without_ligatures_is_left_alone():
    out = recover("A plain text with no ligature in it at all.\n", lang="en").to_dict()
    assert not [r for r in out["removed"] if r["reason"] == "ligature"] and out["inserted"] == []


# ligatures from a ToUnicode table read with each code's bytes swapped
# (Ghostscript's txtwrite): "f" U+0066 as U+6600, "ffi" as U+6600 U+CF00
SWAPPED = ("The \u6600\u6900rst e\u6600\u6600ect was a signi\u6600\u6900cant \u6600\u6c00ow of\n"
           "su\u6600\ucf00cient sta\u6600\u6600 into the o\u6600\ucf00ces, and the ba\u6600\ud200ed\n"
           "\u6600\u6900rms came back.\n")


def test_ligatures_with_swapped_bytes_are_spelled_out_and_recorded():
    out = recover(SWAPPED, lang="en").to_dict()
    assert out["body"][0]["text"] == ("The first effect was a significant flow of sufficient staff into "
                                      "the offices, and the baffled firms came back.")
    cut = [r for r in out["removed"] if r["reason"] == "ligature"]
    assert [r["letters"] for r in cut] == ["fi", "ff", "fi", "fl", "ffi", "ff", "ffi", "ffl", "fi"]
    assert all(SWAPPED[r["start"]:r["end"]].startswith("\u6600") for r in cut)


def test_swapped_ligatures_in_the_journal_name_are_spelled_out_in_metadata():
    header = "Open Journal of Scienti\u6600\u6900c Inquiry, Vol. 3, No. 2 (2021)\n\n"
    text = "\f".join(header + f"Page {k} of a text with no more than a line of prose on it.\n" for k in range(3))
    assert recover(text, lang="en").to_dict()["metadata"]["journal"] == "Open Journal of Scientific Inquiry"


def test_the_same_characters_among_ideographs_are_left_alone():
    text = "\u4e2d\u6587 \u6600\u6900 \u6587\u672c\n"
    out = recover(text).to_dict()
    assert not [r for r in out["removed"] if r["reason"] == "ligature"]
    assert "\u6600\u6900" in out["body"][0]["text"]


def _two_columns(words: list[str], width: int = 38) -> str:
    """One paragraph set in two columns side by side, as a layout reading
    prints them: its second half in the right column."""
    lines, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:] + [""] * (2 * half - len(lines))
    return "\n".join(f"{a:<{width}}      {b}".rstrip() for a, b in zip(left, right)) + "\n"


def test_swapped_ligatures_in_a_paragraph_read_across_two_columns():
    # the paragraph's pieces run down the left column, then the right: not
    # in the order of the source, where the columns' lines interleave
    ff, fi, fl = "\u6600\u6600", "\u6600\u6900", "\u6600\u6c00"
    words = (f"The {fi}rst e{ff}ect of the reform was a signi{fi}cant {fl}ow of new sta{ff} into the o{ff}ices "
             f"of the town, and the old clerks had to make room for them in the halls where they had sat for "
             f"many long years of quiet work, while the {fi}rms that had {fl}ed the town came back to {fi}nd "
             f"their rooms taken by the new sta{ff} and the mayor had to settle the quarrel with a {fi}ne "
             f"dinner for all of them in the town hall at the end of the year.").split()
    out = recover(_two_columns(words), lang="en").to_dict()
    assert out["layout"]["columns"] == 2
    text = " ".join(b["text"] for b in out["body"])
    assert "\u6600" not in text
    assert "a significant flow of new staff into the offices" in text and "a fine dinner" in text
