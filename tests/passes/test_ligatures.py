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
