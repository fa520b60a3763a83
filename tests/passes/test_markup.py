from conftest import reasons, run_until
from temize import recover

MARKDOWN = """_Journal of Samples, Vol. 3, No. 1_ _<u>(2010)</u>_

12

# **A Study of Harbour Records**

### **Abstract**

The records of the harbour show how trade grew in the decade we study here.

**Keywords:** harbour, trade, records

# **1. Introduction**

The port kept its books with care, and the clerks wrote *every* ship down.<sup>1</sup>
The rest of the paragraph goes on with the books of the port and their fate.

## **1.1. The ledgers**

The ledgers survive in the city archive and were read for this study in full.

> 1The archive of the port, file 12.

_Journal of Samples, Vol. 3, No. 1_ _<u>(2010)</u>_

13
"""


def test_markdown_is_read_as_the_text_it_marks_up():
    doc = recover(MARKDOWN, lang="en")
    out = doc.to_dict()
    heads = [(b["level"], b["text"]) for b in out["body"] if b["type"] == "heading"]
    assert heads == [(1, "1. Introduction"), (2, "1.1. The ledgers")]
    assert [a["text"] for a in out["abstracts"]] == [
        "The records of the harbour show how trade grew in the decade we study here."]
    assert out["keywords"][0]["terms"] == ["harbour", "trade", "records"]
    assert [f["text"] for f in out["footnotes"]] == ["The archive of the port, file 12."]
    assert out["footnote_refs"][0]["context"].endswith("wrote every ship down.")
    assert out["metadata"]["journal"] == "Journal of Samples" and out["metadata"]["volume"] == "3"
    body = " ".join(b["text"] for b in out["body"])
    assert "*" not in body and "<" not in body and "#" not in body


def test_markup_is_blanked_in_place_and_on_record():
    doc = run_until(MARKDOWN, "markup")
    assert doc.source == MARKDOWN and len(doc.text) == len(MARKDOWN)
    marks = [doc.source[r.start:r.end] for r in doc.removed if r.reason == "markup"]
    assert all(not doc.text[r.start:r.end].strip() for r in doc.removed if r.reason == "markup")
    assert "# **" in marks and "**" in marks and any("<u>" in m for m in marks)
    # the digits of <sup>1</sup> stay, as a marker for the footnote pass
    s, e = doc.layout["_superscripts"][0]
    assert doc.text[s:e] == "1"


def test_plain_text_with_a_stray_hash_or_star_is_left_alone():
    text = "# of ships rose. The ** mark in the ledger means a repaired entry.\nIt goes on.\n"
    doc = run_until(text, "markup")
    assert doc.text == text and "markup" not in reasons(doc)


def test_a_bold_label_run_into_the_abstract_opens_its_own_line():
    text = ("# **A Study of Harbour Records**\n\n### **Abstract**\n\n"
            "The records of the harbour show how trade grew. **Keywords:** harbour, trade, records\n\n"
            "# **1. Introduction**\n\nThe port kept its books with care, and the clerks wrote every ship down.\n")
    out = recover(text, lang="en").to_dict()
    assert [a["text"] for a in out["abstracts"]] == ["The records of the harbour show how trade grew."]
    assert out["keywords"][0]["terms"] == ["harbour", "trade", "records"]


def test_markup_headings_and_numbered_list_items_that_are_headings():
    text = ("# **A Study of Harbour Records**\n\n# **1. Introduction**\n\nThe port kept its books.\n\n"
            "- **6.1. Cache**\n\nThe cache holds the last books.\n\n"
            "### from connecting.\n\nThe next line of text follows on here.\n\n"
            "# **Conclusions and Outlook**\n\nThe books survive.\n\n"
            "- Anadolu ve Rumeli, dedi, burada bir tire ile başlar.\n")
    out = recover(text, lang="en").to_dict()
    heads = [(b["level"], b["text"]) for b in out["body"] if b["type"] == "heading"]
    # (the first, over the first numbered section, is the article's title)
    assert out["metadata"]["title"] == "A Study of Harbour Records"
    assert heads == [(1, "1. Introduction"), (2, "6.1. Cache"), (1, "Conclusions and Outlook")]
    assert any(b["text"].startswith("- Anadolu") for b in out["body"])


def test_tables_and_comments_of_a_markdown_text_go_on_record():
    text = ("## 1. Introduction\n\nThe port kept its books with care.\n\n<!-- image -->\n\n"
            "| Year | Ships |\n|------|-------|\n| 1890 | 12 |\n\n## 2. Method\n\nThe books were read in full.\n")
    doc = recover(text, lang="en")
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "|" not in body and "Ships" not in body and "image" not in body
    tables = [doc.source[r.start:r.end] for r in doc.removed if r.reason == "table"]
    assert tables == ["| Year | Ships |", "|------|-------|", "| 1890 | 12 |"]


def test_list_bullets_before_a_word_rest_or_a_reference_entry_are_markup():
    text = ("# **Title of the Speech**\n\n**Bold** words and more **bold** ones here.\n\n"
            "- Türkiye’ye karşı daima iyi niyet besleyen Fransız kavminin Türk- \n\n"
            "- leri, içinde bulundukları hâlden çıkmış görmek ister.\n\n"
            "- Homan, J., Miller, J.M., Wijnands, R., 2003, ATEL # 162\n")
    body = " ".join(b["text"] for b in recover(text, lang="tr").to_dict()["body"])
    assert "- Türkiye’ye karşı" in body        # a dash of dialogue stays
    assert "- leri" not in body and "- Homan" not in body and "Homan, J., Miller" in body
