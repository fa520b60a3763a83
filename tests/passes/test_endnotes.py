from conftest import fixture_text
from temize import recover


def test_notes_gathered_under_a_heading_at_the_end_are_notes_linked_to_their_markers():
    doc = recover(fixture_text("endnotes_en.txt"))
    out = doc.to_dict()
    assert [(f["label"], f["text"]) for f in out["footnotes"]] == [
        ("1", "On the coast in general, see Anne Miller, The Black Sea (London, 1990), 12–30."),
        ("2", "The surviving records are described in Miller, The Black Sea, 31–35."),
        ("3", "James Grant, Travels on the Black Sea (London, 1880), 112.")]
    # the markers leave the text; the heading over the notes stays a heading
    assert [(r["label"], out["body"][r["block"]]["text"][:20]) for r in out["footnote_refs"]] == [
        ("1", "The fishing villages"), ("2", "The fishing villages"), ("3", "The boats are narrow")]
    assert "historians. Their" in out["body"][1]["text"]
    assert [b["text"] for b in out["body"] if b["type"] == "heading"] == ["Introduction", "I. The Boats",
                                                                          "II. The Catch", "Notes"]


def test_a_section_named_notes_without_numbered_notes_under_it_stays_text():
    text = ("Introduction\n\nThe harbour grew in the eighties, and the town with it.\n\n"
            "Notes\n\nThe ledgers are kept in the town's archive, where anyone may read them.\n")
    out = recover(text).to_dict()
    assert out["footnotes"] == []
    assert [b["text"] for b in out["body"]][-2:] == [
        "Notes", "The ledgers are kept in the town's archive, where anyone may read them."]


def test_the_notes_end_at_the_next_section():
    text = ("Introduction\n\nThe harbour grew in the eighties.1 The town grew with it.2\n"
            "It was a busy place, and its people were proud of it.\n\n"
            "Notes\n1. On the harbour, see Miller (1990).\n2. On the town, see Grant (1880).\n\n"
            "References\nGrant, J. (1880). Travels. London.\nMiller, A. (1990). The Sea. London.\n")
    out = recover(text).to_dict()
    assert [f["text"] for f in out["footnotes"]] == ["On the harbour, see Miller (1990).",
                                                    "On the town, see Grant (1880)."]
    assert [b["text"] for b in out["body"]][-3:] == ["References", "Grant, J. (1880). Travels. London.",
                                                     "Miller, A. (1990). The Sea. London."]
